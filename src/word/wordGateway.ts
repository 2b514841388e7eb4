/**
 * The DocumentGateway over real Word (or the stand-in, which installs the same globals).
 * Every Word.run is wrapped so failures reach the pane as WordActionError in plain words.
 */
import { detectCursorPlace, type DetectionReading } from "./detection";
import { WordActionError, type Detection, type DocumentGateway, type DocumentOverview } from "./gateway";
import { loadParagraphInfo, toParagraphInfo } from "./paragraphs";
import { loadPaneSettings, savePaneSettings } from "./settings";

async function runWord<T>(action: "read" | "insert", batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    if (!(error instanceof WordActionError)) console.error("Word request failed", error);
    // Loaded on the first failure: the pane's first view does not need it.
    const { describeWordFailure } = await import(/* webpackChunkName: "word-errors" */ "./errors");
    throw new WordActionError(describeWordFailure(error, action));
  }
}

/** A cheap fingerprint of what detection read: the same window gives the same answer. */
function readingKey(reading: DetectionReading): string {
  return JSON.stringify(reading.paragraphs);
}

export function createWordGateway(capabilities: { canReadTrackChanges: boolean }): DocumentGateway {
  let inserting = false;
  let lastReading: DetectionReading | null = null;

  return {
    async detect(): Promise<Detection> {
      const reading = await runWord("read", (context) =>
        detectCursorPlace(context, { readTrackChanges: capabilities.canReadTrackChanges }),
      );
      // Co-authors' edits and Word's own event bursts often leave the cursor where it was: hand back the
      // same place object so the pane can skip re-rendering and re-announcing.
      const unchanged = lastReading !== null && readingKey(lastReading) === readingKey(reading);
      const place = unchanged && lastReading ? lastReading.place : reading.place;
      lastReading = { ...reading, place };
      return { place, trackChanges: reading.trackChanges, syncs: reading.syncs };
    },

    async readOverview(): Promise<DocumentOverview> {
      // Loaded with the first overview, which the pane's first view does not wait for.
      const { looksLikePerformancePlan } = await import(/* webpackChunkName: "document-type" */ "../core/documentType");
      return runWord("read", async (context) => {
        const paragraphs = context.document.body.paragraphs;
        loadParagraphInfo(paragraphs);
        await context.sync();
        const infos = paragraphs.items.map(toParagraphInfo);
        return { paragraphTexts: infos.map((p) => p.text), looksLikePerformancePlan: looksLikePerformancePlan(infos) };
      });
    },

    async insert(lines, options) {
      if (inserting) {
        throw new WordActionError({
          kind: "busy",
          title: "Already inserting",
          message: "Wait for the current insertion to finish.",
          details: "A second insertion was requested while one was running.",
        });
      }
      inserting = true;
      try {
        // Loaded on the first insertion: the pane's first view does not need it.
        const { insertLines } = await import(/* webpackChunkName: "insertion" */ "./insertion");
        return await runWord("insert", (context) =>
          insertLines(context, lines, { ...options, readTrackChanges: capabilities.canReadTrackChanges }),
        );
      } finally {
        inserting = false;
        lastReading = null;
      }
    },

    onSelectionChanged(listener) {
      // Our own insertions move the selection too; the pane re-detects after inserting anyway.
      const handler = () => {
        if (!inserting) listener();
      };
      Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
      return () => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
    },

    loadSettings: loadPaneSettings,
    saveSettings: savePaneSettings,
  };
}

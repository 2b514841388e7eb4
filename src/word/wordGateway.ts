/**
 * The DocumentGateway over real Word (or the stand-in, which installs the same globals).
 * Every Word.run is wrapped so failures reach the pane as WordActionError in plain words.
 */
import { looksLikePerformancePlan, PLAN_CHECK_PARAGRAPHS } from "../core/documentType";
import { detectCursorPlace, type DetectionReading } from "./detection";
import { describeWordFailure } from "./errors";
import { WordActionError, type Detection, type DocumentGateway, type DocumentOverview } from "./gateway";
import { insertLines } from "./insertion";
import { loadParagraphInfo, toParagraphInfo } from "./paragraphs";
import { loadPaneSettings, savePaneSettings } from "./settings";

async function runWord<T>(action: "read" | "insert", batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    if (!(error instanceof WordActionError)) console.error("Word request failed", error);
    throw new WordActionError(describeWordFailure(error, action));
  }
}

/** Paragraphs whose text one overview round trip reads. */
export const OVERVIEW_PAGE = 2000;

/** Lets the browser handle input and rendering before the next page of a long read. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A cheap fingerprint of what detection read: the same window gives the same answer. */
function readingKey(reading: DetectionReading): string {
  return JSON.stringify(reading.paragraphs);
}

export function createWordGateway(capabilities: { canReadTrackChanges: boolean }): DocumentGateway {
  let inserting = false;
  let lastReading: DetectionReading | null = null;
  let lastOverview: { bodyText: string; overview: DocumentOverview } | null = null;

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

    async readOverview(options = {}): Promise<DocumentOverview> {
      return runWord("read", async (context) => {
        // The body's text is the cheap "has anything changed" signature: one string, no paragraph objects
        // (WordApi 1.3 has no change event). A style-only change keeps the signature; Refresh reads anyway.
        const body = context.document.body;
        body.load("text");
        const previous = lastOverview;
        if (options.unlessUnchanged && previous) {
          await context.sync();
          if (body.text === previous.bodyText) return previous.overview;
        }
        // Every paragraph's text, but the formatting only of those the plan check looks at, and the text in
        // pages (OfficeExtension.LoadOption top/skip) with a pause between them, so that unpacking a long
        // document never holds the pane's thread for long. A PD of a few hundred paragraphs is one page.
        const opening = body.getRange("Whole").paragraphs; // its own collection object: each load has its own items
        loadParagraphInfo(opening, { first: PLAN_CHECK_PARAGRAPHS });
        const paragraphTexts: string[] = [];
        for (let skip = 0; ; skip += OVERVIEW_PAGE) {
          if (skip > 0) await nextTask();
          const page = body.getRange("Whole").paragraphs.load({ select: "text", top: OVERVIEW_PAGE, skip });
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per page is the point: see above
          await context.sync();
          for (const paragraph of page.items) paragraphTexts.push(paragraph.text);
          if (page.items.length < OVERVIEW_PAGE) break;
        }
        const overview = { paragraphTexts, looksLikePerformancePlan: looksLikePerformancePlan(opening.items.map(toParagraphInfo)) };
        lastOverview = { bodyText: body.text, overview };
        return overview;
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

/**
 * The DocumentGateway over Word. It is handed Word and Office (the real globals in the pane, a stand-in in tests
 * and the preview), so nothing here reads globals. Every failure reaches the pane as a WordActionError in plain
 * words (errors.ts).
 */
import { readFromStart, readPlace, readWindow, DETECTION_WINDOW, type DetectionReading } from "./detection";
import type { WordAction } from "./errors";
import { WordActionError, type CursorPlace, type Detection, type DocumentGateway, type DocumentOverview, type DocumentState } from "./gateway";
import { PARAGRAPH_INFO, PARAGRAPH_PAGE, readParagraphPages, toParagraphInfo } from "./paragraphs";
import { loadPaneSettings, savePaneSettings } from "./settings";
import type { ParagraphInfo } from "../core/sections";

// What the pane's first view does not use loads on first use, in files of its own: the wording of failures,
// insertion, the review's navigation and the plan check (the first view waits only for detection).
const errorWording = () => import(/* webpackChunkName: "word-errors" */ "./errors");
const insertionCode = () => import(/* webpackChunkName: "word-insert" */ "./insertion");
const navigationCode = () => import(/* webpackChunkName: "word-review" */ "./navigation");
const replacementCode = () => import(/* webpackChunkName: "word-replace" */ "./replacement");
const textReplacementCode = () => import(/* webpackChunkName: "word-replace-text" */ "./textReplacement");
const ignoredHintsCode = () => import(/* webpackChunkName: "word-replace-text" */ "./ignoredHints");
const documentTypeCode = () => import(/* webpackChunkName: "document-type" */ "../core/documentType");
const planCode = () => import(/* webpackChunkName: "plans" */ "../core/planSections");

/** A Word failure in plain words, for the pane. */
async function failure(error: unknown, action: WordAction, documentState: DocumentState): Promise<WordActionError> {
  const { describeWordFailure } = await errorWording();
  return new WordActionError(describeWordFailure(error, action, documentState));
}

/** The two office.js globals the gateway uses, passed in. */
export type WordHost = { Word: Pick<typeof Word, "run">; Office: typeof Office };

/** Paragraphs whose text one overview round trip reads. */
export const OVERVIEW_PAGE = PARAGRAPH_PAGE;

const READ_FIELDS = ["text", "style", "styleBuiltIn", "outlineLevel", "bold", "isListItem", "tableNestingLevel"] as const satisfies readonly (keyof ParagraphInfo)[];

/**
 * What detection read is what it read last time: the same paragraphs give the same answer. Compared field by field,
 * with no copy: a read from the document start may hold every paragraph of a long document.
 */
function sameReading(a: DetectionReading, b: DetectionReading): boolean {
  const same = (p: ParagraphInfo, q: ParagraphInfo) => READ_FIELDS.every((field) => p[field] === q[field]);
  return a.paragraphs.length === b.paragraphs.length && a.paragraphs.every((p, i) => same(p, b.paragraphs[i]!));
}

function hasCode(error: unknown, code: string): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}

/**
 * How the next detection reads. "window" is one round trip wherever the cursor is, on a Word where calls through
 * null objects work; after a window read has failed near the top of the document (such a Word fails them), the
 * cursor's neighbourhood is read from the document start instead, also one round trip, until the cursor is far
 * from the top again.
 */
type DetectionStrategy = "window" | "from-start";

export function createWordGateway(host: WordHost, capabilities: { canReadTrackChanges: boolean }): DocumentGateway {
  const { Word: word, Office: office } = host;
  const readOptions = { readTrackChanges: capabilities.canReadTrackChanges };
  let inserting = false;
  let lastReading: DetectionReading | null = null;
  let strategy: DetectionStrategy = "window";
  let windowHasFailed = false;
  let lastOverview: { bodyText: string; overview: DocumentOverview } | null = null;

  const logged = (error: unknown) => {
    if (!(error instanceof WordActionError)) console.error("Word request failed", error);
    return error;
  };

  async function read(): Promise<DetectionReading> {
    let syncs = 0;
    if (strategy === "window") {
      try {
        syncs += 1;
        const outcome = await word.run((context) => readWindow(context, readOptions));
        if (outcome.kind === "answer") return outcome.reading;
      } catch (error) {
        // Undocumented: a call through a null object near the document start may fail the batch. Read from the start.
        logged(error);
        windowHasFailed = true;
      }
    }
    try {
      syncs += 1;
      const reading = await word.run((context) => readFromStart(context, readOptions));
      return { ...reading, syncs };
    } catch (error) {
      if (!hasCode(error, "ItemNotFound")) throw error;
      // No union with the document start: the cursor is outside the main text. Say where.
      syncs += 1;
      const place = await word.run((context) => readPlace(context, readOptions));
      if (!place) throw error;
      return { ...place, syncs };
    }
  }

  return {
    async detect(options = {}): Promise<Detection> {
      let reading: DetectionReading;
      try {
        reading = await read();
      } catch (error) {
        throw await failure(logged(error), "read", "unchanged");
      }
      strategy = windowHasFailed && reading.paragraphs.length > 0 && reading.paragraphs.length <= DETECTION_WINDOW ? "from-start" : "window";
      // Co-authors' edits and Word's own event bursts often leave the cursor where it was: hand back the
      // same place object so the pane can skip re-rendering and re-announcing.
      const unchanged = lastReading !== null && sameReading(lastReading, reading);
      const place = unchanged && lastReading ? lastReading.place : reading.place;
      lastReading = { ...reading, place };
      const detection: Detection = { place, trackChanges: reading.trackChanges, syncs: reading.syncs };
      if (!options.plan) return detection;
      // Plans are read from the same paragraphs; their vocabulary loads only when the pane shows a plan.
      const { planReading } = await planCode();
      const { part, goalForm } = planReading(reading.paragraphs, reading.reachedStart);
      const planPlace: CursorPlace =
        reading.place.kind === "outside-body"
          ? reading.place
          : part === null
            ? { kind: "before-sections" }
            : { kind: "section", sectionId: part.id, sectionName: part.name, librarySection: part.librarySection };
      return { ...detection, plan: { place: planPlace, goalForm } };
    },

    async readOverview(options = {}): Promise<DocumentOverview> {
      try {
        const { looksLikePerformancePlan } = await documentTypeCode();
        return await word.run(async (context) => {
          // The body's text is the cheap "has anything changed" signature: one string, no paragraph objects
          // (WordApi 1.3 has no change event). A style-only change keeps the signature; Refresh reads anyway.
          const body = context.document.body;
          body.load("text");
          const previous = lastOverview;
          if (options.unlessUnchanged && previous) {
            await context.sync();
            if (body.text === previous.bodyText) return previous.overview;
          }
          // Every paragraph with what section detection reads (in pages: readParagraphPages): the marks use the
          // texts, the review the sections, the plan check the opening paragraphs; one reading serves all three.
          const paragraphs = await readParagraphPages(context, PARAGRAPH_INFO, toParagraphInfo);
          const overview = { paragraphs, paragraphTexts: paragraphs.map((p) => p.text), looksLikePerformancePlan: looksLikePerformancePlan(paragraphs) };
          lastOverview = { bodyText: body.text, overview };
          return overview;
        });
      } catch (error) {
        throw await failure(logged(error), "read", "unchanged");
      }
    },

    async goToParagraph(target) {
      try {
        const { moveToParagraph } = await navigationCode();
        await word.run((context) => moveToParagraph(context, target));
      } catch (error) {
        throw await failure(logged(error), "read", "unchanged");
      }
    },

    async insert(lines, options) {
      if (inserting) throw (await errorWording()).alreadyInsertingProblem();
      inserting = true;
      try {
        const { insertLines } = await insertionCode();
        // insertLines marks failures of its writing round trips itself; anything else failed before a write.
        return await word.run((context) => insertLines(context, lines, { ...options, readTrackChanges: capabilities.canReadTrackChanges }));
      } catch (error) {
        throw await failure(logged(error), "insert", "unchanged");
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
      office.context.document.addHandlerAsync(office.EventType.DocumentSelectionChanged, handler);
      return () => office.context.document.removeHandlerAsync(office.EventType.DocumentSelectionChanged, { handler });
    },

    async replaceParagraphText(target, text) {
      try {
        const { replaceParagraph } = await replacementCode();
        // replaceParagraph marks failures of its writing round trips itself; anything else failed before a write.
        return await word.run((context) => replaceParagraph(context, target, text, readOptions));
      } catch (error) {
        throw await failure(logged(error), "replace", "unchanged");
      } finally {
        lastReading = null;
      }
    },

    async replaceText(edits) {
      if (inserting) throw (await errorWording()).alreadyInsertingProblem();
      inserting = true;
      try {
        const { replaceTexts } = await textReplacementCode();
        // replaceTexts marks failures of its writing round trip itself; anything else failed before a write.
        return await word.run((context) => replaceTexts(context, edits, readOptions));
      } catch (error) {
        throw await failure(logged(error), "replace", "unchanged");
      } finally {
        inserting = false;
        lastReading = null;
      }
    },

    loadSettings: () => loadPaneSettings(office),
    saveSettings: (settings) => savePaneSettings(office, settings),
    loadIgnoredHints: async () => (await ignoredHintsCode()).loadIgnoredHints(office),
    saveIgnoredHints: async (keys) => (await ignoredHintsCode()).saveIgnoredHints(office, keys),
  };
}

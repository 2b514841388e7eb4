/**
 * Which PD section the cursor is in, read in one round trip in the common case.
 *
 * Two reads, each one batch:
 * - the window read: the cursor's paragraph plus up to DETECTION_WINDOW paragraphs before it, chained with
 *   getPreviousOrNullObject() (WordApi 1.3) and loaded in the same batch;
 * - the from-start read: every paragraph from the start of the document to the cursor (Range.expandTo, 1.3).
 *
 * The window read is the cheap one, but two of its answers are undocumented: calling getPreviousOrNullObject() on
 * an object that is already null (the window runs past the first paragraph) may fail the whole batch, and at the
 * first paragraph of a table cell it may stop as if at the start of the document. So the from-start read is used
 * when the window read fails, when it stops inside a table, and when no heading is in the window. A cursor near the
 * top of the document is read from the start straight away once a window read has failed there, which keeps that
 * case at one round trip too (see DetectionStrategy).
 * https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-getpreviousornullobject-member(1)
 */
import { inSlices } from "../core/schedule";
import { sectionAt, sectionAtInSlices, type ParagraphInfo, type SectionAt } from "../core/sections";
import type { CursorPlace, Detection } from "./gateway";
import { loadParagraphInfo, queueBodyPlace, toParagraphInfo } from "./paragraphs";

/** Paragraphs read before the cursor. PD sections are short; Major Duties is the longest. */
export const DETECTION_WINDOW = 40;

export type DetectionReading = Omit<Detection, "plan"> & {
  /** The paragraphs classified, oldest first, ending at the cursor's (for the "same place" short cut). */
  paragraphs: ParagraphInfo[];
  /** The paragraphs run from the document start (so "before the first heading" is known, not a window's edge). */
  reachedStart: boolean;
};

/** What a window read found when it could not answer by itself. */
export type WindowOutcome = { kind: "answer"; reading: DetectionReading } | { kind: "needs-from-start" };

type ReadOptions = { readTrackChanges: boolean };

/** Detection's slices are never cancelled: a newer detection waits for this one (schedule.createSettlingRunner). */
const ALWAYS_WANTED = { cancelled: () => false };

function pdPlace({ section }: SectionAt): CursorPlace {
  if (!section) return { kind: "before-sections" };
  return { kind: "section", sectionId: section.id, sectionName: section.name, librarySection: section.librarySection };
}

/** Everything detection tells the pane about the cursor's surroundings, from the section at its paragraph. */
function readingOf(at: SectionAt, paragraphs: ParagraphInfo[], reachedStart: boolean, trackChanges: boolean, syncs: number): DetectionReading {
  return { place: pdPlace(at), trackChanges, syncs, paragraphs, reachedStart };
}

function outside(where: Exclude<ReturnType<ReturnType<typeof queueBodyPlace>>["place"], "main">, trackChanges: boolean): DetectionReading {
  return { place: { kind: "outside-body", where }, trackChanges, syncs: 1, paragraphs: [], reachedStart: false };
}

/** Queues the reads every detection needs (where the cursor is, track changes); returns their reader. */
function queueCommon(context: Word.RequestContext, selection: Word.Range, options: ReadOptions) {
  const readPlace = queueBodyPlace(context, selection);
  if (options.readTrackChanges) context.document.load("changeTrackingMode");
  return () => ({
    ...readPlace(),
    trackChanges: options.readTrackChanges && context.document.changeTrackingMode !== "Off",
  });
}

/** The window read. Its sync may reject (see the module comment); the caller then reads from the start. */
export async function readWindow(context: Word.RequestContext, options: ReadOptions & { window?: number }): Promise<WindowOutcome> {
  const windowSize = options.window ?? DETECTION_WINDOW;
  const selection = context.document.getSelection();
  const readCommon = queueCommon(context, selection, options);
  const current = selection.paragraphs.getFirst();
  loadParagraphInfo(current);
  // Queued, not synced, one after another: the whole window costs one round trip.
  const before: Word.Paragraph[] = [];
  let previous = current;
  for (let i = 0; i < windowSize; i++) {
    previous = previous.getPreviousOrNullObject();
    loadParagraphInfo(previous);
    before.push(previous);
  }
  await context.sync();

  const { place: where, trackChanges } = readCommon();
  if (where !== "main") return { kind: "answer", reading: outside(where, trackChanges) };

  const firstMissing = before.findIndex((p) => p.isNullObject);
  const inWindow = (firstMissing === -1 ? before : before.slice(0, firstMissing)).reverse();
  const paragraphs = [...inWindow.map(toParagraphInfo), toParagraphInfo(current)];
  // Running out of paragraphs means the start of the document only outside tables: inside one, Word may stop at
  // the cell's edge.
  const reachedDocumentStart = firstMissing !== -1 && paragraphs[0]!.tableNestingLevel === 0;
  const windowAnswer = sectionAt(paragraphs, paragraphs.length - 1);
  // A heading inside the window decides, even where the window stopped at a table cell's edge.
  if (reachedDocumentStart || !windowAnswer.needsEarlierContext) {
    return { kind: "answer", reading: readingOf(windowAnswer, paragraphs, reachedDocumentStart, trackChanges, 1) };
  }
  return { kind: "needs-from-start" };
}

/**
 * The from-start read: one batch that never calls through a null object. Its expandTo fails with ItemNotFound
 * when the cursor is outside the main text (no union with the document's start); readPlace then says where it is.
 */
export async function readFromStart(context: Word.RequestContext, options: ReadOptions): Promise<DetectionReading> {
  const selection = context.document.getSelection();
  const readCommon = queueCommon(context, selection, options);
  const current = selection.paragraphs.getFirst();
  const upToCursor = context.document.body.getRange("Start").expandTo(current.getRange("Whole"));
  const paragraphs = upToCursor.paragraphs;
  loadParagraphInfo(paragraphs);
  await context.sync();

  const { place: where, trackChanges } = readCommon();
  if (where !== "main") return outside(where, trackChanges);
  // Everything up to the cursor may be most of a long document: taken in and classified in slices that hand the
  // thread back.
  const { items } = paragraphs;
  const read: ParagraphInfo[] = [];
  await inSlices(items.length, (i) => read.push(toParagraphInfo(items[i]!)), ALWAYS_WANTED);
  const at = (await sectionAtInSlices(read, read.length - 1, ALWAYS_WANTED))!;
  return readingOf(at, read, true, trackChanges, 1);
}

/** Where the cursor is, and nothing else: after a from-start read failed, is it outside the main text? */
export async function readPlace(context: Word.RequestContext, options: ReadOptions): Promise<DetectionReading | null> {
  const readCommon = queueCommon(context, context.document.getSelection(), options);
  await context.sync();
  const { place: where, trackChanges } = readCommon();
  return where === "main" ? null : outside(where, trackChanges);
}

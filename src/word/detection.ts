/**
 * Which PD section the cursor is in, read in one round trip in the common case:
 * the cursor's paragraph plus a window of paragraphs before it, chained with getPreviousOrNullObject()
 * (WordApi 1.3) and loaded in the same batch. Only when no heading is in that window does a second
 * round trip read everything from the start of the document to the cursor (Range.expandTo, 1.3).
 * https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-getpreviousornullobject-member(1)
 */
import { sectionAt, type ParagraphInfo } from "../core/sections";
import type { CursorPlace, Detection } from "./gateway";
import { bodyPlace, loadParagraphInfo, toParagraphInfo } from "./paragraphs";

/** Paragraphs read before the cursor. PD sections are short; Major Duties is the longest. */
export const DETECTION_WINDOW = 40;

export type DetectionReading = Detection & {
  /** The paragraphs classified, oldest first, ending at the cursor's (for the "same place" short cut). */
  paragraphs: ParagraphInfo[];
};

function placeFrom(paragraphs: ParagraphInfo[]): CursorPlace {
  const { section } = sectionAt(paragraphs, paragraphs.length - 1);
  if (!section) return { kind: "before-sections" };
  return { kind: "section", sectionId: section.id, sectionName: section.name, librarySection: section.librarySection };
}

export async function detectCursorPlace(
  context: Word.RequestContext,
  options: { readTrackChanges: boolean; window?: number },
): Promise<DetectionReading> {
  const windowSize = options.window ?? DETECTION_WINDOW;
  const selection = context.document.getSelection();
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
     parentBody, parentContentControlOrNullObject, listItemOrNullObject and listOrNullObject are navigation
     properties (proxies: nothing to load before using them); the plugin's name list files them as scalars. */
  const body = selection.parentBody;
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
  const outerBody = body.parentBodyOrNullObject;
  const current = selection.paragraphs.getFirst();
  body.load("type");
  outerBody.load("type");
  loadParagraphInfo(current);
  // Queued, not synced, one after another: the whole window costs one round trip.
  const before: Word.Paragraph[] = [];
  let previous = current;
  for (let i = 0; i < windowSize; i++) {
    previous = previous.getPreviousOrNullObject();
    loadParagraphInfo(previous);
    before.push(previous);
  }
  if (options.readTrackChanges) context.document.load("changeTrackingMode");
  await context.sync();

  const trackChanges = options.readTrackChanges && context.document.changeTrackingMode !== "Off";
  const where = bodyPlace(body.type, outerBody.isNullObject ? null : outerBody.type);
  if (where !== "main") {
    return { place: { kind: "outside-body", where }, trackChanges, syncs: 1, paragraphs: [] };
  }

  const firstMissing = before.findIndex((p) => p.isNullObject);
  const reachedDocumentStart = firstMissing !== -1;
  const inWindow = (reachedDocumentStart ? before.slice(0, firstMissing) : before).reverse();
  const paragraphs = [...inWindow.map(toParagraphInfo), toParagraphInfo(current)];
  const windowAnswer = sectionAt(paragraphs, paragraphs.length - 1);
  if (!windowAnswer.needsEarlierContext || reachedDocumentStart) {
    return { place: placeFrom(paragraphs), trackChanges, syncs: 1, paragraphs };
  }

  // Rare: the heading is further back than the window, or its meaning depends on what came before it.
  // Read from the document start to the cursor.
  const upToCursor = context.document.body.getRange("Start").expandTo(current.getRange("Whole")).paragraphs;
  loadParagraphInfo(upToCursor);
  await context.sync();
  const all = upToCursor.items.map(toParagraphInfo);
  return { place: placeFrom(all), trackChanges, syncs: 2, paragraphs: all };
}

/**
 * Replacing words inside paragraphs (the plain-language hints' Replace and Replace all), plain text only, leaving the
 * rest of each paragraph and its formatting as it is. Three round trips, however many edits:
 * 1. read each paragraph the edits are in (a paged read, as goToParagraph finds it) and the track changes mode; a
 *    paragraph whose text is not the text the pane read refuses the lot, nothing written;
 * 2. find each edit's words with Paragraph.search, inside its paragraph: whole words and case first; where Word's
 *    count of those is not the pane's (Word's idea of a whole word at a hyphen or apostrophe is undocumented), as
 *    plain text; where that fails too (words over 255 characters, which search refuses, or words across runs it may
 *    not find), the edit's first and last words found apart and joined with expandTo. The occurrence replaced is the
 *    n-th of those Word found, where the pane's own count of them agrees; anything else refuses the lot, nothing
 *    written;
 * 3. write each paragraph's edits last to first (so Word's ranges for the earlier ones still hold) with
 *    Range.insertText(…, "Replace"), and read the paragraphs back to check they read as the pane expects.
 */
import { applyEdits, substringOccurrences, wholeWordOccurrences, type TextEdit } from "../core/textEdit";
import { WORD_PATTERN } from "../core/words";
import { describeWordFailure, insertMismatchProblem, paragraphChangedProblem, wordsNotFoundProblem, writeFailure } from "./errors";
import { paragraphAt } from "./paragraphs";
import { WordActionError, type TextReplaceOutcome } from "./gateway";

/** Word's search refuses longer search strings. */
const SEARCH_LIMIT = 255;

/** Word's search treats ^ as the start of a special character; ^^ is a caret. */
const searchable = (text: string) => text.replace(/\^/g, "^^");

/** Whole-word occurrences as a Word that takes ' and - between letters as part of a word would count them. */
function joinedWholeWordOccurrences(text: string, needle: string): number[] {
  const joins = (i: number) => /['\u2019-]/.test(text[i] ?? "") && /[\p{L}\p{N}]/u.test(text[i - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[i + 1] ?? "");
  return wholeWordOccurrences(text, needle).filter((at) => !joins(at - 1) && !joins(at + needle.length));
}

/** Where the pane's count of the occurrences agrees with Word's, which of Word's is the one at `start`; else null. */
function pick(found: number, counted: readonly (readonly number[])[], start: number): number | null {
  const picks = new Set(counted.filter((list) => list.length === found).map((list) => list.indexOf(start)));
  if (picks.size !== 1) return null;
  const [only] = [...picks];
  return only !== undefined && only >= 0 ? only : null;
}

type Searches = {
  edit: TextEdit;
  whole: Word.RangeCollection | null;
  plain: Word.RangeCollection | null;
  first: { text: string; found: Word.RangeCollection } | null;
  last: { text: string; found: Word.RangeCollection } | null;
};

/** Queues the searches for one edit in its paragraph (round trip 2). */
function queueSearches(paragraph: Word.Paragraph, edit: TextEdit): Searches {
  const search = (text: string, matchWholeWord: boolean) => paragraph.search(searchable(text), { matchCase: true, matchWholeWord }).load("text");
  const short = edit.before.length <= SEARCH_LIMIT;
  const pieces = [...edit.before.matchAll(WORD_PATTERN)];
  const firstPiece = pieces[0];
  const lastPiece = pieces[pieces.length - 1];
  // The words at the edit's two ends, when that is where they stand (an edit starts and ends with a word).
  const atStart = firstPiece && firstPiece.index === 0 && firstPiece[0].length <= SEARCH_LIMIT ? firstPiece[0] : null;
  const atEnd = lastPiece && lastPiece.index + lastPiece[0].length === edit.before.length && lastPiece[0].length <= SEARCH_LIMIT ? lastPiece[0] : null;
  return {
    edit,
    whole: short ? search(edit.before, true) : null,
    plain: short ? search(edit.before, false) : null,
    first: atStart ? { text: atStart, found: search(atStart, false) } : null,
    last: atEnd && pieces.length > 1 ? { text: atEnd, found: search(atEnd, false) } : null,
  };
}

/** Word's range for an edit's words, from the searches' answers; null where none can be trusted. */
function rangeFor({ edit, whole, plain, first, last }: Searches): Word.Range | null {
  const text = edit.paragraphText;
  if (whole) {
    const n = pick(whole.items.length, [wholeWordOccurrences(text, edit.before), joinedWholeWordOccurrences(text, edit.before)], edit.start);
    if (n !== null && whole.items[n]?.text === edit.before) return whole.items[n]!;
  }
  if (plain) {
    const n = pick(plain.items.length, [substringOccurrences(text, edit.before)], edit.start);
    if (n !== null && plain.items[n]?.text === edit.before) return plain.items[n]!;
  }
  if (!first) return null;
  const head = pick(first.found.items.length, [substringOccurrences(text, first.text)], edit.start);
  if (head === null) return null;
  const headRange = first.found.items[head]!;
  if (!last) return first.text === edit.before ? headRange : null;
  const tail = pick(last.found.items.length, [substringOccurrences(text, last.text)], edit.end - last.text.length);
  if (tail === null) return null;
  return headRange.expandTo(last.found.items[tail]!);
}

/** After a failed write: does every paragraph still read as the pane read it? One more round trip; false if it fails. */
async function stillAsRead(context: Word.RequestContext, byParagraph: ReadonlyMap<number, readonly TextEdit[]>): Promise<boolean> {
  try {
    const pages = [...byParagraph].map(([index, group]) => ({ page: paragraphAt(context, index), text: group[0]!.paragraphText }));
    await context.sync();
    return pages.every(({ page, text }) => page.items[0]?.text === text);
  } catch {
    return false;
  }
}

/** Edits checked against the text they address, grouped by paragraph, each group last to first. */
function checkedEdits(edits: readonly TextEdit[]): Map<number, TextEdit[]> {
  const byParagraph = new Map<number, TextEdit[]>();
  for (const edit of edits) {
    const fits = edit.start >= 0 && edit.end > edit.start && edit.paragraphText.slice(edit.start, edit.end) === edit.before;
    if (!fits || /[\r\n\v\f\u2028\u2029]/.test(edit.after)) throw new Error(`An edit does not fit its paragraph: ${JSON.stringify(edit)}`);
    const group = byParagraph.get(edit.paragraphIndex) ?? [];
    if (group.some((other) => other.paragraphText !== edit.paragraphText)) throw new Error(`Edits of paragraph ${edit.paragraphIndex} read it differently`);
    group.push(edit);
    byParagraph.set(edit.paragraphIndex, group);
  }
  for (const group of byParagraph.values()) {
    group.sort((a, b) => b.start - a.start);
    if (group.some((edit, i) => i > 0 && edit.end > group[i - 1]!.start)) throw new Error("Two edits overlap");
  }
  return byParagraph;
}

export async function replaceTexts(context: Word.RequestContext, edits: readonly TextEdit[], options: { readTrackChanges: boolean }): Promise<TextReplaceOutcome> {
  const byParagraph = checkedEdits(edits);
  if (byParagraph.size === 0) return { replaced: 0, tracked: false, syncs: 0 };

  // ---- Round trip 1: are they still the paragraphs the pane read, and is track changes on? Nothing is written.
  const pages = [...byParagraph.keys()].map((index) => ({ index, page: paragraphAt(context, index) }));
  if (options.readTrackChanges) context.document.load("changeTrackingMode");
  await context.sync();
  const paragraphs = new Map<number, Word.Paragraph>();
  for (const { index, page } of pages) {
    const paragraph = page.items[0];
    const expected = byParagraph.get(index)![0]!.paragraphText;
    if (!paragraph || paragraph.text !== expected) {
      const found = paragraph ? JSON.stringify(paragraph.text) : "no such paragraph";
      throw paragraphChangedProblem(`Paragraph ${index}: expected ${JSON.stringify(expected)}; found ${found}`);
    }
    paragraphs.set(index, paragraph);
  }
  const tracked = options.readTrackChanges && context.document.changeTrackingMode !== "Off";

  // ---- Round trip 2: find every edit's words. Still nothing written.
  const searches = [...byParagraph].flatMap(([index, group]) => group.map((edit) => queueSearches(paragraphs.get(index)!, edit)));
  try {
    await context.sync();
  } catch (error) {
    throw new WordActionError(describeWordFailure(error, "replace", "unchanged"));
  }
  const ranges = searches.map((s) => ({ edit: s.edit, range: rangeFor(s) }));
  const lost = ranges.find((r) => r.range === null);
  if (lost) throw wordsNotFoundProblem(`Paragraph ${lost.edit.paragraphIndex}: "${lost.edit.before}" at ${lost.edit.start} was not found as read`);

  // ---- Round trip 3: the writes, last to first in each paragraph (the order of `ranges`), and a read-back.
  for (const { edit, range } of ranges) range!.insertText(edit.after, "Replace");
  const readBack = pages.map(({ index }) => ({ index, page: paragraphAt(context, index) }));
  try {
    await context.sync();
  } catch (error) {
    // A batch is not a transaction (part of it may have been written): say "unchanged" only when it provably is.
    throw (await stillAsRead(context, byParagraph)) ? new WordActionError(describeWordFailure(error, "replace", "unchanged")) : writeFailure(error, "replace");
  }
  for (const { index, page } of readBack) {
    const group = byParagraph.get(index)!;
    const expected = applyEdits(group[0]!.paragraphText, group);
    const now = page.items[0]?.text;
    if (now !== expected) throw insertMismatchProblem(`Paragraph ${index}: expected ${JSON.stringify(expected)}; got ${JSON.stringify(now)}`);
  }
  return { replaced: edits.length, tracked, syncs: 3 };
}

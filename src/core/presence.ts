/**
 * Which library entries already stand in the document, so the pane can mark them "in document" and
 * nobody inserts the same duty twice. Matching ignores case, quote and dash styles and spacing, and the
 * list numbering Word keeps outside paragraph text (or a bullet typed by hand), and a goal's number in the plan.
 *
 * Short entries ("Plain language", a goal's activity) count only as a paragraph of their own: those words
 * inside a longer sentence are not the entry. Long entries count anywhere, and also when an editor changed a few
 * words of them (a paragraph of about the same length that differs by at most NEAR_EDITS words).
 */
import type { Library, PlaceholderValues } from "./library";
import { foldText, trimTrailing } from "./textMatch";

// Final punctuation often differs (a typist adds the missing period); compare without it.
const TRAILING_PUNCTUATION = /[\s.;:,]/;
// A bullet or number typed by hand at the start of a paragraph.
const TYPED_LIST_MARKER = /^(?:[•·▪◦●○■□►▶➢➤✓✔*–-]|\(?(?:\d{1,2}|[a-z])[.)])\s+/;
// The number a plan gives a goal ("Performance Goal 3: …"), which the pane adds when it inserts one.
const GOAL_NUMBER = /^(?:[a-z]+\s+){0,2}goal\s*\d{1,2}\s*[:.–—-]\s*/;

/** Entries of fewer words than this are matched only as a whole paragraph. */
export const SHORT_ENTRY_WORDS = 8;

export function entriesInDocument(library: Library, paragraphTexts: readonly string[], values: PlaceholderValues = {}): Set<string> {
  return entriesInComparableText(library, paragraphTexts.map(comparableText).join("\n"), values);
}

/** A paragraph (or an entry) as presence compares it. The slow part for a long document: see presenceScan.ts. */
export function comparableText(text: string): string {
  return trimTrailing(foldText(text), TRAILING_PUNCTUATION).replace(TYPED_LIST_MARKER, "").replace(GOAL_NUMBER, "");
}

/** Entries found in `documentText`: the document's paragraphs through comparableText, joined with "\n". */
export function entriesInComparableText(library: Library, documentText: string, values: PlaceholderValues = {}): Set<string> {
  const finder = createEntryFinder(library, values);
  finder.look(documentText.split("\n"));
  return finder.found;
}

/**
 * Finds entries in a document given a few paragraphs at a time (each through comparableText), so that a long document
 * can be searched in slices. Every match lies within one paragraph, so looking at the paragraphs in any grouping finds
 * the same entries; entries already found are not looked for again.
 */
export type EntryFinder = {
  look(paragraphs: readonly string[]): void;
  /** Ids of the entries found so far. */
  readonly found: Set<string>;
};

/** About how many characters of folded paragraphs one call of EntryFinder.look takes in a sliced search. */
const GROUP_CHARS = 32_000;

/** Consecutive paragraphs in groups of about GROUP_CHARS characters: the steps of a sliced search. */
export function paragraphGroups(paragraphs: readonly string[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let chars = 0;
  for (const paragraph of paragraphs) {
    group.push(paragraph);
    chars += paragraph.length + 1;
    if (chars >= GROUP_CHARS) {
      groups.push(group);
      group = [];
      chars = 0;
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

export function createEntryFinder(library: Library, values: PlaceholderValues = {}): EntryFinder {
  const found = new Set<string>();
  const short = new Map<string, string[]>(); // whole-paragraph needle → ids
  const long: { id: string; needle: string; words: string[] }[] = [];
  for (const entry of library.entries()) {
    const needle = comparableText(library.renderEntry(entry, values));
    if (!needle) continue;
    const words = needle.split(" ");
    if (words.length < SHORT_ENTRY_WORDS) short.set(needle, [...(short.get(needle) ?? []), entry.id]);
    else long.push({ id: entry.id, needle, words });
  }
  const longestShort = Math.max(0, ...[...short.keys()].map((needle) => needle.length));
  return {
    found,
    look(paragraphs) {
      for (const paragraph of paragraphs) {
        if (paragraph.length <= longestShort) short.get(paragraph)?.forEach((id) => found.add(id));
      }
      const wanted = long.filter((entry) => !found.has(entry.id));
      if (wanted.length === 0) return;
      const text = paragraphs.join("\n");
      let near: NearMatcher | null = null; // built once, only when a long entry is not found as it is
      for (const entry of wanted) {
        if (text.includes(entry.needle) || (near ??= nearMatcher(paragraphs)).matches(entry.words)) found.add(entry.id);
      }
    },
  };
}

/** Words an edited copy of a long entry may differ by: one in ten (one for the shortest). */
function allowedEdits(wordCount: number): number {
  return Math.max(1, Math.floor(wordCount / 10));
}

type NearMatcher = { matches(entryWords: readonly string[]): boolean };

/**
 * Finds paragraphs that are a long entry with a few words changed. Small edits leave the first two or the last two
 * words alone, so only paragraphs sharing either pair are compared word by word: one pass over the document, then
 * a handful of comparisons per entry.
 */
function nearMatcher(paragraphs: readonly string[]): NearMatcher {
  const byEnds = new Map<string, string[]>();
  const add = (key: string, line: string) => {
    const list = byEnds.get(key);
    if (list) list.push(line);
    else byEnds.set(key, [line]);
  };
  for (const line of paragraphs) {
    // The two words at each end, found without splitting the whole paragraph (a long one costs no more).
    const second = line.indexOf(" ", line.indexOf(" ") + 1);
    const beforeLast = line.lastIndexOf(" ", line.lastIndexOf(" ") - 1);
    if (second < 0 || beforeLast < 0) continue;
    add(`<${line.slice(0, second)}`, line);
    add(`>${line.slice(beforeLast + 1)}`, line);
  }
  return {
    matches(entryWords) {
      const limit = allowedEdits(entryWords.length);
      const candidates = [
        ...(byEnds.get(`<${entryWords[0]} ${entryWords[1]}`) ?? []),
        ...(byEnds.get(`>${entryWords[entryWords.length - 2]} ${entryWords[entryWords.length - 1]}`) ?? []),
      ];
      return candidates.some((line) => {
        const words = line.split(" ");
        return words.length >= SHORT_ENTRY_WORDS - 2 && Math.abs(words.length - entryWords.length) <= limit && wordEdits(words, entryWords, limit) <= limit;
      });
    },
  };
}

/** Word-level edit distance between `a` and `b`, or limit + 1 as soon as it must exceed `limit`. */
function wordEdits(a: readonly string[], b: readonly string[], limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Which library entries already stand in the document, and how each stands (entryStates.ts): so the pane can mark
 * them and nobody inserts the same duty twice. Matching ignores case, quote and dash styles and spacing, and the
 * list numbering Word keeps outside paragraph text (or a bullet typed by hand), and a goal's number in the plan.
 *
 * - approved: the entry's current text (placeholders filled in) as it is;
 * - adapted: a long entry with a few words changed (a paragraph of about the same length that differs by at most
 *   one word in ten), or standing with another agency's name where the entry has {{agency}};
 * - earlier: the text of an earlier library version (previousTexts), as it is or adapted in the same ways.
 *
 * Short entries ("Plain language", a goal's activity) count only as a paragraph of their own: those words
 * inside a longer sentence are not the entry. Long entries count anywhere.
 */
import type { EntryState, FoundEntries, FoundEntry } from "./entryStates";
import { AGENCY_PLACEHOLDER, type Library, type PlaceholderValues } from "./library";
import type { Phase } from "./schedule";
import { withoutLead } from "./paragraphLead";
import { foldText, foldWithMap, trimTrailing } from "./textMatch";

// Final punctuation often differs (a typist adds the missing period); compare without it.
const TRAILING_PUNCTUATION = /[\s.;:,]/;

/** Entries of fewer words than this are matched only as a whole paragraph. */
export const SHORT_ENTRY_WORDS = 8;

/** Entries found in the document's paragraphs (as Word gives them). */
export function entriesInDocument(library: Library, paragraphTexts: readonly string[], values: PlaceholderValues = {}): FoundEntries {
  const finder = createEntryFinder(library, values, (index) => paragraphTexts[index] ?? "");
  const phase = lookingPhase(finder, paragraphTexts.map(comparableText));
  for (let g = 0; g < phase.count; g++) phase.step(g);
  return finder.found;
}

/** A paragraph (or an entry) as presence compares it. The slow part for a long document: see presenceScan.ts. */
export function comparableText(text: string): string {
  return withoutLead(trimTrailing(foldText(text), TRAILING_PUNCTUATION));
}

/**
 * Finds entries in a document given a few paragraphs at a time (each through comparableText), so that a long document
 * can be searched in slices. Every match lies within one paragraph, so looking at the paragraphs in any grouping finds
 * the same entries.
 */
export type EntryFinder = {
  /** Looks at `paragraphs`, the first of which is paragraph `firstIndex` of the document. */
  look(paragraphs: readonly string[], firstIndex: number): void;
  /** The entries found so far, each in its best state (approved, then adapted, then earlier). */
  readonly found: FoundEntries;
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

/**
 * `finder` looking at `paragraphs` (folded; the first is paragraph `firstIndex` of the document) one group per step:
 * the one way the presence scan and the review search a document, at once or in slices.
 */
export function lookingPhase(finder: EntryFinder, paragraphs: readonly string[], firstIndex = 0): Phase {
  const groups = paragraphGroups(paragraphs);
  const starts: number[] = [];
  groups.reduce((start, group) => (starts.push(start), start + group.length), firstIndex);
  return { count: groups.length, step: (g) => finder.look(groups[g]!, starts[g]!) };
}

/** One text an entry is recognised by: its current text, or an earlier version's. */
type Needle = {
  id: string;
  /** Through comparableText. */
  text: string;
  words: string[];
  /** "approved" for the current text, "earlier" for an earlier version's. */
  exactState: EntryState;
  /** The state of an edited copy: "adapted" for the current text, "earlier" for an earlier one. */
  editedState: EntryState;
  version: string | null;
  /** The text with any agency name in the places of {{agency}}: the agency name is its group 1. */
  anyAgency: RegExp | null;
  /** Characters of the text before the first agency name. */
  beforeAgency: number;
  /** For an entry with {{agency}}: its words with AGENCY_MARK where the agency's name goes (any one word fits there). */
  markedWords: string[] | null;
  /**
   * Its longest word inside it (not first or last, not the agency's name): a paragraph holding the text, or the text
   * with another agency's name, holds this word between spaces. Looking it up in a set of a group's words first saves
   * searching the group's text for every entry.
   */
  innerWord: string;
};

/** Only words this long go into a group's set of words: fewer to add, and an entry's longest word is longer. */
const INDEXED_WORD_LENGTH = 7;

const RANK: Record<EntryState, number> = { approved: 0, adapted: 1, earlier: 2 };

// Stands for the agency's name while an entry is rendered, so its places can be found in the folded text.
const AGENCY_MARK = "qqagencyqq";
// An agency's name as a document may write it in place of {{agency}}: one to five words ("DHS", "the Department of
// Agriculture"), folded. A possessive after it may be written "DHS'" or "DHS's", whatever the entry has.
const AGENCY_NAME = "([a-z0-9][a-z0-9&.-]*(?: [a-z0-9&.-]+){0,4}?)";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function agencyPattern(markedText: string): Pick<Needle, "anyAgency" | "beforeAgency" | "markedWords"> | null {
  const places = markedText.split(AGENCY_MARK);
  if (places.length < 2) return null;
  // A name at the very start or end of the entry runs to the paragraph's edge: otherwise "… important at the start of
  // every call" would be "… important at {{agency}}" naming "the".
  const source = [
    places[0] === "" ? "^" : "",
    ...places.map((piece, i) => (i === 0 ? escapeRegExp(piece) : (i === 1 ? AGENCY_NAME : "\\1") + escapeRegExp(piece).replace(/^'s/, "'s?"))),
    places[places.length - 1] === "" ? "$" : "",
  ].join("");
  return { anyAgency: new RegExp(source, "gm"), beforeAgency: places[0]!.length, markedWords: markedText.split(" ") };
}

/** The texts a finder looks for, worked out from the library and the placeholder values. */
type Needles = { short: ReadonlyMap<string, readonly Needle[]>; long: readonly Needle[]; longestShort: number; agencyInUse: string };

/**
 * The last needles made for each library, by placeholder values: a review makes a finder for every section and the
 * coverage report one for every section of every PD, all with the same library and values, and making the needles
 * was a third of a PD's review. Needles are never changed once made (their patterns are used through matchAll,
 * which copies them), so finders can share them.
 */
const needleCache = new WeakMap<Library, { key: string; needles: Needles }>();

function needlesFor(library: Library, values: PlaceholderValues): Needles {
  const key = JSON.stringify(Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const cached = needleCache.get(library);
  if (cached?.key === key) return cached.needles;
  const needles = makeNeedles(library, values);
  needleCache.set(library, { key, needles });
  return needles;
}

function makeNeedles(library: Library, values: PlaceholderValues): Needles {
  const short = new Map<string, Needle[]>(); // whole-paragraph text → needles
  const long: Needle[] = [];
  const agencyInUse = comparableText(library.renderText(`{{${AGENCY_PLACEHOLDER}}}`, values));
  const marked = { ...values, [AGENCY_PLACEHOLDER]: AGENCY_MARK };
  for (const entry of library.entries()) {
    const texts = [{ text: entry.text, version: null as string | null }, ...(entry.previousTexts ?? [])];
    for (const { text: source, version } of texts) {
      const text = comparableText(library.renderText(source, values));
      if (!text) continue;
      const words = text.split(" ");
      const exactState: EntryState = version === null ? "approved" : "earlier";
      const needle: Needle = { id: entry.id, text, words, exactState, editedState: version === null ? "adapted" : "earlier", version, anyAgency: null, beforeAgency: 0, markedWords: null, innerWord: "" };
      if (words.length < SHORT_ENTRY_WORDS) {
        short.set(text, [...(short.get(text) ?? []), needle]);
      } else {
        if (library.placeholders[AGENCY_PLACEHOLDER] && source.includes(`{{${AGENCY_PLACEHOLDER}}}`)) {
          Object.assign(needle, agencyPattern(comparableText(library.renderText(source, marked))));
        }
        needle.innerWord = (needle.markedWords ?? words)
          .slice(1, -1)
          .filter((word) => !word.includes(AGENCY_MARK))
          .reduce((longest, word) => (word.length > longest.length ? word : longest), "");
        long.push(needle);
      }
    }
  }
  const longestShort = Math.max(0, ...[...short.keys()].map((text) => text.length));
  return { short, long, longestShort, agencyInUse };
}

/**
 * `writtenAs` gives a paragraph's text as the document has it (by index), so that an agency's name found in a
 * paragraph is reported as written there ("DHS", not "dhs").
 */
export function createEntryFinder(library: Library, values: PlaceholderValues = {}, writtenAs?: (index: number) => string): EntryFinder {
  const found = new Map<string, FoundEntry>();
  const { short, long, longestShort, agencyInUse } = needlesFor(library, values);

  const record = (needle: Needle, state: EntryState, index: number, changedWords: number, namesAgency: string | null) => {
    const before = found.get(needle.id);
    if (!before || RANK[state] < RANK[before.state]) {
      found.set(needle.id, { id: needle.id, state, paragraphs: [index], changedWords, namesAgency, version: state === "earlier" ? needle.version : null });
    } else if (before.state === state && !before.paragraphs.includes(index)) {
      before.paragraphs.push(index);
      before.paragraphs.sort((a, b) => a - b);
    }
  };
  // Entries found approved in an earlier look: nothing better is left to find, so, as for a plain "in document" mark,
  // they are not looked for again (a PD is one or a few groups; their paragraphs are those of the first group).
  const settled = new Set<string>();
  const bestSoFar = (id: string) => RANK[found.get(id)?.state ?? "earlier"] + (found.has(id) ? 0 : 1);
  const asWritten = (index: number, match: string, nameAt: number, name: string) => {
    const original = writtenAs?.(index);
    if (original === undefined) return name;
    const { folded: all, map } = foldWithMap(original);
    const at = all.indexOf(match);
    return at < 0 ? name : original.slice(map[at + nameAt]!, map[at + nameAt + name.length - 1]! + 1);
  };

  return {
    found,
    look(paragraphs, firstIndex) {
      paragraphs.forEach((paragraph, i) => {
        if (paragraph.length <= longestShort) short.get(paragraph)?.forEach((needle) => record(needle, needle.exactState, firstIndex + i, 0, null));
      });
      const text = paragraphs.join("\n");
      let starts: number[] | null = null; // where each paragraph starts in `text`, worked out once a match needs it
      const paragraphAt = (offset: number) => {
        if (!starts) {
          starts = [];
          let start = 0;
          for (const paragraph of paragraphs) {
            starts.push(start);
            start += paragraph.length + 1;
          }
        }
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
          const mid = (low + high + 1) >> 1;
          if (starts[mid]! <= offset) low = mid;
          else high = mid - 1;
        }
        return low;
      };
      let near: NearMatcher | null = null; // built once, only when a long entry is not found as it is
      let words: Set<string> | null = null; // the group's longer words, built once a long entry is looked for
      const holds = (word: string) => {
        if (word.length < INDEXED_WORD_LENGTH) return true;
        if (!words) {
          words = new Set();
          for (const paragraph of paragraphs) for (const each of paragraph.split(" ")) if (each.length >= INDEXED_WORD_LENGTH) words.add(each);
        }
        return words.has(word);
      };
      for (const needle of long) {
        if (settled.has(needle.id)) continue;
        // Nothing this text can show is better than what is already found: an earlier text after the approved one.
        if (bestSoFar(needle.id) < RANK[needle.exactState]) continue;
        const mayHold = holds(needle.innerWord);
        let exact = false;
        for (let at = mayHold ? text.indexOf(needle.text) : -1; at >= 0; at = text.indexOf(needle.text, at + needle.text.length)) {
          record(needle, needle.exactState, firstIndex + paragraphAt(at), 0, null);
          exact = true;
        }
        if (exact || bestSoFar(needle.id) < RANK[needle.editedState]) continue;
        let named = false;
        for (const match of needle.anyAgency && mayHold ? text.matchAll(needle.anyAgency) : []) {
          const name = match[1]!;
          const index = paragraphAt(match.index);
          const edits = wordEdits(match[0].split(" "), needle.words, needle.words.length);
          const other = name === agencyInUse ? null : asWritten(firstIndex + index, match[0], needle.beforeAgency, name);
          record(needle, needle.editedState, firstIndex + index, edits, other);
          named = true;
        }
        if (named) continue;
        for (const { index } of (near ??= nearMatcher(paragraphs)).matches(needle.markedWords ?? needle.words)) {
          // Counted against the text itself: another agency's name in it is a changed word too.
          const words = paragraphs[index]!.split(" ");
          record(needle, needle.editedState, firstIndex + index, wordEdits(words, needle.words, Math.max(words.length, needle.words.length)), null);
        }
      }
      for (const entry of found.values()) if (entry.state === "approved") settled.add(entry.id);
    },
  };
}

/** Words an edited copy of a long entry may differ by: one in ten (one for the shortest). */
function allowedEdits(wordCount: number): number {
  return Math.max(1, Math.floor(wordCount / 10));
}

type NearMatcher = { matches(entryWords: readonly string[]): { index: number; edits: number }[] };

/**
 * Finds paragraphs that are a long entry with a few words changed. Small edits leave the first two or the last two
 * words alone, so only paragraphs sharing either pair are compared word by word: one pass over the document, then
 * a handful of comparisons per entry.
 */
function nearMatcher(paragraphs: readonly string[]): NearMatcher {
  const byEnds = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const list = byEnds.get(key);
    if (list) list.push(index);
    else byEnds.set(key, [index]);
  };
  paragraphs.forEach((line, index) => {
    // The two words at each end, found without splitting the whole paragraph (a long one costs no more).
    const second = line.indexOf(" ", line.indexOf(" ") + 1);
    const beforeLast = line.lastIndexOf(" ", line.lastIndexOf(" ") - 1);
    if (second < 0 || beforeLast < 0) return;
    add(`<${line.slice(0, second)}`, index);
    add(`>${line.slice(beforeLast + 1)}`, index);
  });
  return {
    matches(entryWords) {
      const limit = allowedEdits(entryWords.length);
      const candidates = new Set([
        ...(byEnds.get(`<${entryWords[0]} ${entryWords[1]}`) ?? []),
        ...(byEnds.get(`>${entryWords[entryWords.length - 2]} ${entryWords[entryWords.length - 1]}`) ?? []),
      ]);
      const matches: { index: number; edits: number }[] = [];
      for (const index of candidates) {
        const words = paragraphs[index]!.split(" ");
        if (words.length < SHORT_ENTRY_WORDS - 2 || Math.abs(words.length - entryWords.length) > limit) continue;
        const edits = wordEdits(words, entryWords, limit);
        if (edits <= limit) matches.push({ index, edits });
      }
      return matches;
    },
  };
}

/**
 * Word-level edit distance between `a` and `b` (where a word of `b` starting with AGENCY_MARK stands for any one word),
 * or limit + 1 as soon as it must exceed `limit`.
 */
function wordEdits(a: readonly string[], b: readonly string[], limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] || b[j - 1]!.startsWith(AGENCY_MARK) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

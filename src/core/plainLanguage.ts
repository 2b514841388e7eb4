/**
 * Plain-language hints: where a PD uses a word or phrase of the plain-language word list (plainWords.ts), and what
 * the list says instead, as edits the pane can make.
 *
 * - Matching is by whole words (letters and digits, with ' and - inside a word), ignoring case; a phrase's words
 *   may be apart by any number of spaces. The longest phrase wins where several start at one word.
 * - Inflected forms match too ("utilizes", "utilized", "utilizing"), and the suggestion takes the same form ("uses",
 *   "used", "using"; after "is", "has" and the like the past participle: "has been done"). Forms the rules do not
 *   give come from the list's irregularVerbs. A suggestion that cannot take the form (a contraction, "I") is not
 *   offered for an inflected match.
 * - The suggestion is written in the case of the original: "Utilize" -> "Use", "UTILIZE" -> "USE".
 * - Never inside: headings (and bold heading lines), level statements ("Level 1-7, 1250 Points", also inside a
 *   line), the list's terms of art (factor titles, "subject-matter expert", …), and paragraphs that hold the
 *   library's own language (as the "in document" check found it, in any state): that wording is the CX office's.
 */
import { headingLevel, looksLikeHeadingLine } from "./headingLine";
import { isLevelStatement } from "./headingParts";
import type { PlainWordRow, PlainWordsData } from "./plainWords";
import { sectionSpans, type ParagraphInfo, type SectionSpan } from "./sections";
import { lowerAligned } from "./textMatch";
import { SENTENCE_END, WORD_PATTERN } from "./words";
import { wholeWordOccurrences, type TextEdit } from "./textEdit";

/** How a matched word was inflected; the suggestion's first word takes the same form. */
type Form = "base" | "s" | "ed" | "ing";

type VerbForms = { s?: string; past: string; participle: string; ing?: string };

/** A suggestion of a row in the form of the phrase it replaces: after be or have (`participle`) and elsewhere; null where it takes no such form. */
type Offer = { sayIndex: number; plain: string | null; participle: string | null };

/** One spelling of a row, as words and the separators between them (" " for any spaces, or "/" as in "and/or"). */
type Phrase = {
  row: PlainWordRow;
  rowIndex: number;
  words: string[];
  separators: string[];
  form: Form;
  offers: Offer[];
  /** Some suggestion takes the phrase's form (elsewhere; after be or have): else the phrase gives no hint there. */
  offersPlain: boolean;
  offersAfterParticiple: boolean;
};

export type PlainMatcher = {
  /** Phrases by their first word (in every form), longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  /** Terms of art, lower case, a hint must not fall inside. */
  readonly keptOut: readonly string[];
};

/** A suggestion for a hint: what it says and the edit that makes it. */
export type PlainAlternative = {
  /** Position in the row's `say` list, so "Replace all" makes the same choice everywhere. */
  sayIndex: number;
  /** The words that go in, or "" to leave the words out. */
  text: string;
  /** What the pane shows: the words, or "Leave out “…”". */
  label: string;
  edit: TextEdit;
};

export type PlainHint = {
  /** Stays the same while the sentence does: the key "Ignore" remembers. */
  key: string;
  rowId: string;
  dirtyDozen: boolean;
  paragraphIndex: number;
  /** Where the words stand in the paragraph's text. */
  start: number;
  end: number;
  /** The words as the document has them. */
  text: string;
  /** The sentence they are in, and where they are in it, for the card. */
  sentence: { text: string; markStart: number; markEnd: number };
  alternatives: PlainAlternative[];
  sectionKey: string;
};

/** A part of the document the hints are counted by: a section the detector recognised, or the text before the first. */
export type PlainSection = { key: string; sectionId: string; name: string; start: number; end: number };

export const BEFORE_SECTIONS_ID = "before-sections";
const BEFORE_SECTIONS_NAME = "Before the first section";

/** A document read for hints once (sections, what is kept out); hints for any part of it then come quickly. */
export type PlainDocument = {
  paragraphs: readonly ParagraphInfo[];
  sections: PlainSection[];
  /** The section each paragraph is in (an index into `sections`). */
  sectionOf: Int32Array;
  /** Paragraphs no hint falls in: 1 for the PD's structure (headings, level statements), 2 for library language. */
  keptOut: Uint8Array;
};

// Words whose inflected forms are not looked for as the start of a phrase ("ins order to"), nor given to a suggestion
// ("must" has no "musted").
const FUNCTION_WORDS = new Set(
  "a an the in it is as at by on for with there this that your be has not under until during due prior to and of or inter i we us you its their so if per since about instead than must can may will shall should would could might".split(" "),
);
// Before a past form, these ask for the participle: "is utilized" -> "is used", "has accomplished" -> "has done".
const PARTICIPLE_AFTER = new Set("am is are was were be been being has have had get gets got gotten".split(" "));

const SPACES = /^ +$/;

const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(?:s|x|z|ch|sh)$/;
// One vowel between consonants at the end of a one-syllable word doubles its consonant: "drop" -> "dropped".
const SHORT_CVC = /^[^aeiou]*[aeiou][^aeiouwxy]$/;
const ANY_CVC = /[^aeiou][aeiou][^aeiouwxy]$/;

function regularForm(word: string, form: Form, double: boolean): string {
  if (form === "base") return word;
  if (form === "s") {
    if (CONSONANT_Y.test(word)) return `${word.slice(0, -1)}ies`;
    return SIBILANT.test(word) || /[^aeiou]o$/.test(word) ? `${word}es` : `${word}s`;
  }
  const last = word[word.length - 1];
  if (form === "ed") {
    if (last === "e") return `${word}d`;
    if (CONSONANT_Y.test(word)) return `${word.slice(0, -1)}ied`;
    return double ? `${word}${last}ed` : `${word}ed`;
  }
  if (word.endsWith("ie")) return `${word.slice(0, -2)}ying`;
  if (last === "e" && !/[eoy]e$/.test(word)) return `${word.slice(0, -1)}ing`;
  return double ? `${word}${last}ing` : `${word}ing`;
}

/** Every spelling a word may have in `form` (with and without a doubled consonant: "benefited", "benefitted"). */
function formsToFind(word: string, form: Form, irregular: ReadonlyMap<string, VerbForms>): string[] {
  const known = irregular.get(word);
  if (known) {
    if (form === "ed") return [...new Set([known.past, known.participle])];
    if (form === "s" && known.s) return [known.s];
    if (form === "ing" && known.ing) return [known.ing];
  }
  if (form === "base" || form === "s" || !ANY_CVC.test(word)) return [regularForm(word, form, false)];
  return [...new Set([regularForm(word, form, false), regularForm(word, form, true)])];
}

/** The one spelling a suggestion's word takes in `form`; null where it takes none (a contraction, "I"). */
function formToWrite(word: string, form: Form, participle: boolean, irregular: ReadonlyMap<string, VerbForms>): string | null {
  if (form === "base") return word;
  if (!/^[a-z]+$/.test(word) || FUNCTION_WORDS.has(word)) return null;
  const known = irregular.get(word);
  if (known) {
    if (form === "ed") return participle ? known.participle : known.past;
    if (form === "s" && known.s) return known.s;
    if (form === "ing" && known.ing) return known.ing;
  }
  return regularForm(word, form, SHORT_CVC.test(word));
}

/** Words of a phrase and what stands between them. */
function splitPhrase(text: string): { words: string[]; separators: string[] } {
  const words: string[] = [];
  const separators: string[] = [];
  let end = -1;
  for (const m of lowerAligned(text).matchAll(WORD_PATTERN)) {
    if (end >= 0) separators.push(text.slice(end, m.index).trim() === "" ? " " : text.slice(end, m.index).replace(/ +/g, ""));
    words.push(m[0].replace(/\u2019/g, "'"));
    end = m.index + m[0].length;
  }
  return { words, separators };
}

/** A row's suggestions in `form`, worked out once per form rather than for each hint. */
function offersFor(row: PlainWordRow, form: Form, irregular: ReadonlyMap<string, VerbForms>): Offer[] {
  return row.say.map((say, sayIndex) => {
    if (say === "") return { sayIndex, plain: "", participle: "" };
    const [first, ...rest] = say.split(" ");
    const formed = (participle: boolean) => {
      const word = formToWrite(first, form, participle, irregular);
      return word === null ? null : [word, ...rest].join(" ");
    };
    return { sayIndex, plain: formed(false), participle: formed(true) };
  });
}

export function createPlainMatcher(data: PlainWordsData): PlainMatcher {
  const irregular = new Map(Object.entries(data.irregularVerbs ?? {}));
  const byFirstWord = new Map<string, Phrase[]>();
  data.words.forEach((row, rowIndex) => {
    for (const spelling of row.dontSay) {
      const { words, separators } = splitPhrase(spelling);
      if (words.length === 0) continue;
      const inflects = !FUNCTION_WORDS.has(words[0]) && /^[a-z]+$/.test(words[0]);
      for (const form of inflects ? (["base", "s", "ed", "ing"] as const) : (["base"] as const)) {
        const offers = offersFor(row, form, irregular);
        for (const first of formsToFind(words[0], form, irregular)) {
          const phrase: Phrase = {
            row,
            rowIndex,
            words: [first, ...words.slice(1)],
            separators,
            form,
            offers,
            offersPlain: offers.some((o) => o.plain !== null),
            offersAfterParticiple: offers.some((o) => o.participle !== null),
          };
          const list = byFirstWord.get(first) ?? [];
          // The listed spelling wins over a generated form that reads the same ("accorded" is listed as such).
          if (!list.some((p) => p.row === row && p.words.join(" ") === phrase.words.join(" "))) list.push(phrase);
          byFirstWord.set(first, list);
        }
      }
    }
  });
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || a.rowIndex - b.rowIndex);
  const keptOut = (data.termsOfArt ?? []).map((term) => lowerAligned(term.text));
  return { byFirstWord, keptOut };
}

/** "Level 1-7, 1250 Points", "Level 2-4", "450 points": a factor's credit, written inside a line. */
const INLINE_LEVEL = /\blevel\s+\d+\s*-\s*\d+(?:\s*,?\s*\d+\s*(?:points|pts)\b)?|\b\d+\s*(?:points|pts)\b/g;

/** The stretches of a paragraph (lower case) no hint may touch. */
function keptOutStretches(lower: string, matcher: PlainMatcher): [number, number][] {
  const stretches: [number, number][] = [];
  for (const term of matcher.keptOut) {
    for (const at of wholeWordOccurrences(lower, term)) stretches.push([at, at + term.length]);
  }
  for (const m of lower.matchAll(INLINE_LEVEL)) stretches.push([m.index, m.index + m[0].length]);
  return stretches;
}

const isHeading = (p: ParagraphInfo): boolean => headingLevel(p) !== null || (p.bold === true && looksLikeHeadingLine(p));

/**
 * Reads a document's sections and what is kept out of hints, once per reading of the document. `libraryParagraphs`:
 * the paragraphs the "in document" check found library language in.
 */
export function preparePlainDocument(paragraphs: readonly ParagraphInfo[], libraryParagraphs: Iterable<number> = []): PlainDocument {
  const spans: SectionSpan[] = sectionSpans(paragraphs);
  const sections: PlainSection[] = [];
  const sectionOf = new Int32Array(paragraphs.length);
  const keptOut = new Uint8Array(paragraphs.length);
  const firstStart = spans.length > 0 ? spans[0].start : paragraphs.length;
  if (firstStart > 0) sections.push({ key: BEFORE_SECTIONS_ID, sectionId: BEFORE_SECTIONS_ID, name: BEFORE_SECTIONS_NAME, start: 0, end: firstStart - 1 });
  for (const span of spans) {
    keptOut[span.start] = 1;
    sections.push({ key: `${span.section.id}@${span.start}`, sectionId: span.section.id, name: span.section.name, start: span.start, end: span.end });
  }
  sections.forEach((section, s) => sectionOf.fill(s, section.start, section.end + 1));
  paragraphs.forEach((p, i) => {
    if (typeof p.text !== "string" || isHeading(p) || isLevelStatement(p.text)) keptOut[i] = 1;
  });
  for (const i of libraryParagraphs) if (i >= 0 && i < keptOut.length && keptOut[i] === 0) keptOut[i] = 2;
  return { paragraphs, sections, sectionOf, keptOut };
}

/** Where each sentence of a paragraph ends (just after its final punctuation), the paragraph's end last. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index + m[0].length);
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

/** The sentence around characters start..end: from after the previous sentence's end (spaces skipped) to its own end (spaces dropped). */
function sentenceBounds(text: string, ends: readonly number[], start: number, end: number): [number, number] {
  let s = 0;
  while (ends[s] <= start) s++;
  let from = s > 0 ? ends[s - 1] : 0;
  while (ends[s] < end) s++;
  let to = ends[s];
  while (from < start && /\s/.test(text[from])) from++;
  while (to > end && /\s/.test(text[to - 1])) to--;
  return [from, to];
}

/** The sentence as a card shows it, with the words marked: cut to about 150 characters either side of them. */
function sentenceShown(text: string, [sentenceStart, sentenceEnd]: readonly [number, number], start: number, end: number): PlainHint["sentence"] {
  let from = sentenceStart;
  let to = sentenceEnd;
  let prefix = "";
  let suffix = "";
  if (start - from > 150) {
    const cut = text.lastIndexOf(" ", start - 120);
    if (cut > from) [from, prefix] = [cut + 1, "…"];
  }
  if (to - end > 150) {
    const cut = text.indexOf(" ", end + 120);
    if (cut !== -1 && cut < to) [to, suffix] = [cut, "…"];
  }
  return { text: prefix + text.slice(from, to) + suffix, markStart: prefix.length + start - from, markEnd: prefix.length + end - from };
}

/** 32-bit FNV-1a, base 36: a short, stable name for a sentence in an ignore key. */
function shortHash(text: string, from = 0, to = text.length): string {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** `say` in the case of `original`: all capitals, a capital first letter, or as the list writes it. */
function inCaseOf(original: string, say: string): string {
  const upper = original.toUpperCase();
  if (original.charAt(0) !== upper.charAt(0)) return say;
  if (original === upper && original.length > 1 && original !== original.toLowerCase()) return say.toUpperCase();
  return say.charAt(0).toUpperCase() + say.slice(1);
}

type Token = { lower: string; start: number; end: number };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetterOrDigit = (c: number, ch: string): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c > 127 && LETTER_OR_DIGIT.test(ch));

/** The words of a paragraph, given in lower case (as WORD_PATTERN matches them), scanned by hand: matchAll's match arrays cost more than the rest. */
function tokens(lower: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < lower.length) {
    if (!isLetterOrDigit(lower.charCodeAt(i), lower[i])) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < lower.length && isLetterOrDigit(lower.charCodeAt(i), lower[i])) i++;
      // ' or - joins a word only between letters or digits ("agency's", "state-of-the-art").
      const c = lower.charCodeAt(i);
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < lower.length && isLetterOrDigit(lower.charCodeAt(i + 1), lower[i + 1])) i++;
      else break;
    }
    const word = lower.slice(start, i);
    out.push({ lower: word.includes("\u2019") ? word.replace(/\u2019/g, "'") : word, start, end: i });
  }
  return out;
}

function phraseAt(list: readonly Phrase[], words: Token[], i: number, text: string): Phrase | null {
  for (const phrase of list) {
    if (i + phrase.words.length > words.length) continue;
    let fits = true;
    for (let k = 1; k < phrase.words.length && fits; k++) {
      const gap = text.slice(words[i + k - 1].end, words[i + k].start);
      const separator = phrase.separators[k - 1];
      fits = words[i + k].lower === phrase.words[k] && (separator === " " ? SPACES.test(gap) : gap.replace(/ +/g, "") === separator);
    }
    if (fits) return phrase;
  }
  return null;
}

const NEXT_WORD = new RegExp(`^ +(${WORD_PATTERN.source})`, "u");
const PREVIOUS_WORD = new RegExp(`(${WORD_PATTERN.source})( +)$`, "u");

/** The edit that takes the words out: with the spaces after them, the next word capitalised where they began a sentence. */
function leaveOutEdit(text: string, start: number, end: number): Pick<TextEdit, "start" | "end" | "before" | "after"> {
  const next = NEXT_WORD.exec(text.slice(end, end + 200));
  let before = start;
  while (before > 0 && /\s/.test(text[before - 1])) before--;
  while (before > 0 && /["')\]]/.test(text[before - 1])) before--;
  const beginsSentence = (before === 0 || /[.!?:]/.test(text[before - 1])) && /^\p{Lu}/u.test(text.charAt(start));
  if (next) {
    const stretchEnd = end + next[0].length;
    const word = next[1];
    const after = beginsSentence ? word.charAt(0).toUpperCase() + word.slice(1) : word;
    return { start, end: stretchEnd, before: text.slice(start, stretchEnd), after };
  }
  // Nothing follows (the end of a sentence): take the spaces before instead, and the word before them.
  const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 200), start));
  if (previous) return { start: start - previous[0].length, end, before: text.slice(start - previous[0].length, end), after: previous[1] };
  return { start, end, before: text.slice(start, end), after: "" };
}

/** Hints in paragraphs `from` to `to` (inclusive) of a prepared document, in document order. */
export function plainHints(matcher: PlainMatcher, doc: PlainDocument, from = 0, to = doc.paragraphs.length - 1): PlainHint[] {
  const hints: PlainHint[] = [];
  for (let p = Math.max(0, from); p <= Math.min(to, doc.paragraphs.length - 1); p++) {
    if (doc.keptOut[p]) continue;
    const text = doc.paragraphs[p].text;
    const lower = lowerAligned(text);
    const words = tokens(lower);
    if (words.length === 0) continue;
    let stretches: [number, number][] | null = null;
    let ends: number[] | null = null;
    const perSentence = new Map<string, number>();
    for (let i = 0; i < words.length; i++) {
      const list = matcher.byFirstWord.get(words[i].lower);
      if (!list) continue;
      const phrase = phraseAt(list, words, i, text);
      if (!phrase) continue;
      const last = words[i + phrase.words.length - 1];
      const start = words[i].start;
      const end = last.end;
      stretches ??= keptOutStretches(lower, matcher);
      if (stretches.some(([a, b]) => start < b && end > a)) continue;
      ends ??= sentenceEnds(text);
      const hint = hintFor(doc, p, text, words, i, phrase, start, end, perSentence, ends);
      if (hint) hints.push(hint);
      i += phrase.words.length - 1;
    }
  }
  return hints;
}

/**
 * A hint found in a paragraph. Finding and counting hints is the part that runs over the whole document; what a card
 * shows (the sentence, the suggestions and their edits) is worked out when first asked for, and then kept.
 */
class FoundHint implements PlainHint {
  readonly rowId: string;
  readonly dirtyDozen: boolean;
  private shownSentence: PlainHint["sentence"] | null = null;
  private offered: PlainAlternative[] | null = null;

  constructor(
    readonly key: string,
    readonly paragraphIndex: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly sectionKey: string,
    private readonly paragraphText: string,
    private readonly phrase: Phrase,
    private readonly participle: boolean,
    private readonly sentenceBounds: readonly [number, number],
  ) {
    this.rowId = phrase.row.id;
    this.dirtyDozen = phrase.row.dirtyDozen === true;
  }

  get sentence(): PlainHint["sentence"] {
    this.shownSentence ??= sentenceShown(this.paragraphText, this.sentenceBounds, this.start, this.end);
    return this.shownSentence;
  }

  get alternatives(): PlainAlternative[] {
    this.offered ??= this.phrase.offers.flatMap((offer) => {
      const say = this.participle ? offer.participle : offer.plain;
      const { paragraphIndex, paragraphText: text, start, end, text: original } = this;
      if (say === null) return [];
      if (say === "") return [{ sayIndex: offer.sayIndex, text: "", label: `Leave out “${original}”`, edit: { paragraphIndex, paragraphText: text, ...leaveOutEdit(text, start, end) } }];
      const written = inCaseOf(original, say);
      return [{ sayIndex: offer.sayIndex, text: written, label: written, edit: { paragraphIndex, paragraphText: text, start, end, before: original, after: written } }];
    });
    return this.offered;
  }
}

function hintFor(
  doc: PlainDocument,
  p: number,
  text: string,
  words: Token[],
  i: number,
  phrase: Phrase,
  start: number,
  end: number,
  perSentence: Map<string, number>,
  ends: readonly number[],
): PlainHint | null {
  const participle = i > 0 && PARTICIPLE_AFTER.has(words[i - 1].lower);
  if (!(participle ? phrase.offersAfterParticiple : phrase.offersPlain)) return null;
  const bounds = sentenceBounds(text, ends, start, end);
  const counted = `${phrase.row.id}:${shortHash(text, bounds[0], bounds[1])}`;
  const n = perSentence.get(counted) ?? 0;
  perSentence.set(counted, n + 1);
  const sectionKey = doc.sections[doc.sectionOf[p]]?.key ?? BEFORE_SECTIONS_ID;
  return new FoundHint(`${counted}:${n}`, p, start, end, text.slice(start, end), sectionKey, text, phrase, participle, bounds);
}

/** The texts of the paragraphs that are body text (not headings or level statements): what the reading grade reads. */
export function bodyTexts(doc: PlainDocument): string[] {
  return doc.paragraphs.flatMap((p, i) => (doc.keptOut[i] === 1 ? [] : [p.text]));
}

/** Hints of one section (by its key), the part the cursor is in. */
export function plainHintsInSection(matcher: PlainMatcher, doc: PlainDocument, sectionKey: string): PlainHint[] {
  const section = doc.sections.find((s) => s.key === sectionKey);
  return section ? plainHints(matcher, doc, section.start, section.end) : [];
}

/** The section a paragraph is in, by key; null past the end. */
export function plainSectionAt(doc: PlainDocument, paragraphIndex: number): PlainSection | null {
  return paragraphIndex >= 0 && paragraphIndex < doc.paragraphs.length ? (doc.sections[doc.sectionOf[paragraphIndex]] ?? null) : null;
}

/** How many hints each section has, in document order (sections without any included, as 0). */
export function hintCounts(doc: PlainDocument, hints: readonly PlainHint[]): { section: PlainSection; count: number }[] {
  const counts = new Map<string, number>();
  for (const hint of hints) counts.set(hint.sectionKey, (counts.get(hint.sectionKey) ?? 0) + 1);
  return doc.sections.map((section) => ({ section, count: counts.get(section.key) ?? 0 }));
}

/** The edits "Replace all" makes: every hint of the same row, each with the same choice from the list (in its own form). */
export function replaceAllEdits(hints: readonly PlainHint[], chosen: PlainHint, sayIndex: number): TextEdit[] {
  return hints
    .filter((hint) => hint.rowId === chosen.rowId)
    .flatMap((hint) => hint.alternatives.filter((a) => a.sayIndex === sayIndex).map((a) => a.edit));
}

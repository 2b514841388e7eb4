/**
 * The parts of a heading line around its name: the enumerators typed before it ("II.", "4A -", "Part II")
 * and the punctuation, level codes and points after it ("FL 1-7, 1250 points", "(continued)").
 */
import { factorOf, factorSection, type Scheme } from "./pdVocabulary";
import { lowerAligned, normaliseText } from "./textMatch";

/** `re` (sticky) matched exactly at `pos` of `s`. */
export function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

// ---------------------------------------------------------------------------------------------
// Leading enumerators typed by hand: "II.", "III ", "1.", "1.0", "A.", "(a)", "Part II -", bullets.

export interface Lead {
  pos: number;
  /** An arabic enumerator 1-9 ("4. Personal Contacts"), a hint at the factor number. */
  number: number | null;
  /** GSSG sub-factor letter from "4A"/"4B". */
  sub: "a" | "b" | null;
}

const LEAD_JUNK = /[\s"'•·▪◦●○■□►▶➢➤✓✔*~>»-]+/y;
const LEAD_PART = /(?:part|section|article)\s+(?:[ivx]{1,4}|\d{1,2}|[a-z])(?:[.:)]|\s*-(?=\s))?(?=\s|$)/y;
const LEAD_SUB4 = /\(?(?:sub-?factor\s*)?4\s*([ab])\)?(?:[.:)]|\s*-)?(?=\s|$)/y;
const LEAD_PAREN = /\((?:([ivx]{1,4})|(\d{1,2})|[a-z])\)(?=\s|$)/y;
const LEAD_NUMBER = /(\d{1,2})(?:\.\d{1,2})*(?:[.):]|\s*-(?=\s))?(?=\s|$)/y;
const LEAD_ROMAN = /(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})(?:[.):]|\s*-(?=\s))?(?=\s|$)/y;
const LEAD_LETTER = /[a-z][.)](?=\s|$)/y;
// A level code written before the factor title: "FL 1-7 Knowledge Required ...", "Level 3-3: Guidelines".
const LEAD_LEVEL = /(?:fl|(?:factor\s+)?level)\s*(\d)[ab]?\s*-\s*(?:\d{1,2}[a-f]?|[a-f])(?:[.:,)]|\s*-(?=\s))?(?=\s|$)/y;

// Any of the above at all: one regex run rules them all out for the many lines that start with a word.
const ANY_LEAD = new RegExp(
  [LEAD_JUNK, LEAD_PART, LEAD_SUB4, LEAD_PAREN, LEAD_NUMBER, LEAD_ROMAN, LEAD_LETTER, LEAD_LEVEL].map((re) => re.source).join("|"),
  "y",
);

export function skipLead(lower: string): Lead {
  let pos = 0;
  let number: number | null = null;
  let sub: "a" | "b" | null = null;
  for (let round = 0; round < 4; round++) {
    if (!at(ANY_LEAD, lower, pos)) break;
    const start = pos;
    let m = at(LEAD_JUNK, lower, pos);
    if (m) pos += m[0].length;
    if ((m = at(LEAD_PART, lower, pos))) pos += m[0].length;
    else if ((m = at(LEAD_LEVEL, lower, pos))) {
      pos += m[0].length;
      number = Number(m[1]);
    } else if ((m = at(LEAD_SUB4, lower, pos))) {
      pos += m[0].length;
      number = 4;
      sub = m[1] as "a" | "b";
    } else if ((m = at(LEAD_PAREN, lower, pos))) {
      pos += m[0].length;
      if (m[2]) number = Number(m[2]);
    } else if ((m = at(LEAD_NUMBER, lower, pos))) {
      pos += m[0].length;
      number = Number(m[1]);
    } else if ((m = at(LEAD_ROMAN, lower, pos))) pos += m[0].length;
    else if ((m = at(LEAD_LETTER, lower, pos))) pos += m[0].length;
    if (pos === start) break;
  }
  const m = at(LEAD_JUNK, lower, pos);
  if (m) pos += m[0].length;
  if (number !== null && (number < 1 || number > 9)) number = null;
  return { pos, number, sub };
}


// ---------------------------------------------------------------------------------------------
// Tails after a heading name: punctuation, "FL 1-7, 1250 points", "Level 7-D", "(50%)", "(continued)".

interface LevelCode {
  factor: number;
  sub: string | null;
  level: number | null; // null for letter levels such as 7-D
}

export interface Tail {
  end: number;
  /** The tail separates a heading from body text: ":", "=", a tab, ". ", a spaced dash or a level code. */
  separates: boolean;
  percent: boolean;
  levels: LevelCode[];
  numbers: number[];
}

const TAIL_PUNCT = /[\s,;:=()[\]/.*"'-]+/y;
const TAIL_WORD =
  /(?:factor\s+levels?|factors?|fl|levels?|lvl|points?|pts?|pnts?|percent(?:age)?|continued|cont|of\s+time|approx(?:imately)?|and|&|gs)(?![a-z])/y;
const TAIL_LEVEL = /(\d{1,2})([a-d])?\s*-\s*(?:(\d{1,2})[a-f]?|([a-f]))(?![a-z0-9])/y;
// Combined Factor 6/7 levels are written "3c" or "2b".
const TAIL_COMBINED_LEVEL = /[1-4][a-d](?![a-z0-9])/y;
const TAIL_NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(\s*%)?(?![a-z])/y;
const TAIL_PERCENT = /%/y;

export function consumeTail(lower: string, from: number): Tail {
  const tail: Tail = { end: from, separates: false, percent: false, levels: [], numbers: [] };
  let pos = from;
  for (;;) {
    let m: RegExpExecArray | null;
    if ((m = at(TAIL_PUNCT, lower, pos))) {
      const p = m[0];
      if (/[:=\t]/.test(p) || /\.\s/.test(p) || /-\s/.test(p) || /\s-/.test(p)) tail.separates = true;
    } else if ((m = at(TAIL_LEVEL, lower, pos))) {
      tail.separates = true;
      tail.levels.push({ factor: Number(m[1]), sub: m[2] ?? null, level: m[3] ? Number(m[3]) : null });
      if (m[4]) tail.levels[tail.levels.length - 1].level = null;
    } else if ((m = at(TAIL_COMBINED_LEVEL, lower, pos))) {
      tail.separates = true;
    } else if ((m = at(TAIL_NUMBER, lower, pos))) {
      if (m[2]) tail.percent = true;
      else tail.numbers.push(Number(m[1].replace(/,/g, "")));
    } else if ((m = at(TAIL_WORD, lower, pos))) {
      if (m[0].startsWith("percent")) tail.percent = true;
    } else if ((m = at(TAIL_PERCENT, lower, pos))) {
      tail.percent = true;
    } else break;
    if (m[0].length === 0) break;
    pos += m[0].length;
  }
  tail.end = pos;
  return tail;
}

/** Where a trailing level/points tail starts in `lower` (searched from `from`), or lower.length. */
export function trailingTailStart(lower: string, from: number): number {
  if (lower.length - from > 160) return lower.length;
  for (let i = from; i < lower.length; i++) {
    if (i > from && /[a-z0-9]/.test(lower[i - 1]) && /[a-z0-9]/.test(lower[i])) continue;
    if (consumeTail(lower, i).end >= lower.length) return i;
  }
  return lower.length;
}

export function schemeFromTail(factor: number, tail: Tail): Scheme | null {
  if (tail.levels.some((l) => l.factor === 4 && l.sub !== null)) return "gssg";
  const code = tail.levels.find((l) => l.factor === factor);
  if (code && code.level === null) return "fes"; // letter levels (7-D) are FES
  const points = tail.numbers.find((n) => n >= 5 && n !== factor && n !== code?.level);
  if (!code && points === undefined) return null;
  const fits = (scheme: Scheme): boolean => {
    const section = factorSection(scheme, factor);
    const table = section ? factorOf(section)?.points : undefined;
    if (!table) return false;
    if (code && code.level !== null) {
      if (code.level > table.length) return false;
      return points === undefined || table[code.level - 1] === points;
    }
    return points !== undefined && table.includes(points);
  };
  const fes = fits("fes");
  const gssg = fits("gssg");
  if (fes && !gssg) return "fes";
  if (gssg && !fes) return "gssg";
  return null;
}

/** A line that only states a level and/or points ("Level 1-7, 1250 Points"), often styled like the factor heading above it. */
export function isLevelStatement(text: string): boolean {
  if (text.length > 200) return false;
  const lower = plainHeadingText(text);
  const tail = consumeTail(lower, 0);
  return tail.end >= lower.length && (tail.levels.length > 0 || tail.numbers.length > 0 || /\d/.test(text));
}

/** Lower-case, normalised text with hand-typed enumerators and bullets removed. */
export function plainHeadingText(text: string): string {
  const lower = lowerAligned(normaliseText(text));
  return lower.slice(skipLead(lower).pos);
}

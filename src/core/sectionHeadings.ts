/**
 * Recognises one paragraph of a Position Description as a section heading (or not).
 *
 * Everything here looks at a single paragraph. The only outside input is the FES/GSSG numbering
 * scheme, needed for a bare "Factor 4" whose title is missing; `sections.ts` supplies it and
 * applies the rules that depend on the surrounding section.
 */
import type { LibrarySectionId, ParagraphInfo, PdSectionId, RecognisedSection } from "./sections";

/** Factor numbering: the FES (non-supervisory) nine factors or the six GSSG (supervisory) factors. */
export type Scheme = "fes" | "gssg";

export interface HeadingContext {
  /** Numbering scheme in force, from earlier headings; used only for a factor heading with no title. */
  scheme?: Scheme | null;
}

export interface HeadingMatch {
  section: RecognisedSection;
  /** Heading and body text share the paragraph ("Introductory Statement: The incumbent ..."). */
  runIn: boolean;
  /**
   * Sections inside which this line is more likely a sub-heading or label of that section and is
   * ignored (e.g. "Guidelines: ..." or "Supervisory Duties" inside Major Duties). Empty for headings
   * that open their section wherever they occur.
   */
  ignoredWithin: readonly PdSectionId[];
  /** What this heading says about the numbering scheme of the document, if anything. */
  schemeEvidence: Scheme | null;
  /** A number-only factor heading (1-6) whose meaning came from `HeadingContext.scheme` or the FES default. */
  schemeFromContext: boolean;
}

type FactorTitle =
  | "knowledge"
  | "supervisory-controls"
  | "guidelines"
  | "complexity"
  | "scope-effect"
  | "program-scope-effect"
  | "personal-contacts"
  | "nature-of-contacts"
  | "purpose-of-contacts"
  | "contacts-combined"
  | "physical-demands"
  | "work-environment"
  | "organizational-setting"
  | "supervisory-authority"
  | "difficulty-of-work"
  | "other-conditions";

type PartId = Exclude<PdSectionId, `factor-${number}` | `gssg-factor-${number}` | "factors-6-7" | "other">;

// ---------------------------------------------------------------------------------------------
// Names shown in the pane and the library section each PD section takes.

const SECTION_NAMES: Record<Exclude<PdSectionId, "other">, string> = {
  introduction: "Introduction",
  "major-duties": "Major Duties",
  "factor-levels": "Factor Levels",
  "factor-1": "Factor 1 – Knowledge Required by the Position",
  "factor-2": "Factor 2 – Supervisory Controls",
  "factor-3": "Factor 3 – Guidelines",
  "factor-4": "Factor 4 – Complexity",
  "factor-5": "Factor 5 – Scope and Effect",
  "factor-6": "Factor 6 – Personal Contacts",
  "factor-7": "Factor 7 – Purpose of Contacts",
  "factor-8": "Factor 8 – Physical Demands",
  "factor-9": "Factor 9 – Work Environment",
  "factors-6-7": "Factors 6 and 7 – Personal Contacts and Purpose of Contacts",
  "gssg-factor-1": "Factor 1 – Program Scope and Effect (supervisory)",
  "gssg-factor-2": "Factor 2 – Organizational Setting (supervisory)",
  "gssg-factor-3": "Factor 3 – Supervisory and Managerial Authority Exercised (supervisory)",
  "gssg-factor-4": "Factor 4 – Personal Contacts (supervisory)",
  "gssg-factor-5": "Factor 5 – Difficulty of Typical Work Directed (supervisory)",
  "gssg-factor-6": "Factor 6 – Other Conditions (supervisory)",
  background: "Background",
  purpose: "Purpose of the Position",
  "knowledge-skills-abilities": "Knowledge, Skills and Abilities",
  "supervisory-responsibilities": "Supervisory Responsibilities",
  requirements: "Requirements and Conditions",
  "total-points": "Total Points",
  "final-grade": "Final Grade",
  "conditions-of-employment": "Conditions of Employment",
  "other-significant-facts": "Other Significant Facts",
  "title-and-series-determination": "Title and Series Determination",
  "flsa-determination": "Fair Labor Standards Act Determination",
  "evaluation-statement": "Evaluation Statement",
  classification: "Classification and Certification",
};

const GSSG_SUBFACTOR_NAMES = {
  a: "Factor 4A – Nature of Contacts (supervisory)",
  b: "Factor 4B – Purpose of Contacts (supervisory)",
} as const;

export function librarySectionFor(id: PdSectionId): LibrarySectionId | null {
  switch (id) {
    case "introduction":
    case "major-duties":
    case "factor-1":
    case "factor-3":
    case "factor-5":
    case "factors-6-7":
      return id;
    case "factor-6":
    case "factor-7":
    case "gssg-factor-4":
      return "factors-6-7";
    case "gssg-factor-1":
      // GSSG Program Scope and Effect reads like FES Scope and Effect.
      return "factor-5";
    default:
      return null;
  }
}

export function makeSection(id: PdSectionId, name?: string): RecognisedSection {
  const fallback = id === "other" ? "Other" : SECTION_NAMES[id];
  return { id, name: name ?? fallback, librarySection: librarySectionFor(id) };
}

// ---------------------------------------------------------------------------------------------
// Text normalisation: Word text carries NBSPs, curly quotes, en/em dashes, soft hyphens,
// manual line breaks (\v) and cell marks; reduce them to plain ASCII punctuation.

const MAX_CHARS = 600; // a heading and the start of its run-in body fit well within this

const LIGATURES = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

export function normaliseText(text: string): string {
  // Plain printable ASCII with single spaces (most paragraphs) needs only trimming.
  if (!NOT_PRINTABLE_ASCII.test(text) && !text.includes("  ")) return text.trim();
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 11 || c === 13 || c === 0x2028 || c === 0x2029) out += "\t";
    else if (c < 32 || c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0xfeff) continue;
    else if (c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) out += " ";
    else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) out += "-";
    else if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) out += "'";
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033) out += '"';
    else if (c === 0xff1a) out += ":";
    else if (c === 0x2026) out += "...";
    else if (c >= 0xfb00 && c <= 0xfb06) out += LIGATURES[c - 0xfb00]; // ligatures in text pasted from PDFs
    else out += text[i];
  }
  return out
    .replace(/ {2,}/g, " ")
    .replace(/ *\t[ \t]*/g, "\t")
    .trim();
}

/** Lower-cases code unit by code unit so indexes stay aligned with the original. */
function lowerAligned(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (const ch of s.split("")) {
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

function at(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// Characters that continue a word once it has started: ' & / -
const isWordJoiner = (c: number): boolean => c === 39 || c === 38 || c === 47 || c === 45;

/**
 * Words: an ASCII letter or digit, then letters, digits, ' & / or -. Counted without building them, and
 * only up to `atMost + 1` when that is all the caller needs: this runs on every paragraph.
 */
function countWords(s: string, atMost = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < s.length && count <= atMost; i++) {
    const c = s.charCodeAt(i);
    if (isAsciiLetterOrDigit(c)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!isWordJoiner(c)) {
      inWord = false;
    }
  }
  return count;
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, "");
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Heading level from the outline level or a "Heading N" style, or null for body text. */
export function headingLevel(p: ParagraphInfo): number | null {
  if (typeof p.outlineLevel === "number" && p.outlineLevel >= 1 && p.outlineLevel <= 9) return p.outlineLevel;
  const m = /^heading\s*([1-9])$/i.exec(p.styleBuiltIn ?? "") ?? /^heading\s*([1-9])$/i.exec(p.style ?? "");
  return m ? Number(m[1]) : null;
}

// ---------------------------------------------------------------------------------------------
// Leading enumerators typed by hand: "II.", "III ", "1.", "1.0", "A.", "(a)", "Part II -", bullets.

interface Lead {
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

function skipLead(lower: string): Lead {
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

interface Tail {
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

function consumeTail(lower: string, from: number): Tail {
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
function trailingTailStart(lower: string, from: number): number {
  if (lower.length - from > 160) return lower.length;
  for (let i = from; i < lower.length; i++) {
    if (i > from && /[a-z0-9]/.test(lower[i - 1]) && /[a-z0-9]/.test(lower[i])) continue;
    if (consumeTail(lower, i).end >= lower.length) return i;
  }
  return lower.length;
}

function endsLikeSentence(s: string): boolean {
  return /[.!?]["')\]]*$/.test(s.trim());
}

// Points per level (index = level - 1) for the FES and GSSG factors, to tell "Factor 1, Level 1-3,
// 550 points" (GSSG) from "Factor 1, Level 1-3, 350 points" (FES) when the title is missing.
const FES_POINTS: Record<number, number[]> = {
  1: [50, 200, 350, 550, 750, 950, 1250, 1550, 1850],
  2: [25, 125, 275, 450, 650],
  3: [25, 125, 275, 450, 650],
  4: [25, 75, 150, 225, 325, 450],
  5: [25, 75, 150, 225, 325, 450],
  6: [10, 25, 60, 110],
  7: [20, 50, 120, 220],
  8: [5, 20, 50],
  9: [5, 20, 50],
};
const GSSG_POINTS: Record<number, number[]> = {
  1: [175, 350, 550, 775, 900],
  2: [100, 250, 350],
  3: [200, 450, 775, 900],
  5: [75, 205, 340, 505, 650, 800, 930, 1030],
  6: [310, 575, 975, 1120, 1225, 1325],
};

function schemeFromTail(factor: number, tail: Tail): Scheme | null {
  if (tail.levels.some((l) => l.factor === 4 && l.sub !== null)) return "gssg";
  const code = tail.levels.find((l) => l.factor === factor);
  if (code && code.level === null) return "fes"; // letter levels (7-D) are FES
  const points = tail.numbers.find((n) => n >= 5 && n !== factor && n !== code?.level);
  if (!code && points === undefined) return null;
  const fits = (table: number[] | undefined): boolean => {
    if (!table) return false;
    if (code && code.level !== null) {
      if (code.level > table.length) return false;
      return points === undefined || table[code.level - 1] === points;
    }
    return points !== undefined && table.includes(points);
  };
  const fes = fits(FES_POINTS[factor]);
  const gssg = fits(GSSG_POINTS[factor]);
  if (fes && !gssg) return "fes";
  if (gssg && !fes) return "gssg";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Known heading names, matched at the start of the (enumerator-stripped, lower-case) text.
//   runIn "strong": "<name>: body" is a heading anywhere;
//   runIn "weak":   "<name>: body" is a heading, except inside Major Duties (duty labels look alike);
//   runIn "none":   only a whole-line heading ("Background", "Background:").

interface NameEntry {
  re: RegExp;
  factor?: FactorTitle;
  part?: PartId;
  runIn: "strong" | "weak" | "none";
  /** Even as a whole line, a sub-heading when inside these sections. */
  subheadingOf?: readonly PdSectionId[];
  /** End matter whose value follows without punctuation ("Final Grade GS-0343-11"). */
  valueFollows?: boolean;
  /** A part header that names the factor scheme ("GSSG Factors"). */
  scheme?: Scheme;
}

function entry(source: string, target: FactorTitle | PartId, runIn: NameEntry["runIn"], extra: Partial<NameEntry> = {}): NameEntry {
  const re = new RegExp(`(?:${source})(?![a-z0-9])`, "y");
  const isFactor = (FACTOR_TITLES as readonly string[]).includes(target);
  return isFactor
    ? { re, factor: target as FactorTitle, runIn, ...extra }
    : { re, part: target as PartId, runIn, ...extra };
}

const FACTOR_TITLES = [
  "knowledge",
  "supervisory-controls",
  "guidelines",
  "complexity",
  "scope-effect",
  "program-scope-effect",
  "personal-contacts",
  "nature-of-contacts",
  "purpose-of-contacts",
  "contacts-combined",
  "physical-demands",
  "work-environment",
  "organizational-setting",
  "supervisory-authority",
  "difficulty-of-work",
  "other-conditions",
] as const;

const IN_DUTIES: readonly PdSectionId[] = ["major-duties"];
const CONTACT_SECTIONS: readonly PdSectionId[] = ["factor-6", "factor-7", "factors-6-7", "gssg-factor-4"];

const AND = String.raw`\s*(?:and|&|/)\s*`;
const OF_POSITION = String.raw`(?:\s+(?:of|for|by|in)\s+(?:the\s+|this\s+)?(?:position|job))?`;

const NAMES: NameEntry[] = [
  entry(
    String.raw`(?:position\s+)?(?:introductory\s+statement|introduction|introductory)(?:\s+to\s+(?:the\s+|this\s+)?position|${AND}(?:background|purpose|overview|summary))?`,
    "introduction",
    "strong",
  ),
  entry(
    String.raw`(?:major|principal|primary|key|essential|specific|position|(?:summary|description)\s+of(?:\s+the)?(?:\s+major)?)\s+(?:duties|responsibilities)(?:${AND}(?:responsibilities|duties))?${OF_POSITION}`,
    "major-duties",
    "strong",
  ),
  entry(String.raw`(?:duties${AND}responsibilities|responsibilities${AND}duties)${OF_POSITION}`, "major-duties", "strong"),
  entry(String.raw`(?:duties|responsibilities)${OF_POSITION}`, "major-duties", "none"),
  // Before the generic part header: on a tie the earlier entry wins.
  entry(
    String.raw`(?:gssg|supervisory)\s+(?:evaluation\s+)?factors?(?:\s+levels?)?|general\s+schedule\s+supervisory\s+guide(?:\s*\(gssg\))?(?:\s+factors?)?`,
    "factor-levels",
    "none",
    { scheme: "gssg" },
  ),
  entry(String.raw`(?:fes|non-?supervisory)\s+factors?(?:\s+levels?)?`, "factor-levels", "none", { scheme: "fes" }),
  entry(
    // "Grade Evaluation Factors" is the GSSG's own part header, copied into supervisory PDs.
    String.raw`factor\s+evaluation\s+system(?:\s*\(fes\))?(?:\s+factors?)?|(?:fes\s+|evaluation\s+|(?:position|grade)\s+evaluation\s+)?factors?(?:\s+levels?)?(?:\s+(?:descriptions?|evaluations?|determinations?))?(?:\s*\(flds?\))?`,
    "factor-levels",
    "none",
  ),
  entry(String.raw`knowledge\s+required${OF_POSITION}`, "knowledge", "strong"),
  entry(String.raw`knowledge`, "knowledge", "none"),
  entry(
    // "Knowledge, Skills and Abilities", "Knowledge, Skills, Abilities and Competencies", "... and Other
    // Characteristics (KSAOs)", "Required Knowledge and Skills".
    String.raw`(?:required\s+)?knowledge\s*,?\s*(?:(?:and|&)\s*)?skills?(?:\s*,?\s*(?:(?:and|&)\s*)?abilit(?:y|ies))?(?:\s*,?\s*(?:(?:and|&)\s*)?(?:competenc(?:y|ies)|other\s+characteristics))?(?:\s*\(ksa[os]{0,2}\))?(?:\s+required)?${OF_POSITION}|ksa[os]{0,2}|competencies`,
    "knowledge-skills-abilities",
    "none",
  ),
  entry(
    String.raw`supervisory\s+controls?|supervision\s+(?:and\s+guidance\s+)?received|supervision\s+and\s+guidance`,
    "supervisory-controls",
    "strong",
  ),
  entry(String.raw`guidelines(?:\s+used)?`, "guidelines", "weak"),
  entry(String.raw`complexity`, "complexity", "weak"),
  entry(String.raw`scope${AND}effect(?:\s+of\s+(?:the\s+)?work)?`, "scope-effect", "strong"),
  entry(String.raw`program\s+scope${AND}effect`, "program-scope-effect", "strong"),
  entry(
    String.raw`(?:personal\s+|nature\s+of\s+(?:the\s+)?)?contacts${AND}(?:the\s+)?purpose(?:\s+of\s+(?:the\s+)?contacts)?|nature${AND}purpose\s+of\s+(?:the\s+)?contacts`,
    "contacts-combined",
    "strong",
  ),
  entry(String.raw`personal\s+contacts?`, "personal-contacts", "strong"),
  entry(String.raw`contacts`, "personal-contacts", "none", { subheadingOf: CONTACT_SECTIONS }),
  entry(String.raw`nature\s+of\s+(?:the\s+)?contacts?`, "nature-of-contacts", "strong"),
  entry(String.raw`purpose\s+of\s+(?:the\s+)?contacts?`, "purpose-of-contacts", "strong"),
  entry(
    String.raw`physical\s+(?:demands?|effort|requirements)(?:${AND}work(?:ing)?\s+(?:environment|conditions))?`,
    "physical-demands",
    "strong",
  ),
  entry(String.raw`work(?:ing)?\s+(?:environment|conditions)`, "work-environment", "strong"),
  entry(String.raw`organi[sz]ational\s+setting`, "organizational-setting", "strong"),
  entry(
    String.raw`supervisory${AND}managerial\s+authority(?:\s+exercised)?|managerial\s+authority(?:\s+exercised)?`,
    "supervisory-authority",
    "strong",
  ),
  entry(
    String.raw`difficulty\s+of\s+(?:the\s+)?typical\s+work(?:\s+directed)?|difficulty\s+of\s+work\s+directed`,
    "difficulty-of-work",
    "strong",
  ),
  entry(String.raw`other\s+conditions`, "other-conditions", "weak"),
  entry(String.raw`background(?:\s+information)?`, "background", "none"),
  entry(
    String.raw`purpose\s+of\s+(?:the\s+)?position|position\s+purpose|primary\s+purpose${OF_POSITION}|purpose${AND}scope`,
    "purpose",
    "weak",
  ),
  // "Contacts:" / "Purpose:" are the two halves of a combined Factor 6/7 write-up.
  entry(String.raw`purpose`, "purpose", "none", { subheadingOf: [...IN_DUTIES, ...CONTACT_SECTIONS] }),
  entry(String.raw`supervisory\s+(?:responsibilit(?:y|ies)|duties|functions)(?:\s+exercised)?`, "supervisory-responsibilities", "weak", {
    subheadingOf: IN_DUTIES,
  }),
  entry(
    String.raw`(?:minimum\s+|required\s+)?qualifications?(?:\s+(?:requirements?|required))?|(?:special|position|additional|other|key|mandatory|minimum|medical|licensure)\s+requirements|selective\s+placement\s+factors?|education(?:al)?\s+requirements?`,
    "requirements",
    "none",
  ),
  // Labelled conditions listed after the factors ("Position Sensitivity: Non-critical sensitive").
  entry(
    String.raw`position\s+sensitivity(?:\s+(?:and|&)\s+risk)?|sensitivity\s+(?:level|designation)|security\s+(?:requirements?|clearance)|drug\s+test(?:ing)?(?:\s+(?:required|designated(?:\s+position)?))?|financial\s+disclosure(?:\s+required)?|emergency[\s-]+essential`,
    "requirements",
    "strong",
  ),
  entry(String.raw`total\s+(?:points|pts\.?|point\s+value)`, "total-points", "strong", { valueFollows: true }),
  entry(
    String.raw`final\s+grade|grade\s+conversion|grade\s+determination|final\s+classification`,
    "final-grade",
    "strong",
    { valueFollows: true },
  ),
  entry(String.raw`conditions?\s+of\s+employment`, "conditions-of-employment", "strong"),
  entry(String.raw`other\s+significant\s+facts?`, "other-significant-facts", "strong"),
  entry(
    String.raw`title\s*(?:and|&|,|/)\s*series(?:\s*(?:,|and|&|/)\s*(?:and\s+)?grade)?\s+determinations?|series${AND}title\s+determinations?|(?:title|series)\s+determination`,
    "title-and-series-determination",
    "strong",
  ),
  entry(
    String.raw`(?:fair\s+labor\s+standards\s+act|flsa)(?:\s*\(flsa\))?\s+(?:determination|evaluation|designation)|fair\s+labor\s+standards\s+act(?:\s*\(flsa\))?`,
    "flsa-determination",
    "strong",
  ),
  entry(
    // A factor summary restates the levels already described ("Factor Level Summary" over a table).
    String.raw`(?:position\s+|classification\s+|classifier'?s?\s+|fes\s+|factor\s+)?evaluation\s+(?:statement|report|summary)|evaluation\s+of\s+(?:the\s+)?position|classification\s+evaluation|(?:fes\s+|gssg\s+)?(?:factors?\s+(?:levels?\s+)?|points?\s+|factors?\s+(?:levels?\s+)?(?:and|&)\s+points?\s+)summary|summary\s+of\s+(?:the\s+)?(?:factor\s+levels?|factors|points)`,
    "evaluation-statement",
    "strong",
  ),
  entry(
    String.raw`(?:position\s+)?classification\s+(?:standards?|guides?|criteria|references?)(?:\s+used)?|(?:standards?|references?)\s+used|(?:supervisory|supervisor's|supervisors|classifier's|classifiers|employee's|management)\s+certification|certifications?|signatures?`,
    "classification",
    "weak",
  ),
];

const FACTOR_NAMES = NAMES.filter((e) => e.factor !== undefined);

// One regex for "any name of the list here": most paragraphs start with no heading name, and one run of
// this is far cheaper than one run per name.
const ANY_NAME = new Map<NameEntry[], RegExp>(
  [NAMES, FACTOR_NAMES].map((list) => [list, new RegExp(list.map((e) => e.re.source).join("|"), "y")]),
);

function findName(lower: string, pos: number, list: NameEntry[]): { entry: NameEntry; end: number } | null {
  const any = ANY_NAME.get(list);
  if (any && !at(any, lower, pos)) return null;
  let best: { entry: NameEntry; end: number } | null = null;
  for (const e of list) {
    const m = at(e.re, lower, pos);
    if (m && (!best || pos + m[0].length > best.end)) best = { entry: e, end: pos + m[0].length };
  }
  return best;
}

/** Factor title from keywords, for numbered headings whose wording is unusual ("Factor 3 Guides Used"). */
function keywordTitle(s: string): FactorTitle | null {
  if (/program\s+scope/.test(s)) return "program-scope-effect";
  if (/\bscope\b/.test(s) && /\beffect/.test(s)) return "scope-effect";
  if (/organi[sz]ational\s+setting/.test(s)) return "organizational-setting";
  if (/managerial|authority/.test(s)) return "supervisory-authority";
  if (/difficulty|work\s+directed/.test(s)) return "difficulty-of-work";
  if (/other\s+conditions/.test(s)) return "other-conditions";
  if (/\bcontacts?\b/.test(s)) {
    if (/purpose/.test(s)) return /personal|nature/.test(s) ? "contacts-combined" : "purpose-of-contacts";
    return /nature/.test(s) ? "nature-of-contacts" : "personal-contacts";
  }
  if (/knowledge/.test(s)) return "knowledge";
  if (/supervisory\s+control|supervision/.test(s)) return "supervisory-controls";
  if (/guide/.test(s)) return "guidelines";
  if (/complexity/.test(s)) return "complexity";
  if (/physical/.test(s)) return "physical-demands";
  if (/environment|working\s+conditions/.test(s)) return "work-environment";
  if (/\bscope\b/.test(s)) return "scope-effect";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Turning a factor title and/or number into a section. The title wins over the number.

interface FactorFacts {
  title: FactorTitle | null;
  number: number | null;
  sub: "a" | "b" | null;
  combined: boolean;
  /** The number was written as "Factor N" (not just an enumerator), so it counts as evidence. */
  explicitNumber: boolean;
}

interface FactorResult {
  section: RecognisedSection;
  schemeEvidence: Scheme | null;
  schemeFromContext: boolean;
}

function resolveFactor(f: FactorFacts, tailScheme: Scheme | null, ctxScheme: Scheme | null): FactorResult {
  const fes = (n: number, evidence: Scheme | null = "fes"): FactorResult => ({
    section: makeSection(`factor-${n}` as PdSectionId),
    schemeEvidence: evidence,
    schemeFromContext: false,
  });
  const gssg = (n: number, name?: string, evidence: Scheme | null = "gssg"): FactorResult => ({
    section: makeSection(`gssg-factor-${n}` as PdSectionId, name),
    schemeEvidence: evidence,
    schemeFromContext: false,
  });
  const n = f.number;
  // Titles shared by both schemes say which scheme only through an explicit "Factor N".
  const said = (scheme: Scheme): Scheme | null => (f.explicitNumber ? scheme : null);
  if (f.combined) return { section: makeSection("factors-6-7"), schemeEvidence: "fes", schemeFromContext: false };
  if (f.sub) return gssg(4, GSSG_SUBFACTOR_NAMES[f.sub]);
  switch (f.title) {
    case "knowledge":
      return fes(1);
    case "supervisory-controls":
      return fes(2);
    case "guidelines":
      return fes(3);
    case "complexity":
      return fes(4);
    case "physical-demands":
      return fes(8);
    case "work-environment":
      return fes(9);
    case "program-scope-effect":
      return gssg(1);
    case "organizational-setting":
      return gssg(2);
    case "supervisory-authority":
      return gssg(3);
    case "difficulty-of-work":
      return gssg(5);
    case "other-conditions":
      return gssg(6);
    case "scope-effect":
      return n === 1 ? gssg(1, undefined, said("gssg")) : fes(5, n === 5 ? said("fes") : null);
    case "personal-contacts":
      return n === 4 ? gssg(4, undefined, said("gssg")) : fes(6, n === 6 ? said("fes") : null);
    case "nature-of-contacts":
      return n === 6 ? fes(6, said("fes")) : gssg(4, GSSG_SUBFACTOR_NAMES.a);
    case "purpose-of-contacts":
      return n === 4 ? gssg(4, GSSG_SUBFACTOR_NAMES.b, said("gssg")) : fes(7, n === 7 ? said("fes") : null);
    case "contacts-combined":
      if (n === 4) return gssg(4, undefined, said("gssg"));
      return { section: makeSection("factors-6-7"), schemeEvidence: null, schemeFromContext: false };
    case null:
      break;
  }
  // Number only: GSSG has six factors, so 7-9 are FES; otherwise the tail's level/points, then context.
  const num = n ?? 0;
  if (num >= 7) return fes(num);
  const scheme = tailScheme ?? ctxScheme ?? "fes";
  const r = scheme === "gssg" ? gssg(num, undefined, tailScheme) : fes(num, tailScheme);
  return { ...r, schemeFromContext: tailScheme === null };
}

// ---------------------------------------------------------------------------------------------
// The classifier.

const FACTOR_RE =
  /(?:sub-?)?factors?\s*(?:#\s*|no\.?\s*|number\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|(?=[ivx])(?:ix|iv|v?i{0,3}))(?:\s*([ab]))?(?![a-z0-9])/y;
const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];

function factorNumber(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const word = NUMBER_WORDS.indexOf(token);
  return word >= 0 ? word + 1 : ROMAN.indexOf(token) + 1;
}
const FACTOR_SECOND = /\s*(&|and|\/|,|\+|-|to|through)\s*(\d{1,2})(?![0-9])(?:\s*[a-f](?![a-z]))?/y;
const FACTOR_COMBINED_NOTE = /\s*\((?:combined|merged|together)\)/y;
const FACTOR_LETTER_LEVEL = /\s*-\s*[a-f](?![a-z0-9])/y;
const FACTOR_SEP = /[\s.:;,()[\]"'=-]*/y;

const TITLE_BLOCK_START =
  /(?:position|pd|official|working|organi[sz]ation(?:al)?|title|series|grade|pay\s+plan|agency|department|office|bureau|location|duty\s+station|classification|flsa|bargaining|competitive|sensitivity|supervisor|occupational|job)\b[^:\t]{0,40}[:#]/y;
const EMBEDDED_LABEL =
  /[\s.;](introductory\s+statement|introduction|major\s+duties(?:\s+and\s+responsibilities)?|duties\s+and\s+responsibilities)\s*:/g;

const FUZZY: Array<[RegExp, FactorTitle | PartId]> = [
  [/\bintroduct(?:ion|ory)\b(?!\s+of\b)/, "introduction"],
  [/\bmajor\s+duties\b|\bduties\s+(?:and|&)\s+responsibilities\b/, "major-duties"],
  [/\bknowledge\s+required\b/, "knowledge"],
  [/\bsupervisory\s+controls?\b/, "supervisory-controls"],
  [/\bprogram\s+scope\b/, "program-scope-effect"],
  [/\bscope\s+(?:and|&)\s+effect\b/, "scope-effect"],
  [/\bcontacts\s+(?:and|&)\s+purpose\b|\bnature\s+and\s+purpose\s+of\s+contacts\b/, "contacts-combined"],
  [/\bpersonal\s+contacts\b/, "personal-contacts"],
  [/\bpurpose\s+of\s+contacts\b/, "purpose-of-contacts"],
  [/\bnature\s+of\s+contacts\b/, "nature-of-contacts"],
  [/\bphysical\s+demands\b/, "physical-demands"],
  [/\bwork\s+environment\b/, "work-environment"],
  [/\borgani[sz]ational\s+setting\b/, "organizational-setting"],
  [/\bmanagerial\s+authority\b/, "supervisory-authority"],
  [/\btypical\s+work\s+directed\b/, "difficulty-of-work"],
  [/\bother\s+significant\s+facts\b/, "other-significant-facts"],
  [/\bconditions\s+of\s+employment\b/, "conditions-of-employment"],
  [/\bevaluation\s+statement\b/, "evaluation-statement"],
  [/\bfactor\s+levels?\b/, "factor-levels"],
];

/** Short, not a sentence, no percentage, and formatted like a heading. */
export function looksLikeHeadingLine(p: ParagraphInfo, text?: string, titleCase = true): boolean {
  if (text === undefined && (p.text ?? "").length > 400) return false;
  const t = text ?? normaliseText(p.text ?? "");
  if (t.length === 0 || t.length > 120 || t.includes("%")) return false;
  const words = countWords(t, 10);
  if (words === 0 || words > 10) return false;
  if (endsLikeSentence(t) && !/\b(?:pts|no|cont)\.$/i.test(t)) return false;
  return (
    p.bold === true ||
    headingLevel(p) !== null ||
    /^(?:title|subtitle)$/i.test(p.styleBuiltIn ?? "") ||
    (p.tableNestingLevel ?? 0) > 0 ||
    isAllCaps(t) ||
    // Bullets in Title Case ("Knowledge of Work Environment Safety Standards") are list content.
    (titleCase && p.isListItem !== true && !/^[•·▪◦●○■□►▶➢➤✓✔*-]/.test(t) && isTitleCase(t))
  );
}

const MINOR_WORDS = new Set(["a", "an", "the", "and", "or", "of", "for", "in", "on", "to", "by", "with", "at", "from", "per"]);

/** "Introduction and Organizational Location": a heading typed as plain text, unlike a sentence. */
function isTitleCase(s: string): boolean {
  const words = s.match(/[A-Za-z][A-Za-z'-]*/g);
  if (!words || words.length < 2 || !/^[A-Z]/.test(words[0])) return false;
  return words.every((w) => /^[A-Z]/.test(w) || MINOR_WORDS.has(w));
}

// Words that can finish a factor title without starting a clause ("of the Work", "Exercised").
const TITLE_QUALIFIER = /^(?:of|for|in|within|by|on|made|used|exercised|involved|received|required|directed)(?![a-z])/;
const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|will|may|can|must|shall|should|does|do)\b/;

function isTitleQualifier(core: string): boolean {
  const words = countWords(core);
  return words >= 1 && words <= 4 && TITLE_QUALIFIER.test(core) && !FINITE_VERB.test(core) && !endsLikeSentence(core);
}

function isUpperAt(s: string, pos: number): boolean {
  const m = /[A-Za-z]/.exec(s.slice(pos, pos + 4));
  return !!m && m[0] === m[0].toUpperCase();
}

function fromTarget(
  target: FactorTitle | PartId,
  facts: Omit<FactorFacts, "title">,
  tailScheme: Scheme | null,
  ctxScheme: Scheme | null,
): FactorResult {
  if ((FACTOR_TITLES as readonly string[]).includes(target)) {
    return resolveFactor({ ...facts, title: target as FactorTitle }, tailScheme, ctxScheme);
  }
  return { section: makeSection(target as PartId), schemeEvidence: null, schemeFromContext: false };
}

function result(r: FactorResult, runIn: boolean, ignoredWithin: readonly PdSectionId[] = []): HeadingMatch {
  return {
    section: r.section,
    runIn,
    ignoredWithin,
    schemeEvidence: r.schemeEvidence,
    schemeFromContext: r.schemeFromContext,
  };
}

/**
 * The section this paragraph opens, if it is a heading (whole-line or run-in), else null.
 * Context-free except for a number-only factor heading, which uses `context.scheme`.
 */
export function classifyHeading(paragraph: ParagraphInfo, context: HeadingContext = {}): HeadingMatch | null {
  // A table of contents lists the headings; its lines open nothing.
  if (/^toc\s*\d?$/i.test(paragraph.styleBuiltIn ?? "") || /^toc\s*\d/i.test(paragraph.style ?? "")) return null;
  const m = classifyLine(paragraph, context);
  // An evaluation statement often sums up the factors in a table ("3. Guidelines | 3-2 | 125"); those
  // rows restate the factors, they don't open them.
  if (m && (paragraph.tableNestingLevel ?? 0) > 0 && isFactorSection(m.section.id)) {
    return { ...m, ignoredWithin: [...m.ignoredWithin, "evaluation-statement"] };
  }
  return m;
}

function isFactorSection(id: PdSectionId): boolean {
  return id === "factor-levels" || id === "factors-6-7" || /^(?:gssg-)?factor-\d$/.test(id);
}

function classifyLine(paragraph: ParagraphInfo, context: HeadingContext): HeadingMatch | null {
  const raw = paragraph.text ?? "";
  // Only the start of a long paragraph can hold a heading; don't normalise the rest.
  const full = normaliseText(raw.length > 2 * MAX_CHARS ? raw.slice(0, 2 * MAX_CHARS) : raw);
  if (full.length === 0) return null;
  const truncated = full.length > MAX_CHARS || raw.length > 2 * MAX_CHARS;
  const text = truncated ? full.slice(0, MAX_CHARS) : full;
  const lower = lowerAligned(text);
  const ctxScheme = context.scheme ?? null;
  const reachesEnd = (end: number): boolean => end >= lower.length && !truncated;

  const lead = skipLead(lower);
  let pos = lead.pos;
  if (pos >= lower.length) return null;

  // "Factor N ...", "Factors 6 & 7 ...", "Factor 4A ...", and "4A - Nature of Contacts".
  const fm = at(FACTOR_RE, lower, pos);
  if (fm || lead.sub) {
    const number = fm ? factorNumber(fm[1]) : 4;
    const sub = (fm?.[2] as "a" | "b" | undefined) ?? lead.sub;
    let combined = false;
    if (fm) {
      pos += fm[0].length;
      const second = at(FACTOR_SECOND, lower, pos);
      if (second) {
        const other = Number(second[2]);
        if ((number === 6 && other === 7) || (number === 7 && other === 6)) {
          combined = true;
          pos += second[0].length;
          const note = at(FACTOR_COMBINED_NOTE, lower, pos);
          if (note) pos += note[0].length;
        } else if (second[1] === "-") pos += second[0].length; // "Factor 8-1": a level, not a factor
      } else {
        const letter = at(FACTOR_LETTER_LEVEL, lower, pos);
        if (letter) pos += letter[0].length;
      }
    }
    if (number >= 1 && number <= 9 && !(sub && number !== 4)) {
      const afterNumber = pos;
      const sepMatch = at(FACTOR_SEP, lower, pos);
      const titlePos = pos + (sepMatch ? sepMatch[0].length : 0);
      const facts = { number, sub: sub ?? null, combined, explicitNumber: !!fm };
      const named = findName(lower, titlePos, FACTOR_NAMES);
      if (named) {
        const tail = consumeTail(lower, named.end);
        const r = resolveFactor({ ...facts, title: named.entry.factor! }, null, ctxScheme);
        if (reachesEnd(tail.end)) return result(r, false);
        // Run-in body after a separator or starting a new sentence ("Factor 8- 1 Physical Demands Most
        // work ..."); "Factor 4 (Complexity) was evaluated at ..." is prose.
        if (tail.separates || isUpperAt(text, tail.end)) return result(r, true);
        // A lower-case qualifier finishing the title: "Factor 4 - Complexity of the Work\tLevel 4-4".
        if (!truncated && isTitleQualifier(lower.slice(tail.end, trailingTailStart(lower, tail.end)))) return result(r, false);
        return null;
      }
      const tail = consumeTail(lower, afterNumber);
      const tailScheme = schemeFromTail(number, tail);
      if (reachesEnd(tail.end)) return result(resolveFactor({ ...facts, title: null }, tailScheme, ctxScheme), false);
      const rest = lower.slice(tail.end);
      const restEnd = trailingTailStart(lower, tail.end);
      const restCore = lower.slice(tail.end, restEnd);
      const shortLabel = !truncated && countWords(restCore) <= 12 && !endsLikeSentence(restCore);
      if (shortLabel) {
        // A title reads as a label ("Factor 3 Guides Used"), not as a lower-case clause.
        const title = isUpperAt(text, tail.end) ? keywordTitle(restCore) : null;
        if (title || tail.separates || looksLikeHeadingLine(paragraph, text)) {
          const finalTail = consumeTail(lower, restEnd);
          const scheme = schemeFromTail(number, finalTail) ?? tailScheme;
          return result(resolveFactor({ ...facts, title }, scheme, ctxScheme), false);
        }
        return null;
      }
      // "Factor 2: The supervisor assigns ..." is a number-only run-in heading; "Factor 1 is ..." is prose.
      if (tail.separates && isUpperAt(text, tail.end) && rest.length > 0) {
        return result(resolveFactor({ ...facts, title: null }, tailScheme, ctxScheme), true);
      }
      return null;
    }
    if (fm) return null;
  }

  // A known name at the start.
  const named = findName(lower, pos, NAMES);
  if (named) {
    const e = named.entry;
    const tail = consumeTail(lower, named.end);
    const facts = { number: lead.number, sub: null, combined: false, explicitNumber: false };
    const target = (e.factor ?? e.part)!;
    const listLabel = paragraph.isListItem === true;
    if (reachesEnd(tail.end)) {
      if (tail.percent && e.part !== "major-duties") return null; // "Supervisory Duties (25%)" is a duty
      // "Factor Level 1-7, 1250 points" under a factor title states its level; it opens nothing.
      if (e.part === "factor-levels" && (tail.levels.length > 0 || tail.numbers.length > 0)) return null;
      const r = fromTarget(target, facts, null, ctxScheme);
      return result(e.scheme ? { ...r, schemeEvidence: e.scheme } : r, false, e.subheadingOf);
    }
    const bodyStart = tail.end;
    if (e.valueFollows && !truncated) {
      const value = lower.slice(bodyStart);
      if (countWords(value) <= 6 && !endsLikeSentence(value)) {
        return result(fromTarget(target, facts, null, ctxScheme), false);
      }
    }
    if (e.runIn !== "none" && tail.separates && !tail.percent && isUpperAt(text, pos)) {
      const weak = e.runIn === "weak" || listLabel;
      return result(fromTarget(target, facts, null, ctxScheme), true, weak ? [...IN_DUTIES, ...(e.subheadingOf ?? [])] : e.subheadingOf);
    }
    // A factor title finished by a lower-case qualifier ("Complexity of the Work") on a heading-shaped line.
    // Without a factor number only "of ..." or a participle, and not after a bare "Knowledge" ("Knowledge of:").
    if (e.factor && e.runIn !== "none" && !truncated && looksLikeHeadingLine(paragraph, text)) {
      const rest = lower.slice(bodyStart, trailingTailStart(lower, bodyStart));
      if (!/^(?:for|in|within|by|on)\b/.test(rest) && isTitleQualifier(rest)) {
        return result(fromTarget(target, facts, null, ctxScheme), false, IN_DUTIES);
      }
    }
    // Name followed by more words without a separator: prose ("Guidelines include ...") unless it
    // is a short formatted heading line, which the fuzzy pass below may still accept.
  }

  // A heading-shaped line holding a distinctive phrase ("POSITION INTRODUCTION", "Summary of Major Duties").
  if (looksLikeHeadingLine(paragraph, text)) {
    const core = lower.slice(pos, trailingTailStart(lower, pos));
    // Plain Title Case is weaker evidence than formatting: the phrase must lead the line
    // ("Introduction and Organizational Location", not "Knowledge of Work Environment Standards").
    const leadOnly = !looksLikeHeadingLine(paragraph, text, false);
    const secondWord = core.search(/\s/) + 1;
    for (const [re, target] of FUZZY) {
      const found = re.exec(core);
      if (found && (!leadOnly || found.index === 0 || (secondWord > 0 && found.index <= secondWord))) {
        const facts = { number: lead.number, sub: null, combined: false, explicitNumber: false };
        return result(fromTarget(target, facts, null, ctxScheme), false, IN_DUTIES);
      }
    }
  }

  // Title-block paragraph with a run-in opening label: "Position Number: 123 Introductory Statement: ...".
  if (at(TITLE_BLOCK_START, lower, lead.pos)) {
    EMBEDDED_LABEL.lastIndex = lead.pos + 1;
    let m: RegExpExecArray | null;
    while ((m = EMBEDDED_LABEL.exec(lower))) {
      const labelPos = m.index + 1;
      if (!isUpperAt(text, labelPos)) continue;
      const target: PartId = /intro/.test(m[1]) ? "introduction" : "major-duties";
      const runIn = !reachesEnd(consumeTail(lower, m.index + m[0].length).end);
      return result({ section: makeSection(target), schemeEvidence: null, schemeFromContext: false }, runIn);
    }
  }
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

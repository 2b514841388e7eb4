/**
 * The shape of one paragraph as a heading: its outline level or heading style, and whether it is short,
 * formatted and worded like a heading rather than a sentence.
 */
import { normaliseText } from "./textMatch";

/** What detection reads of a paragraph. */
export interface ParagraphInfo {
  text: string;
  style?: string; // style name as Word reports it
  styleBuiltIn?: string; // e.g. "Heading1", "Normal", "ListParagraph"
  outlineLevel?: number; // 1..9 for heading levels
  bold?: boolean; // font.bold of the paragraph (true only when all of it is bold)
  isListItem?: boolean;
  tableNestingLevel?: number; // 0 outside tables
}

const isAsciiLetterOrDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// Characters that continue a word once it has started: ' & / -
const isWordJoiner = (c: number): boolean => c === 39 || c === 38 || c === 47 || c === 45;

/**
 * Words: an ASCII letter or digit, then letters, digits, ' & / or -. Counted without building them, and only up to
 * `atMost + 1` when that is all the caller needs: this runs on every paragraph.
 */
export function countWords(s: string, atMost = Infinity): number {
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

export function endsLikeSentence(s: string): boolean {
  return /[.!?]["')\]]*$/.test(s.trim());
}

/** Ends like a sentence, unless with an abbreviation headings use ("450 pts.", "No.", "(cont.)"). */
function isSentence(s: string): boolean {
  return endsLikeSentence(s) && !/\b(?:pts|no|cont)\.$/i.test(s.trim());
}

/** Short, not a sentence, no percentage, and formatted like a heading. */
export function looksLikeHeadingLine(p: ParagraphInfo, text?: string, titleCase = true): boolean {
  if (text === undefined && (p.text ?? "").length > 400) return false;
  const t = text ?? normaliseText(p.text ?? "");
  // The cheap checks first: most paragraphs are long or end like a sentence.
  if (t.length === 0 || t.length > 120 || isSentence(t) || t.includes("%")) return false;
  const words = countWords(t, 10);
  if (words === 0 || words > 10) return false;
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

export function isTitleQualifier(core: string): boolean {
  const words = countWords(core);
  return words >= 1 && words <= 4 && TITLE_QUALIFIER.test(core) && !FINITE_VERB.test(core) && !endsLikeSentence(core);
}

export function isUpperAt(s: string, pos: number): boolean {
  const m = /[A-Za-z]/.exec(s.slice(pos, pos + 4));
  return !!m && m[0] === m[0].toUpperCase();
}


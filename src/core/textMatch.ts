/**
 * The one text normalisation used by section detection, search and the "in document" marks, so all three
 * read the same characters alike. Word text carries non-breaking and other Unicode spaces, curly quotes,
 * dash variants, the ellipsis character, soft hyphens, zero-width marks, manual line breaks (\v), cell
 * marks and ligatures from text pasted out of PDFs; each folds to plain ASCII here.
 *
 * One precompiled pattern finds the characters that fold and a table gives each one's replacement, so a
 * paragraph is folded in a single pass.
 */

/** Replacement for every character that folds; "" drops it, "\t" marks a break between parts of a line. */
const FOLDS: ReadonlyMap<string, string> = (() => {
  const folds = new Map<string, string>();
  const add = (codes: readonly number[], to: string) => codes.forEach((code) => folds.set(String.fromCharCode(code), to));
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  // Control characters first; the breaks and spaces among them are set again below.
  add(range(0, 31), "");
  add([0xad, 0x200b, 0x200c, 0x200d, 0xfeff], ""); // soft hyphen, zero-width marks, byte-order mark
  add([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x2028, 0x2029], "\t"); // tab, line and page breaks
  add([0xa0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000], " ");
  add([...range(0x2010, 0x2015), 0x2212, 0xfe58, 0xfe63, 0xff0d], "-");
  add([0x2018, 0x2019, 0x201a, 0x201b, 0x2032], "'");
  add([0x201c, 0x201d, 0x201e, 0x201f, 0x2033], '"');
  add([0xff1a], ":");
  add([0x2026], "...");
  ["ff", "fi", "fl", "ffi", "ffl", "st", "st"].forEach((letters, i) => add([0xfb00 + i], letters));
  return folds;
})();

/**
 * Every character in FOLDS, and a few neighbours that fold to themselves: a class of few wide ranges
 * scans several times faster than one listing each character (a test checks it covers FOLDS).
 */
// eslint-disable-next-line no-control-regex -- control characters are among those folded (dropped)
export const FOLDABLE = /[\x00-\x1f\xa0\xad\u1680\u2000-\u2212\u3000\ufb00-\ufb06\ufe58\ufe63\ufeff\uff0d\uff1a]/g;

/** The characters that fold, for tests. */
export const FOLDING_CHARACTERS: readonly string[] = [...FOLDS.keys()];

const foldCharacter = (ch: string): string => FOLDS.get(ch) ?? ch;

/** Every folding character replaced (see FOLDS); spacing is left as it comes. */
function foldCharacters(text: string): string {
  return text.replace(FOLDABLE, foldCharacter);
}

/** Lower-cases code unit by code unit so indexes stay aligned with the original. */
export function lowerAligned(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = "";
  for (const ch of s.split("")) {
    const l = ch.toLowerCase();
    out += l.length === 1 ? l : ch;
  }
  return out;
}

/**
 * Plain text for recognising headings: characters folded, runs of spaces made one, and breaks (tabs,
 * line breaks) kept as a single tab without the spaces around them, trimmed. Case is kept.
 */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

export function normaliseText(text: string): string {
  // Plain printable ASCII with single spaces (most paragraphs) needs only trimming.
  if (!NOT_PRINTABLE_ASCII.test(text) && !text.includes("  ")) return text.trim();
  return foldCharacters(text)
    .replace(/ {2,}/g, " ")
    .replace(/ ?\t[ \t]*/g, "\t") // one space at most is left before a tab; " *" would retry from every space of a long run
    .trim();
}

/**
 * `text` without the characters at its end that `trailing` (a one-character class such as /[:\s]/, no flags)
 * matches. A scan from the end: /[…]+$/ takes quadratic time on a long run of those characters that does not
 * reach the end (80,000 of them took seconds), since the engine retries the run from each of its positions.
 */
export function trimTrailing(text: string, trailing: RegExp): string {
  let end = text.length;
  while (end > 0 && trailing.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** Text for comparison: normalised as above, lower case, every run of white space one space. */
export function foldText(text: string): string {
  // Only runs of two or more and tabs are rewritten: replacing every single space costs more than the fold.
  return foldCharacters(lowerAligned(text)).replace(/[\t ]{2,}|\t/g, " ").trim();
}

/**
 * `foldText(text)` with a map back to positions in `text`, so a match found in folded text can be
 * highlighted in the original: `map[i]` is the index in `text` of folded character `i`.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  const lower = lowerAligned(text);
  let folded = "";
  const map: number[] = [];
  let lastWasSpace = true; // also drops leading white space
  for (let i = 0; i < lower.length; i++) {
    const pieces = foldCharacter(lower[i]);
    if (pieces === " " || pieces === "\t") {
      if (!lastWasSpace) {
        folded += " ";
        map.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    if (pieces === "") continue;
    lastWasSpace = false;
    for (const piece of pieces) {
      folded += piece;
      map.push(i);
    }
  }
  if (folded.endsWith(" ")) {
    folded = folded.slice(0, -1);
    map.pop();
  }
  return { folded, map };
}

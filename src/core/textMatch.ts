/**
 * Text comparison that ignores what Word and typists change without changing meaning: case, curly versus
 * straight quotes, dash variants, the ellipsis character, non-breaking spaces and runs of white space.
 */
const CHARACTER_FOLDS: [RegExp, string][] = [
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, "-"],
  [/\u2026/g, "..."],
];
const WHITE_SPACE = /[\s\u00A0\u2007\u202F]/;

function foldCharacter(ch: string): string {
  let folded = ch.toLowerCase();
  for (const [pattern, replacement] of CHARACTER_FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

/**
 * Folds `text` (lower case, plain quotes and dashes, single spaces, trimmed) and keeps a map back to
 * positions in `text`, so a match found in folded text can be highlighted in the original:
 * `map[i]` is the index in `text` of folded character `i`.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = "";
  const map: number[] = [];
  let lastWasSpace = true; // also drops leading white space
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (WHITE_SPACE.test(ch)) {
      if (!lastWasSpace) {
        folded += " ";
        map.push(i);
      }
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    for (const piece of foldCharacter(ch)) {
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

// White space other than a lone plain space: the only runs folding has to touch.
const WHITE_SPACE_TO_FOLD = /[\s\u00A0\u2007\u202F]{2,}|[^\S ]/g;

/**
 * The same text as `foldWithMap(text).folded`, without the map: a few passes over the whole string
 * instead of one step per character, so that folding a whole document takes milliseconds.
 */
export function foldText(text: string): string {
  let folded = text.toLowerCase();
  for (const [pattern, replacement] of CHARACTER_FOLDS) folded = folded.replace(pattern, replacement);
  return folded.replace(WHITE_SPACE_TO_FOLD, " ").trim();
}

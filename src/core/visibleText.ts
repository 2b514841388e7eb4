/**
 * Whether a text shows anything. Text can look filled yet show nothing: zero-width joiners (U+200C, U+200D),
 * the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0, which count as letters), the Braille blank (U+2800),
 * spaces of every width and format characters. An agency name or a library text made only of them would
 * insert or show as a gap ("Upholds 's commitment", "Leave it empty to use .").
 */

/**
 * Characters that display as nothing: default-ignorable code points (zero-width characters, the Hangul
 * fillers, variation selectors, the soft hyphen, tags), format characters, controls and surrogate halves.
 */
export const INVISIBLE_CHARACTERS = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{Cs}]/gu;

// A letter or digit that is not default-ignorable (the Hangul fillers are letters that show nothing).
const VISIBLE_LETTER_OR_DIGIT = /(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}]/u;

/** True when `text` has at least one letter or digit that shows. */
export function hasVisibleLetterOrDigit(text: string): boolean {
  return VISIBLE_LETTER_OR_DIGIT.test(text);
}

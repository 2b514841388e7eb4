/**
 * Words and sentences as the plain-language hints, the reading grade and the Word replacement read them, in one
 * place so all three read the same words. Apart from textMatch.ts, which the pane's first view loads: none of these
 * readers is in it.
 */

/**
 * A word: letters and digits, with ' or - inside ("agency's", "state-of-the-art"). Global: use with matchAll (which
 * copies it) or build a regex on WORD_PATTERN.source.
 */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/** The end of a sentence: . ! or ? (with closing quotes or brackets) before a space or the end of the text. Global. */
export const SENTENCE_END = /[.!?]["')\]]*(?=\s|$)/g;

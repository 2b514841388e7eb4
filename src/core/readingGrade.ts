/**
 * The Flesch–Kincaid grade level of a document's body text: 0.39 × words per sentence + 11.8 × syllables per word
 * − 15.59, about the years of US schooling a reader needs. Syllables are counted by the `syllable` package; each
 * distinct word is counted once, since a PD repeats its words.
 */
import { syllable } from "syllable";
import { SENTENCE_END, WORD_PATTERN } from "./words";

export type ReadingGrade = { grade: number; words: number; sentences: number };

export function createGradeCounter(): (texts: Iterable<string>) => ReadingGrade | null {
  const syllables = new Map<string, number>();
  return (texts) => {
    let words = 0;
    let sentences = 0;
    let syllableCount = 0;
    for (const text of texts) {
      let inText = 0;
      for (const m of text.toLowerCase().matchAll(WORD_PATTERN)) {
        inText++;
        let count = syllables.get(m[0]);
        if (count === undefined) {
          count = /\p{L}/u.test(m[0]) ? Math.max(1, syllable(m[0])) : 1;
          syllables.set(m[0], count);
        }
        syllableCount += count;
      }
      if (inText === 0) continue;
      words += inText;
      // A paragraph with words counts as one sentence at least (a heading, a list item without a full stop).
      sentences += Math.max(1, text.match(SENTENCE_END)?.length ?? 0);
    }
    if (words === 0) return null;
    const grade = 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
    return { grade: Math.round(grade * 10) / 10, words, sentences };
  };
}

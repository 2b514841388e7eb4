/**
 * The plain-language word list (content/plain-words.json, or an agency's own file named by CX_PLAIN_WORDS): words
 * and phrases a PD says more plainly, each with what to say instead. Its shape is content/plain-words.schema.json;
 * plainWordsValidation.ts checks a file against it and against the rules a schema cannot express.
 */
export type PlainWordsData = {
  source: { title: string; publisher: string; url: string; commit?: string; licence: string; retrieved: string };
  /** Why rows differ from the source table (merged, split, dropped, corrected). */
  editorialNotes?: string[];
  /** Words and phrases that are terms of art in a PD, which a hint must never fall inside, each with why. */
  termsOfArt?: { text: string; why: string }[];
  /** Verbs whose forms the usual rules do not give ("do": did, done), for suggestions in the tense of the words replaced. */
  irregularVerbs?: Record<string, { s?: string; past: string; participle: string; ing?: string }>;
  words: PlainWordRow[];
};

export type PlainWordRow = {
  /** Stable id: lower-case letters and digits joined by hyphens ("utilize", "in-order-to"). */
  id: string;
  /** The words to avoid: one or more spellings of one thing ("utilize", "utilization"). */
  dontSay: string[];
  /** What to say instead, best first; "" means leave the words out. */
  say: string[];
  /** One of the guidelines' "dirty dozen", the twelve offenders most likely to weaken a text. */
  dirtyDozen?: boolean;
};

/**
 * Which library entries already stand in the document, so the pane can mark them "in document" and
 * nobody inserts the same duty twice. Matching ignores case, quote and dash styles and spacing, and the
 * list numbering Word keeps outside paragraph text.
 */
import type { Library, PlaceholderValues } from "./library";
import { foldText } from "./textMatch";

// Final punctuation often differs (a typist adds the missing period); compare without it.
const TRAILING_PUNCTUATION = /[\s.;:,]+$/;

export function entriesInDocument(library: Library, paragraphTexts: readonly string[], values: PlaceholderValues = {}): Set<string> {
  return entriesInComparableText(library, paragraphTexts.map(comparableText).join("\n"), values);
}

/** A paragraph (or an entry) as presence compares it. The slow part for a long document: see presenceScan.ts. */
export function comparableText(text: string): string {
  return foldText(text).replace(TRAILING_PUNCTUATION, "");
}

/** Entries found in `documentText`: the document's paragraphs through comparableText, joined with "\n". */
export function entriesInComparableText(library: Library, documentText: string, values: PlaceholderValues = {}): Set<string> {
  const present = new Set<string>();
  for (const entry of library.entries()) {
    const needle = comparableText(library.renderEntry(entry, values));
    if (needle && documentText.includes(needle)) present.add(entry.id);
  }
  return present;
}

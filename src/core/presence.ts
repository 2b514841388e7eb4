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
  const documentText = paragraphTexts.map((t) => foldText(t).replace(TRAILING_PUNCTUATION, "")).join("\n");
  const present = new Set<string>();
  for (const entry of library.entries()) {
    const needle = foldText(library.renderEntry(entry, values)).replace(TRAILING_PUNCTUATION, "");
    if (needle && documentText.includes(needle)) present.add(entry.id);
  }
  return present;
}

/**
 * Which library entries already stand in the document, so the pane can mark them "in document" and
 * nobody inserts the same duty twice. Matching ignores case, quote and dash styles and spacing, and the
 * list numbering Word keeps outside paragraph text.
 */
import type { Library, PlaceholderValues } from "./library";
import { foldText } from "./textMatch";

// Final punctuation often differs (a typist adds the missing period); compare without it.
const TRAILING_PUNCTUATION = /[\s.;:,]+$/;
const PARAGRAPH_BREAK = "\u0000";

export function entriesInDocument(library: Library, paragraphTexts: readonly string[], values: PlaceholderValues = {}): Set<string> {
  // Folded as one text, its paragraphs joined by a character no folded entry holds, so that no match spans
  // two paragraphs. A paragraph's own final punctuation needs no trimming: an entry's match never ends in it.
  const documentText = foldText(paragraphTexts.join(PARAGRAPH_BREAK));
  const present = new Set<string>();
  for (const entry of library.entries()) {
    const needle = foldText(library.renderEntry(entry, values)).replace(TRAILING_PUNCTUATION, "");
    if (needle && documentText.includes(needle)) present.add(entry.id);
  }
  return present;
}

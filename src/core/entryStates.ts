/**
 * How each library entry found in a document stands against the library: in its approved wording, adapted (words
 * changed, added or removed, or another agency named), or in the wording of an earlier library version. The
 * pane's cards and the review show these states; "Show changes" and "Replace with approved wording" start from them.
 */
import type { Library, PlaceholderValues } from "./library";

export type EntryState = "approved" | "adapted" | "earlier";

export type FoundEntry = {
  id: string;
  state: EntryState;
  /**
   * Indexes of the paragraphs it stands in (of the paragraphs searched), in document order. The first is the one
   * "Show changes" compares and "Replace with approved wording" replaces.
   */
  paragraphs: number[];
  /** Words changed, added or removed against the text it matched (0 when it is that text as it is). */
  changedWords: number;
  /** The agency the paragraph names where the entry has {{agency}}, when that differs from the agency in use. */
  namesAgency: string | null;
  /** For "earlier": the library version whose text it is. */
  version: string | null;
};

/** Entries found in a document, by id. */
export type FoundEntries = ReadonlyMap<string, FoundEntry>;

/** One run of words in a word-level comparison of the document's text against the approved text. */
export type WordChange = {
  /** "same": in both; "inserted": only in the approved text; "deleted": only in the document's text. */
  kind: "same" | "inserted" | "deleted";
  text: string;
};

/** What a card says about a found entry: "Approved", "Adapted · 3 words changed", "Adapted · names DHS", "Earlier wording (1.0.0)". */
export function entryStateLabel(found: FoundEntry): string {
  if (found.state === "approved") return "Approved";
  if (found.state === "earlier") return found.version ? `Earlier wording (${found.version})` : "Earlier wording";
  if (found.namesAgency) return `Adapted · names ${found.namesAgency}`;
  if (found.changedWords === 0) return "Adapted";
  return `Adapted · ${found.changedWords} ${found.changedWords === 1 ? "word" : "words"} changed`;
}

/**
 * The library text the document's paragraph was matched against, placeholders filled in: the approved text for an
 * approved or adapted entry, the earlier version's text for earlier wording.
 */
export function comparedText(library: Library, found: FoundEntry, values: PlaceholderValues = {}): string {
  const previous = found.state === "earlier" ? library.entry(found.id)?.previousTexts?.find((p) => p.version === found.version) : undefined;
  return previous ? library.renderText(previous.text, values) : library.renderEntry(found.id, values);
}

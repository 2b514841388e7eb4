import { levelPrefix, type Library, type LibraryEntry, type PlaceholderValues } from "../core/library";

/** The entry's approved wording as a paragraph of the document holds it (placeholders filled, a level's "Level 3: "). */
export function approvedText(library: Library, entry: LibraryEntry, values: PlaceholderValues): string {
  return levelPrefix(library, entry, values) + library.renderEntry(entry, values);
}

import { levelPrefix, type Library, type LibraryEntry, type PlaceholderValues } from "../core/library";
import { paragraphLead } from "../core/paragraphLead";

/**
 * The entry's approved wording as a paragraph of the document holds it (placeholders filled, a level's "Level 3: "),
 * after what that paragraph itself puts before its words (a typed bullet, a goal's number), which stays.
 */
export function approvedText(library: Library, entry: LibraryEntry, values: PlaceholderValues, paragraphText = ""): string {
  return paragraphLead(paragraphText) + levelPrefix(library, entry, values) + library.renderEntry(entry, values);
}

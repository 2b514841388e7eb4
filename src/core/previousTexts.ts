/**
 * Recording an entry's earlier wording when its text changes, so documents that hold the old text are still
 * recognised as "earlier wording". One rule for `npm run library:versions` and for the library editor.
 */
import type { LibraryData, LibraryEntry, PreviousText } from "./library";
import { compareSemver } from "./libraryValidation";
import { comparableText } from "./presence";

/** `newData` with the old texts of changed entries added to their previousTexts, and the ids of those entries. */
export function withPreviousTexts(oldData: LibraryData, newData: LibraryData): { data: LibraryData; changed: string[] } {
  const oldById = new Map(oldData.entries.map((entry) => [entry.id, entry]));
  const changed: string[] = [];
  const entries = newData.entries.map((entry): LibraryEntry => {
    const old = oldById.get(entry.id);
    if (!old || comparableText(old.text) === comparableText(entry.text)) return entry;
    changed.push(entry.id);
    return { ...entry, previousTexts: mergedPreviousTexts(entry, [...(old.previousTexts ?? []), { version: oldData.version, text: old.text }]) };
  });
  return { data: { ...newData, entries }, changed };
}

/** The entry's earlier texts and `added`, each wording once (as presence compares them), none its current text, oldest first. */
function mergedPreviousTexts(entry: LibraryEntry, added: readonly PreviousText[]): PreviousText[] {
  const seen = new Set([comparableText(entry.text)]);
  const merged: PreviousText[] = [];
  for (const previous of [...(entry.previousTexts ?? []), ...added]) {
    const key = comparableText(previous.text);
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(previous);
  }
  return merged.sort((a, b) => compareSemver(a.version, b.version));
}

import type { LibraryData, LibraryEntry } from "../core/library";

/** A section's entries as the pane lists them, each with the children it shows under it; retired entries stay in place. */
export type ShownEntry = { entry: LibraryEntry; children: LibraryEntry[] };

/**
 * The editor's order, which is the pane's (library order within a section, children under the live entry that lists
 * them, in its order), with retired entries kept where they are so they can be brought back.
 */
export function sectionEntries(data: LibraryData, sectionId: string): ShownEntry[] {
  const byId = new Map(data.entries.map((entry) => [entry.id, entry]));
  const listed = new Set(data.entries.filter((entry) => !entry.retired).flatMap((entry) => entry.children ?? []));
  return data.entries
    .filter((entry) => entry.section === sectionId && !listed.has(entry.id))
    .map((entry) => ({
      entry,
      children: entry.retired ? [] : (entry.children ?? []).map((id) => byId.get(id)).filter((child): child is LibraryEntry => child !== undefined),
    }));
}

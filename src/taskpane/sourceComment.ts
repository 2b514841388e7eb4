import type { Library } from "../core/library";

/**
 * The Word comment that names where inserted language came from, for a classifier reviewing the PD:
 * "CX language library 1.0.0 – Major Duties" (the library sections of the entries, in order, when there are several).
 */
export function sourceComment(library: Library, entryIds: readonly string[]): string {
  const sections = [...new Set(entryIds.map((id) => library.entry(id)?.section).filter((id) => id !== undefined))];
  const names = sections.map((id) => library.section(id)?.name ?? id);
  return `CX language library ${library.version}${names.length > 0 ? ` – ${names.join(", ")}` : ""}`;
}

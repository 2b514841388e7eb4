/**
 * Short names that tell entries apart in control labels, e.g. "Insert: Make decisions that are guided by
 * CX standards…". The first eight words usually suffice; entries that still share a name get their kind
 * ("SES performance requirement: Supports DHS’s …"), then more words, and finally their id.
 */
import { levelPrefix, type Library, type LibraryEntry, type PlaceholderValues } from "../core/library";

const FIRST_WORDS = 8;
const MAX_STAGE = 6;

function nameAt(library: Library, entry: LibraryEntry, values: PlaceholderValues, stage: number): string {
  const words = library.renderEntry(entry, values).split(/\s+/).filter(Boolean);
  const count = stage <= 1 ? FIRST_WORDS : FIRST_WORDS * stage;
  const head = words.slice(0, count).join(" ") + (words.length > count ? "…" : "");
  const level = levelPrefix(library, entry, values);
  const kind = stage >= 1 ? `${library.kindLabel(entry.kind)}: ` : "";
  const id = stage >= MAX_STAGE ? ` (${entry.id})` : "";
  return `${kind}${level}${head}${id}`;
}

/** A unique short name for every live entry, by id. */
export function entryShortNames(library: Library, values: PlaceholderValues = {}): Map<string, string> {
  const entries = library.entries();
  const stages = new Map(entries.map((entry) => [entry.id, 0]));
  let names = new Map<string, string>();
  for (let round = 0; round <= MAX_STAGE; round++) {
    names = new Map(entries.map((entry) => [entry.id, nameAt(library, entry, values, stages.get(entry.id) ?? 0)]));
    const seen = new Map<string, number>();
    for (const name of names.values()) seen.set(name, (seen.get(name) ?? 0) + 1);
    const clashing = entries.filter((entry) => (seen.get(names.get(entry.id) ?? "") ?? 0) > 1);
    if (clashing.length === 0) break;
    for (const entry of clashing) stages.set(entry.id, Math.min(MAX_STAGE, (stages.get(entry.id) ?? 0) + 1));
  }
  return names;
}

/**
 * Editing a library without a developer: the edits the library editor page offers, each pure (a new library,
 * the input untouched), and what saving does: earlier texts recorded, version raised and date set as
 * content/README.md says, and a summary of the changes for a reviewer. Problems come from findLibraryProblems.
 */
import type { WordChange } from "./entryStates";
import type { LibraryData, LibraryEntry } from "./library";
import { LIBRARY_LEVEL, parseSemver } from "./libraryValidation";
import { withPreviousTexts } from "./previousTexts";
import { wordChanges } from "./wordChanges";

export type LibraryEdit =
  /** Changes an entry's fields; an empty label or keyword list removes the field, and false the agency-specific flag. */
  | { kind: "entry"; id: string; text?: string; label?: string; keywords?: string[]; agencySpecific?: boolean }
  /**
   * A new entry (its id from newEntryId), placed after `after`; when `after` is a child, in the same list right after
   * it; with `parent` (and no `after`), last in that entry's children; otherwise last in its section.
   */
  | { kind: "add"; entry: LibraryEntry; after?: string; parent?: string }
  /** To index `to` among its siblings (see siblingIds): its parent's children, or its section's top-level entries. */
  | { kind: "move"; id: string; to: number }
  /** Retiring a parent retires its live children with it; a retired child leaves its parent's list. */
  | { kind: "retire"; id: string }
  /** Unretiring a parent unretires the children it still lists. */
  | { kind: "unretire"; id: string }
  /** Changes a placeholder's label or default, or declares a new placeholder. */
  | { kind: "placeholder"; name: string; label?: string; default?: string };

export class LibraryEditError extends Error {}

function entryById(data: LibraryData, id: string): LibraryEntry {
  const entry = data.entries.find((candidate) => candidate.id === id);
  if (!entry) throw new LibraryEditError(`No entry with id "${id}" in the library`);
  return entry;
}

/** The live entry listing `id` as a child, if any. */
function liveParentOf(data: LibraryData, id: string): LibraryEntry | undefined {
  return data.entries.find((entry) => !entry.retired && (entry.children ?? []).includes(id));
}

/** The entry with `children` set to `children`, or without the field when the list is empty (the schema wants one item). */
function withChildren(entry: LibraryEntry, children: string[]): LibraryEntry {
  const { children: _old, ...rest } = entry;
  return children.length > 0 ? { ...rest, children } : rest;
}

/** The entries `id` is ordered among, as the editor lists them: its live parent's children, or else the top-level
 *  entries of its section (retired ones included, in file order). */
export function siblingIds(data: LibraryData, id: string): string[] {
  const entry = entryById(data, id);
  const parent = liveParentOf(data, id);
  if (parent) return [...(parent.children ?? [])];
  const listed = new Set(data.entries.filter((candidate) => !candidate.retired).flatMap((candidate) => candidate.children ?? []));
  return data.entries.filter((candidate) => candidate.section === entry.section && !listed.has(candidate.id)).map((candidate) => candidate.id);
}

function replaceEntries(data: LibraryData, change: (entry: LibraryEntry) => LibraryEntry): LibraryData {
  return { ...data, entries: data.entries.map(change) };
}

function editedEntry(entry: LibraryEntry, edit: Extract<LibraryEdit, { kind: "entry" }>): LibraryEntry {
  const result: LibraryEntry = { ...entry };
  if (edit.text !== undefined) result.text = edit.text;
  if (edit.label !== undefined) {
    if (edit.label === "") delete result.label;
    else result.label = edit.label;
  }
  if (edit.keywords !== undefined) {
    if (edit.keywords.length === 0) delete result.keywords;
    else result.keywords = [...edit.keywords];
  }
  if (edit.agencySpecific !== undefined) {
    if (edit.agencySpecific) result.agencySpecific = true;
    else delete result.agencySpecific;
  }
  return result;
}

function addEntry(data: LibraryData, edit: Extract<LibraryEdit, { kind: "add" }>): LibraryData {
  const { entry } = edit;
  if (data.entries.some((existing) => existing.id === entry.id)) {
    throw new LibraryEditError(`The id "${entry.id}" is already taken: a new entry needs an id never used before (see newEntryId)`);
  }
  const added: LibraryEntry = { ...entry };
  const parent = edit.after !== undefined ? liveParentOf(data, entryById(data, edit.after).id) : edit.parent !== undefined ? entryById(data, edit.parent) : undefined;
  let entries = data.entries;
  if (parent) {
    const children = [...(parent.children ?? [])];
    children.splice(edit.after !== undefined ? children.indexOf(edit.after) + 1 : children.length, 0, added.id);
    entries = entries.map((candidate) => (candidate.id === parent.id ? withChildren(candidate, children) : candidate));
  }
  // In the file, after `after`, or after the last entry of the list or section it joins (any place reads the same in the pane).
  const anchorId = edit.after ?? (parent ? [parent.id, ...(parent.children ?? [])].at(-1) : undefined);
  let at = anchorId !== undefined ? entries.findIndex((candidate) => candidate.id === anchorId) + 1 : -1;
  if (at <= 0) {
    const last = entries.map((candidate) => candidate.section).lastIndexOf(added.section);
    at = last >= 0 ? last + 1 : entries.length;
  }
  return { ...data, entries: [...entries.slice(0, at), added, ...entries.slice(at)] };
}

function moveEntry(data: LibraryData, id: string, to: number): LibraryData {
  const siblings = siblingIds(data, id);
  const reordered = siblings.filter((sibling) => sibling !== id);
  reordered.splice(Math.max(0, Math.min(to, reordered.length)), 0, id);
  const parent = liveParentOf(data, id);
  if (parent) return replaceEntries(data, (entry) => (entry.id === parent.id ? withChildren(entry, reordered) : entry));
  // Top-level entries keep the places they hold in the file, filled in the new order; other entries stay put.
  const byId = new Map(data.entries.map((entry) => [entry.id, entry]));
  const places = new Set(siblings);
  let next = 0;
  return { ...data, entries: data.entries.map((entry) => (places.has(entry.id) ? byId.get(reordered[next++]!)! : entry)) };
}

function retireEntry(data: LibraryData, id: string): LibraryData {
  const entry = entryById(data, id);
  if (entry.retired) return data;
  const retiring = new Set([id, ...(entry.children ?? [])]);
  return replaceEntries(data, (candidate) => {
    if (retiring.has(candidate.id)) return { ...candidate, retired: true };
    if (!candidate.retired && (candidate.children ?? []).includes(id)) {
      return withChildren(candidate, (candidate.children ?? []).filter((child) => child !== id));
    }
    return candidate;
  });
}

function unretireEntry(data: LibraryData, id: string): LibraryData {
  const entry = entryById(data, id);
  if (!entry.retired) return data;
  const returning = new Set([id, ...(entry.children ?? [])]);
  return replaceEntries(data, (candidate) => {
    if (!returning.has(candidate.id)) return candidate;
    const { retired: _retired, ...rest } = candidate;
    return rest;
  });
}

function editPlaceholder(data: LibraryData, edit: Extract<LibraryEdit, { kind: "placeholder" }>): LibraryData {
  const current = Object.prototype.hasOwnProperty.call(data.placeholders, edit.name) ? data.placeholders[edit.name] : undefined;
  const placeholder = { ...(current ?? { label: "", default: "" }) };
  if (edit.label !== undefined) placeholder.label = edit.label;
  if (edit.default !== undefined) placeholder.default = edit.default;
  return { ...data, placeholders: { ...data.placeholders, [edit.name]: placeholder } };
}

/** The library after one edit. Pure: `data` is left as it was. Throws LibraryEditError for an unknown or taken id. */
export function applyEdit(data: LibraryData, edit: LibraryEdit): LibraryData {
  switch (edit.kind) {
    case "entry": {
      entryById(data, edit.id);
      return replaceEntries(data, (entry) => (entry.id === edit.id ? editedEntry(entry, edit) : entry));
    }
    case "add":
      return addEntry(data, edit);
    case "move":
      return moveEntry(data, edit.id, edit.to);
    case "retire":
      return retireEntry(data, edit.id);
    case "unretire":
      return unretireEntry(data, edit.id);
    case "placeholder":
      return editPlaceholder(data, edit);
  }
}

const NUMBERED_ID = /^(.*)-(\d+)$/;

/** The most common prefix of numbered ids such as "pd-duties-07" among `ids`, with its numbers' width. */
function commonPrefix(ids: readonly string[]): { prefix: string; width: number } | null {
  const counts = new Map<string, { count: number; width: number }>();
  for (const id of ids) {
    const match = NUMBERED_ID.exec(id);
    if (!match) continue;
    const seen = counts.get(match[1]!) ?? { count: 0, width: match[2]!.length };
    counts.set(match[1]!, { count: seen.count + 1, width: Math.max(seen.width, match[2]!.length) });
  }
  let best: { prefix: string; width: number; count: number } | null = null;
  for (const [prefix, { count, width }] of counts) if (!best || count > best.count) best = { prefix, width, count };
  return best && { prefix: best.prefix, width: best.width };
}

/** The prefix a new child of `parentId` takes: its list's, or the pattern of other lists in the section ("pwp-goal-5-activity"). */
function childPrefix(data: LibraryData, inSection: readonly LibraryEntry[], parentId: string): { prefix: string; width: number } | null {
  const own = commonPrefix(data.entries.find((entry) => entry.id === parentId)?.children ?? []);
  if (own) return own;
  for (const parent of inSection) {
    const found = commonPrefix(parent.children ?? []);
    if (!found) continue;
    return found.prefix.startsWith(`${parent.id}-`) ? { prefix: parentId + found.prefix.slice(parent.id.length), width: found.width } : found;
  }
  return null;
}

/**
 * A fresh id for a new entry in `sectionId` (or in `parentId`'s list): the section's (or list's) usual prefix with
 * the next number after every id the library has given that prefix (retired entries included), so an id is never
 * reused: "pd-duties-22", "pwp-goal-1-activity-07", or "pwp-ses-requirement-2" beside an unnumbered "pwp-ses-requirement".
 */
export function newEntryId(data: LibraryData, sectionId: string, parentId?: string): string {
  const taken = new Set([...data.entries.map((entry) => entry.id), ...(data.editorialNotes ?? []).map((note) => note.entryId)]);
  const inSection = data.entries.filter((entry) => entry.section === sectionId);
  const listed = new Set(inSection.flatMap((entry) => entry.children ?? []));
  const topLevel = inSection.filter((entry) => !listed.has(entry.id)).map((entry) => entry.id);
  const found =
    (parentId !== undefined ? childPrefix(data, inSection, parentId) : commonPrefix(topLevel)) ??
    (topLevel[0] !== undefined && parentId === undefined ? { prefix: topLevel[0], width: 1 } : null) ??
    commonPrefix(inSection.map((entry) => entry.id)) ?? { prefix: parentId ?? sectionId, width: 2 };
  const { prefix, width } = found;
  // An unnumbered id counts as the first of its prefix.
  let highest = taken.has(prefix) ? 1 : 0;
  for (const id of taken) {
    const match = NUMBERED_ID.exec(id);
    if (match && match[1] === prefix) highest = Math.max(highest, Number(match[2]));
  }
  const idFor = (number: number) => `${prefix}-${String(number).padStart(width, "0")}`;
  let number = highest + 1;
  while (taken.has(idFor(number))) number++;
  return idFor(number);
}

export interface LibraryChanges {
  added: string[];
  retired: string[];
  unretired: string[];
  /** Entries whose text changed, with a word-level comparison (deleted: only in `before`; inserted: only in `after`). */
  reworded: { id: string; before: string; after: string; changes: WordChange[] }[];
  /** Other changes: per entry "label", "keywords", "agency-specific", "note", "order"; per placeholder, under the
   *  id "(library)", "placeholder:NAME". */
  otherwise: { id: string; fields: string[] }[];
}

/** Ids that changed place between two orderings: those outside a longest common subsequence (the fewest moved). */
function movedIds(before: readonly string[], after: readonly string[]): string[] {
  const common = new Set(before.filter((id) => after.includes(id)));
  const a = before.filter((id) => common.has(id));
  const b = after.filter((id) => common.has(id));
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return b.filter((id) => !kept.has(id));
}

/** Each list the pane shows, by a key: a section's top-level live entries, or a live parent's live children. */
function shownLists(data: LibraryData): Map<string, string[]> {
  const live = data.entries.filter((entry) => !entry.retired);
  const liveIds = new Set(live.map((entry) => entry.id));
  const listed = new Set(live.flatMap((entry) => entry.children ?? []));
  const lists = new Map<string, string[]>();
  for (const entry of live) {
    if (!listed.has(entry.id)) lists.set(`section:${entry.section}`, [...(lists.get(`section:${entry.section}`) ?? []), entry.id]);
    const children = (entry.children ?? []).filter((child) => liveIds.has(child));
    if (children.length > 0) lists.set(`parent:${entry.id}`, children);
  }
  return lists;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** What changed from the library as opened to `current` (version, date and previousTexts aside). */
export function libraryChanges(opened: LibraryData, current: LibraryData): LibraryChanges {
  const openedById = new Map(opened.entries.map((entry) => [entry.id, entry]));
  const changes: LibraryChanges = { added: [], retired: [], unretired: [], reworded: [], otherwise: [] };
  const fields = new Map<string, string[]>();
  const note = (id: string, field: string) => fields.set(id, [...(fields.get(id) ?? []), field]);

  for (const entry of current.entries) {
    const before = openedById.get(entry.id);
    if (!before) {
      changes.added.push(entry.id);
      continue;
    }
    if (!before.retired && entry.retired) changes.retired.push(entry.id);
    if (before.retired && !entry.retired) changes.unretired.push(entry.id);
    if (before.text !== entry.text) {
      changes.reworded.push({ id: entry.id, before: before.text, after: entry.text, changes: wordChanges(before.text, entry.text) });
    }
    if (!sameValue(before.label, entry.label)) note(entry.id, "label");
    if (!sameValue(before.keywords, entry.keywords)) note(entry.id, "keywords");
    if (Boolean(before.agencySpecific) !== Boolean(entry.agencySpecific)) note(entry.id, "agency-specific");
    if (!sameValue(before.note, entry.note)) note(entry.id, "note");
  }

  const openedLists = shownLists(opened);
  for (const [key, ids] of shownLists(current)) {
    for (const id of movedIds(openedLists.get(key) ?? [], ids)) note(id, "order");
  }

  const changed: string[] = [];
  for (const name of new Set([...Object.keys(opened.placeholders), ...Object.keys(current.placeholders)])) {
    if (!sameValue(opened.placeholders[name], current.placeholders[name])) changed.push(`placeholder:${name}`);
  }
  changes.otherwise = [...fields].map(([id, list]) => ({ id, fields: list }));
  if (changed.length > 0) changes.otherwise.push({ id: LIBRARY_LEVEL, fields: changed });
  return changes;
}

export type ReleaseKind = "patch" | "minor" | "major";

/** What content/README says a change needs: major for a retirement, minor for a new (or unretired) entry, patch otherwise. */
export function releaseKind(changes: LibraryChanges): ReleaseKind | null {
  if (changes.retired.length > 0) return "major";
  if (changes.added.length > 0 || changes.unretired.length > 0) return "minor";
  return changes.reworded.length > 0 || changes.otherwise.length > 0 ? "patch" : null;
}

/**
 * The next version of `version` for a release of `kind`, as semantic versioning (and npm) raise it: a pre-release
 * becomes its release when that is enough ("1.2.0-rc.1" → "1.2.0" for a minor change), so the result is always higher.
 */
export function raisedVersion(version: string, kind: ReleaseKind): string {
  const parts = parseSemver(version);
  if (!parts) throw new LibraryEditError(`"${version}" is not a semantic version such as 1.2.0`);
  const { major, minor, patch, prerelease } = parts;
  const pre = prerelease !== undefined;
  if (kind === "major") return pre && minor === 0 && patch === 0 ? `${major}.0.0` : `${major + 1}.0.0`;
  if (kind === "minor") return pre && patch === 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
  return pre ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
}

/**
 * The library to save: the opened library's earlier texts plus the opened text of each reworded entry, recorded under
 * the opened version (withPreviousTexts, as `npm run library:versions` does), the version raised from the opened one
 * by releaseKind, and `today` (YYYY-MM-DD) as the date. Saving again from the same opened library gives the same
 * record, not a second one; with nothing changed, `edited` keeps the opened version and date.
 */
export function releasedLibrary(opened: LibraryData, edited: LibraryData, today: string): LibraryData {
  const openedById = new Map(opened.entries.map((entry) => [entry.id, entry]));
  // The editor does not edit earlier texts: start from the opened ones, so an earlier save's record is not kept twice.
  const base: LibraryData = {
    ...edited,
    entries: edited.entries.map((entry) => {
      const { previousTexts: _edited, ...rest } = entry;
      const earlier = openedById.has(entry.id) ? openedById.get(entry.id)!.previousTexts : entry.previousTexts;
      return earlier ? { ...rest, previousTexts: earlier } : rest;
    }),
  };
  const kind = releaseKind(libraryChanges(opened, base));
  if (kind === null) return { ...base, version: opened.version, date: opened.date };
  const { data } = withPreviousTexts(opened, base);
  return { ...data, version: raisedVersion(opened.version, kind), date: today };
}

function quoted(text: string): string {
  return `“${text}”`;
}

/**
 * The word changes as a reader says them: replaced “it’s important” with “it matters”; removed “c”; added “d”. A change
 * that starts or ends inside a word (the comparison splits "it’s" at the apostrophe) is widened to the whole word.
 */
function describedWordChanges(changes: readonly WordChange[]): string {
  const parts: string[] = [];
  for (let i = 0; i < changes.length; i++) {
    if (changes[i]!.kind === "same") continue;
    let end = i;
    while (end + 1 < changes.length && changes[end + 1]!.kind !== "same") end++;
    const lead = /\S*$/.exec(changes[i - 1]?.text ?? "")![0];
    const tail = /^\S*/.exec(changes[end + 1]?.text ?? "")![0];
    const run = changes.slice(i, end + 1);
    const side = (kind: WordChange["kind"]) => {
      const text = run.filter((change) => change.kind === kind).map((change) => change.text).join("");
      return text.trim() === "" ? "" : `${lead}${text}${tail}`.trim();
    };
    const [removed, added] = [side("deleted"), side("inserted")];
    if (removed && added) parts.push(`replaced ${quoted(removed)} with ${quoted(added)}`);
    else if (removed) parts.push(`removed ${quoted(removed)}`);
    else parts.push(`added ${quoted(added)}`);
    i = end;
  }
  return parts.join("; ");
}

const RELEASE_REASONS: Record<ReleaseKind, string> = {
  major: "major: an entry was retired",
  minor: "minor: an entry was added or offered again",
  patch: "patch: wording and other fixes",
};

/** A short plain-text summary for a reviewer: versions, date, and each change (reworded with before and after). */
export function changeSummaryText(opened: LibraryData, released: LibraryData): string {
  const changes = libraryChanges(opened, released);
  const kind = releaseKind(changes);
  const byId = new Map(released.entries.map((entry) => [entry.id, entry]));
  const lines = [`CX language library ${released.version} (${released.date}), changed from ${opened.version} (${opened.date})`];
  if (kind === null) return [...lines, "", "No changes."].join("\n");
  lines.push(`Version change: ${RELEASE_REASONS[kind]}`);
  const entryLine = (id: string) => [`  - ${id}: ${quoted(byId.get(id)?.text ?? "")}`];
  const section = (title: string, items: string[][]) => {
    if (items.length > 0) lines.push("", `${title} (${items.length}):`, ...items.flat());
  };
  section("Added", changes.added.map(entryLine));
  section("Retired", changes.retired.map(entryLine));
  section("Offered again", changes.unretired.map(entryLine));
  section(
    "Reworded",
    changes.reworded.map(({ id, before, after, changes: words }) => [
      `  - ${id}: ${describedWordChanges(words)}`,
      `      Before: ${before}`,
      `      After:  ${after}`,
    ]),
  );
  section(
    "Other changes",
    changes.otherwise.map(({ id, fields }) => [`  - ${id === LIBRARY_LEVEL ? "placeholders" : id}: ${fields.map((field) => field.replace(/^placeholder:/, "")).join(", ")}`]),
  );
  return lines.join("\n");
}

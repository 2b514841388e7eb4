/**
 * The typed model of the CX language library (content/library.json).
 * Pure TypeScript and free of the schema validator, so it can ship in the task-pane bundle;
 * validation lives in libraryValidation.ts and runs at build time and in tests.
 */

export type DocumentType = "PD" | "PWP";

export const DOCUMENT_TYPES: readonly DocumentType[] = ["PD", "PWP"];

/** Kept in step with the `kind` enum of content/library.schema.json (a test checks). */
export const LANGUAGE_KINDS = [
  "introduction-statement",
  "duty-statement",
  "knowledge-skill",
  "factor-statement",
  "competency-requirement",
  "rating-level",
  "performance-goal",
  "example-activity",
  "ses-requirement",
] as const;

export type LanguageKind = (typeof LANGUAGE_KINDS)[number];

const KIND_LABELS: Record<LanguageKind, string> = {
  "introduction-statement": "Introduction statement",
  "duty-statement": "Duty statement",
  "knowledge-skill": "Knowledge or skill",
  "factor-statement": "Factor statement",
  "competency-requirement": "Competency requirement",
  "rating-level": "Rating level description",
  "performance-goal": "Performance goal",
  "example-activity": "Example activity",
  "ses-requirement": "SES performance requirement",
};

export interface PlaceholderDefinition {
  label: string;
  default: string;
  description?: string;
}

export interface EditorialNote {
  entryId: string;
  note: string;
  date?: string;
}

export interface LibrarySection {
  id: string;
  documentType: DocumentType;
  /** Plain-English name shown in the pane. */
  name: string;
  description?: string;
}

export interface LibraryEntry {
  /** Stable forever: settings and later features refer to it. */
  id: string;
  documentType: DocumentType;
  section: string;
  kind: LanguageKind;
  /** May contain `{{name}}` placeholders declared in `LibraryData.placeholders`. */
  text: string;
  /** Short heading such as "Level 3"; may also contain placeholders. */
  label?: string;
  /** Ids of entries that go with this one, in order (one level deep). */
  children?: string[];
  keywords?: string[];
  /** Points at resources only the default agency has (websites, communities). */
  agencySpecific?: boolean;
  /** Kept for its id; never shown, searched or inserted. */
  retired?: boolean;
  note?: string;
  /**
   * The texts this entry had in earlier library versions (each version lower than the library's), so a document
   * holding an earlier wording is still recognised, as "earlier wording". May contain placeholders like `text`.
   */
  previousTexts?: PreviousText[];
}

export interface PreviousText {
  /** The library version that had this text. */
  version: string;
  text: string;
}

export interface LibraryData {
  $schema?: string;
  version: string;
  date: string;
  placeholders: Record<string, PlaceholderDefinition>;
  editorialNotes?: EditorialNote[];
  sections: LibrarySection[];
  entries: LibraryEntry[];
}

/** Values for placeholders by name; absent or blank values use the placeholder's default. */
export type PlaceholderValues = Readonly<Record<string, string | undefined>>;

export interface PlaceholderScan {
  /** Names of well-formed `{{name}}` placeholders, in order of appearance (repeats kept). */
  names: string[];
  /** Fragments around `{{` or `}}` that do not form a placeholder. */
  malformed: string[];
}

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9_]*)\}\}/g;
/** A placeholder plus a bare possessive apostrophe right after it ("{{agency}}'" but not "{{agency}}'s"). */
const RENDERED_PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9_]*)\}\}(['’](?![A-Za-z]))?/g;

/** Finds placeholders, and any braces that look like a broken one, in a text. */
export function scanPlaceholders(text: string): PlaceholderScan {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) names.push(match[1]);
  const malformed: string[] = [];
  const rest = text.replace(PLACEHOLDER, (m) => " ".repeat(m.length));
  // A "{{...}}" that is not a valid name is reported whole; lone braces with the text they open or close.
  const stray = /\{\{[^{}]{0,40}?\}\}|\{\{|\}\}/g;
  let match: RegExpExecArray | null;
  while ((match = stray.exec(rest)) !== null) {
    const [found] = match;
    if (found.length > 2) malformed.push(found);
    else if (found === "{{") malformed.push(text.slice(match.index, match.index + 20));
    else malformed.push(text.slice(Math.max(0, match.index - 18), match.index + 2));
  }
  return { names, malformed };
}

export interface Library {
  readonly version: string;
  readonly date: string;
  readonly placeholders: Readonly<Record<string, PlaceholderDefinition>>;
  readonly editorialNotes: readonly EditorialNote[];
  /** Any entry by id, retired ones included (settings may still name them). */
  entry(id: string): LibraryEntry | undefined;
  /** Live entries in library order, optionally of one document type. */
  entries(documentType?: DocumentType): LibraryEntry[];
  /** Sections in display order, optionally of one document type. */
  sections(documentType?: DocumentType): LibrarySection[];
  section(id: string): LibrarySection | undefined;
  /** Every live entry of a section (children included), in library order. */
  entriesInSection(sectionId: string): LibraryEntry[];
  /** Live entries of a section that are not the child of a live entry: what the pane lists first. */
  topLevelEntriesInSection(sectionId: string): LibraryEntry[];
  /** Live children of an entry, in the order the entry lists them. */
  children(entry: LibraryEntry | string): LibraryEntry[];
  /** The live entry that lists this one as a child, if any. */
  parent(entry: LibraryEntry | string): LibraryEntry | undefined;
  /** What inserting an entry brings: the entry, then its live children. */
  entryWithChildren(entry: LibraryEntry | string): LibraryEntry[];
  /** Editorial notes about an entry, oldest first. */
  notesFor(entry: LibraryEntry | string): EditorialNote[];
  renderText(text: string, values?: PlaceholderValues): string;
  /** The entry's text with placeholders filled in. */
  renderEntry(entry: LibraryEntry | string, values?: PlaceholderValues): string;
  /**
   * The agency an agency-specific entry was written for (the agency placeholder's default, e.g. "DHS") when the
   * agency in `values` is another one; null for every other entry. Such entries point at that agency's own
   * resources (websites, communities), so they are marked and left out of what a parent brings.
   */
  writtenForOtherAgency(entry: LibraryEntry | string, values?: PlaceholderValues): string | null;
  kindLabel(kind: LanguageKind): string;
}

export function kindLabel(kind: LanguageKind): string {
  return KIND_LABELS[kind] ?? kind;
}

/**
 * Fills `{{name}}` placeholders. Blank or missing values use the placeholder's default;
 * unknown names are left as written (validation rejects them in library files).
 * A possessive written as "{{agency}}'" (the seed's "DHS'") gains an "s" when the value does
 * not end in "s", so "DHS' commitment" becomes "USDA's commitment" and not "USDA' commitment".
 */
export function renderPlaceholders(
  text: string,
  placeholders: Readonly<Record<string, PlaceholderDefinition>>,
  values: PlaceholderValues = {},
): string {
  return text.replace(RENDERED_PLACEHOLDER, (match, name: string, apostrophe: string | undefined) => {
    const definition = Object.prototype.hasOwnProperty.call(placeholders, name) ? placeholders[name] : undefined;
    if (!definition) return match;
    const supplied = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
    const value = supplied !== undefined && supplied.trim() !== "" ? supplied.trim() : definition.default;
    if (!apostrophe) return value;
    return /s$/i.test(value) ? value + apostrophe : `${value}${apostrophe}s`;
  });
}

/**
 * "Level 3: " before a rating level's text, so the line says which level it describes wherever it is
 * shown, copied or inserted; "" for every other entry.
 */
export function levelPrefix(library: Library, entry: LibraryEntry, values: PlaceholderValues = {}): string {
  return entry.kind === "rating-level" && entry.label ? `${library.renderText(entry.label, values)}: ` : "";
}

/** The placeholder that names the agency; agency-specific entries are written for its default. */
export const AGENCY_PLACEHOLDER = "agency";

function idOf(entry: LibraryEntry | string): string {
  return typeof entry === "string" ? entry : entry.id;
}

/** Builds the lookup model over data that has already been validated. */
export function createLibrary(data: LibraryData): Library {
  const byId = new Map<string, LibraryEntry>();
  for (const entry of data.entries) byId.set(entry.id, entry);
  const live = data.entries.filter((entry) => !entry.retired);

  const parentOf = new Map<string, LibraryEntry>();
  for (const entry of live) {
    for (const childId of entry.children ?? []) {
      if (!parentOf.has(childId)) parentOf.set(childId, entry);
    }
  }

  const sectionsById = new Map<string, LibrarySection>();
  for (const section of data.sections) sectionsById.set(section.id, section);
  const notes = data.editorialNotes ?? [];

  const children = (entry: LibraryEntry | string): LibraryEntry[] => {
    const found = byId.get(idOf(entry));
    if (!found) return [];
    return (found.children ?? [])
      .map((childId) => byId.get(childId))
      .filter((child): child is LibraryEntry => child !== undefined && !child.retired);
  };

  const renderText = (text: string, values?: PlaceholderValues) => renderPlaceholders(text, data.placeholders, values);

  return {
    version: data.version,
    date: data.date,
    placeholders: data.placeholders,
    editorialNotes: notes,
    entry: (id) => byId.get(id),
    entries: (documentType) => live.filter((entry) => !documentType || entry.documentType === documentType),
    sections: (documentType) =>
      data.sections.filter((section) => !documentType || section.documentType === documentType),
    section: (id) => sectionsById.get(id),
    entriesInSection: (sectionId) => live.filter((entry) => entry.section === sectionId),
    topLevelEntriesInSection: (sectionId) =>
      live.filter((entry) => entry.section === sectionId && !parentOf.has(entry.id)),
    children,
    parent: (entry) => parentOf.get(idOf(entry)),
    entryWithChildren: (entry) => {
      const found = byId.get(idOf(entry));
      return found && !found.retired ? [found, ...children(found)] : [];
    },
    notesFor: (entry) => notes.filter((note) => note.entryId === idOf(entry)),
    renderText,
    renderEntry: (entry, values) => {
      const found = typeof entry === "string" ? byId.get(entry) : entry;
      if (!found) throw new Error(`No library entry with id "${idOf(entry)}"`);
      return renderText(found.text, values);
    },
    writtenForOtherAgency: (entry, values = {}) => {
      const found = byId.get(idOf(entry));
      const agency = data.placeholders[AGENCY_PLACEHOLDER];
      if (!found?.agencySpecific || !agency) return null;
      const chosen = renderText(`{{${AGENCY_PLACEHOLDER}}}`, values);
      return chosen.toLowerCase() === agency.default.toLowerCase() ? null : agency.default;
    },
    kindLabel,
  };
}

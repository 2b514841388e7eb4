/**
 * CX coverage across many PDs: what one PD holds, section by section, and the report over a batch of them
 * (the coverage page and the `cx-coverage` command write the same report). Built on the review
 * (review.ts): one section detector and one presence and state check for the pane and the report.
 */
import { stringify } from "csv-stringify/sync";
import type { ParagraphInfo } from "./headingLine";
import type { Library, PlaceholderValues } from "./library";
import { pdIdentity } from "./pdIdentity";
import { LIBRARY_SECTION_IDS, makeSection, type LibrarySectionId } from "./pdVocabulary";
import { reviewDocument } from "./review";

/** One CX section of one PD: whether the PD has it, and how many library entries it holds in each state. */
export interface SectionCoverage {
  found: boolean;
  approved: number;
  adapted: number;
  earlier: number;
}

/** One file of the batch: read (with what it holds) or not (with the reason, in plain words). */
export type FileCoverage =
  | {
      /** The file's path as given (relative to the folder chosen), "/" separated. */
      file: string;
      ok: true;
      /** What the review made of it (review.ts): a plan or a document with no PD section has every section not found. */
      kind: "pd" | "plan" | "not-a-pd";
      title: string | null;
      series: string | null;
      grade: string | null;
      sections: Record<LibrarySectionId, SectionCoverage>;
    }
  | { file: string; ok: false; reason: string };

/** The report: the command's JSON, the page's Download JSON. */
export interface CoverageReport {
  library: { version: string };
  files: FileCoverage[];
}

// ---------------------------------------------------------------------------------------------------------
// One file's coverage, from the review the pane shows.

/** What one PD holds, section by section, with its title, series and grade where it states them. */
export function fileCoverage(library: Library, file: string, paragraphs: readonly ParagraphInfo[], values: PlaceholderValues = {}): FileCoverage {
  const review = reviewDocument(library, paragraphs, values);
  const sections = Object.fromEntries(LIBRARY_SECTION_IDS.map((id) => [id, { found: false, approved: 0, adapted: 0, earlier: 0 }])) as Record<LibrarySectionId, SectionCoverage>;
  if (review.kind === "pd") {
    for (const reviewed of review.sections) {
      const section = sections[reviewed.librarySection as LibrarySectionId];
      if (!section) continue;
      section.found = reviewed.headingIndex !== null;
      for (const { state } of reviewed.entries) section[state]++;
    }
  }
  return { file, ok: true, kind: review.kind, ...pdIdentity(paragraphs), sections };
}

// ---------------------------------------------------------------------------------------------------------
// A section's cell in the table and the CSV.

export type SectionCell = "approved" | "adapted" | "earlier" | "none" | "not-found";

/** A section in its best state: approved when any entry stands approved, then adapted, then earlier wording. */
export function sectionCell(coverage: SectionCoverage): SectionCell {
  if (!coverage.found) return "not-found";
  if (coverage.approved > 0) return "approved";
  if (coverage.adapted > 0) return "adapted";
  if (coverage.earlier > 0) return "earlier";
  return "none";
}

/** The cell in words, as the table and the CSV show it. */
export const SECTION_CELL_WORDS: Record<SectionCell, string> = {
  approved: "Approved",
  adapted: "Adapted",
  earlier: "Earlier wording",
  none: "No CX language",
  "not-found": "Section not found",
};

/** Best first: the order of a sorted section column. */
const CELL_ORDER: readonly SectionCell[] = ["approved", "adapted", "earlier", "none", "not-found"];

const hasLanguage = (coverage: SectionCoverage): boolean => coverage.approved + coverage.adapted + coverage.earlier > 0;

/** The section names the report uses: the PD vocabulary's (an agency's library keeps the ids, maybe not the names). */
export const COVERAGE_SECTION_NAMES = Object.fromEntries(LIBRARY_SECTION_IDS.map((id) => [id, makeSection(id).name])) as Record<LibrarySectionId, string>;

// ---------------------------------------------------------------------------------------------------------
// The summary.

/** PDs in a section's best state; `withLanguage` is their sum. */
export interface SectionSummary {
  /** PDs that have the section. */
  found: number;
  approved: number;
  adapted: number;
  earlier: number;
  withLanguage: number;
  /** found / PDs read; 0 when no PD was read. */
  foundShare: number;
  /** withLanguage / found; null when no PD has the section. */
  withLanguageShare: number | null;
}

export interface CoverageSummary {
  files: number;
  /** Files read, of each kind. */
  read: number;
  pds: number;
  plans: number;
  notPds: number;
  notRead: number;
  /** PDs with CX language in any section, and their share of the PDs read (0 when none was). */
  withLanguage: number;
  withLanguageShare: number;
  sections: Record<LibrarySectionId, SectionSummary>;
}

/**
 * PDs read, PDs with any CX language, and per section: PDs that have it and, of those, how many have it approved,
 * adapted, in earlier wording or any of these. A PD counts once per section, in its best state. Shares are of the
 * PDs: performance plans and documents with no PD section are counted apart.
 */
export function coverageSummary(report: CoverageReport): CoverageSummary {
  const pds = report.files.filter((file): file is Extract<FileCoverage, { ok: true }> => file.ok && file.kind === "pd");
  const read = report.files.filter((file) => file.ok);
  const sections = Object.fromEntries(
    LIBRARY_SECTION_IDS.map((id) => {
      const cells = pds.map((pd) => sectionCell(pd.sections[id]));
      const count = (cell: SectionCell) => cells.filter((c) => c === cell).length;
      const found = cells.length - count("not-found");
      const withLanguage = count("approved") + count("adapted") + count("earlier");
      const summary: SectionSummary = {
        found,
        approved: count("approved"),
        adapted: count("adapted"),
        earlier: count("earlier"),
        withLanguage,
        foundShare: pds.length === 0 ? 0 : found / pds.length,
        withLanguageShare: found === 0 ? null : withLanguage / found,
      };
      return [id, summary];
    }),
  ) as Record<LibrarySectionId, SectionSummary>;
  const withLanguage = pds.filter((pd) => LIBRARY_SECTION_IDS.some((id) => hasLanguage(pd.sections[id]))).length;
  return {
    files: report.files.length,
    read: read.length,
    pds: pds.length,
    plans: read.filter((file) => file.ok && file.kind === "plan").length,
    notPds: read.filter((file) => file.ok && file.kind === "not-a-pd").length,
    notRead: report.files.length - read.length,
    withLanguage,
    withLanguageShare: pds.length === 0 ? 0 : withLanguage / pds.length,
    sections,
  };
}

// ---------------------------------------------------------------------------------------------------------
// JSON and CSV.

/** The report as the command writes it and the page downloads it: keys in a fixed order, sections in library order. */
export function coverageJson(report: CoverageReport): string {
  const files = report.files.map((file) =>
    file.ok
      ? {
          file: file.file,
          ok: true,
          kind: file.kind,
          title: file.title,
          series: file.series,
          grade: file.grade,
          sections: Object.fromEntries(LIBRARY_SECTION_IDS.map((id) => [id, { ...file.sections[id] }])),
        }
      : { file: file.file, ok: false, reason: file.reason },
  );
  return `${JSON.stringify({ library: { version: report.library.version }, files }, null, 2)}\n`;
}

const KIND_WORDS: Record<Extract<FileCoverage, { ok: true }>["kind"], string> = { pd: "PD", plan: "Performance plan", "not-a-pd": "No PD section found" };

/**
 * A spreadsheet reads a cell starting with = + - @ (or a tab or carriage return before one) as a formula: a file
 * name or a PD title such as "=HYPERLINK(…)" would run when the CSV is opened. Such cells start with an apostrophe,
 * which spreadsheets show as text (OWASP's advice for CSV injection). Full-width forms are included: Excel folds them.
 */
function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/.test(cell) ? `'${cell}` : cell;
}

/**
 * One row per file and one column per section, each the section's state in words (SECTION_CELL_WORDS); files
 * not read have their reason. RFC 4180 quoting (csv-stringify), CRLF line ends and a UTF-8 byte order mark: without
 * it Excel reads UTF-8 as the computer's legacy code page and turns "–" and accented names into mojibake.
 */
export function coverageCsv(report: CoverageReport): string {
  const header = ["File", "Read", "Kind", "Title", "Series", "Grade", ...LIBRARY_SECTION_IDS.map((id) => COVERAGE_SECTION_NAMES[id]), "Reason not read"];
  const rows = report.files.map((file) =>
    file.ok
      ? [file.file, "Yes", KIND_WORDS[file.kind], file.title ?? "", file.series ?? "", file.grade ?? "", ...LIBRARY_SECTION_IDS.map((id) => SECTION_CELL_WORDS[sectionCell(file.sections[id])]), ""]
      : [file.file, "No", "", "", "", "", ...LIBRARY_SECTION_IDS.map(() => ""), file.reason],
  );
  return stringify([header, ...rows].map((row) => row.map(spreadsheetSafe)), { bom: true, record_delimiter: "windows" });
}

// ---------------------------------------------------------------------------------------------------------
// The page's filters and sort.

export interface CoverageFilter {
  id: string;
  label: string;
  matches(file: FileCoverage): boolean;
}

const isPd = (file: FileCoverage): file is Extract<FileCoverage, { ok: true }> => file.ok && file.kind === "pd";

/**
 * The table's filters: every file, PDs with no CX language, PDs whose section has none (or lacks the section: both
 * are where to add it), files not read.
 */
export const COVERAGE_FILTERS: readonly CoverageFilter[] = [
  { id: "all", label: "All files", matches: () => true },
  { id: "no-cx-language", label: "PDs with no CX language", matches: (file) => isPd(file) && !LIBRARY_SECTION_IDS.some((id) => hasLanguage(file.sections[id])) },
  ...LIBRARY_SECTION_IDS.map(
    (id): CoverageFilter => ({ id: `${id}-without-cx-language`, label: `${COVERAGE_SECTION_NAMES[id]} without CX language`, matches: (file) => isPd(file) && !hasLanguage(file.sections[id]) }),
  ),
  { id: "not-read", label: "Files not read", matches: (file) => !file.ok },
];

export type CoverageColumn = "file" | "title" | "series" | "grade" | LibrarySectionId;
export type SortDirection = "ascending" | "descending";

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });

/** A file's value in a column, or null when it has none (sorted last either way). */
function sortValue(file: FileCoverage, column: CoverageColumn): string | number | null {
  if (column === "file") return file.file;
  if (!file.ok) return null;
  if (column === "title") return file.title;
  if (column === "series") return file.series;
  // "9/11" sorts by its first grade; the collator's numeric order puts 9 before 11.
  if (column === "grade") return file.grade;
  return file.kind === "pd" ? CELL_ORDER.indexOf(sectionCell(file.sections[column])) : null;
}

/**
 * The files sorted by a column: stable (equal values keep their order), files without a value last in either
 * direction. A section column sorts best state first (approved, adapted, earlier, none, not found) when ascending.
 */
export function sortFiles(files: readonly FileCoverage[], column: CoverageColumn, direction: SortDirection): FileCoverage[] {
  const sign = direction === "ascending" ? 1 : -1;
  const keyed = files.map((file) => ({ file, value: sortValue(file, column) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === null ? (b.value === null ? 0 : 1) : -1;
    const order = typeof a.value === "number" && typeof b.value === "number" ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return sign * order;
  });
  return keyed.map(({ file }) => file);
}

// ---------------------------------------------------------------------------------------------------------
// Which files a folder holds for the report.

/** Word documents and templates the reader reads, and document files it refuses with a reason (so they are listed). */
const CANDIDATE_EXTENSIONS = new Set(["docx", "docm", "dotx", "dotm", "doc", "dot", "rtf", "odt", "pdf", "wpd"]);

/**
 * Whether a folder walk includes this path: Word documents and the document files the reader refuses with a
 * reason (.doc, .pdf…), not Word's "~$" lock files, not hidden files or files in hidden folders.
 */
export function isCoverageCandidate(path: string): boolean {
  const parts = path.split(/[\\/]/).filter((part) => part !== "" && part !== "." && part !== "..");
  const name = parts[parts.length - 1];
  if (!name || parts.some((part) => part.startsWith("."))) return false;
  if (name.startsWith("~$")) return false;
  const dot = name.lastIndexOf(".");
  return dot > 0 && CANDIDATE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

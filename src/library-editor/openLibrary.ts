/**
 * What the editor opens: a library file's text read with the build's own validator. A file that parses as JSON of a
 * library's shape opens with its problems listed, to be fixed here; anything else cannot be opened, with the reason.
 */
import type { LibraryData } from "../core/library";
import { findLibraryProblems, LIBRARY_MAX_BYTES, LibraryValidationError, parseLibraryJson, type LibraryProblem } from "../core/libraryValidation";

export type OpenedLibrary = {
  data: LibraryData;
  /** Where it came from, in words: "the library built into the add-in", a file's name. */
  from: string;
};

export type OpenAttempt = { ok: true; opened: OpenedLibrary; problems: LibraryProblem[] } | { ok: false; from: string; reasons: string[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What keeps the editor from showing the data at all (empty when it can show it, problems or not). */
function shapeProblems(data: unknown): string[] {
  if (!isRecord(data)) return ["it is not a library: the file holds no object with sections and entries"];
  const problems: string[] = [];
  const listed = (field: string, required: string[]) => {
    const list = data[field];
    if (!Array.isArray(list)) problems.push(`it has no list of ${field}`);
    else if (!list.every((item) => isRecord(item) && required.every((key) => typeof item[key] === "string"))) {
      problems.push(`some of its ${field} are not objects with ${required.join(" and ")}`);
    }
  };
  listed("sections", ["id", "name"]);
  listed("entries", ["id", "section", "text"]);
  if (!isRecord(data.placeholders) || !Object.values(data.placeholders).every(isRecord)) problems.push("it has no placeholders object");
  if (typeof data.version !== "string") problems.push("it has no version");
  return problems;
}

/** Opens a library file's text (`from` names it): valid, with problems to fix, or not at all. */
export function openLibraryText(text: string, from: string): OpenAttempt {
  try {
    return { ok: true, opened: { data: parseLibraryJson(text, from), from }, problems: [] };
  } catch (error) {
    if (!(error instanceof LibraryValidationError)) throw error;
    // Too large to load and search quickly in the pane: the validator's reason is the only one.
    if (new TextEncoder().encode(text).length > LIBRARY_MAX_BYTES) return { ok: false, from, reasons: error.problems.map((problem) => problem.reason) };
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      // Not JSON, empty or too large: the validator's own words say which.
      return { ok: false, from, reasons: error.problems.map((problem) => problem.reason) };
    }
    const shape = shapeProblems(data);
    if (shape.length > 0) return { ok: false, from, reasons: shape };
    return { ok: true, opened: { data: data as LibraryData, from }, problems: findLibraryProblems(data) };
  }
}

/**
 * Validation of a library file: the JSON Schema (content/library.schema.json, checked with ajv)
 * and then the rules a schema cannot express (unique ids, known sections, children, placeholders).
 * Runs at build time (loaded by the webpack config), in tests, and in the browser for a library that arrives
 * at run time (a hosted library.json, the library editor): the schema is checked by ajv's generated code
 * (`npm run library:schema`), because the pages' Content-Security-Policy forbids compiling it there.
 * Every problem names the file, the entry and the reason.
 */
import type { ErrorObject } from "ajv/dist/2020";
import validateLibrarySchema from "./librarySchemaValidator.generated";
import { scanPlaceholders, type LibraryData } from "./library";
import { LIBRARY_SECTION_IDS } from "./pdVocabulary";
import { clip, clippedList, LIBRARY_LEVEL, QUOTED_MAX_LENGTH, quote, type LibraryProblem } from "./libraryProblem";
import { previousTexts, textProblems } from "./libraryText";
import { comparableText } from "./presence";

export { LIBRARY_LEVEL, type LibraryProblem };

/**
 * Limits that keep the pane responsive and the validator safe. The bundled library is 32 KB with 81 entries
 * nested 4 levels deep; a 52 MB library built without a word and then froze the pane, and JSON nested
 * thousands of levels deep overflowed the validator's stack.
 */
export const LIBRARY_MAX_BYTES = 2 * 1024 * 1024;
export const LIBRARY_MAX_ENTRIES = 2000;
export const LIBRARY_MAX_DEPTH = 16;
/** A message lists this many problems at most, then says how many more there are. */
const PROBLEMS_SHOWN = 50;

export function formatLibraryProblems(fileName: string, problems: readonly LibraryProblem[]): string {
  const lines = problems.slice(0, PROBLEMS_SHOWN).map((problem) => `  - entry ${problem.entry}: ${problem.reason}`);
  if (problems.length > PROBLEMS_SHOWN) lines.push(`  … and ${(problems.length - PROBLEMS_SHOWN).toLocaleString("en-US")} more problem(s)`);
  return [`Library file ${fileName} is invalid (${problems.length.toLocaleString("en-US")} problem(s)):`, ...lines].join("\n");
}

export class LibraryValidationError extends Error {
  readonly fileName: string;
  readonly problems: readonly LibraryProblem[];

  constructor(fileName: string, problems: readonly LibraryProblem[]) {
    super(formatLibraryProblems(fileName, problems));
    this.name = "LibraryValidationError";
    this.fileName = fileName;
    this.problems = problems;
  }
}

/** Parses and validates the text of a library file; throws LibraryValidationError on any problem. */
export function parseLibraryJson(jsonText: string, fileName: string): LibraryData {
  const text = jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText;
  if (text.trim() === "") {
    throw new LibraryValidationError(fileName, [{ entry: LIBRARY_LEVEL, reason: "the file is empty" }]);
  }
  const bytes = utf8Length(text);
  if (bytes > LIBRARY_MAX_BYTES) {
    const reason = `the file is ${megabytes(bytes)}; a library may be at most ${megabytes(LIBRARY_MAX_BYTES)} (the pane loads and searches all of it)`;
    throw new LibraryValidationError(fileName, [{ entry: LIBRARY_LEVEL, reason }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = `not valid JSON: ${describeJsonSyntaxError(error, text)}`;
    throw new LibraryValidationError(fileName, [{ entry: LIBRARY_LEVEL, reason }]);
  }
  return validateLibraryData(data, fileName);
}

/** Validates already-parsed library data; throws LibraryValidationError listing every problem found. */
export function validateLibraryData(data: unknown, fileName: string): LibraryData {
  const problems = findLibraryProblems(data);
  if (problems.length > 0) throw new LibraryValidationError(fileName, problems);
  return data as LibraryData;
}

function utf8Length(text: string): number {
  // Each UTF-16 unit is at least one byte: only a text that could be under the limit is encoded.
  return text.length > LIBRARY_MAX_BYTES ? text.length : new TextEncoder().encode(text).length;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}

/** Every problem in the data, schema problems first, without duplicates. */
export function findLibraryProblems(data: unknown): LibraryProblem[] {
  // The checks below walk the data recursively and per entry: too deep or too many entries is reported alone.
  const limits = limitProblems(data);
  if (limits.length > 0) return limits;
  const schemaProblems = validateSchema(data) ? [] : (validateSchema.errors ?? []).flatMap((error) => describeSchemaError(error, data));
  const seen = new Set<string>();
  const entries = isRecord(data) ? data.entries : undefined;
  const texts = textProblems(data, (index) => entryName(entries, index));
  return [...schemaProblems, ...ruleProblems(data), ...texts].filter((problem) => {
    const key = `${problem.entry}\u0000${problem.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first value nested deeper than LIBRARY_MAX_DEPTH, and a list of more entries than LIBRARY_MAX_ENTRIES. */
function limitProblems(data: unknown): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  const deep = deepestPath(data);
  if (deep !== null) {
    // Named down to the field of an entry or section (entries[3].keywords), or the top-level field.
    const { entry, context, field } = locate(deep.slice(0, deep[0] === "entries" || deep[0] === "sections" ? 3 : 1), data);
    const where = [context, field].filter(Boolean).join(": ") || "the file";
    problems.push({ entry, reason: `${where} is nested more than ${LIBRARY_MAX_DEPTH} levels deep (a library is 4 levels deep)` });
  }
  const entries = isRecord(data) ? data.entries : undefined;
  if (Array.isArray(entries) && entries.length > LIBRARY_MAX_ENTRIES) {
    problems.push({
      entry: LIBRARY_LEVEL,
      reason: `entries lists ${entries.length.toLocaleString("en-US")} entries; a library may have at most ${LIBRARY_MAX_ENTRIES.toLocaleString("en-US")}`,
    });
  }
  return problems;
}

/** The path to the first array or object nested deeper than LIBRARY_MAX_DEPTH, found without recursion; null when none is. */
function deepestPath(data: unknown): string[] | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (path.length >= LIBRARY_MAX_DEPTH) return path;
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
  }
  return null;
}

/** The schema's validator, generated with ajv's verbose option: errors carry each failing schema and value. */
const validateSchema = validateLibrarySchema as { (data: unknown): boolean; errors?: ErrorObject[] | null };

export function describeJsonSyntaxError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /unexpected end/i.test(message) ? text.length : undefined;
  const base = message.replace(/\s*in JSON at position \d+(\s*\(line \d+ column \d+\))?/, "");
  if (offset === undefined) return base;
  const before = text.slice(0, offset).split("\n");
  return `${base} at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function usableId(value: unknown): string | undefined {
  return isRecord(value) && typeof value.id === "string" && value.id.trim() !== "" ? value.id : undefined;
}

/** An id short enough to name its entry or section in a message; a longer one is named by its position. */
function nameableId(value: unknown): string | undefined {
  const id = usableId(value);
  return id !== undefined && id.length <= QUOTED_MAX_LENGTH ? id : undefined;
}

function entryName(entries: unknown, index: number): string {
  const entry = Array.isArray(entries) ? entries[index] : undefined;
  return nameableId(entry) ?? `entries[${index}]`;
}

function sectionName(sections: unknown, index: number): string {
  const id = nameableId(Array.isArray(sections) ? sections[index] : undefined);
  return id ? `section "${id}"` : `sections[${index}]`;
}

function pathSegments(instancePath: string): string[] {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function fieldPath(segments: string[]): string {
  return segments.map(clip).map((segment, i) => (/^\d+$/.test(segment) ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join("");
}

/** Splits an ajv location into the problem's entry, a context (which section) and the failing field. */
function locate(segments: string[], data: unknown): { entry: string; context: string; field: string } {
  const root = isRecord(data) ? data : {};
  const [top, index, ...rest] = segments;
  if (index !== undefined && /^\d+$/.test(index)) {
    if (top === "entries") return { entry: entryName(root.entries, Number(index)), context: "", field: fieldPath(rest) };
    if (top === "sections") {
      return { entry: LIBRARY_LEVEL, context: sectionName(root.sections, Number(index)), field: fieldPath(rest) };
    }
  }
  return { entry: LIBRARY_LEVEL, context: "", field: fieldPath(segments) };
}

function typeWithArticle(type: unknown): string {
  const name = Array.isArray(type) ? type.join(" or ") : String(type);
  return /^[aeiou]/.test(name) ? `an ${name}` : `a ${name}`;
}

function describeSchemaError(error: ErrorObject, data: unknown): LibraryProblem[] {
  // ajv reports a bad property name twice: once for the inner rule and once as propertyNames.
  if (error.propertyName !== undefined && error.keyword !== "propertyNames") return [];
  const segments = pathSegments(error.instancePath);
  const { entry, context, field } = locate(segments, data);
  const params = error.params as Record<string, unknown>;
  const value = error.data;
  const description = isRecord(error.parentSchema) ? error.parentSchema.description : undefined;
  const prefix = field ? `${field}: ` : "";
  const named = field || (context ? "the section" : entry === LIBRARY_LEVEL ? "the file" : "the entry");
  let reason: string;
  switch (error.keyword) {
    case "required":
      reason = `${prefix}missing required field "${String(params.missingProperty)}"`;
      break;
    case "additionalProperties":
      reason = `${prefix}unknown field ${quote(params.additionalProperty)}`;
      break;
    case "type":
      reason =
        segments.length === 0
          ? "the file must contain a JSON object"
          : `${named} must be ${typeWithArticle(params.type)} (found ${quote(value)})`;
      break;
    case "enum": {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.join(", ") : "";
      reason = `${named} must be one of ${allowed} (found ${quote(value)})`;
      break;
    }
    case "minLength":
      reason = `${named} must not be empty`;
      break;
    case "pattern":
      reason =
        params.pattern === "\\S"
          ? `${named} must not be empty`
          : `${named} must be ${typeof description === "string" ? description : `text matching ${String(params.pattern)}`} (found ${quote(value)})`;
      break;
    case "minItems":
      reason = `${named} must list at least ${String(params.limit)} item(s)`;
      break;
    case "uniqueItems": {
      const repeated = Array.isArray(value) && typeof params.j === "number" ? value[params.j] : undefined;
      reason = `${named} lists ${quote(repeated)} more than once`;
      break;
    }
    case "propertyNames":
      reason = `${prefix}name ${quote(params.propertyName)} is invalid: use letters, digits and underscores, starting with a letter`;
      break;
    default:
      reason = `${named} ${error.message ?? "is invalid"}`;
  }
  return [{ entry, reason: context ? `${context}: ${reason}` : reason }];
}

function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return true; // the schema reports the format
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The rules beyond the schema. Written defensively: the data may also have failed the schema. */
function ruleProblems(data: unknown): LibraryProblem[] {
  if (!isRecord(data)) return [];
  const problems: LibraryProblem[] = [];
  const add = (entry: string, reason: string) => problems.push({ entry, reason });

  if (typeof data.date === "string" && !isRealDate(data.date)) {
    add(LIBRARY_LEVEL, `date "${data.date}" is not a real calendar date`);
  }

  const placeholderNames = isRecord(data.placeholders) ? Object.keys(data.placeholders) : [];
  const declared = placeholderNames.length > 0 ? `declared: ${clippedList(placeholderNames)}` : "no placeholders are declared";

  const sectionTypes = new Map<string, unknown>();
  const sections = Array.isArray(data.sections) ? data.sections : [];
  sections.forEach((section, index) => {
    const id = usableId(section);
    if (id === undefined || !isRecord(section)) return;
    if (sectionTypes.has(id)) {
      const first = sections.findIndex((other) => usableId(other) === id);
      add(LIBRARY_LEVEL, `sections[${index}] repeats the section id ${quote(id)} of sections[${first}]`);
      return;
    }
    sectionTypes.set(id, section.documentType);
  });
  if (Array.isArray(data.sections)) problems.push(...pdSectionProblems(sectionTypes));

  const entries: unknown[] = Array.isArray(data.entries) ? data.entries : [];
  const byId = new Map<string, JsonRecord>();
  entries.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const name = entryName(entries, index);
    const id = usableId(entry);
    if (id !== undefined) {
      if (byId.has(id)) {
        const first = entries.findIndex((other) => usableId(other) === id);
        add(name, `duplicate id: entries[${index}] repeats the id of entries[${first}] (ids must be unique)`);
      } else {
        byId.set(id, entry);
      }
    }
    if (typeof entry.section === "string") {
      if (!sectionTypes.has(entry.section)) {
        const known = clippedList([...sectionTypes.keys()]) || "none";
        add(name, `unknown section ${quote(entry.section)} (sections declared in the file: ${known})`);
      } else if (typeof entry.documentType === "string" && sectionTypes.get(entry.section) !== entry.documentType) {
        add(
          name,
          `documentType ${quote(entry.documentType)} does not match section ${quote(entry.section)}, which is a ${clip(String(sectionTypes.get(entry.section)))} section`,
        );
      }
    }
    if (typeof entry.text === "string" && entry.text.trim() === "") add(name, "text must not be empty");
    const earlier = previousTexts(entry);
    problems.push(...previousTextProblems(name, entry, earlier, typeof data.version === "string" ? data.version : null));
    const placeholderFields: [string, unknown][] = [
      ["text", entry.text],
      ["label", entry.label],
      ...earlier.map((previous, k): [string, unknown] => [`previousTexts[${k}].text`, previous.text]),
    ];
    for (const [field, value] of placeholderFields) {
      if (typeof value !== "string") continue;
      const scan = scanPlaceholders(value);
      for (const unknown of new Set(scan.names.filter((placeholder) => !placeholderNames.includes(placeholder)))) {
        add(name, `${field} uses unknown placeholder {{${clip(unknown)}}} (${declared})`);
      }
      for (const fragment of scan.malformed) {
        add(name, `${field} has a malformed placeholder near "${fragment}" (write {{name}}: letters, digits or underscores)`);
      }
    }
  });

  problems.push(...childrenProblems(entries, byId));

  const notes = Array.isArray(data.editorialNotes) ? data.editorialNotes : [];
  notes.forEach((note, index) => {
    if (!isRecord(note)) return;
    if (typeof note.entryId === "string" && !byId.has(note.entryId)) {
      add(LIBRARY_LEVEL, `editorialNotes[${index}] refers to unknown entry ${quote(note.entryId)}`);
    }
    if (typeof note.date === "string" && !isRealDate(note.date)) {
      add(LIBRARY_LEVEL, `editorialNotes[${index}] date "${note.date}" is not a real calendar date`);
    }
  });
  return problems;
}

/**
 * An entry's earlier texts: each from a version before the library's own, none the same as the entry's text or as
 * another earlier text (compared as the pane compares a document's text, so a change of quote style is no new wording).
 */
function previousTextProblems(name: string, entry: JsonRecord, earlier: JsonRecord[], libraryVersion: string | null): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  const seen = new Map<string, number>();
  const current = typeof entry.text === "string" ? comparableText(entry.text) : null;
  earlier.forEach((previous, k) => {
    const field = `previousTexts[${k}]`;
    if (typeof previous.version === "string" && libraryVersion !== null && isSemver(previous.version) && isSemver(libraryVersion)) {
      if (compareSemver(previous.version, libraryVersion) >= 0) {
        problems.push({ entry: name, reason: `${field}: version ${quote(previous.version)} is not lower than the library's version ${quote(libraryVersion)} (an earlier text belongs to an earlier version)` });
      }
    }
    if (typeof previous.text !== "string" || previous.text.trim() === "") return;
    const text = comparableText(previous.text);
    if (text === current) {
      problems.push({ entry: name, reason: `${field}: text is the same as the entry's text (only earlier, different wording belongs here)` });
    } else if (seen.has(text)) {
      problems.push({ entry: name, reason: `${field}: text repeats previousTexts[${seen.get(text)}] (list each earlier wording once)` });
    } else {
      seen.set(text, k);
    }
  });
  return problems;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;

function isSemver(version: string): boolean {
  return SEMVER.test(version);
}

export interface SemverParts {
  major: number;
  minor: number;
  patch: number;
  /** The part after "-", as in "rc.1" of "1.2.0-rc.1"; undefined for a release. */
  prerelease: string | undefined;
}

/** The numbers of a semantic version such as "1.2.0" or "1.2.0-rc.1"; null when it is not one. */
export function parseSemver(version: string): SemverParts | null {
  const match = SEMVER.exec(version);
  return match ? { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] } : null;
}

/** Semantic version order (semver.org §11): negative when `a` is lower than `b`, 0 when equal. */
export function compareSemver(a: string, b: string): number {
  const [, ...pa] = SEMVER.exec(a)!;
  const [, ...pb] = SEMVER.exec(b)!;
  for (let i = 0; i < 3; i++) {
    const difference = Number(pa[i]) - Number(pb[i]);
    if (difference !== 0) return difference;
  }
  const [preA, preB] = [pa[3], pb[3]];
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const [idsA, idsB] = [preA.split("."), preB.split(".")];
  for (let i = 0; i < Math.min(idsA.length, idsB.length); i++) {
    const [x, y] = [idsA[i]!, idsB[i]!];
    if (x === y) continue;
    const [numericX, numericY] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (numericX && numericY) return Number(x) - Number(y);
    if (numericX !== numericY) return numericX ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return idsA.length - idsB.length;
}

/**
 * The detector maps document headings to fixed library section ids; a library that renames or drops one
 * would build and then show no language for that part of every PD.
 */
function pdSectionProblems(sectionTypes: ReadonlyMap<string, unknown>): LibraryProblem[] {
  const expected = `the add-in looks for the PD section ids ${LIBRARY_SECTION_IDS.join(", ")}`;
  const known = new Set<string>(LIBRARY_SECTION_IDS);
  const unmapped = [...sectionTypes].filter(([id, type]) => type === "PD" && !known.has(id)).map(([id]) => id);
  const hint = unmapped.length > 0 ? ` (PD sections no heading maps to: ${clippedList(unmapped)})` : "";
  return LIBRARY_SECTION_IDS.filter((id) => sectionTypes.get(id) !== "PD").map((id) => ({
    entry: LIBRARY_LEVEL,
    reason: sectionTypes.has(id)
      ? `section "${id}" must be a PD section: ${expected}`
      : `PD section "${id}" is missing: ${expected}; keep each of them${hint}`,
  }));
}

function childIds(entry: JsonRecord): string[] {
  return Array.isArray(entry.children) ? entry.children.filter((child): child is string => typeof child === "string") : [];
}

function childrenProblems(entries: unknown[], byId: Map<string, JsonRecord>): LibraryProblem[] {
  const problems: LibraryProblem[] = [];
  const add = (entry: string, reason: string) => problems.push({ entry, reason });
  const inCycle = new Set<string>();
  const liveParent = new Map<string, string>();

  // Cycles first, so the one-level rule below does not report the same loop again.
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, trail: string[]) => {
    state.set(id, "visiting");
    for (const child of childIds(byId.get(id) ?? {})) {
      if (child === id || !byId.has(child)) continue;
      if (state.get(child) === "visiting") {
        const loop = [...trail.slice(trail.indexOf(child)), child];
        loop.forEach((member) => inCycle.add(member));
        add(clip(child), `children form a cycle: ${loop.map(clip).join(" → ")}`);
      } else if (!state.has(child)) {
        visit(child, [...trail, child]);
      }
    }
    state.set(id, "done");
  };
  for (const id of byId.keys()) if (!state.has(id)) visit(id, [id]);

  entries.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const name = entryName(entries, index);
    const live = entry.retired !== true;
    for (const childId of childIds(entry)) {
      const child = byId.get(childId);
      if (childId === usableId(entry)) {
        add(name, "lists itself as a child");
        continue;
      }
      if (!child) {
        add(name, `child ${quote(childId)} does not exist`);
        continue;
      }
      if (typeof entry.section === "string" && typeof child.section === "string" && child.section !== entry.section) {
        add(name, `child ${quote(childId)} is in section ${quote(child.section)}, not ${quote(entry.section)} (children stay in their parent's section)`);
      }
      if (!live) continue;
      if (child.retired === true) {
        add(name, `child ${quote(childId)} is retired; a live entry cannot list it (remove it from children)`);
        continue;
      }
      const earlier = liveParent.get(childId);
      if (earlier !== undefined && earlier !== name) {
        add(name, `child ${quote(childId)} is already a child of "${earlier}" (an entry belongs to one list at most)`);
      } else {
        liveParent.set(childId, name);
      }
    }
  });

  for (const [childId, parentName] of liveParent) {
    const child = byId.get(childId);
    if (!child || inCycle.has(childId) || child.retired === true) continue;
    if (childIds(child).every((id) => id === childId)) continue;
    add(clip(childId), `has children of its own but is itself a child of "${parentName}" (lists are one level deep)`);
  }
  return problems;
}

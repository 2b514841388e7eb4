/**
 * Validation of a plain-language word list: the JSON Schema (content/plain-words.schema.json, checked with ajv) and
 * then what a schema cannot express (ids and words each listed once, a wording that differs from the words it
 * replaces). Runs at build time (loaded by the webpack config) and in tests; every problem names the file, the row
 * and the reason, as the library's validator does.
 */
import Ajv2020, { type ErrorObject } from "ajv/dist/2020";
import schema from "../../content/plain-words.schema.json";
import { describeJsonSyntaxError } from "./libraryValidation";
import type { PlainWordsData } from "./plainWords";

/** The list level, for problems that belong to no one row. */
export const LIST_LEVEL = "(word list)";
/** A word list is read whole by the pane: 1 MB is several times the federal table's size. */
export const PLAIN_WORDS_MAX_BYTES = 1024 * 1024;
const PROBLEMS_SHOWN = 50;

export type PlainWordsProblem = { row: string; reason: string };

export class PlainWordsValidationError extends Error {
  readonly fileName: string;
  readonly problems: readonly PlainWordsProblem[];

  constructor(fileName: string, problems: readonly PlainWordsProblem[]) {
    const lines = problems.slice(0, PROBLEMS_SHOWN).map((p) => `  - ${p.row}: ${p.reason}`);
    if (problems.length > PROBLEMS_SHOWN) lines.push(`  … and ${problems.length - PROBLEMS_SHOWN} more`);
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super([`Plain-language word list ${fileName} is invalid (${count}):`, ...lines].join("\n"));
    this.name = "PlainWordsValidationError";
    this.fileName = fileName;
    this.problems = problems;
  }
}

let compiled: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | null = null;
function schemaCheck() {
  compiled ??= new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  return compiled;
}

/** Parses and validates the text of a word-list file; throws PlainWordsValidationError on any problem. */
export function parsePlainWordsJson(jsonText: string, fileName: string): PlainWordsData {
  const text = jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText;
  if (text.trim() === "") throw new PlainWordsValidationError(fileName, [{ row: LIST_LEVEL, reason: "the file is empty" }]);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > PLAIN_WORDS_MAX_BYTES) {
    throw new PlainWordsValidationError(fileName, [{ row: LIST_LEVEL, reason: `the file is ${bytes.toLocaleString("en-US")} bytes; a word list may be at most 1 MB` }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PlainWordsValidationError(fileName, [{ row: LIST_LEVEL, reason: `not valid JSON: ${describeJsonSyntaxError(error, text)}` }]);
  }
  const problems = findPlainWordsProblems(data);
  if (problems.length > 0) throw new PlainWordsValidationError(fileName, problems);
  return data as PlainWordsData;
}

/** Where a schema error is, in the list's own terms: "row 12 (utilize)" or the list itself. */
function rowOf(data: unknown, instancePath: string): string {
  const match = /^\/words\/(\d+)/.exec(instancePath);
  if (!match) return LIST_LEVEL;
  const row = (data as { words?: { id?: unknown }[] }).words?.[Number(match[1])];
  const id = typeof row?.id === "string" ? ` (${row.id.slice(0, 64)})` : "";
  return `row ${Number(match[1]) + 1}${id}`;
}

function describeSchemaError(error: ErrorObject): string {
  const where = error.instancePath === "" ? "" : `${error.instancePath.replace(/^\/words\/\d+\/?/, "").replace(/\//g, ".") || "the row"}: `;
  if (error.keyword === "additionalProperties") return `${where}unknown field "${String(error.params.additionalProperty)}"`;
  if (error.keyword === "required") return `${where}missing field "${String(error.params.missingProperty)}"`;
  if (error.keyword === "pattern" || error.keyword === "anyOf") return `${where}not allowed here (words on one line that start and end with a letter or digit; ids in lower case joined by hyphens)`;
  return `${where}${error.message ?? error.keyword}`;
}

const key = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, " ");

/** Every problem in the data: schema problems first; the rows' own rules only once the shape is right. */
export function findPlainWordsProblems(data: unknown): PlainWordsProblem[] {
  const check = schemaCheck();
  if (!check(data)) {
    const seen = new Set<string>();
    const problems: PlainWordsProblem[] = [];
    // An item of `say` that fails both of anyOf's branches is told once, by the anyOf error.
    for (const error of (check.errors ?? []).filter((e) => !e.schemaPath.includes("/anyOf/"))) {
      const problem = { row: rowOf(data, error.instancePath), reason: describeSchemaError(error) };
      const id = `${problem.row}|${problem.reason}`;
      if (!seen.has(id)) problems.push(problem);
      seen.add(id);
    }
    return problems;
  }
  const list = data as PlainWordsData;
  const problems: PlainWordsProblem[] = [];
  const ids = new Map<string, number>();
  const phrases = new Map<string, string>();
  list.words.forEach((row, index) => {
    const name = `row ${index + 1} (${row.id})`;
    const earlier = ids.get(row.id);
    if (earlier !== undefined) problems.push({ row: name, reason: `duplicate id: row ${earlier + 1} has the same id` });
    else ids.set(row.id, index);
    const own = new Set<string>();
    for (const phrase of row.dontSay) {
      const other = phrases.get(key(phrase));
      if (other !== undefined && other !== row.id) problems.push({ row: name, reason: `"${phrase}" is also listed by row ${other}; list each word once` });
      else if (own.has(key(phrase))) problems.push({ row: name, reason: `"${phrase}" is listed twice in this row` });
      phrases.set(key(phrase), row.id);
      own.add(key(phrase));
    }
    for (const wording of row.say) {
      if (own.has(key(wording))) problems.push({ row: name, reason: `the wording "${wording}" is one of the words it replaces` });
    }
    if (new Set(row.say.map(key)).size !== row.say.length) problems.push({ row: name, reason: "a wording is listed twice" });
  });
  return problems;
}

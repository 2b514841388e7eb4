/**
 * `npm run library:versions -- OLD.json NEW.json`: after an agency edits its library's wording, records in NEW.json,
 * for every entry whose text changed, the old text under the old library's version (previousTexts), so documents
 * that hold the old wording are still recognised as "earlier wording". Both files are validated first; NEW.json is
 * written only when the result is a valid library, and left as it was on any problem.
 */
import fs from "node:fs";
import type { LibraryData } from "../src/core/library";
import { compareSemver, LibraryValidationError, parseLibraryJson, validateLibraryData } from "../src/core/libraryValidation";
import { withPreviousTexts } from "../src/core/previousTexts";

export class LibraryVersionsError extends Error {}

function readLibrary(file: string): LibraryData {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new LibraryVersionsError(code === "ENOENT" ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(error)})`);
  }
  try {
    return parseLibraryJson(text, file);
  } catch (error) {
    if (error instanceof LibraryValidationError) throw new LibraryVersionsError(error.message);
    throw error;
  }
}

/** Runs the command; returns what to print. Throws LibraryVersionsError with a message for the user. */
export function recordPreviousTexts(oldFile: string, newFile: string): string {
  const oldData = readLibrary(oldFile);
  const newData = readLibrary(newFile);
  if (compareSemver(oldData.version, newData.version) >= 0) {
    throw new LibraryVersionsError(
      `${newFile} has version ${newData.version}, not higher than ${oldFile}'s ${oldData.version}: raise "version" in ${newFile} first (see content/README.md), so the old texts are recorded under a version before it.`,
    );
  }
  const { data, changed } = withPreviousTexts(oldData, newData);
  if (changed.length === 0) return `No entry's text differs between ${oldFile} (${oldData.version}) and ${newFile} (${newData.version}); ${newFile} is unchanged.`;
  try {
    validateLibraryData(data, newFile);
  } catch (error) {
    if (error instanceof LibraryValidationError) throw new LibraryVersionsError(`${error.message}\n${newFile} is unchanged.`);
    throw error;
  }
  fs.writeFileSync(newFile, `${JSON.stringify(data, null, 2)}\n`);
  return `Recorded the ${oldData.version} text of ${changed.length} entr${changed.length === 1 ? "y" : "ies"} in ${newFile}: ${changed.join(", ")}.`;
}

const USAGE = "Usage: npm run library:versions -- OLD.json NEW.json\n  Records in NEW.json, for each entry whose text changed, its text in OLD.json under OLD.json's version.";

/** The command line: exit code 0 on success, 1 on a problem with the files, 2 on wrong arguments. */
export function main(args: readonly string[], out: (line: string) => void, err: (line: string) => void): number {
  if (args.length !== 2) {
    err(USAGE);
    return 2;
  }
  try {
    out(recordPreviousTexts(args[0]!, args[1]!));
    return 0;
  } catch (error) {
    if (!(error instanceof LibraryVersionsError)) throw error;
    err(error.message);
    return 1;
  }
}

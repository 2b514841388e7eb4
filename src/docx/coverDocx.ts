/**
 * One .docx file's coverage: the reader's paragraph records into the same report the pane's review gives. Pure
 * TypeScript, like the reader: the page's Web Workers and the command's worker threads both run it.
 */
import { fileCoverage, type FileCoverage } from "../core/coverage";
import type { Library, PlaceholderValues } from "../core/library";
import { readDocx } from "./readDocx";

/** Never throws: a file the reader refuses, or any unexpected error, becomes `ok: false` with a reason in plain words. */
export function coverDocx(library: Library, file: string, bytes: Uint8Array, values: PlaceholderValues = {}): FileCoverage {
  try {
    const reading = readDocx(bytes);
    if (!reading.ok) return { file, ok: false, reason: reading.reason };
    return fileCoverage(library, file, reading.paragraphs, values);
  } catch (error) {
    return { file, ok: false, reason: `The file could not be read: ${plainMessage(error)}` };
  }
}

function plainMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim().slice(0, 200) || "unexpected error";
}

/**
 * Reads PDs off the page's main thread: the page sends one file at a time and gets its coverage back
 * (readBatch.ts keeps one of these per core). The file's bytes never leave the browser.
 */
import { bundledLibrary } from "../core/bundledLibrary";
import { coverDocx } from "../docx/coverDocx";
import { DOCX_MAX_FILE_BYTES, tooLargeReason } from "../docx/readDocx";
import type { FileCoverage } from "../core/coverage";
import type { ReadRequest, ReadAnswer } from "./workerMessages";

/** A tenant's agency name, fixed at build time with CX_AGENCY (as the pane uses it); empty means the library's default. */
declare const CX_BUILD_AGENCY: string;
const values = CX_BUILD_AGENCY ? { agency: CX_BUILD_AGENCY } : {};

/** The worker's global scope, as far as this file uses it (the project's types describe a window, not a worker). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ReadRequest>) => void) | null; postMessage(answer: ReadAnswer): void };

async function cover({ path, file }: ReadRequest): Promise<FileCoverage> {
  // Checked before reading, so a huge file is never held in memory.
  if (file.size > DOCX_MAX_FILE_BYTES) return { file: path, ok: false, reason: tooLargeReason(file.size) };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { file: path, ok: false, reason: "The browser could not read this file (it may have been moved or deleted after it was chosen)" };
  }
  return coverDocx(bundledLibrary, path, bytes, values);
}

scope.onmessage = (event) => {
  const request = event.data;
  void cover(request).then((coverage) => scope.postMessage({ id: request.id, coverage }));
};

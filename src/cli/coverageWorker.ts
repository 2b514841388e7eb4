/**
 * A worker thread of the cx-coverage command: gets file paths (never their bytes, so the main thread holds only the
 * small results), reads each after checking its size, and answers with the file's coverage.
 */
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { FileCoverage } from "../core/coverage";
import { createLibrary, type LibraryData, type PlaceholderValues } from "../core/library";
import { coverDocx } from "../docx/coverDocx";
import { DOCX_MAX_FILE_BYTES } from "../docx/readDocx";

export interface WorkerSetup {
  library: LibraryData;
  values: PlaceholderValues;
}
/** One file to read: its path on disk and its name in the report. */
export interface WorkerTask {
  index: number;
  path: string;
  file: string;
}
export interface WorkerResult {
  index: number;
  coverage: FileCoverage;
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** The coverage of one file on disk; never throws. */
export function coverFile(library: ReturnType<typeof createLibrary>, values: PlaceholderValues, path: string, file: string): FileCoverage {
  let bytes: Uint8Array;
  try {
    const { size } = fs.statSync(path);
    // Refused before reading: a huge file is never held in memory.
    if (size > DOCX_MAX_FILE_BYTES) return { file, ok: false, reason: `The file is ${megabytes(size)}, more than the ${megabytes(DOCX_MAX_FILE_BYTES)} a PD can be` };
    bytes = fs.readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file, ok: false, reason: code === "EACCES" || code === "EPERM" ? "The file could not be opened: permission denied" : `The file could not be opened (${code ?? "unknown error"})` };
  }
  return coverDocx(library, file, bytes, values);
}

export function startWorker(): void {
  const setup = workerData as WorkerSetup;
  const library = createLibrary(setup.library);
  parentPort!.on("message", (task: WorkerTask) => {
    const result: WorkerResult = { index: task.index, coverage: coverFile(library, setup.values, task.path, task.file) };
    parentPort!.postMessage(result);
  });
}

/**
 * The cx-coverage command: reads folders and files of PDs on every core (worker threads) and writes the coverage
 * report as JSON and/or CSV. See USAGE (coverageArguments.ts) and the README's "The cx-coverage command".
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { cleanAgencyName } from "../core/agencyName";
import { coverageCsv, coverageJson, isCoverageCandidate, type CoverageReport, type FileCoverage } from "../core/coverage";
import type { LibraryData, PlaceholderValues } from "../core/library";
import { LIBRARY_MAX_BYTES, LibraryValidationError, parseLibraryJson } from "../core/libraryValidation";
import { parseCoverageArguments, USAGE } from "./coverageArguments";
import type { WorkerResult, WorkerSetup, WorkerTask } from "./coverageWorker";

const ROOT = path.resolve(__dirname, "../..");
const DEFAULT_LIBRARY = path.join(ROOT, "content/library.json");
const WORKER_SCRIPT = path.join(ROOT, "bin/cx-coverage.js");
/** A worker's heap: enough for any file the reader accepts; one that needs more stops that worker, not the batch. */
const WORKER_HEAP_MB = 256;
/** A file that takes longer than this is given up (its worker is replaced). */
const FILE_TIMEOUT_MS = 120_000;
/**
 * Files a worker holds at once. One: a worker that stops was reading that file and no other (with more, its error can
 * arrive before its answer for the file it finished), and the main thread's answer costs far less than a file's reading.
 */
const AHEAD = 1;

export const EXIT = { allRead: 0, someNotRead: 1, badArguments: 2 } as const;

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Runs the command; resolves with its exit code. */
export async function main(argv: readonly string[], io: CommandIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const parsed = parseCoverageArguments(argv);
  const bad = (problem: string) => {
    io.stderr.write(`cx-coverage: ${problem}\n\n${USAGE}`);
    return EXIT.badArguments;
  };
  if (!parsed.ok) return bad(parsed.problem);
  if ("help" in parsed) {
    io.stdout.write(USAGE);
    return EXIT.allRead;
  }
  const args = parsed.arguments;

  for (const input of args.inputs) if (!fs.existsSync(input)) return bad(`${input}: no such file or folder.`);
  for (const output of [args.json, args.csv]) {
    if (output === null || output === "-") continue;
    const folder = path.dirname(path.resolve(output));
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return bad(`${output}: the folder ${path.dirname(output)} does not exist.`);
    if (fs.existsSync(output) && fs.statSync(output).isDirectory()) return bad(`${output} is a folder, not a file to write.`);
  }
  const library = readLibrary(args.library ?? DEFAULT_LIBRARY);
  if (typeof library === "string") return bad(library);
  let values: PlaceholderValues = {};
  if (args.agency !== null) {
    const agency = cleanAgencyName(args.agency);
    if (agency === null) return bad("--agency needs a name with a letter or digit in it.");
    values = { agency };
  }

  const tasks = args.inputs.flatMap((input) => filesOf(input));
  if (tasks.length === 0) io.stderr.write("cx-coverage: no Word documents found.\n");
  const progress = progressLine(io.stderr, tasks.length);
  const files = await readAll(tasks, { library, values }, progress.update);
  progress.end();

  const report: CoverageReport = { library: { version: library.version }, files };
  try {
    if (args.json !== null) await write(io, args.json, coverageJson(report));
    if (args.csv !== null) await write(io, args.csv, coverageCsv(report));
  } catch (error) {
    io.stderr.write(`cx-coverage: the report could not be written: ${(error as Error).message}\n`);
    return EXIT.badArguments;
  }
  const notRead = files.filter((file) => !file.ok).length;
  if (notRead > 0) io.stderr.write(`cx-coverage: ${count(notRead)} of ${count(files.length)} files could not be read; the report says why.\n`);
  return notRead > 0 ? EXIT.someNotRead : EXIT.allRead;
}

/** The library through the one validator, or the problem in words. */
function readLibrary(file: string): LibraryData | string {
  try {
    const { size } = fs.statSync(file);
    if (size > LIBRARY_MAX_BYTES) return `${file}: the library is larger than ${LIBRARY_MAX_BYTES / (1024 * 1024)} MB.`;
    return parseLibraryJson(fs.readFileSync(file, "utf8"), file);
  } catch (error) {
    if (error instanceof LibraryValidationError) return error.message;
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `${file}: no such library file.` : `${file}: the library could not be read (${code ?? (error as Error).message}).`;
  }
}

export type Task = Omit<WorkerTask, "index">;

/**
 * The files an input names. A folder: the candidates in it and its subfolders, sorted, each named by the folder's
 * name and the path inside it, "/" separated ("pds/hr/analyst.docx" for the folder /data/pds), as the page names the
 * files of a folder it is given; hidden folders and symbolic links to folders are not followed. A file: its path as
 * given when that is inside the current folder, otherwise its name, so that no report shows where it was made.
 */
function filesOf(input: string): Task[] {
  const posix = (p: string) => p.split(path.sep).join("/");
  if (!fs.statSync(input).isDirectory()) {
    const given = path.normalize(input);
    return [{ path: input, file: path.isAbsolute(given) || given.startsWith("..") ? path.basename(given) : posix(given) }];
  }
  const folderName = path.basename(path.resolve(input));
  const found: Task[] = [];
  const walk = (folder: string, inside: string) => {
    const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const onDisk = path.join(folder, entry.name);
      const relative = inside ? `${inside}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(onDisk, relative);
      else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(onDisk))) && isCoverageCandidate(relative)) {
        found.push({ path: onDisk, file: `${folderName}/${relative}` });
      }
    }
  };
  walk(input, "");
  return found;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Every file's coverage, in the order given, read on every core. A worker that stops (a crash, its heap full, a
 * file that takes too long) costs only the file it was reading: that file is listed with the reason and a new
 * worker takes the rest.
 */
export function readAll(
  tasks: readonly Task[],
  setup: WorkerSetup,
  onRead: (read: number) => void,
  { workerScript = WORKER_SCRIPT, fileTimeoutMs = FILE_TIMEOUT_MS }: { workerScript?: string; fileTimeoutMs?: number } = {},
): Promise<FileCoverage[]> {
  const results: FileCoverage[] = new Array(tasks.length);
  if (tasks.length === 0) return Promise.resolve(results);
  let next = 0;
  let read = 0;
  const workers = Math.min(os.availableParallelism(), tasks.length);
  return new Promise((resolve) => {
    const settle = (index: number, coverage: FileCoverage) => {
      results[index] = coverage;
      onRead(++read);
      if (read === tasks.length) resolve(results);
    };
    const start = () => {
      const worker = new Worker(workerScript, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      const inFlight: number[] = [];
      let stopped = false;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        if (inFlight.length > 0) timer = setTimeout(() => stop(`it took longer than ${fileTimeoutMs / 1000} s`), fileTimeoutMs);
      };
      const feed = () => {
        while (inFlight.length < AHEAD && next < tasks.length) {
          const index = next++;
          inFlight.push(index);
          worker.postMessage({ index, ...tasks[index]! } satisfies WorkerTask);
        }
        arm();
        if (inFlight.length === 0) void worker.terminate();
      };
      /** The worker stopped: the file it was reading fails, the ones queued behind it go back to the queue. */
      const stop = (why: string) => {
        if (stopped) return;
        stopped = true;
        clearTimeout(timer);
        void worker.terminate();
        const [reading, ...queued] = inFlight;
        if (reading !== undefined) settle(reading, { file: tasks[reading]!.file, ok: false, reason: `The reader stopped on this file: ${why}` });
        retry.push(...queued);
        if (read < tasks.length) start();
      };
      worker.on("message", ({ index, coverage }: WorkerResult) => {
        if (stopped || !inFlight.includes(index)) return;
        inFlight.splice(inFlight.indexOf(index), 1);
        settle(index, coverage);
        feed();
      });
      worker.on("error", (error) => stop((error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" ? "it needed more memory than a PD can" : error.message));
      worker.on("exit", (code) => {
        if (inFlight.length > 0) stop(`the worker ended (exit code ${code})`);
      });
      // Files sent back to the queue by a stopped worker go first.
      while (retry.length > 0 && inFlight.length < AHEAD) {
        const index = retry.shift()!;
        inFlight.push(index);
        worker.postMessage({ index, ...tasks[index]! } satisfies WorkerTask);
      }
      feed();
    };
    const retry: number[] = [];
    for (let i = 0; i < workers; i++) start();
  });
}

const count = (n: number) => n.toLocaleString("en-US");

/** "120 of 1,000 PDs read" on standard error: rewritten in place on a terminal, otherwise at most a line a second. */
function progressLine(stderr: CommandIo["stderr"], total: number): { update: (read: number) => void; end: () => void } {
  const tty = stderr.isTTY === true;
  const interval = tty ? 100 : 1000;
  let shownAt = 0;
  let last = -1;
  const line = (read: number) => `${count(read)} of ${count(total)} PDs read`;
  const show = (read: number) => {
    last = read;
    shownAt = Date.now();
    stderr.write(tty ? `\r${line(read)}` : `${line(read)}\n`);
  };
  return {
    update: (read) => {
      if (Date.now() - shownAt >= interval) show(read);
    },
    end: () => {
      if (total === 0) return;
      if (last !== total) show(total);
      if (tty) stderr.write("\n");
    },
  };
}

/** Writes `text` to a file, or to standard output for "-" (waiting until it has taken all of it). */
function write(io: CommandIo, target: string, text: string): Promise<void> {
  if (target !== "-") {
    fs.writeFileSync(target, text);
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    io.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/**
 * Reads a batch of files in Web Workers, one per core and at most four, so the page stays responsive. Each worker
 * reads one file at a time; a worker that fails or stops answering on a file has that file listed as not read,
 * and a new worker takes its place, so one bad file never stops the batch.
 */
import type { FileCoverage } from "../core/coverage";
import type { ReadAnswer, ReadRequest } from "./workerMessages";

export type BatchFile = { path: string; file: File };

export type Batch = {
  /** Stops reading: the workers are ended at once; what was read stays read. */
  cancel(): void;
  /** Settles when every file is read or the batch is cancelled. */
  done: Promise<void>;
};

export type BatchOptions = {
  /** How many workers to start (by default one per core, at most MAX_WORKERS). */
  workers?: number;
  /** Milliseconds a worker may take over one file before it is taken for dead. */
  fileTimeoutMs?: number;
  createWorker?: () => Worker;
};

export const MAX_WORKERS = 4;
/** Far longer than any file the reader accepts takes: only a worker that died without a word runs into it. */
const FILE_TIMEOUT_MS = 120_000;

function readingWorker(): Worker {
  return new Worker(new URL("./coverage.worker.ts", import.meta.url), { name: "cx-coverage-reader" });
}

/** How many workers a batch of `files` gets on this device. */
export function workerCount(files: number, cores: number | undefined = navigator.hardwareConcurrency): number {
  return Math.max(1, Math.min(MAX_WORKERS, cores || 2, files));
}

/** Reads `files`, calling `onRead` with each file's index and coverage as it is read (in no particular order). */
export function readBatch(files: readonly BatchFile[], onRead: (index: number, coverage: FileCoverage) => void, options: BatchOptions = {}): Batch {
  const createWorker = options.createWorker ?? readingWorker;
  const timeoutMs = options.fileTimeoutMs ?? FILE_TIMEOUT_MS;
  const active = new Set<Worker>();
  let next = 0;
  let cancelled = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));

  const settleIfIdle = () => {
    if (active.size === 0) finish();
  };

  const start = () => {
    const worker = createWorker();
    active.add(worker);
    let current = -1;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const stop = () => {
      clearTimeout(timer);
      worker.terminate();
      active.delete(worker);
    };
    const give = () => {
      if (cancelled || next >= files.length) {
        stop();
        settleIfIdle();
        return;
      }
      current = next++;
      const { path, file } = files[current]!;
      timer = setTimeout(() => fail("it stopped answering"), timeoutMs);
      worker.postMessage({ id: current, path, file } satisfies ReadRequest);
    };
    /** The worker failed on its file: that file is not read, and a new worker carries on with the rest. */
    const fail = (what: string) => {
      stop();
      if (cancelled) return settleIfIdle();
      if (current >= 0) onRead(current, { file: files[current]!.path, ok: false, reason: `The reader failed on this file (${what}): it was not read` });
      if (next < files.length) start();
      else settleIfIdle();
    };

    worker.onmessage = (event: MessageEvent<ReadAnswer>) => {
      if (cancelled || event.data.id !== current) return;
      clearTimeout(timer);
      onRead(current, event.data.coverage);
      current = -1;
      give();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message ? `an error: ${event.message}` : "an error in the browser");
    };
    worker.onmessageerror = () => fail("its answer could not be read");
    give();
  };

  if (files.length === 0) finish();
  else for (let i = 0; i < workerCount(files.length, options.workers); i++) start();

  return {
    cancel() {
      if (cancelled) return;
      cancelled = true;
      for (const worker of [...active]) worker.terminate();
      active.clear();
      finish();
    },
    done,
  };
}

/**
 * One batch of files through the readers, as the page shows it: what was read so far (in the order the files were
 * chosen), the pace, and whether it finished or was cancelled. The page re-renders a few times a second at most,
 * however fast the files come back, and each render is a transition, which React renders in slices between the
 * browser's other work, so a batch of thousands leaves the main thread free.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import type { CoverageReport, FileCoverage } from "../core/coverage";
import { readBatch, type Batch, type BatchFile } from "./readBatch";

export type BatchPhase = "empty" | "reading" | "done" | "cancelled";

export type BatchState = {
  phase: BatchPhase;
  total: number;
  read: number;
  /** Milliseconds since reading started, as of the last update. */
  elapsedMs: number;
  /** What was read, in the order the files were chosen (a cancelled batch: only those read). */
  report: CoverageReport;
  /** Files in the chosen folders that the report does not cover (not Word documents, lock files, hidden files). */
  skipped: number;
};

/** How often the page shows new progress while files are read. */
export const PROGRESS_INTERVAL_MS = 250;

export function useCoverageBatch(libraryVersion: string): { state: BatchState; start(files: BatchFile[], skipped: number): void; cancel(): void } {
  const [state, setShownState] = useState<BatchState>(() => ({
    phase: "empty",
    total: 0,
    read: 0,
    elapsedMs: 0,
    report: { library: { version: libraryVersion }, files: [] },
    skipped: 0,
  }));
  const setState = useCallback((next: BatchState) => startTransition(() => setShownState(next)), []);
  const current = useRef<{ batch: Batch; timer: ReturnType<typeof setInterval> } | null>(null);
  /** The current batch's state as Cancel leaves it. */
  const cancelSnapshot = useRef<(() => BatchState) | null>(null);

  const stop = useCallback(() => {
    if (!current.current) return;
    current.current.batch.cancel();
    clearInterval(current.current.timer);
    current.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (files: BatchFile[], skipped: number) => {
      stop();
      const results: (FileCoverage | undefined)[] = new Array(files.length);
      let read = 0;
      const startedAt = performance.now();
      const snapshot = (phase: BatchPhase): BatchState => ({
        phase,
        total: files.length,
        read,
        elapsedMs: performance.now() - startedAt,
        report: { library: { version: libraryVersion }, files: results.filter((r): r is FileCoverage => r !== undefined) },
        skipped,
      });
      const batch = readBatch(files, (index, coverage) => {
        if (results[index] === undefined) read++;
        results[index] = coverage;
      });
      let shown = -1;
      const timer = setInterval(() => {
        if (read === shown) return;
        shown = read;
        setState(snapshot("reading"));
      }, PROGRESS_INTERVAL_MS);
      current.current = { batch, timer };
      setState(snapshot("reading"));
      void batch.done.then(() => {
        if (current.current?.batch !== batch) return; // cancelled: cancel() showed the end
        clearInterval(timer);
        current.current = null;
        setState(snapshot("done"));
      });
      cancelSnapshot.current = () => snapshot("cancelled");
    },
    [libraryVersion, stop, setState],
  );

  const cancel = useCallback(() => {
    if (!current.current) return;
    stop();
    if (cancelSnapshot.current) setState(cancelSnapshot.current());
  }, [stop, setState]);

  return { state, start, cancel };
}

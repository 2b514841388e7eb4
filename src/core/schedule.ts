/**
 * Runs an async task after events settle (trailing debounce) and never twice at once: an event that
 * arrives while the task runs marks it dirty, and the task runs once more when the current run ends.
 * Word's selection event can fire in bursts (co-authors' edits on the web) and Office queues at most
 * 50 batches, so detection must not pile up.
 */
export type SettlingRunner = {
  /** An event happened: run after `delayMs` of quiet. */
  schedule(): void;
  /** Run as soon as possible (Refresh button, pane focus), still never concurrently. */
  runNow(): void;
  dispose(): void;
};

export type Timers = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

export function createSettlingRunner(task: () => Promise<void>, delayMs: number, timers: Timers = defaultTimers): SettlingRunner {
  let timer: unknown = undefined;
  let running = false;
  let dirty = false;
  let disposed = false;

  const start = (): void => {
    if (disposed) return;
    if (running) {
      dirty = true;
      return;
    }
    running = true;
    dirty = false;
    task()
      .catch(() => undefined) // the task reports its own errors; a failure must not stop later runs
      .finally(() => {
        running = false;
        if (dirty) start();
      });
  };

  const cancelTimer = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
  };

  return {
    schedule() {
      if (disposed) return;
      cancelTimer();
      timer = timers.setTimeout(() => {
        timer = undefined;
        start();
      }, delayMs);
    },
    runNow() {
      cancelTimer();
      start();
    },
    dispose() {
      disposed = true;
      cancelTimer();
    },
  };
}

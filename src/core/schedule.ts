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

/** Work per slice before handing the thread back: well under the 50 ms that makes a task "long". */
export const SLICE_MS = 8;

export type SliceControl = {
  /** True once the result is no longer wanted (a newer run started, the pane closed). */
  cancelled: () => boolean;
  /** Hands the thread back; by default a macrotask, so input, rendering and Word's replies run in between. */
  yieldToHost?: () => Promise<void>;
  /** Clock in milliseconds; by default performance.now. */
  now?: () => number;
};

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `step(0)` … `step(count - 1)` in slices of about SLICE_MS, handing the thread back between slices, so work over
 * a long document never holds the pane's thread for long. Resolves to false when cancelled (checked between slices).
 * Each step must be short: bound what one paragraph costs.
 */
export async function inSlices(count: number, step: (index: number) => void, control: SliceControl): Promise<boolean> {
  const yieldToHost = control.yieldToHost ?? macrotask;
  const now = control.now ?? (() => performance.now());
  let sliceStart = now();
  for (let i = 0; i < count; i++) {
    step(i);
    // The clock is read after every step (it costs far less than a paragraph's work): a step may be large, such as
    // matching a group of paragraphs.
    if (i < count - 1 && now() - sliceStart >= SLICE_MS) {
      await yieldToHost();
      if (control.cancelled()) return false;
      sliceStart = now();
    }
  }
  return !control.cancelled();
}

/** One stretch of sliced work: `step(0)` … `step(count - 1)`, each step short. */
export type Phase = { count: number; step: (index: number) => void };

/** Runs work written as phases (a generator of Phase, returning the result) at once. */
export function runPhases<T>(phases: Generator<Phase, T, void>): T {
  for (;;) {
    const next = phases.next();
    if (next.done) return next.value;
    for (let i = 0; i < next.value.count; i++) next.value.step(i);
  }
}

/** Runs the same work in slices (inSlices); null when cancelled. The same phases give the same result either way. */
export async function runPhasesInSlices<T>(phases: Generator<Phase, T, void>, control: SliceControl): Promise<T | null> {
  for (;;) {
    const next = phases.next();
    if (next.done) return next.value;
    if (!(await inSlices(next.value.count, next.value.step, control))) return null;
  }
}

import { createSettlingRunner, inSlices, runPhases, runPhasesInSlices, SLICE_MS, type Phase } from "../../src/core/schedule";

jest.useFakeTimers();

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe("createSettlingRunner", () => {
  it("runs once after a burst of events settles", async () => {
    const task = jest.fn(() => Promise.resolve());
    const runner = createSettlingRunner(task, 200);
    for (let i = 0; i < 10; i++) {
      runner.schedule();
      jest.advanceTimersByTime(50);
    }
    expect(task).not.toHaveBeenCalled();
    jest.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it("never runs twice at once, and runs once more for events that came during a run", async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const task = jest.fn(() => {
      const d = deferred();
      runs.push(d);
      return d.promise;
    });
    const runner = createSettlingRunner(task, 100);
    runner.runNow();
    expect(task).toHaveBeenCalledTimes(1);
    runner.runNow();
    runner.schedule();
    jest.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1); // still busy with the first run
    runs[0].resolve();
    await flush();
    expect(task).toHaveBeenCalledTimes(2); // exactly one catch-up run
    runs[1].resolve();
    await flush();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it("keeps working after a failed run, and stops after dispose", async () => {
    const task = jest.fn().mockRejectedValueOnce(new Error("Word said no")).mockResolvedValue(undefined);
    const runner = createSettlingRunner(task, 10);
    runner.runNow();
    await flush();
    runner.runNow();
    await flush();
    expect(task).toHaveBeenCalledTimes(2);
    runner.schedule();
    runner.dispose();
    jest.advanceTimersByTime(50);
    runner.runNow();
    expect(task).toHaveBeenCalledTimes(2);
  });
});

describe("work in slices", () => {
  beforeEach(() => jest.useRealTimers());
  afterEach(() => jest.useFakeTimers());

  it("runs every step in order, hands the thread back between slices, and stops once cancelled", async () => {
    let t = 0;
    const now = () => (t += SLICE_MS / 4); // a slice ends at every fourth clock check
    const steps: number[] = [];
    const yields = jest.fn(async () => undefined);
    expect(await inSlices(100, (i) => steps.push(i), { cancelled: () => false, yieldToHost: yields, now })).toBe(true);
    expect(steps).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(yields).toHaveBeenCalledTimes(24); // after every fourth step but the last, counting the clock's reading at the start
    let cancelled = false;
    const stop = async () => void (cancelled = true);
    const done: number[] = [];
    expect(await inSlices(100, (i) => done.push(i), { cancelled: () => cancelled, yieldToHost: stop, now })).toBe(false);
    expect(done).toHaveLength(4);
  });

  it("gives the same result run at once or in slices", async () => {
    function* phases(): Generator<Phase, number, void> {
      let sum = 0;
      yield { count: 50, step: (i) => (sum += i) };
      const doubled = sum * 2;
      yield { count: 10, step: () => (sum += doubled) };
      return sum;
    }
    expect(await runPhasesInSlices(phases(), { cancelled: () => false, yieldToHost: async () => undefined })).toBe(runPhases(phases()));
  });
});

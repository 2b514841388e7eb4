/**
 * Which browser test files are running, for the ones that must run alone (they time the pane's own tasks, which
 * another Chromium on the same cores would stretch). Each file leaves a marker named by its process while it runs;
 * a marker whose process is gone (an interrupted run) does not count.
 */
import fs from "node:fs";
import path from "node:path";

export const RUNNING = path.join(__dirname, ".build/running");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Marks this file as running until its tests end. */
export function markRunning(): void {
  const marker = path.join(RUNNING, `${process.pid}-${path.basename(expect.getState().testPath ?? "file")}`);
  beforeAll(() => {
    fs.mkdirSync(RUNNING, { recursive: true });
    fs.writeFileSync(marker, "");
  });
  afterAll(() => fs.rmSync(marker, { force: true }));
}

/** Other browser test files still running in other processes. */
export function othersRunning(): string[] {
  if (!fs.existsSync(RUNNING)) return [];
  return fs.readdirSync(RUNNING).filter((name) => {
    const pid = Number(name.split("-")[0]);
    return pid !== process.pid && alive(pid);
  });
}

/** Waits (at most `timeoutMs`) until this is the only browser test file running. */
export async function untilAlone(timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (othersRunning().length > 0) {
    if (Date.now() > end) throw new Error(`other browser tests still running after ${timeoutMs / 1000} s: ${othersRunning().join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The coverage page's budget: reading 1,000 PDs leaves the main thread free. Long tasks (PerformanceObserver
 * "longtask") are recorded from the moment the files are chosen until the last one is read and shown; the readers
 * work in Web Workers, and the page shows progress a few times a second and a page of rows at a time.
 */
import type { Page } from "playwright-core";
import { choose, manyPds, onDisk, untilRead } from "./coverageFiles";
import { harnessAloneInSuite, openPane, recordLongTasks, type PaneSession } from "./harness";

harnessAloneInSuite();

const PDS = 1000;
/**
 * The goal is no task over 100 ms (npm run bench reports the longest). The bound leaves room for a busy shared
 * test machine; without workers, reading 1,000 PDs on the main thread is one task of many seconds.
 */
const LONG_TASK_BOUND_MS = 250;

/**
 * The page's share of each long task: from the moment it is handed the files (the input's change event) on. The
 * browser's own work of making a list of 1,000 chosen files comes before that, in the same task.
 */
async function recordChoice(page: Page) {
  await page.addInitScript(() => {
    window.addEventListener("change", () => ((window as unknown as { __chosenAt?: number }).__chosenAt ??= performance.now()), true);
  });
}
const pageShareOfLongTasks = (page: Page) =>
  page.evaluate(() => {
    const { __probe: probe, __chosenAt: from = 0 } = window as unknown as { __probe: { tasks: { start: number; duration: number }[] }; __chosenAt?: number };
    return probe.tasks.map((t) => Math.round(t.start + t.duration - Math.max(t.start, from))).filter((ms) => ms > 0);
  });

let session: PaneSession | undefined;
afterEach(async () => {
  if (session) {
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }
  session = undefined;
});

it(`reads ${PDS.toLocaleString("en-US")} PDs without a main-thread task over ${LONG_TASK_BOUND_MS} ms`, async () => {
  session = await openPane({ width: 1280, pagePath: "coverage.html", beforeLoad: async (page) => (await recordLongTasks(page), await recordChoice(page)) });
  const { page } = session;
  await page.getByRole("heading", { level: 1, name: "CX coverage across PDs" }).waitFor();
  const files = onDisk(manyPds(PDS));
  await choose(page, files);
  await untilRead(page, PDS, 240_000);
  await page.waitForTimeout(500);
  const tasks = await pageShareOfLongTasks(page);
  expect(tasks.filter((duration) => duration > LONG_TASK_BOUND_MS)).toEqual([]);
  expect(
    await page
      .locator("dl > div", { has: page.locator("dt", { hasText: /^PDs read$/ }) })
      .locator("dd")
      .textContent(),
  ).toBe("1,000");
});

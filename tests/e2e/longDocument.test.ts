/**
 * Long documents in the production pane: a 10,000-paragraph PD (loading, Refresh and coming back to the pane) and
 * 50,000 paragraphs of long lines (loading, a cursor move, Refresh and the review) keep the page responsive. Long tasks
 * (PerformanceObserver "longtask") are recorded per phase, each with the pane's share apart from the stand-in's own
 * work; the pane's work is counted through the stand-in's sync log (whole-document reads) and the pane's User Timing
 * measures.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { createLibrary, type LibraryData } from "../../src/core/library";
import type { StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { containsText } from "./assertions";
import { harnessAloneInSuite, openPane, recordLongTasks, ROOT, type PaneSession } from "./harness";

const library = createLibrary(JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8")) as LibraryData);

harnessAloneInSuite();

const PARAGRAPHS = 10_000;
/**
 * The goal is no task over 100 ms. The bound leaves room for a busy shared test machine and for the pane's
 * own start-up (script parsing, first render) in the load phase; the read and the scan are paced in slices
 * far below it, and the counts of whole-document reads and scans are exact.
 */
const LONG_TASK_BOUND_MS = 250;

const h1 = (text: string): StandinParagraphSpec => ({ text, style: "Heading 1", styleBuiltIn: "Heading1" });

/** A PD whose Major Duties go on for thousands of paragraphs, one of them a library duty. */
function longPd(): { doc: StandinDocumentSpec; presentId: string } {
  const duty = library.topLevelEntriesInSection("major-duties")[0]!;
  const paragraphs: StandinParagraphSpec[] = [
    { text: "POSITION DESCRIPTION", style: "Title", styleBuiltIn: "Title" },
    h1("I. INTRODUCTION"),
    { text: "This position is in the Office of the Chief Customer Officer." },
    h1("II. MAJOR DUTIES AND RESPONSIBILITIES"),
  ];
  for (let i = paragraphs.length; i < PARAGRAPHS - 2; i++) {
    paragraphs.push({ text: `Duty ${i}: analyzes customer feedback from channel ${i % 17} and reports findings to program staff — “weekly”.` });
  }
  paragraphs.push({ text: library.renderEntry(duty, {}) });
  paragraphs.push(h1("III. FACTOR LEVELS"));
  return { doc: { paragraphs, selection: { start: { paragraph: 5, offset: 1 }, end: { paragraph: 5, offset: 1 } } }, presentId: duty.id };
}

type PaneTask = { task: number; pane: number; at: number; during: string[] };
type PageProbe = { tasks: PaneTask[]; measures: { name: string; duration: number }[] };

/**
 * Long tasks and the pane's measures since the last call. Each task comes with the pane's share (the task less the
 * stand-in's own work in it: its "cx-standin:" measures, building the document and answering each sync, which is
 * Word's in Office), when it started, and the pane's phases it fell in (for a failure's message).
 */
async function takeProbe(page: Page): Promise<PageProbe> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { tasks: { start: number; duration: number }[] } }).__probe;
    const all = performance.getEntriesByType("measure");
    const overlap = (m: PerformanceEntry, start: number, end: number) => Math.max(0, Math.min(end, m.startTime + m.duration) - Math.max(start, m.startTime));
    const standin = all.filter((m) => m.name.startsWith("cx-standin:"));
    const tasks = probe.tasks.splice(0).map((t) => {
      const end = t.start + t.duration;
      const theirs = standin.reduce((sum, m) => sum + overlap(m, t.start, end), 0);
      const during = all.filter((m) => m.name.startsWith("cx-language:") && overlap(m, t.start, end) > 0).map((m) => m.name.slice("cx-language:".length));
      return { task: Math.round(t.duration), pane: Math.round(t.duration - theirs), at: Math.round(t.start), during };
    });
    const measures = all.filter((m) => m.name.startsWith("cx-language:")).map((m) => ({ name: m.name, duration: Math.round(m.duration) }));
    performance.clearMeasures();
    return { tasks, measures };
  });
}

/** The pane's share of each long task over `bound` milliseconds. */
const over = (probe: PageProbe, bound: number) => probe.tasks.filter((t) => t.pane > bound).map((t) => `${t.pane} ms of ${t.task} ms`);

/** Whole-document reads: the syncs that read the first page of every paragraph (the only paged read). */
async function wholeDocumentReads(page: Page): Promise<number> {
  return page.evaluate(() => window.cxStandin!.syncLog.filter((s) => s.operations.some((op) => op.startsWith("ParagraphCollection.load(") && op.includes('"skip":0}'))).length);
}

const measured = (probe: PageProbe, phase: string) => probe.measures.filter((m) => m.name === `cx-language:${phase}`);

async function quiet(page: Page) {
  // Two animation frames after a short pause: any chunked work still queued has had its turn.
  await page.waitForTimeout(1500);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

let session: PaneSession | undefined;
afterEach(async () => {
  if (session) {
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }
  session = undefined;
});

describe("a 10,000-paragraph document", () => {
  it("loads, refreshes and regains focus without long tasks, reading the document again only when asked to", async () => {
    const { doc, presentId } = longPd();
    session = await openPane({ doc, beforeLoad: recordLongTasks });
    const { page } = session;
    const inDocument = page.getByTestId(`card-${presentId}`).getByText("Approved");
    await inDocument.waitFor();
    await quiet(page);
    const load = await takeProbe(page);
    expect(await wholeDocumentReads(page)).toBe(1);
    expect(measured(load, "find-entries-in-document")).toHaveLength(1);
    expect(over(load, LONG_TASK_BOUND_MS)).toEqual([]);

    await page.getByRole("button", { name: "Refresh" }).click();
    await page.waitForFunction(() => performance.getEntriesByName("cx-language:find-entries-in-document").length > 0);
    await quiet(page);
    const refresh = await takeProbe(page);
    expect(await wholeDocumentReads(page)).toBe(2);
    expect(over(refresh, LONG_TASK_BOUND_MS)).toEqual([]);
    await inDocument.waitFor();

    // Coming back to the pane with the document unchanged: one light read, nothing folded again.
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.waitForFunction(() => performance.getEntriesByName("cx-language:read-document").length > 0);
    await quiet(page);
    const focus = await takeProbe(page);
    expect(await wholeDocumentReads(page)).toBe(2);
    expect(measured(focus, "find-entries-in-document")).toEqual([]);
    expect(over(focus, LONG_TASK_BOUND_MS)).toEqual([]);
    await inDocument.waitFor();
  });
});

/** Paragraphs of the large document: a PD's start, then long "Factor …" lines. */
const LARGE = 50_000;
/**
 * The goal is no task of the pane's own over 100 ms. Long tasks are wall-clock times, so the bound leaves room for a
 * shared test machine under load (there, garbage collection and other processes stretch 8 ms slices); without slicing,
 * a cursor move here costs over a second and the review several. The pane's share of a long task is the task less the
 * stand-in's own work in it (its "cx-standin:" measures: building the document, answering each sync), which is Word's
 * in Office.
 */
const PANE_TASK_BOUND_MS = 250;

/**
 * Builds the large document in the page before the stand-in loads (a 27 MB spec is quicker built there than sent):
 * blocks of 100 lines about one factor, 50 run-in headings ("Factor 5 - Scope and Effect: …") then 50 lines of prose
 * ("Factor 5 levels were weighed …"), so a cursor deep in the prose has no heading within detection's window.
 */
async function largeDocument(page: Page, spec: { paragraphs: number; entry: string }) {
  await page.addInitScript(({ paragraphs: count, entry }) => {
    const start = performance.now();
    const titles = ["Knowledge Required by the Position", "Supervisory Controls", "Guidelines", "Complexity", "Scope and Effect", "Personal Contacts", "Purpose of Contacts", "Physical Demands", "Work Environment"];
    const filler = " and the incumbent applies customer experience methods, service design and program analysis to plan, coordinate and evaluate work across regional offices".repeat(3);
    const h1 = (text: string) => ({ text, style: "Heading 1", styleBuiltIn: "Heading1" });
    const paragraphs = [
      { text: "POSITION DESCRIPTION", style: "Title", styleBuiltIn: "Title" },
      h1("Introduction"),
      { text: "This position is in the Office of the Chief Customer Officer." },
      h1("Major Duties"),
      { text: "Plans analyses of service delivery." },
      h1("Factor Levels"),
      { text: "Factor 1 - Knowledge Required by the Position, Level 1-7, 1250 Points", bold: true },
      { text: entry },
    ];
    for (let i = 0; paragraphs.length < count; i++) {
      const block = Math.floor(i / 100);
      const factor = (block % 9) + 1;
      paragraphs.push({ text: i % 100 < 50 ? `Factor ${factor} - ${titles[factor - 1]}: Work at this level ${filler} (${i}).` : `Factor ${factor} levels were weighed ${filler} (${i}).` });
    }
    (window as unknown as { __CX_STANDIN_DOC__: unknown }).__CX_STANDIN_DOC__ = { paragraphs, selection: { start: { paragraph: 7, offset: 0 }, end: { paragraph: 7, offset: 0 } } };
    performance.measure("cx-standin:document", { start, end: performance.now() });
  }, spec);
}

describe("a 50,000-paragraph document of long lines", () => {
  it("keeps every task of the pane's own short: on load, a cursor move, Refresh and the review", async () => {
    const entry = library.renderEntry("pd-knowledge-01", {});
    session = await openPane({ beforeLoad: async (page) => (await recordLongTasks(page), await largeDocument(page, { paragraphs: LARGE, entry })) });
    const { page } = session;
    const phases: Record<string, PageProbe> = {};

    await page.getByTestId("card-pd-knowledge-01").getByText("Approved").waitFor({ timeout: 120_000 });
    await quiet(page);
    phases.load = await takeProbe(page);

    // Deep in a stretch of prose: no heading within detection's window, so everything before the cursor is read.
    const reads = await page.evaluate(() => window.cxStandin!.syncLog.length);
    await page.evaluate(() => window.cxStandin!.setSelection({ start: { paragraph: 40_105, offset: 0 }, end: { paragraph: 40_105, offset: 0 } }));
    await page.getByTestId("suggestions-region").locator("[data-card-id^='pd-scope']").first().waitFor({ timeout: 60_000 });
    expect(await page.evaluate((from) => window.cxStandin!.syncLog.slice(from).some((s) => s.operations.some((op) => op.includes("expandTo"))), reads)).toBe(true);
    await quiet(page);
    phases.cursor = await takeProbe(page);

    await page.getByRole("button", { name: "Refresh" }).click();
    await page.waitForFunction(() => performance.getEntriesByName("cx-language:find-entries-in-document").length > 0, undefined, { timeout: 120_000 });
    await quiet(page);
    phases.refresh = await takeProbe(page);

    await page.getByRole("button", { name: "Review", exact: true }).click();
    await page.getByTestId("review-summary").waitFor({ timeout: 120_000 });
    await containsText(page.getByTestId("review-summary"), "1 of 6 CX sections have CX language");
    await quiet(page);
    phases.review = await takeProbe(page);

    const tooLong = Object.entries(phases).flatMap(([phase, probe]) => over(probe, PANE_TASK_BOUND_MS).map((task) => `${phase}: ${task}`));
    expect({ tooLong, phases }).toEqual({ tooLong: [], phases });
  }, 240_000);
});

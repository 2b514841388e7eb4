/**
 * The coverage page (coverage.html) in the production build: files chosen through its buttons are read in Web
 * Workers and give the same report the core makes of the same bytes (summary, table, CSV and JSON downloads); a bad
 * file is listed with its reason and the batch goes on; filters, sorting, Cancel and the keyboard work; nothing is
 * loaded from outside the page's origin; axe (best-practice rules included) finds nothing at 1280 and 400 px wide,
 * in each state, light, dark and in forced colours.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { choose, covered, docxFixtures, DOCX, FIXTURES, manyPds, onDisk, untilRead, type ChosenFile } from "./coverageFiles";
import { bundledLibrary } from "../../src/core/bundledLibrary";
import { COVERAGE_FILTERS, coverageCsv, coverageJson, coverageSummary, type CoverageReport, type FileCoverage } from "../../src/core/coverage";
import { PROGRESS_INTERVAL_MS } from "../../src/coverage/useCoverageBatch";
import { DOCX_MAX_FILE_BYTES } from "../../src/docx/readDocx";
import { axeViolations, paneSessionPerTest, screenshot, stateShot, transitionsEnded, type PaneSession } from "./harness";

const panes = paneSessionPerTest();
/** The states' screenshots, under test-results/ (npm run screenshots, which makes the README's pictures, skips them). */
const fixtures = docxFixtures;
const badFiles: ChosenFile[] = [
  // Real files of the formats the reader refuses, written by LibreOffice.
  ...["lo-old-format.doc", "lo-opendocument.odt"].map((name) => ({
    name,
    mimeType: "application/octet-stream",
    buffer: fs.readFileSync(path.join(FIXTURES, name)),
  })),
  { name: "notes.docx", mimeType: DOCX, buffer: Buffer.from("These are notes typed into a file named .docx, not a Word document.") },
  // Over the reader's size limit: the page refuses it before reading it, with the reader's reason.
  { name: "scanned-pictures.docx", mimeType: DOCX, buffer: Buffer.alloc(DOCX_MAX_FILE_BYTES + 1) },
  { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n") },
];
const chosen = [...fixtures, ...badFiles];

/** The report the core makes of the same bytes, in the order chosen: what the page must show and download. */
const expected: CoverageReport = {
  library: { version: bundledLibrary.version },
  files: chosen.map(covered),
};
const summary = coverageSummary(expected);
const notRead = expected.files.filter((f): f is Extract<FileCoverage, { ok: false }> => !f.ok);

async function open(options: Parameters<typeof panes.open>[0] = {}): Promise<PaneSession> {
  const session = await panes.open({ width: 1280, pagePath: "coverage.html", ...options });
  await session.page.getByRole("heading", { level: 1, name: "CX coverage across PDs" }).waitFor();
  return session;
}

const done = untilRead;
const table = (page: Page) => page.getByTestId("files-table");
const rowHeaders = (page: Page) => table(page).locator("tbody th").allTextContents();
const figure = (page: Page, label: string): Locator =>
  page.locator("dl > div", { has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd");

/**
 * After a change of colour setting: elements fade to their new colours (Fluent's transitions), so contrast is judged
 * once no transition runs, a frame after the new styles apply.
 */
async function colorsSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await transitionsEnded(page);
}

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

beforeAll(() => {
  // The page is tested on real files: the fixtures must be there and read, and the bad ones refused.
  expect(fixtures.length).toBeGreaterThanOrEqual(3);
  expect(summary.read).toBe(fixtures.length);
  expect(summary.pds).toBeGreaterThanOrEqual(2);
  expect(summary.withLanguage).toBeGreaterThanOrEqual(3);
  expect(summary.sections.introduction.approved).toBeGreaterThanOrEqual(1);
  expect(summary.sections["major-duties"].adapted).toBeGreaterThanOrEqual(1);
  expect(summary.sections["factor-1"].found).toBeLessThan(summary.pds);
  expect(notRead.map((f) => f.file)).toEqual(badFiles.map((f) => f.name));
});

describe("before any file is chosen", () => {
  it.each([1280, 400])("says the files stay in the browser and offers the file and folder choosers (%i px)", async (width) => {
    const { page, blockedRequests, consoleErrors } = await open({ width });
    await page.getByText("they are read here in your browser and never uploaded").waitFor();
    expect(await page.getByRole("button", { name: "Choose PD files" }).isEnabled()).toBe(true);
    expect(await page.getByRole("button", { name: "Choose a folder" }).isEnabled()).toBe(true);
    expect(await page.getByTestId("files-input").getAttribute("multiple")).not.toBeNull();
    expect(await page.getByTestId("folder-input").evaluate((input: HTMLInputElement) => input.webkitdirectory)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await stateShot(page, `coverage-empty-${width}`);
    expect(blockedRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe("reading chosen files", () => {
  it("shows the core's summary and table of the same files, lists a bad file with its reason, and downloads the same CSV and JSON", async () => {
    const { page, blockedRequests, consoleErrors } = await open();
    await choose(page, chosen);
    await done(page, chosen.length);

    // Screen readers hear the end (politely), not every file.
    expect(await page.getByTestId("live-region").textContent()).toBe(`Done: ${chosen.length} of ${chosen.length} PDs read.`);
    expect(await figure(page, "PDs read").textContent()).toBe(String(summary.pds));
    expect(await figure(page, "PDs with any CX language").textContent()).toContain(String(summary.withLanguage));
    expect(await figure(page, "Files not read").textContent()).toBe(String(notRead.length));
    // The summary table: one row per section with the core's counts.
    const sectionRows = page.getByTestId("summary-table").locator("tbody tr");
    expect(await sectionRows.count()).toBe(6);
    for (const [i, id] of Object.keys(summary.sections).entries()) {
      const s = summary.sections[id as keyof typeof summary.sections];
      const cells = await sectionRows.nth(i).locator("td").allTextContents();
      expect(cells.map((c) => c.split(" ")[0])).toEqual([s.found, s.withLanguage, s.approved, s.adapted, s.earlier].map(String));
    }

    // Every file is a row, in file-name order; a file not read shows its reason.
    expect(await rowHeaders(page)).toEqual(expected.files.map((f) => f.file).sort((a, b) => a.localeCompare(b)));
    for (const bad of notRead) {
      const row = table(page).locator("tbody tr", { has: page.locator("th", { hasText: bad.file }) });
      expect(await row.locator("td").textContent()).toBe(`Not read: ${bad.reason}`);
    }

    const csv = await downloaded(page, "Download CSV");
    expect(csv.name).toMatch(/^cx-coverage-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text).toBe(coverageCsv(expected));
    const json = await downloaded(page, "Download JSON");
    expect(json.name).toMatch(/^cx-coverage-\d{4}-\d{2}-\d{2}\.json$/);
    expect(json.text).toBe(coverageJson(expected));
    expect(JSON.parse(json.text)).toEqual(expected);

    expect(blockedRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("filters and sorts the table, with no axe violations when done and when filtered at 1280 and 400 px, in light, dark and forced colours", async () => {
    // One page for every width and colour setting: the page follows the window's width and the browser's colour
    // settings as they change, so there is no need to read the files again for each.
    const { page } = await open();
    await choose(page, chosen);
    await done(page, chosen.length);
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await axeViolations(page)).toEqual([]);
      await stateShot(page, `coverage-done-${width}`);
      // The README's picture.
      if (width === 1280) await screenshot(page, "coverage");
      await page.getByText("Sections in numbers").first().scrollIntoViewIfNeeded();
      await stateShot(page, `coverage-done-numbers-${width}`);
      await page.getByRole("heading", { name: "PDs", exact: true }).evaluate((el) => el.scrollIntoView());
      await stateShot(page, `coverage-done-table-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Sorting: the header says how the table is sorted; a second click reverses it.
    const fileHeader = table(page).locator("thead th").first();
    expect(await fileHeader.getAttribute("aria-sort")).toBe("ascending");
    const ascending = await rowHeaders(page);
    await fileHeader.getByRole("button", { name: "File" }).click();
    expect(await fileHeader.getAttribute("aria-sort")).toBe("descending");
    expect(await rowHeaders(page)).toEqual([...ascending].reverse());
    const titleHeader = table(page).locator("thead th").nth(1);
    await titleHeader.getByRole("button", { name: "Title" }).click();
    expect(await titleHeader.getAttribute("aria-sort")).toBe("ascending");
    expect(await fileHeader.getAttribute("aria-sort")).toBeNull();

    // Filtering: each of the core's filters shows exactly the files it matches.
    const show = page.getByRole("combobox", { name: "Show" });
    for (const filter of COVERAGE_FILTERS) {
      await show.selectOption(filter.id);
      const matching = expected.files.filter((f) => filter.matches(f)).map((f) => f.file);
      expect((await rowHeaders(page)).sort()).toEqual(matching.sort());
    }
    await show.selectOption({ label: "Files not read" });
    expect(await page.getByTestId("rows-shown").textContent()).toBe(`Showing ${notRead.length} of ${notRead.length} files.`);
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page)).toEqual([]);
      await stateShot(page, `coverage-filtered-${width}`);
    }
    await show.selectOption({ label: "All files" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));

    // Dark: the page follows the browser's dark setting, a dark background behind light text.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => {
      const [r, g, b] = getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor.match(/\d+/g)!.map(Number);
      return r! + g! + b! < 3 * 80;
    });
    await colorsSettled(page);
    expect(await axeViolations(page)).toEqual([]);
    await stateShot(page, "coverage-done-dark");

    // Forced colours: the chart's bars keep system colours the user's theme sets, so they stay visible.
    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    await colorsSettled(page);
    const fill = await page
      .getByTestId("chart-introduction")
      .locator("[aria-hidden=true] > span")
      .first()
      .evaluate((el) => getComputedStyle(el).forcedColorAdjust);
    expect(fill).toBe("none");
    expect(await axeViolations(page)).toEqual([]);
    await stateShot(page, "coverage-done-forced-colors");
  });
});

describe("a large batch", () => {
  const many = manyPds;

  it("shows its progress while reading and keeps what was read when cancelled, with no axe violations at 1280 and 400 px", async () => {
    const { page } = await open();
    const total = 3000;
    await choose(page, onDisk(many(total)));
    const progress = page.getByText(new RegExp(`^[\\d,]+ of 3,000 PDs read$`)).first();
    await progress.waitFor();
    await page.getByRole("progressbar").waitFor();
    expect(await page.getByRole("button", { name: "Choose PD files" }).isDisabled()).toBe(true);
    await page.waitForFunction(() => Number(document.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow")) > 0);
    // Each reader is held busy, so the page stays in the middle of the batch while it is checked (Cancel ends them).
    for (const worker of page.workers())
      void worker
        .evaluate(() => {
          for (const end = Date.now() + 60_000; Date.now() < end;);
        })
        .catch(() => undefined);
    await page.waitForTimeout(2 * PROGRESS_INTERVAL_MS);
    expect(await page.getByText(/^Done:/).count()).toBe(0);
    await page.getByText(/^(About \d+ (seconds|minutes?|hours?) left|A few seconds left|Estimating the time left…)$/).waitFor();
    for (const width of [1280, 400]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page)).toEqual([]);
      await stateShot(page, `coverage-reading-${width}`);
    }

    await page.getByRole("button", { name: "Cancel" }).click();
    const ended = page.getByText(/^Cancelled: [\d,]+ of 3,000 PDs read\./).first();
    await ended.waitFor();
    const read = Number((await ended.textContent())!.match(/^Cancelled: ([\d,]+)/)![1]!.replace(/,/g, ""));
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(total);
    // What was read stays: the summary counts it, the table lists it, and focus goes to the summary.
    expect(await figure(page, "PDs read").textContent()).toBe(read.toLocaleString("en-US"));
    expect(await page.getByTestId("rows-shown").textContent()).toBe(`Showing ${Math.min(100, read)} of ${read.toLocaleString("en-US")} files.`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("summary-heading");
    // Nothing more arrives after Cancel.
    await page.waitForTimeout(1000);
    expect(await figure(page, "PDs read").textContent()).toBe(read.toLocaleString("en-US"));
    expect(await page.getByRole("button", { name: "Choose PD files" }).isEnabled()).toBe(true);
    for (const width of [400, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await axeViolations(page)).toEqual([]);
      await stateShot(page, `coverage-cancelled-${width}`);
    }
  });

  it("lists the file a reader failed on as not read and reads the rest with a new reader", async () => {
    const { page } = await open();
    const total = 400;
    await choose(page, onDisk(many(total)));
    await page.waitForFunction(() => Number(document.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow")) > 0);
    const [worker] = page.workers();
    // An error nothing in the reader catches, as a reader failing on a file raises it.
    void worker!
      .evaluate(() =>
        setTimeout(() => {
          throw new Error("the reader broke");
        }),
      )
      .catch(() => undefined);
    await done(page, total);
    await page.getByRole("combobox", { name: "Show" }).selectOption({ label: "Files not read" });
    const reasons = await table(page).locator("tbody td").allTextContents();
    expect(reasons).toEqual([expect.stringMatching(/^Not read: The reader failed on this file \(an error: .*the reader broke\): it was not read$/)]);
    expect(await figure(page, "PDs read").textContent()).toBe(String(total - 1));
  });

  it("shows the table a page of rows at a time", async () => {
    const { page } = await open();
    await choose(page, many(250));
    await done(page, 250);
    expect(await table(page).locator("tbody tr").count()).toBe(100);
    await page.getByRole("button", { name: "Show 100 more" }).click();
    expect(await table(page).locator("tbody tr").count()).toBe(200);
    await page.getByRole("button", { name: "Show 50 more" }).click();
    expect(await table(page).locator("tbody tr").count()).toBe(250);
    expect(await page.getByRole("button", { name: /^Show \d+ more$/ }).count()).toBe(0);
  });
});

describe("folders and dropped files", () => {
  it("reads the Word documents of a chosen folder and its subfolders, leaving out other files, lock files and hidden files", async () => {
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cx-coverage-folder-")), "pds");
    const [pd] = manyPds(1);
    const files: Record<string, Buffer> = {
      "it-specialist.docx": pd!.buffer,
      "~$-specialist.docx": Buffer.from("Word's lock file"),
      ".hidden.docx": pd!.buffer,
      "notes.txt": Buffer.from("notes"),
      "2025/program-analyst.docx": pd!.buffer,
      "2025/old.doc": fs.readFileSync(path.join(FIXTURES, "lo-old-format.doc")),
    };
    for (const [name, bytes] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), bytes);
    }
    const { page } = await open();
    await choose(page, [folder], "Choose a folder");
    await done(page, 3);
    expect((await rowHeaders(page)).sort()).toEqual(["pds/2025/old.doc", "pds/2025/program-analyst.docx", "pds/it-specialist.docx"]);
    await page.getByText("Left out: 3 other files in the folders chosen").waitFor();
    fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  it("reads files dropped on the page", async () => {
    const { page } = await open();
    const [pd] = manyPds(1);
    const transfer = await page.evaluateHandle(
      (bytes) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(bytes)], "dropped.docx", { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }));
        data.items.add(new File(["%PDF-1.7"], "dropped.pdf", { type: "application/pdf" }));
        return data;
      },
      [...pd!.buffer],
    );
    const zone = page.getByTestId("drop-zone");
    await zone.dispatchEvent("dragenter", { dataTransfer: transfer });
    await zone.dispatchEvent("dragover", { dataTransfer: transfer });
    await zone.dispatchEvent("drop", { dataTransfer: transfer });
    await done(page, 2);
    expect((await rowHeaders(page)).sort()).toEqual(["dropped.docx", "dropped.pdf"]);
    expect(await figure(page, "PDs read").textContent()).toBe("1");
  });
});

describe("from the keyboard", () => {
  it("opens the file chooser, sorts by a column and filters, all without the mouse", async () => {
    const { page } = await open();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Choose PD files");
    const chooser = page.waitForEvent("filechooser");
    // A round trip, so the driver intercepts the chooser before Enter opens it (a click waits on its own).
    await page.evaluate(() => undefined);
    await page.keyboard.press("Enter");
    await (await chooser).setFiles(chosen);
    await done(page, chosen.length);

    await page.getByRole("combobox", { name: "Show" }).focus();
    await page.keyboard.press("Tab"); // the table's scrolling region
    await page.keyboard.press("Tab"); // the File column's header
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("File▲");
    await page.keyboard.press("Enter");
    expect(await table(page).locator("thead th").first().getAttribute("aria-sort")).toBe("descending");
    // Focus stays on the header, with a visible ring.
    expect(await page.evaluate(() => document.activeElement?.matches(":focus-visible"))).toBe(true);
  });
});

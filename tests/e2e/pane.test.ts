/**
 * The production pane in Chromium with the Word stand-in: detection follows the cursor, every section shows
 * exactly its language, insertion lands where Word would put it, refusals leave the document alone, and
 * the whole flow works from the keyboard with no axe violations.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { planInsertion } from "../../src/core/insertionPlan";
import { createLibrary, type LibraryData } from "../../src/core/library";
import type { StandinDocumentSpec, StandinParagraphSpec, StandinSelection } from "../../src/word/standin/types";
import { containsText, isFocused } from "./assertions";
import { axeViolations, openPane, ROOT, screenshot, startHarness, stopHarness, type PaneSession } from "./harness";

const library = createLibrary(JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8")) as LibraryData);

beforeAll(startHarness);
afterAll(stopHarness);

const h1 = (text: string): StandinParagraphSpec => ({ text, style: "Heading 1", styleBuiltIn: "Heading1" });
const boldLine = (text: string): StandinParagraphSpec => ({ text, bold: true });
const p = (text: string): StandinParagraphSpec => ({ text });
const item = (text: string): StandinParagraphSpec => ({ text, style: "List Paragraph", styleBuiltIn: "ListParagraph", list: { id: 4, level: 0, bullet: true } });

/** A PD in the shapes real ones take: numbered heading styles, bold factor lines, a list of duties. */
const PD: StandinParagraphSpec[] = [
  { text: "POSITION DESCRIPTION", style: "Title", styleBuiltIn: "Title" }, // 0
  p("Position Title: Customer Experience Analyst, GS-0301-12"), // 1
  h1("I. INTRODUCTION"), // 2
  p("This position is in the Office of the Chief Customer Officer."), // 3
  h1("II. MAJOR DUTIES AND RESPONSIBILITIES"), // 4
  boldLine("Customer Support Operations (50%)"), // 5
  item("Analyzes customer feedback and service data."), // 6
  item("Leads journey mapping sessions with program staff."), // 7
  p(""), // 8
  h1("III. FACTOR LEVELS"), // 9
  boldLine("Factor 1 - Knowledge Required by the Position FL 1-7, 1250 points"), // 10
  p("Knowledge of qualitative and quantitative research methods."), // 11
  boldLine("Factor 2 - Supervisory Controls FL 2-4, 450 points"), // 12
  p("The supervisor outlines overall objectives."), // 13
  boldLine("Factor 3 - Guidelines FL 3-3, 275 points"), // 14
  p("Guidelines include agency policy and OMB circulars."), // 15
  boldLine("Factor 4 - Complexity FL 4-4, 225 points"), // 16
  p("The work involves many different processes."), // 17
  boldLine("Factor 5 - Scope and Effect FL 5-3, 150 points"), // 18
  p("The work affects the quality of services to the public."), // 19
  boldLine("Factors 6 & 7 - Personal Contacts and Purpose of Contacts 3c, 180 points"), // 20
  p("Contacts are with members of the public and program offices."), // 21
  boldLine("Total Points: 2750"), // 22
  { text: "Office of the Chief Customer Officer", body: "Header" }, // 23
];

const caret = (paragraph: number, offset = 0): StandinSelection => ({ start: { paragraph, offset }, end: { paragraph, offset } });
const pdDoc = (selection: StandinSelection, extra: Partial<StandinDocumentSpec> = {}): StandinDocumentSpec => ({ paragraphs: PD, selection, ...extra });

async function moveCursor(page: Page, selection: StandinSelection) {
  await page.evaluate((sel) => window.cxStandin!.setSelection(sel), selection);
}
const texts = (page: Page) => page.evaluate(() => window.cxStandin!.texts());
const paragraphs = (page: Page) => page.evaluate(() => window.cxStandin!.paragraphs());
const syncLog = (page: Page) => page.evaluate(() => window.cxStandin!.syncLog.map((s) => ({ ...s })));

/** Waits for the stand-in to answer a round trip after the first `syncsBefore`, then for the pane to render the answer. */
async function afterDetection(page: Page, syncsBefore: number) {
  await page.waitForFunction((n) => window.cxStandin!.syncLog.length > n, syncsBefore);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Ids of the cards the suggestions region shows (top-level cards only). */
async function shownCards(page: Page): Promise<string[]> {
  return page.locator('[data-testid="suggestions-region"] [data-card-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute("data-card-id") ?? ""));
}
async function waitForCards(page: Page, expected: string[]) {
  await page.waitForFunction(
    (ids) => JSON.stringify([...document.querySelectorAll('[data-testid="suggestions-region"] [data-card-id]')].map((c) => c.getAttribute("data-card-id"))) === JSON.stringify(ids),
    expected,
  );
}
const topLevel = (section: string) => library.topLevelEntriesInSection(section).map((e) => e.id);
const liveRegion = (page: Page) => page.getByTestId("live-region");
const insertButton = (page: Page, id: string) => page.getByTestId(`card-${id}`).getByRole("button", { name: /^Insert: / }).first();

/** The insertion's round trips: from the sync that inspected the cursor to the one that wrote. */
function insertionSyncs(log: { operations: string[] }[]): number {
  const wrote = log.findIndex((s) => s.operations.some((op) => /insertParagraph|insertText/.test(op)));
  const inspected = log.findIndex((s) => s.operations.some((op) => /ContentControl\.load\(cannotEdit/.test(op)));
  if (wrote === -1 || inspected === -1) throw new Error(`no insertion in the sync log: ${JSON.stringify(log)}`);
  return wrote - inspected + 1;
}

let session: PaneSession | undefined;
afterEach(async () => {
  if (session) {
    expect(session.consoleErrors.filter((e) => !/Word request failed/.test(e))).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
    await session.close();
  }
  session = undefined;
});

describe("suggestions follow the cursor", () => {
  it.each([
    [3, "introduction"],
    [7, "major-duties"],
    [11, "factor-1"],
    [15, "factor-3"],
    [19, "factor-5"],
    [21, "factors-6-7"],
  ])("cursor in paragraph %i shows exactly the %s language", async (paragraph, section) => {
    session = await openPane({ doc: pdDoc(caret(paragraph, 2)) });
    await waitForCards(session.page, topLevel(section));
    expect(await shownCards(session.page)).toEqual(topLevel(section));
    await session.page.getByTestId("place-summary").getByText(library.section(section)!.name.split(" – ")[0]).first().waitFor();
  });

  it("changes from Major Duties to Factor 3 when the cursor moves, and says so politely", async () => {
    session = await openPane({ doc: pdDoc(caret(6, 3)) });
    const { page } = session;
    await waitForCards(page, topLevel("major-duties"));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "pane-major-duties");
    await moveCursor(page, caret(15, 5));
    await waitForCards(page, topLevel("factor-3"));
    await containsText(liveRegion(page), "Factor 3");
    expect(await liveRegion(page).getAttribute("aria-live")).toBe("polite");
  });

  it.each([
    [13, /Factor 2/],
    [17, /Factor 4/],
    // A label line with its value ("Total Points: 2715") is never announced as a section name.
    [22, /Evaluation summary/i],
  ])("paragraph %i is a part with no CX language: the pane says so and shows no cards", async (paragraph, name) => {
    session = await openPane({ doc: pdDoc(caret(paragraph, 1)) });
    const { page } = session;
    await page.getByTestId("empty-state").waitFor();
    await containsText(page.getByTestId("empty-state"), name);
    await containsText(page.getByTestId("empty-state"), /no CX language/i);
    expect(await page.getByTestId("empty-state").textContent()).not.toMatch(/Total Points/i);
    expect(await shownCards(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("in the title block and in a header, explains where suggestions apply", async () => {
    session = await openPane({ doc: pdDoc(caret(1, 1)) });
    const { page } = session;
    await page.getByTestId("empty-state").waitFor();
    expect(await shownCards(page)).toEqual([]);
    await moveCursor(page, caret(23, 1));
    await containsText(page.getByTestId("empty-state"), /header/i);
  });

  it("lets the user pick a section by hand and go back to following the cursor", async () => {
    session = await openPane({ doc: pdDoc(caret(7, 1)) });
    const { page } = session;
    await waitForCards(page, topLevel("major-duties"));
    await page.getByTestId("section-picker").selectOption("factor-5");
    await waitForCards(page, topLevel("factor-5"));
    const syncsBefore = (await syncLog(page)).length;
    await moveCursor(page, caret(3, 1)); // a hand-picked section stays put
    await afterDetection(page, syncsBefore);
    expect(await shownCards(page)).toEqual(topLevel("factor-5"));
    await page.getByRole("button", { name: "Follow cursor" }).click();
    await waitForCards(page, topLevel("introduction"));
  });

  it("offers the manual picker only, and says why, in Word without WordApi 1.3", async () => {
    session = await openPane({ doc: pdDoc(caret(7, 1), { requirementSets: { WordApi: "1.1" } }) });
    const { page } = session;
    await page.getByTestId("no-detection-reason").waitFor();
    await page.getByTestId("section-picker").selectOption("major-duties");
    await waitForCards(page, topLevel("major-duties"));
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("inserting", () => {
  it("one item after the cursor's list item, continuing the list, in two round trips", async () => {
    session = await openPane({ doc: pdDoc(caret(7, 4)) });
    const { page } = session;
    await waitForCards(page, topLevel("major-duties"));
    const logBefore = (await syncLog(page)).length;
    await insertButton(page, "pd-duties-04").click();
    await containsText(liveRegion(page), "Inserted 1 item into Major Duties");
    const after = await paragraphs(page);
    expect(after[8]).toMatchObject({ text: library.renderEntry("pd-duties-04"), list: expect.objectContaining({ id: 4, level: 0 }) });
    expect(after.map((x) => x.text)).toEqual([...PD.slice(0, 8).map((x) => x.text), library.renderEntry("pd-duties-04"), ...PD.slice(8).map((x) => x.text)]);
    expect(insertionSyncs((await syncLog(page)).slice(logBefore))).toBeLessThanOrEqual(2);
    await page.getByTestId("card-pd-duties-04").getByTestId("in-document").waitFor();
  });

  it("several selected items, in library order, into an empty paragraph", async () => {
    session = await openPane({ doc: pdDoc(caret(8)) });
    const { page } = session;
    await waitForCards(page, topLevel("major-duties"));
    await page.getByTestId("card-pd-duties-07").getByRole("checkbox").first().check();
    await page.getByTestId("card-pd-duties-02").getByRole("checkbox").first().check();
    await page.getByTestId("insert-selected").click();
    await containsText(liveRegion(page), "Inserted 2 items into Major Duties");
    const now = await texts(page);
    expect(now.slice(8, 10)).toEqual([library.renderEntry("pd-duties-02"), library.renderEntry("pd-duties-07")]);
    expect(now[10]).toBe("III. FACTOR LEVELS");
  });

  it("the lead-in with its list, one level deeper, inside the duties list", async () => {
    session = await openPane({ doc: pdDoc(caret(6, 2)) });
    const { page } = session;
    await waitForCards(page, topLevel("major-duties"));
    await insertButton(page, "pd-duties-09").click();
    await containsText(liveRegion(page), "Inserted");
    const inserted = (await paragraphs(page)).slice(7, 11);
    expect(inserted.map((x) => x.text)).toEqual(["pd-duties-09", "pd-duties-10", "pd-duties-11", "pd-duties-12"].map((id) => library.renderEntry(id)));
    expect(inserted.map((x) => x.list?.level)).toEqual([0, 1, 1, 1]);
  });

  const span = (paragraph: number, from: number, toParagraph: number, to: number): StandinSelection => ({ start: { paragraph, offset: from }, end: { paragraph: toParagraph, offset: to } });
  const cell = (text: string, cellId: number): StandinParagraphSpec => ({ text, body: "TableCell", cellId });
  const TABLE_PD = [h1("II. MAJOR DUTIES AND RESPONSIBILITIES"), cell("Customer Support Operations", 1), cell("50%", 2), p("Other duties as assigned.")];
  it.each([
    ["a heading", pdDoc(span(18, 0, 18, PD[18].text.length)), "factor-5", 18],
    ["part of a paragraph", pdDoc(span(3, 0, 3, 13)), "introduction", 3],
    ["several paragraphs", pdDoc(span(6, 3, 7, 10)), "major-duties", 7],
    ["a table cell", { paragraphs: TABLE_PD, selection: span(1, 0, 1, 8) }, "major-duties", 1],
  ])("with %s selected: the selected text stays, the item goes in after it, and the pane says so", async (_kind, doc, section, last) => {
    session = await openPane({ doc });
    const { page } = session;
    await waitForCards(page, topLevel(section));
    const entry = topLevel(section)[0]!;
    await insertButton(page, entry).click();
    await containsText(liveRegion(page), `Inserted 1 item into ${library.section(section)!.name}, after the selected text`);
    await containsText(page.getByTestId("insert-result"), "after the selected text");
    const before = doc.paragraphs;
    const after = await paragraphs(page);
    expect(after.map((x) => x.text)).toEqual([...before.slice(0, last + 1).map((x) => x.text), library.renderEntry(entry), ...before.slice(last + 1).map((x) => x.text)]);
    // The selected paragraphs keep their form; in a table the item stays in the selected cell.
    for (let i = 0; i <= last; i++) expect(after[i]).toMatchObject({ style: before[i].style ?? "Normal", bold: before[i].bold ?? false });
    if (before[last].body === "TableCell") expect(after[last + 1]).toMatchObject({ body: "TableCell", cellId: before[last].cellId });
  });

  it("a PWP performance goal with its activities as bullets", async () => {
    const plan: StandinParagraphSpec[] = [h1("Performance Work Plan"), h1("Performance Goals"), p("")];
    session = await openPane({ doc: { paragraphs: plan, selection: caret(2) } });
    const { page } = session;
    await page.getByRole("button", { name: "Performance plan" }).click();
    const goal = library.entry("pwp-goal-2")!;
    await insertButton(page, goal.id).click();
    await containsText(liveRegion(page), "Inserted");
    const after = (await paragraphs(page)).slice(2);
    expect(after.map((x) => x.text)).toEqual([goal.id, ...goal.children!].map((id) => library.renderEntry(id)));
    expect(after[0].list).toBeUndefined();
    expect(after.slice(1).every((x) => x.list?.bullet)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "pane-pwp");
  });

  it("from the keyboard only: tab to search, type, arrow to a result, Enter", async () => {
    session = await openPane({ doc: pdDoc(caret(8)) });
    const { page } = session;
    await waitForCards(page, topLevel("major-duties"));
    const search = page.getByRole("searchbox", { name: "Search all CX language" });
    for (let i = 0; i < 15 && !(await search.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await isFocused(search);
    await page.keyboard.type("plain language");
    await page.getByTestId("search-results").waitFor();
    await containsText(page.getByTestId("card-pd-duties-15").locator("mark").first(), /plain language/i);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "pane-search");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await containsText(liveRegion(page), "Inserted 1 item into Major Duties");
    expect((await texts(page))[8]).toBe(library.renderEntry("pd-duties-15"));
    expect(await page.evaluate(() => document.activeElement?.closest("#root") !== null)).toBe(true);
  });
});

describe("the whole library", () => {
  it("every one of its pieces can be found by search and inserted", async () => {
    session = await openPane({ doc: { paragraphs: [h1("CX language"), p("")], selection: caret(1) } });
    const { page } = session;
    const search = page.getByRole("searchbox", { name: "Search all CX language" });
    const entries = library.entries();
    expect(entries).toHaveLength(72);
    // What inserting an entry alone writes first: its text ("Level 3: …" for a rating level).
    const written = (id: string) => planInsertion(library, [id])[0].text;
    for (const entry of entries) {
      const text = written(entry.id);
      await search.fill(library.renderEntry(entry).split(/\s+/).slice(0, 7).join(" "));
      const card = page.getByTestId("search-results").getByTestId(`card-${entry.id}`);
      await card.getByRole("button", { name: /^Insert: / }).first().click();
      await page.waitForFunction((t) => window.cxStandin!.texts().includes(t), text, { timeout: 5000 }).catch(async (error: Error) => {
        const problem = await page.getByTestId("insert-problem").innerText().catch(() => "no problem shown");
        throw new Error(`${entry.id} was not inserted (${problem}): ${error.message}`);
      });
    }
    const inDocument = await texts(page);
    for (const entry of entries) expect(inDocument).toContain(written(entry.id));
  });
});

describe("refusing, with the document unchanged and a plain message", () => {
  it.each([
    ["a read-only document", pdDoc(caret(7, 2), { readOnly: true }), /viewing only/i],
    [
      "a locked content control",
      { paragraphs: [h1("Major Duties"), { text: "Approved text", contentControl: { id: 1, cannotEdit: true, title: "Approved duties" } }], selection: caret(1, 2) },
      /locked/i,
    ],
  ])("in %s", async (_, doc, message) => {
    session = await openPane({ doc });
    const { page } = session;
    await waitForCards(page, topLevel("major-duties"));
    const before = await paragraphs(page);
    await insertButton(page, "pd-duties-01").click();
    const problem = page.getByTestId("insert-problem");
    await problem.waitFor();
    await containsText(problem, message);
    await containsText(problem, "not changed");
    expect(await paragraphs(page)).toEqual(before);
    await problem.getByRole("button", { name: /details/i }).click();
    await containsText(problem, /GeneralException|cannotEdit/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "pane-error");
  });
});

describe("when Word rejects the insertion after part of it landed", () => {
  it("does not say the document is unchanged when the entry's text was already after the cursor", async () => {
    const entry = "pd-intro-01";
    // The entry is already in the document, right after the cursor's paragraph: its card says "In document".
    const doc: StandinParagraphSpec[] = [...PD.slice(0, 4), p(library.renderEntry(entry)), ...PD.slice(4)];
    session = await openPane({ doc: { paragraphs: doc, selection: caret(3, 5), failNextWrite: { afterWrites: 1, code: "GeneralException" } } });
    const { page } = session;
    await waitForCards(page, topLevel("introduction"));
    await page.getByTestId(`card-${entry}`).getByTestId("in-document").waitFor();
    await insertButton(page, entry).click();
    const problem = page.getByTestId("insert-problem");
    await problem.waitFor();
    await containsText(problem, "Undo");
    expect(await problem.innerText()).not.toMatch(/not changed/);
    expect(await texts(page)).toHaveLength(doc.length + 1);
  });
});

describe("themes", () => {
  it.each([
    ["dark Office theme", { officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" } }, {}],
    ["Windows high contrast (forced colours)", {}, { forcedColors: "active" as const }],
  ])("%s: readable, no axe violations", async (_, extra, browserOptions) => {
    session = await openPane({ doc: pdDoc(caret(7, 1), extra), ...browserOptions });
    const { page } = session;
    await waitForCards(page, topLevel("major-duties"));
    expect(await axeViolations(page)).toEqual([]);
  });
});

/**
 * The pane as an HR specialist uses it, in the production build: text goes in in the document's own form, the pane
 * fits a task pane at 320, 350 and 450 px, performance plans follow the cursor, another agency's items stay out
 * unless chosen, and "In document" has no false marks. (The preview's switch of sample is in preview.test.ts.)
 * Each case asserts the paragraphs the document ends up with.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { createLibrary, type LibraryData } from "../../src/core/library";
import { samplePerformancePlan, samplePositionDescription } from "../../src/word/standin/sampleDocuments";
import type { StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { containsText, valueHolds } from "./assertions";
import { axeViolations, paneSessionPerTest, ROOT, screenshot } from "./harness";

const library = createLibrary(JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8")) as LibraryData);

const panes = paneSessionPerTest();

const indexOf = (doc: StandinDocumentSpec, start: string) => {
  const index = doc.paragraphs.findIndex((p) => p.text.startsWith(start));
  if (index < 0) throw new Error(`No paragraph starting "${start}"`);
  return index;
};
const at = (doc: StandinDocumentSpec, start: string, offset = 3): StandinDocumentSpec => {
  const paragraph = indexOf(doc, start);
  return { ...doc, selection: { start: { paragraph, offset }, end: { paragraph, offset } } };
};
const paragraphs = (page: Page) => page.evaluate(() => window.cxStandin!.paragraphs());
const insertOn = (page: Page, id: string) => page.getByTestId(`card-${id}`).getByRole("button", { name: /^Insert: / }).first();
async function insertAndWait(page: Page, id: string) {
  const before = (await paragraphs(page)).length;
  await insertOn(page, id).click();
  await valueHolds(() => paragraphs(page), (now) => now.length > before, `${id} inserted`);
  return paragraphs(page);
}
/** What the user sees of paragraphs: text, list level (null outside lists) and style. */
const shape = (list: StandinParagraphSpec[]) => list.map((p) => ({ text: p.text, list: p.list ? p.list.level : null, style: p.style }));

describe("text in the document's own form", () => {
  it.each([
    ["the Introduction", "This position is located", "introduction"],
    ["Factor 5", "The purpose of the work is to analyze", "factor-5"],
  ])("in %s's prose, inserts a plain paragraph in the style around it", async (_label, start, section) => {
    const doc = at(samplePositionDescription, start);
    const session = await panes.open({ doc });
    const { page } = session;
    const entry = library.topLevelEntriesInSection(section)[0]!;
    await page.getByTestId(`card-${entry.id}`).waitFor();
    const after = await insertAndWait(page, entry.id);
    const index = indexOf(doc, start);
    expect(shape(after.slice(index, index + 2))).toEqual([
      { text: doc.paragraphs[index]!.text, list: null, style: "Normal" },
      { text: library.renderEntry(entry, { agency: "DHS" }), list: null, style: "Normal" },
    ]);
  });

  it("in a Major Duties bullet list, inserts an item of that list", async () => {
    const doc = at(samplePositionDescription, "Recommends changes to procedures");
    const session = await panes.open({ doc });
    const { page } = session;
    await page.getByTestId("card-pd-duties-04").waitFor();
    const after = await insertAndWait(page, "pd-duties-04");
    const index = indexOf(doc, "Recommends changes to procedures");
    expect(after[index + 1]).toMatchObject({ text: library.renderEntry("pd-duties-04"), list: { id: doc.paragraphs[index]!.list!.id, level: 0 } });
  });
});

describe("a pane that fits a task pane", () => {
  it.each([320, 350, 450])("at %i px: header in place while the list scrolls, section named once, three Factor 1 cards in view", async (width) => {
    const session = await panes.open({ doc: at(samplePositionDescription, "Knowledge of the theories"), width });
    const { page } = session;
    await page.setViewportSize({ width, height: 800 });
    const cards = library.topLevelEntriesInSection("factor-1").map((e) => e.id);
    await page.getByTestId(`card-${cards[2]}`).waitFor();

    const layout = await page.evaluate(() => {
      const rect = (el: Element | null) => el?.getBoundingClientRect();
      const main = document.querySelector("main")!;
      const view = main.getBoundingClientRect();
      const visible = [...document.querySelectorAll<HTMLElement>("[data-card-id]")].filter((card) => {
        const r = card.getBoundingClientRect();
        return r.top >= view.top && r.bottom <= view.bottom;
      }).length;
      const types = [...document.querySelectorAll('[role=group][aria-label="Document type"] button')].map((b) => b.getBoundingClientRect().top);
      return { visible, typesTops: types, headerTop: rect(document.querySelector("header"))!.top, pageScrolls: document.documentElement.scrollHeight > window.innerHeight + 1 };
    });
    expect(layout.visible).toBeGreaterThanOrEqual(3);
    expect(new Set(layout.typesTops).size).toBe(1); // the document-type buttons sit in one row
    expect(layout.pageScrolls).toBe(false); // only the list scrolls

    // The section's name shows once (in the header); no kind badge repeats on every card; no empty selection bar.
    await containsText(page.getByTestId("place-summary"), "Factor 1");
    expect(await page.getByText("Knowledge or skill", { exact: true }).count()).toBe(0);
    expect(await page.getByTestId("insert-selected").count()).toBe(0);
    await screenshot(page, `pane-factor-1-${width}`);

    await page.locator("main").evaluate((main) => main.scrollBy(0, 400));
    expect(await page.locator("header").evaluate((header) => header.getBoundingClientRect().top)).toBe(layout.headerTop);

    await page.getByTestId(`card-${cards[0]}`).getByRole("checkbox").check();
    await page.getByTestId("insert-selected").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `pane-selected-${width}`);
  });
});

describe("performance plans follow the cursor", () => {
  it("shows the goals' language in a goal, and keeps the competency requirement paragraphs inside an activity list", async () => {
    const doc = at(samplePerformancePlan, "Analyze correspondence workload");
    const session = await panes.open({ doc });
    const { page } = session;
    await page.getByRole("button", { name: "Performance plan" }).click();
    await containsText(page.getByTestId("place-summary"), "GS Performance Goals");
    await page.getByTestId("card-pwp-goal-1").waitFor();
    expect(await page.getByTestId("card-pwp-gs-requirement").count()).toBe(0);
    await screenshot(page, "pane-pwp-goals");

    await page.getByTestId("section-picker").selectOption("gs-customer-service");
    const after = await insertAndWait(page, "pwp-gs-requirement");
    const index = indexOf(doc, "Analyze correspondence workload");
    const block = after.slice(index + 1, index + 5);
    expect(block.map((p) => p.text.slice(0, 8))).toEqual([library.renderEntry("pwp-gs-requirement").slice(0, 8), "Level 1:", "Level 3:", "Level 5:"]);
    expect(block.every((p) => !p.list)).toBe(true);
  });

  it("gives a goal inserted on the empty line after the goals the form of the goals around it", async () => {
    const doc = at(samplePerformancePlan, "Revise at least six notices", 0);
    const empty = indexOf(doc, "Revise at least six notices") + 1;
    const session = await panes.open({ doc: { ...doc, selection: { start: { paragraph: empty, offset: 0 }, end: { paragraph: empty, offset: 0 } } } });
    const { page } = session;
    await page.getByRole("button", { name: "Performance plan" }).click();
    await page.getByTestId("card-pwp-goal-3").waitFor();
    const after = await insertAndWait(page, "pwp-goal-3");
    // Numbered after the goals before it, as the plan numbers them.
    expect(after[empty]).toMatchObject({ text: `Performance Goal 3: ${library.renderEntry("pwp-goal-3")}`, style: "Heading 2" });
    expect(after[empty]!.list).toBeUndefined();
    const activities = library.children("pwp-goal-3");
    expect(after.slice(empty + 1, empty + 1 + activities.length).every((p) => p.list?.level === 0)).toBe(true);
  });
});

describe("another agency's items", () => {
  it("are marked, left out of a goal's activities, and can still be inserted on purpose", async () => {
    const doc = at(samplePerformancePlan, "Revise at least six notices", 0);
    const empty = indexOf(doc, "Revise at least six notices") + 1;
    const session = await panes.open({ doc: { ...doc, selection: { start: { paragraph: empty, offset: 0 }, end: { paragraph: empty, offset: 0 } }, settings: { "cxLanguage.agency": "USDA" } } });
    const { page } = session;
    await page.getByRole("button", { name: "Performance plan" }).click();
    const specific = page.getByTestId("child-pwp-goal-1-activity-02");
    await containsText(specific, "Written for DHS");
    const after = await insertAndWait(page, "pwp-goal-1");
    const texts = after.map((p) => p.text);
    expect(texts).toContain(library.renderEntry("pwp-goal-1-activity-01", { agency: "USDA" }));
    for (const child of library.children("pwp-goal-1").filter((c) => c.agencySpecific)) {
      expect(texts).not.toContain(library.renderEntry(child, { agency: "USDA" }));
    }
    await screenshot(page, "pane-other-agency");
  });
});

describe("In document", () => {
  it("marks a long activity typed in the plan but not a short one that only appears inside a sentence", async () => {
    const long = library.renderEntry("pwp-goal-3-activity-02");
    // The cursor in the goals, so the goals' language shows; the plan already says "using plain language" in a sentence.
    const base = at(samplePerformancePlan, "Analyze correspondence workload");
    const doc = { ...base, paragraphs: [...base.paragraphs, { text: long }, { text: "Plain language is used in every customer notice." }] };
    const session = await panes.open({ doc });
    const { page } = session;
    await page.getByRole("button", { name: "Performance plan" }).click();
    // The long one is found (the marks have arrived), the short one is not.
    await page.getByTestId("child-pwp-goal-3-activity-02").getByTestId("in-document").waitFor();
    expect(await page.getByTestId("child-pwp-goal-2-activity-02").getByTestId("in-document").count()).toBe(0);
  });
});

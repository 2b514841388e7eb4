/**
 * Approved, adapted and earlier wording in the production pane on the Word stand-in: the cards say how each entry
 * stands, Show changes compares the paragraph with the approved wording, Replace with approved wording puts it back
 * (or refuses when the paragraph changed meanwhile), the review counts the states, and the review-workflow settings
 * with and without WordApi 1.4. axe finds nothing in each state; screenshots at 320, 350 and 450 px.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { createLibrary, type LibraryData } from "../../src/core/library";
import type { StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { containsText, isFocused, valueHolds } from "./assertions";
import { axeViolations, paneSessionPerTest, ROOT, screenshot } from "./harness";

const library = createLibrary(JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8")) as LibraryData);
const text = (id: string, agency = "DHS") => library.renderEntry(id, { agency });

const panes = paneSessionPerTest();

const h1 = (t: string): StandinParagraphSpec => ({ text: t, style: "Heading 1", styleBuiltIn: "Heading1" });
const bullet = (t: string): StandinParagraphSpec => ({ text: t, style: "List Bullet", styleBuiltIn: "ListBullet", list: { id: 1, level: 0, bullet: true } });

/** One word of pd-duties-01 changed by an editor ("seek" → "try"). */
const ADAPTED = text("pd-duties-01").replace("seek", "try");
const ADAPTED_AT = 3;

/** Major Duties holding an approved entry, an adapted one (a list item) and one naming another agency. */
function pd(extra: Partial<StandinDocumentSpec> = {}): StandinDocumentSpec {
  const paragraphs = [
    h1("Introduction"),
    { text: text("pd-intro-01") },
    h1("Major Duties"),
    bullet(ADAPTED),
    bullet(text("pd-duties-04")),
    bullet(text("pd-duties-06", "USDA")),
  ];
  return { paragraphs, selection: { start: { paragraph: 4, offset: 2 }, end: { paragraph: 4, offset: 2 } }, ...extra };
}

const card = (page: Page, id: string) => page.getByTestId(`card-${id}`);
const state = (page: Page, id: string) => card(page, id).getByTestId("in-document");
const paragraphs = (page: Page) => page.evaluate(() => window.cxStandin!.paragraphs());

async function shots(page: Page, name: string) {
  for (const width of [320, 350, 450]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 350, height: 900 });
}

describe("how entries stand in the document", () => {
  it("each card says it in words; Show changes marks the changed words; axe finds nothing", async () => {
    const { page } = await panes.open({ doc: pd() });
    await containsText(state(page, "pd-duties-04"), "Approved");
    await containsText(state(page, "pd-duties-01"), "Adapted · 1 word changed");
    await containsText(state(page, "pd-duties-06"), "Adapted · names USDA");
    expect(await axeViolations(page)).toEqual([]);

    const show = card(page, "pd-duties-01").getByRole("button", { name: /^Show changes/ });
    await show.click();
    const comparison = card(page, "pd-duties-01").getByTestId("comparison");
    await comparison.waitFor();
    expect(await comparison.locator("ins").allInnerTexts()).toEqual([expect.stringContaining("seek")]);
    expect(await comparison.locator("del").allInnerTexts()).toEqual([expect.stringContaining("try")]);
    // The marks are text decoration, which forced colours keep (backgrounds they drop).
    expect(await comparison.locator("ins").evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("underline");
    expect(await comparison.locator("del").evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("line-through");
    await card(page, "pd-duties-01").scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await shots(page, "pane-show-changes");
  });

  it.each([
    ["dark", { colorScheme: "dark" as const, doc: pd({ officeTheme: { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#2b2b2b", controlForegroundColor: "#ffffff" } }) }],
    ["forced colours", { forcedColors: "active" as const, doc: pd() }],
  ])("Show changes in %s: axe finds nothing", async (name, options) => {
    const { page } = await panes.open(options);
    await containsText(state(page, "pd-duties-01"), "Adapted");
    await card(page, "pd-duties-01").getByRole("button", { name: /^Show changes/ }).click();
    await card(page, "pd-duties-01").getByTestId("comparison").waitFor();
    await card(page, "pd-duties-01").scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `pane-show-changes-${name.replace(" ", "-")}`);
  });

  it("Replace with approved wording puts the approved text into the paragraph, which keeps its list and style", async () => {
    const { page } = await panes.open({ doc: pd() });
    await containsText(state(page, "pd-duties-01"), "Adapted");
    const before = (await paragraphs(page))[ADAPTED_AT]!;
    await card(page, "pd-duties-01").getByRole("button", { name: /^Replace with approved wording/ }).click();
    await containsText(state(page, "pd-duties-01"), "Approved");
    const after = (await paragraphs(page))[ADAPTED_AT]!;
    expect(after.text).toBe(text("pd-duties-01"));
    expect({ style: after.style, list: after.list }).toEqual({ style: before.style, list: before.list });
    expect(await paragraphs(page)).toHaveLength(pd().paragraphs.length);
    await containsText(page.getByTestId("live-region"), "Replaced with the approved wording");
    await isFocused(card(page, "pd-duties-01"));
    expect(await axeViolations(page)).toEqual([]);
  });

  it("a paragraph edited since the pane read it is left alone, and the pane says so", async () => {
    const { page } = await panes.open({ doc: pd() });
    await containsText(state(page, "pd-duties-01"), "Adapted");
    // Someone edits the paragraph in Word after the pane read it (no focus event: the pane does not know).
    const edited = `${ADAPTED} Edited.`;
    await page.evaluate(
      ({ at, to }) => {
        const spec = window.cxStandin!.spec();
        spec.paragraphs[at] = { ...spec.paragraphs[at]!, text: to };
        window.cxStandin!.setSpec(spec);
      },
      { at: ADAPTED_AT, to: edited },
    );
    await card(page, "pd-duties-01").getByRole("button", { name: /^Replace with approved wording/ }).click();
    const problem = page.getByTestId("replace-problem");
    await containsText(problem, "The paragraph changed since it was read; nothing was replaced");
    await valueHolds(() => paragraphs(page), (now) => now[ADAPTED_AT]!.text === edited, "the edited paragraph kept");
    expect(await axeViolations(page)).toEqual([]);
    await shots(page, "pane-replace-refused");
  });

  it("the review lists each section's items with their state and counts them", async () => {
    const { page } = await panes.open({ doc: pd() });
    await page.getByRole("button", { name: "Review", exact: true }).click();
    await containsText(page.getByTestId("review-summary"), "2 of 6 CX sections have CX language: 2 approved, 2 adapted");
    await containsText(page.getByTestId("review-major-duties"), "Adapted");
    expect(await axeViolations(page)).toEqual([]);
    await shots(page, "pane-review-states");
  });
});

describe("review-workflow settings", () => {
  it("switched on, an insertion is tracked and carries a comment naming its source", async () => {
    const { page } = await panes.open({ doc: pd() });
    await page.getByRole("button", { name: "Settings" }).click();
    const panel = page.getByTestId("settings-panel");
    await panel.getByRole("switch", { name: "Insert as a tracked change" }).check();
    await panel.getByRole("switch", { name: "Add a comment naming the source" }).check();
    expect(await axeViolations(page)).toEqual([]);
    await shots(page, "pane-settings-review");
    await panel.getByRole("button", { name: "Save" }).click();
    const count = (await paragraphs(page)).length;
    await card(page, "pd-duties-02").getByRole("button", { name: /^Insert: / }).first().click();
    await valueHolds(() => paragraphs(page), (now) => now.length === count + 1, "one paragraph inserted");
    await containsText(page.getByTestId("insert-result"), "Inserted 1 item");
    const syncs = await page.evaluate(() => window.cxStandin!.syncLog.flatMap((s) => s.operations));
    // The comment's text is checked in the pane's component tests; the browser's stand-in logs the calls Word got.
    expect(syncs.some((op) => op.includes("insertComment"))).toBe(true);
    expect(syncs.some((op) => op.includes("changeTrackingMode"))).toBe(true);
  });

  it("without WordApi 1.4 both are shown unavailable with the reason", async () => {
    const { page } = await panes.open({ doc: pd({ requirementSets: { WordApi: "1.3" } }) });
    await page.getByRole("button", { name: "Settings" }).click();
    const panel = page.getByTestId("settings-panel");
    for (const name of ["Insert as a tracked change", "Add a comment naming the source"]) {
      const control = panel.getByRole("switch", { name });
      expect(await control.isDisabled()).toBe(true);
    }
    await containsText(panel, "Not available: this version of Word lacks Word API 1.4");
    expect(await axeViolations(page)).toEqual([]);
    await shots(page, "pane-settings-no-1-4");
  });
});

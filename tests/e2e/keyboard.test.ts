/**
 * The production pane from the keyboard and to a screen reader: a list of cards is one tab stop with the arrow
 * keys between cards, panels take focus in and give it back, names hold the visible words, an insertion's
 * message goes with its moment, and axe (best-practice rules included) finds nothing in these states.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { createLibrary, type LibraryData } from "../../src/core/library";
import type { StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { containsText, isFocused } from "./assertions";
import { axeViolations, paneSessionPerTest, ROOT, screenshot } from "./harness";

const library = createLibrary(JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8")) as LibraryData);
const panes = paneSessionPerTest();

const h1 = (text: string): StandinParagraphSpec => ({ text, style: "Heading 1", styleBuiltIn: "Heading1" });
const bold = (text: string): StandinParagraphSpec => ({ text, bold: true });
const p = (text: string): StandinParagraphSpec => ({ text });
const PD: StandinParagraphSpec[] = [
  h1("Introduction"), // 0
  p("This position is in the Office of Customer Experience."), // 1
  h1("Major Duties"), // 2
  p("Analyzes customer feedback and service data."), // 3
  h1("Factor Levels"), // 4
  bold("Factor 3 - Guidelines, Level 3-3, 275 Points"), // 5
  p("Guidelines include agency policy and precedent."), // 6
];
const caret = (paragraph: number, offset = 2) => ({ start: { paragraph, offset }, end: { paragraph, offset } });
const pd = (paragraph: number, extra: Partial<StandinDocumentSpec> = {}): StandinDocumentSpec => ({ paragraphs: PD, selection: caret(paragraph), ...extra });
const DARK = { officeTheme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" } };

const duties = library.topLevelEntriesInSection("major-duties").map((e) => e.id);
// A card once the arrow navigation (loaded after the first view) has made it a focus group.
const card = (page: Page, id: string) => page.locator(`[data-testid="suggestions-region"] [data-card-id="${id}"][data-tabster*="groupper"]`);
/** What has focus, in words a failure can show: a card's id, or the control's role and name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "body";
    if (el.dataset.cardId) return `card ${el.dataset.cardId}`;
    const owner = el.closest<HTMLElement>("[data-card-id]")?.dataset.cardId;
    const name = el.getAttribute("aria-label") ?? el.textContent?.trim() ?? "";
    return `${el.getAttribute("role") ?? el.tagName.toLowerCase()} ${name}${owner ? ` in ${owner}` : ""}`;
  });
async function tabFromSearch(page: Page) {
  await page.getByRole("searchbox", { name: "Search all CX language" }).focus();
  await page.keyboard.press("Tab");
}

describe("a list of cards is one tab stop", () => {
  it("Major Duties: Tab reaches one card, the arrows move between cards, Tab goes on into the card's actions and then past the list", async () => {
    expect(duties.length).toBeGreaterThan(10);
    const { page } = await panes.open({ doc: pd(3) });
    await card(page, duties.at(-1)!).waitFor();
    await tabFromSearch(page);
    expect(await focused(page)).toBe(`card ${duties[0]}`);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe(`card ${duties[2]}`);
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe(`card ${duties[1]}`);
    await page.keyboard.press("End");
    expect(await focused(page)).toBe(`card ${duties.at(-1)}`);
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowDown");
    expect(await card(page, duties[1]).getAttribute("aria-labelledby")).toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);

    // Tab: the focused card's checkbox, Copy and Insert, then out of the list (not into the next card).
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("Tab");
      stops.push(await focused(page));
    }
    expect(stops.slice(0, 3)).toEqual([
      expect.stringMatching(new RegExp(`^input Select: .* in ${duties[1]}$`)),
      expect.stringMatching(new RegExp(`^button Copy: .* in ${duties[1]}$`)),
      expect.stringMatching(new RegExp(`^button Insert: .* in ${duties[1]}$`)),
    ]);
    expect(stops[3]).not.toMatch(/card|\bin pd-/);
    // Back into the list, focus returns to where it left (the card's Insert button), not to the first card.
    await tabFromSearch(page);
    expect(await focused(page)).toMatch(new RegExp(`^button Insert: .* in ${duties[1]}$`));
    // The arrows from inside a card move to the next card, not to the card's next button.
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe(`card ${duties[2]}`);
    // Enter on a card inserts it; focus stays on the card.
    await page.keyboard.press("Enter");
    await page.getByTestId("insert-result").waitFor();
    expect(await focused(page)).toBe(`card ${duties[2]}`);
  });

  it("search results: Down from the search box, the arrows between hits, Up from the first hit back to the box, one tab stop", async () => {
    const { page } = await panes.open({ doc: pd(3) });
    await card(page, duties[0]).waitFor();
    const box = page.getByRole("searchbox", { name: "Search all CX language" });
    await box.fill("customer");
    const hits = page.getByTestId("search-results").locator(":scope > [data-card-id]");
    await hits.nth(2).waitFor();
    const ids = await hits.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-card-id")));
    await box.press("ArrowDown");
    expect(await focused(page)).toBe(`card ${ids[0]}`);
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe(`card ${ids[1]}`);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await isFocused(box);
    await box.press("ArrowUp"); // Up from the box goes to the last hit
    expect(await focused(page)).toBe(`card ${ids.at(-1)}`);
    await box.focus();
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe(`card ${ids.at(-1)}`); // the list remembers the hit
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatch(new RegExp(`^input Select: .* in ${ids.at(-1)}$`));
  });
});

describe("panels take focus and give it back", () => {
  it("Review: focus goes to its heading, and back to the Review button when it closes", async () => {
    const { page } = await panes.open({ doc: pd(1) });
    const reviewButton = page.getByRole("button", { name: "Review", exact: true });
    await reviewButton.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("review-summary").waitFor();
    await isFocused(page.getByRole("heading", { name: "Review of this document" }));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Close review" }).press("Enter");
    await isFocused(reviewButton);
    // Closing with the Review button itself leaves focus on it too.
    await page.keyboard.press("Enter");
    await isFocused(page.getByRole("heading", { name: "Review of this document" }));
    await reviewButton.press("Enter");
    await page.getByTestId("review-panel").waitFor({ state: "detached" });
    await isFocused(reviewButton);
  });

  it("Settings: focus goes to the agency name, and back to the Settings button on Cancel, Escape or Save", async () => {
    const { page } = await panes.open({ doc: pd(1) });
    const settingsButton = page.getByRole("button", { name: "Settings", exact: true });
    for (const close of ["Cancel", "Escape", "Save"]) {
      await settingsButton.press("Enter");
      await isFocused(page.getByRole("textbox", { name: "Agency name" }));
      if (close === "Escape") await page.keyboard.press("Escape");
      else await page.getByRole("button", { name: close, exact: true }).press("Enter");
      await page.getByTestId("settings-panel").waitFor({ state: "detached" });
      await isFocused(settingsButton);
    }
  });
});

describe("names hold the visible words (WCAG 2.5.3)", () => {
  it("every labelled button in the pane and the review starts its name with its own text", async () => {
    const { page } = await panes.open({ doc: pd(3) });
    await card(page, duties[0]).waitFor();
    await page.getByRole("button", { name: "Review", exact: true }).click();
    await page.getByTestId("review-summary").waitFor();
    await page.getByRole("button", { name: "Go to section: Factor 3 – Guidelines" }).waitFor();
    const mismatches = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("button[aria-label], [role=button][aria-label]")]
        .map((button) => ({ label: button.getAttribute("aria-label")!, text: button.innerText.trim() }))
        .filter(({ label, text }) => text !== "" && !label.toLowerCase().startsWith(text.toLowerCase())),
    );
    expect(mismatches).toEqual([]);
  });
});

describe("an insertion's message belongs to its moment", () => {
  it("goes when the cursor moves to another part", async () => {
    const { page } = await panes.open({ doc: pd(1) });
    const intro = library.topLevelEntriesInSection("introduction")[0]!.id;
    await card(page, intro).getByRole("button", { name: /^Insert: / }).click();
    await containsText(page.getByTestId("insert-result"), "Inserted 1 item into Introduction");
    expect(await axeViolations(page)).toEqual([]); // the bar is a landmark of its own
    await page.evaluate((selection) => window.cxStandin!.setSelection(selection), caret(3));
    await card(page, duties[0]).waitFor();
    await page.getByTestId("insert-result").waitFor({ state: "detached" });
  });
});

describe("focus is visible in every theme, at every width", () => {
  it.each([
    ["light", {}, {}],
    ["dark", DARK, {}],
    ["forced-colors", {}, { forcedColors: "active" as const }],
  ])("%s: a focused card, the review with focus on its heading, the settings with focus on the agency name", async (theme, extra, browserOptions) => {
    const { page } = await panes.open({ doc: pd(3, extra), ...browserOptions });
    await card(page, duties[0]).waitFor();
    for (const width of [320, 350, 450]) {
      await page.setViewportSize({ width, height: 700 });
      await tabFromSearch(page);
      expect(await focused(page)).toMatch(/^card /);
      // Chromium draws the card's :focus-visible ring: the outline is there, not "none".
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
      await screenshot(page, `focus-card-${theme}-${width}`);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Review", exact: true }).press("Enter");
    await page.getByTestId("review-summary").waitFor();
    for (const width of [320, 350, 450]) {
      await page.setViewportSize({ width, height: 700 });
      await isFocused(page.getByRole("heading", { name: "Review of this document" }));
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
      await screenshot(page, `focus-review-${theme}-${width}`);
    }
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Close review" }).press("Enter");
    await page.getByRole("button", { name: "Settings", exact: true }).press("Enter");
    for (const width of [320, 350, 450]) {
      await page.setViewportSize({ width, height: 700 });
      await isFocused(page.getByRole("textbox", { name: "Agency name" }));
      await screenshot(page, `focus-settings-${theme}-${width}`);
    }
    expect(await axeViolations(page)).toEqual([]);
  });
});

/**
 * The review in the production pane: on a PD that lacks Factor 3 and Factors 6–7 language, "Add suggestions" takes
 * the cursor there, an insert follows, and the review then shows the section with CX language.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { createLibrary, type LibraryData } from "../../src/core/library";
import type { StandinParagraphSpec } from "../../src/word/standin/types";
import { containsText, valueHolds } from "./assertions";
import { axeViolations, paneSessionPerTest, ROOT, screenshot } from "./harness";

const library = createLibrary(JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8")) as LibraryData);
const text = (id: string) => library.renderEntry(id, { agency: "DHS" });

const panes = paneSessionPerTest();

const h1 = (t: string): StandinParagraphSpec => ({ text: t, style: "Heading 1", styleBuiltIn: "Heading1" });
const bold = (t: string): StandinParagraphSpec => ({ text: t, bold: true });
const p = (t: string): StandinParagraphSpec => ({ text: t });

/** CX language in the Introduction, Major Duties, Factors 1 and 5; none in Factor 3 or Factors 6 and 7. */
const PD: StandinParagraphSpec[] = [
  { text: "POSITION DESCRIPTION", style: "Title", styleBuiltIn: "Title" },
  h1("Introduction"),
  p("This position is in the Office of Customer Experience."),
  p(text("pd-intro-01")),
  h1("Major Duties"),
  p(text("pd-duties-04")),
  h1("Factor Levels"),
  bold("Factor 1 - Knowledge Required by the Position, Level 1-7, 1250 Points"),
  p(text("pd-knowledge-01")),
  bold("Factor 3 - Guidelines, Level 3-3, 275 Points"),
  p("Guidelines include agency policy and precedent."),
  bold("Factor 5 - Scope and Effect, Level 5-3, 150 Points"),
  p(text("pd-scope-01")),
  bold("Factors 6 and 7 - Personal Contacts and Purpose of Contacts, Level 2b, 75 Points"),
  p("Contacts are with employees in the agency."),
];

const reviewItem = (page: Page, section: string) => page.getByTestId(`review-${section}`);

/** Whole-document reads: the syncs that read the first page of every paragraph (the only paged read). */
function wholeDocumentReads(page: Page): Promise<number> {
  return page.evaluate(() => window.cxStandin!.syncLog.filter((s) => s.operations.some((op) => op.startsWith("ParagraphCollection.load(") && op.includes('"skip":0}'))).length);
}

async function openReview(page: Page) {
  await page.getByRole("button", { name: "Review", exact: true }).click();
  await page.getByTestId("review-summary").waitFor();
}

describe("reviewing a PD for missing CX language", () => {
  it("finds the sections without CX language, adds some to Factor 3, and shows it afterwards", async () => {
    const session = await panes.open({ doc: { paragraphs: PD, selection: { start: { paragraph: 2, offset: 0 }, end: { paragraph: 2, offset: 0 } } } });
    const { page } = session;
    await openReview(page);
    await containsText(page.getByTestId("review-summary"), "4 of 6 CX sections have CX language");
    await containsText(reviewItem(page, "factor-3"), "No CX language yet");
    await containsText(reviewItem(page, "factors-6-7"), "No CX language yet");
    await containsText(reviewItem(page, "major-duties"), "Has CX language");
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, "pane-review");

    await reviewItem(page, "factor-3").getByRole("button", { name: /^Add suggestions/ }).click();
    // The cursor is at the end of Factor 3, and its suggestions follow it.
    await page.getByTestId("review-panel").waitFor({ state: "detached" });
    const selection = await page.evaluate(() => window.cxStandin!.selection());
    expect(selection.start).toEqual({ paragraph: 10, offset: PD[10]!.text.length });
    const first = library.topLevelEntriesInSection("factor-3")[0]!;
    const insert = page.getByTestId(`card-${first.id}`).getByRole("button", { name: /^Insert: / }).first();
    await insert.click();
    await page.getByTestId("insert-result").waitFor();
    expect(await page.evaluate(() => window.cxStandin!.texts())).toContain(text(first.id));

    await openReview(page);
    await containsText(page.getByTestId("review-summary"), "5 of 6 CX sections have CX language");
    await containsText(reviewItem(page, "factor-3"), "Has CX language: 1 item");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("follows the document while open: an insertion and a text change show with no Review again, and an unchanged document is not read again", async () => {
    const session = await panes.open({ doc: { paragraphs: PD, selection: { start: { paragraph: 10, offset: PD[10]!.text.length }, end: { paragraph: 10, offset: PD[10]!.text.length } } } });
    const { page } = session;
    const first = library.topLevelEntriesInSection("factor-3")[0]!;
    const insert = page.getByTestId(`card-${first.id}`).getByRole("button", { name: /^Insert: / }).first();
    await insert.waitFor();
    await openReview(page);
    await containsText(reviewItem(page, "factor-3"), "No CX language yet");
    const readsBefore = await wholeDocumentReads(page);

    // Insert into Factor 3 with the review open: the card and the review both show it, from the one read after inserting.
    await insert.click();
    await page.getByTestId(`card-${first.id}`).getByText("Approved").waitFor();
    await containsText(page.getByTestId("review-summary"), "5 of 6 CX sections have CX language");
    await containsText(reviewItem(page, "factor-3"), "Has CX language: 1 item");
    expect(await wholeDocumentReads(page)).toBe(readsBefore + 1);

    // Nothing changed: coming back to the pane, closing and opening the review read no paragraph again.
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await page.getByRole("button", { name: "Close review" }).click();
    await openReview(page);
    await page.waitForTimeout(500);
    expect(await wholeDocumentReads(page)).toBe(readsBefore + 1);
    await containsText(page.getByTestId("review-summary"), "5 of 6 CX sections have CX language");

    // The text changed (typed in Word): the pane regains focus and the review follows.
    await page.evaluate((contact) => {
      const spec = window.cxStandin!.spec();
      window.cxStandin!.setSpec({ ...spec, paragraphs: [...spec.paragraphs, { text: contact }] });
    }, text("pd-contacts-01"));
    await page.evaluate(() => window.dispatchEvent(new Event("focus")));
    await containsText(page.getByTestId("review-summary"), "6 of 6 CX sections have CX language");
    await containsText(reviewItem(page, "factors-6-7"), "Has CX language: 1 item");
    expect(await wholeDocumentReads(page)).toBe(readsBefore + 2);
  });

  it("Go to section puts the caret at the end of the heading, and an Insert then goes in under the heading, which stays", async () => {
    const session = await panes.open({ doc: { paragraphs: PD } });
    const { page } = session;
    await openReview(page);
    await reviewItem(page, "factor-5").getByRole("button", { name: /^Go to/ }).click();
    const heading = PD[11]!.text;
    // A caret, not a selection: nothing is there for the next Insert to type over.
    await valueHolds(
      () => page.evaluate(() => window.cxStandin!.selection()),
      (selection) => JSON.stringify(selection) === JSON.stringify({ start: { paragraph: 11, offset: heading.length }, end: { paragraph: 11, offset: heading.length } }),
      "the caret at the end of the Factor 5 heading",
    );
    await containsText(page.getByTestId("place-summary"), "Factor 5");
    await page.getByRole("button", { name: "Close review" }).click();
    const entry = library.topLevelEntriesInSection("factor-5").find((e) => e.id !== "pd-scope-01")!;
    await page.getByTestId(`card-${entry.id}`).getByRole("button", { name: /^Insert: / }).first().click();
    await containsText(page.getByTestId("insert-result"), "Inserted 1 item into Factor 5");
    expect(await page.getByTestId("insert-result").innerText()).not.toMatch(/selected text/);
    const after = await page.evaluate(() => window.cxStandin!.paragraphs());
    expect(after.map((x) => x.text)).toEqual([...PD.slice(0, 12).map((x) => x.text), text(entry.id), ...PD.slice(12).map((x) => x.text)]);
    expect(after[11]).toMatchObject({ text: heading, bold: true });
    expect(after[12]).toMatchObject({ bold: false });
    await containsText(page.getByTestId("place-summary"), "Factor 5");
  });
});

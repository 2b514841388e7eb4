/**
 * A performance plan typed as plain text (no heading styles, no bold) in the production pane: it opens in the plan
 * view with the way back to the PD view, follows the cursor into the Customer Service element, and its review lists
 * the GS plan's parts with Go to and Add suggestions; a goal added there takes the plan's numbering.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { createLibrary, type LibraryData } from "../../src/core/library";
import type { StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { containsText, valueHolds } from "./assertions";
import { axeViolations, paneSessionPerTest, ROOT, screenshot } from "./harness";

const library = createLibrary(JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8")) as LibraryData);
const panes = paneSessionPerTest();

const p = (text: string): StandinParagraphSpec => ({ text });

const PLAN: StandinParagraphSpec[] = [
  p("Performance Plan"),
  p("Employee: Jordan Rivera, Management and Program Analyst, GS-0343-11"),
  p("Appraisal Period: October 1, 2025 to September 30, 2026"),
  p("Critical Element 1: Program Management"),
  p("Plans and carries out assigned projects and studies."),
  p("Critical Element 4: Customer Service"),
  p("Responds to customer inquiries within two business days and follows up until they are resolved."),
  p("Performance Goals"),
  p("Performance Goal 1: Reduce the time customers wait for a response"),
  p("Analyze correspondence workload and identify the largest sources of delay."),
  p("Signatures"),
  p("Employee: ______________________   Date: ____________"),
];
const IN_CUSTOMER_SERVICE = 6;
const planDoc: StandinDocumentSpec = {
  paragraphs: PLAN,
  selection: { start: { paragraph: IN_CUSTOMER_SERVICE, offset: 4 }, end: { paragraph: IN_CUSTOMER_SERVICE, offset: 4 } },
};

const placeSummary = (page: Page) => page.getByTestId("place-summary");
const reviewItem = (page: Page, section: string) => page.getByTestId(`review-${section}`);

async function openReview(page: Page) {
  await page.getByRole("button", { name: "Review", exact: true }).click();
  await page.getByTestId("review-summary").waitFor();
}

/** Opens the plan with the cursor in the Customer Service element and waits for the plan view there. */
async function planViewAt(width: number) {
  const session = await panes.open({ doc: planDoc, width });
  const { page } = session;
  await page.getByTestId("plan-notice").waitFor();
  await containsText(placeSummary(page), `Cursor in ${library.section("gs-customer-service")!.name}`);
  await page.getByTestId("card-pwp-gs-requirement").waitFor();
  return session;
}

describe("a performance plan typed as plain text", () => {
  it("opens in the plan view at the Customer Service element, goes back to the PD view, and reviews the plan's parts", async () => {
    const session = await planViewAt(350);
    const { page } = session;
    // Never "before the first section" inside the plan.
    expect(await placeSummary(page).innerText()).not.toMatch(/before the first section/);
    expect(await page.getByRole("button", { name: "Performance plan (PWP)" }).getAttribute("aria-pressed")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);

    // The way back to the PD view, and from there to the plan again.
    await page.getByTestId("plan-notice").getByRole("button", { name: "Back to position description" }).click();
    await page.getByTestId("plan-notice").waitFor({ state: "detached" });
    expect(await page.getByRole("button", { name: "Position description" }).getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("button", { name: "Performance plan (PWP)" }).click();
    await containsText(placeSummary(page), `Cursor in ${library.section("gs-customer-service")!.name}`);

    // The review: a GS plan's parts, never the SES requirement.
    await openReview(page);
    await containsText(page.getByTestId("review-summary"), "0 of 2 parts of the plan have CX language");
    await containsText(reviewItem(page, "gs-customer-service"), "No CX language yet");
    await containsText(reviewItem(page, "gs-performance-goals"), "No CX language yet");
    expect(await reviewItem(page, "ses-requirement").count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await reviewItem(page, "gs-customer-service").getByRole("button", { name: /^Go to/ }).click();
    await valueHolds(
      () => page.evaluate(() => window.cxStandin!.selection()),
      // A caret at the end of the title, not a selection: nothing for the next Insert to type over.
      (selection) => JSON.stringify(selection) === JSON.stringify({ start: { paragraph: 5, offset: PLAN[5]!.text.length }, end: { paragraph: 5, offset: PLAN[5]!.text.length } }),
      "the caret at the end of the Customer Service element's title",
    );

    // Add suggestions to the goals: the cursor goes to the end of the goals, and a goal inserted there is numbered.
    await reviewItem(page, "gs-performance-goals").getByRole("button", { name: /^Add suggestions/ }).click();
    await page.getByTestId("review-panel").waitFor({ state: "detached" });
    await containsText(placeSummary(page), `Cursor in ${library.section("gs-performance-goals")!.name}`);
    await page.getByTestId("card-pwp-goal-3").getByRole("button", { name: /^Insert: / }).first().click();
    await containsText(page.getByTestId("insert-result"), "Inserted 1 goal with 3 activities");
    const texts = await page.evaluate(() => window.cxStandin!.texts());
    expect(texts[10]).toBe(`Performance Goal 2: ${library.renderEntry("pwp-goal-3", { agency: "DHS" })}`);

    await openReview(page);
    // The goal (under its number) and its three activities.
    await containsText(reviewItem(page, "gs-performance-goals"), "Has CX language: 4 items");
    await containsText(page.getByTestId("review-summary"), "1 of 2 parts of the plan have CX language");
    expect(session.consoleErrors).toEqual([]);
  });

  it.each([320, 350, 450])("at %i px: the plan view, the way back and the plan review fit", async (width) => {
    const { page } = await planViewAt(width);
    await screenshot(page, `plan-plain-text-${width}`);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await openReview(page);
    await screenshot(page, `plan-review-${width}`);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole("button", { name: "Close review" }).click();
    await page.getByTestId("plan-notice").getByRole("button", { name: "Back to position description" }).click();
    await page.getByTestId("plan-notice").waitFor({ state: "detached" });
    await containsText(placeSummary(page), "Cursor before the first section");
    await page.waitForTimeout(300); // the buttons' colour transition, for the picture only
    await screenshot(page, `plan-back-to-pd-${width}`);
  });
});

/**
 * The preview page (`npm start`, /preview.html): a person clicks in the sample Position Description and the
 * real pane beside it follows the cursor, with no Word at all.
 */
import { createLibrary, type LibraryData } from "../../src/core/library";
import fs from "node:fs";
import path from "node:path";
import { axeViolations, openPane, PREVIEW_BUILD, ROOT, screenshot, startHarness, stopHarness } from "./harness";
import { samplePositionDescription } from "../../src/word/standin/sampleDocuments";

const library = createLibrary(JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8")) as LibraryData);

beforeAll(() => startHarness(PREVIEW_BUILD));
afterAll(stopHarness);

const indexOf = (pattern: RegExp) => samplePositionDescription.paragraphs.findIndex((p) => pattern.test(p.text));

it("clicking from Major Duties into Factor 3 changes the suggestions", async () => {
  const session = await openPane({ pagePath: "preview.html", width: 1200 });
  const { page } = session;
  const cards = page.locator('[data-testid="suggestions-region"] [data-card-id]');
  const firstCard = (id: string) => page.locator(`[data-testid="suggestions-region"] [data-card-id="${id}"]`);

  const duty = indexOf(/^Reviews contact center/);
  const guidelines = indexOf(/^Factor 3/) + 1;
  expect(duty).toBeGreaterThan(0);
  expect(guidelines).toBeGreaterThan(duty);

  await page.locator(`[data-paragraph="${duty}"] [data-text]`).click();
  await firstCard(library.topLevelEntriesInSection("major-duties")[0].id).waitFor();
  await screenshot(page, "preview");
  await page.locator(`[data-paragraph="${guidelines}"] [data-text]`).click();
  await firstCard(library.topLevelEntriesInSection("factor-3")[0].id).waitFor();
  expect(await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-card-id")))).toEqual(
    library.topLevelEntriesInSection("factor-3").map((e) => e.id),
  );
  expect(await axeViolations(page)).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  await session.close();
});

it("follows a switch of sample document at once: the pane reads the performance plan without Refresh", async () => {
  const session = await openPane({ pagePath: "preview.html", width: 1200 });
  const { page } = session;
  await page.locator("[data-card-id]").first().waitFor();
  await page.locator("[data-card-id]").first().getByRole("button", { name: /^Insert: / }).click();
  await page.getByTestId("insert-result").waitFor();
  await page.getByRole("tab", { name: "Performance plan" }).click();
  // A fresh pane for the new document, as Word opens one: it sees a plan and shows its language, and says
  // nothing about what went into the other document.
  await page.getByTestId("plan-notice").waitFor({ timeout: 5000 });
  expect(await page.getByTestId("insert-result").count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(session.consoleErrors).toEqual([]);
  await session.close();
});

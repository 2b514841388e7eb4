/**
 * Plain language in the production pane over the stand-in Word: hints follow the cursor, Replace changes one
 * occurrence in the document (formatting around it kept), Replace all every one, Ignore is kept in the document's
 * settings across a reload, and a refusal leaves the document as it was; axe at 320 and 450 px, light, dark and
 * forced colours.
 */
import type { Page } from "playwright-core";
import type { StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { containsText } from "./assertions";
import { axeViolations, paneSessionPerTest, screenshot, stateShot, transitionsEnded } from "./harness";

const panes = paneSessionPerTest();

const h1 = (t: string): StandinParagraphSpec => ({ text: t, style: "Heading 1", styleBuiltIn: "Heading1" });
const p = (t: string): StandinParagraphSpec => ({ text: t });
const caret = (paragraph: number) => ({ start: { paragraph, offset: 0 }, end: { paragraph, offset: 0 } });

const PD: StandinParagraphSpec[] = [
  { text: "POSITION DESCRIPTION", style: "Title", styleBuiltIn: "Title" },
  h1("Introduction"),
  p("This position is in the Office of Customer Experience."),
  h1("Major Duties"),
  // "Important:" is bold: its run must stay as it is when "utilize" is replaced.
  { text: "Important: utilize data in order to improve service.", formatted: [{ start: 0, end: 10, bold: true }] },
  p("Prior to each review, the incumbent will utilize surveys and disseminate results."),
  h1("Factor 3 - Guidelines"),
  p("Guidelines are numerous and frequently updated."),
];

const doc = (extra: Partial<StandinDocumentSpec> = {}): StandinDocumentSpec => ({ paragraphs: PD, selection: caret(4), ...extra });

const panel = (page: Page) => page.getByTestId("plain-panel");
const cards = (page: Page) => panel(page).getByTestId("plain-hint");
const marked = (page: Page) => panel(page).locator("[data-testid=plain-hint] mark").allTextContents();
const texts = (page: Page) => page.evaluate(() => window.cxStandin!.texts());

async function openPlain(page: Page) {
  await page.getByRole("button", { name: "Plain language", exact: true }).click();
  await panel(page).getByTestId("plain-summary").waitFor();
}

describe("plain language in the PD", () => {
  it("shows the cursor's section's hints and follows the cursor; the switch shows the whole document", async () => {
    const { page } = await panes.open({ doc: doc(), width: 350 });
    await openPlain(page);
    await containsText(panel(page).getByTestId("plain-scope-summary"), "Major Duties: 5 hints");
    expect(await marked(page)).toEqual(["utilize", "in order to", "Prior to", "utilize", "disseminate"]);
    // The README's picture (npm run screenshots).
    await screenshot(page, "plain-language");
    await page.evaluate(() => window.cxStandin!.setSelection({ start: { paragraph: 7, offset: 3 }, end: { paragraph: 7, offset: 3 } }));
    await containsText(panel(page).getByTestId("plain-scope-summary"), "Factor 3 – Guidelines: 2 hints");
    expect(await marked(page)).toEqual(["numerous", "frequently"]);
    await panel(page).getByRole("switch", { name: "Whole document" }).click();
    await containsText(panel(page).getByTestId("plain-scope-summary"), "Whole document: 7 hints");
    await containsText(panel(page).getByTestId("plain-summary"), "Reading grade level");
  });

  it("Replace changes that occurrence only, keeping the formatting around it; Replace all changes every one", async () => {
    const { page } = await panes.open({ doc: doc() });
    await openPlain(page);
    await cards(page).first().getByRole("button", { name: "Replace “utilize” with “use”" }).click();
    await page.waitForFunction(() => window.cxStandin!.texts()[4] === "Important: use data in order to improve service.");
    const [paragraph] = await page.evaluate(() => window.cxStandin!.paragraphs().slice(4, 5));
    expect(paragraph!.formatted).toEqual([{ start: 0, end: 10, bold: true }]);
    // The other "utilize" is still there; the hint list follows the document.
    expect((await texts(page))[5]).toContain("will utilize surveys");
    await containsText(panel(page).getByTestId("plain-scope-summary"), "Major Duties: 4 hints");

    await cards(page).first().getByRole("button", { name: "Replace “in order to” with “to”" }).click();
    await page.waitForFunction(() => window.cxStandin!.texts()[4] === "Important: use data to improve service.");
    await containsText(panel(page).getByTestId("plain-scope-summary"), "Major Duties: 3 hints");
    expect(await marked(page)).toEqual(["Prior to", "utilize", "disseminate"]);
  });

  it("Replace all replaces every occurrence of the phrase in the document, in three round trips", async () => {
    const twice: StandinParagraphSpec[] = [h1("Major Duties"), p("We utilize tools."), p("They utilized data and are utilizing more.")];
    const { page } = await panes.open({ doc: { paragraphs: twice, selection: caret(1) } });
    await openPlain(page);
    await cards(page).first().getByRole("button", { name: "Replace all 3 occurrences of “utilize”" }).click();
    await page.waitForFunction(() => window.cxStandin!.texts()[2] === "They used data and are using more.");
    expect(await texts(page)).toEqual(["Major Duties", "We use tools.", "They used data and are using more."]);
    // All three in one writing round trip.
    const writes = await page.evaluate(() => window.cxStandin!.syncLog.filter((s) => s.operations.some((op) => op.startsWith("Range.insertText"))));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.operations.filter((op) => op.startsWith("Range.insertText"))).toHaveLength(3);
  });

  it("Ignore hides the hint, and the document keeps it across a reload", async () => {
    const session = await panes.open({ doc: doc() });
    const { page } = session;
    await openPlain(page);
    await cards(page).nth(2).getByRole("button", { name: "Ignore “Prior to” in this sentence" }).click();
    await containsText(panel(page).getByTestId("plain-scope-summary"), "Major Duties: 4 hints");
    const saved = await page.evaluate(() => window.cxStandin!.savedSettings());
    expect(saved["cxLanguage.plainIgnored"]).toEqual([expect.stringMatching(/^prior-to:/)]);

    // The same document opened again, with the settings it was saved with.
    const again = await panes.open({ doc: doc({ settings: saved }) });
    await openPlain(again.page);
    await containsText(panel(again.page).getByTestId("plain-scope-summary"), "Major Duties: 4 hints");
    expect(await marked(again.page)).not.toContain("Prior to");
  });

  it.each([320, 450])("refuses when the text changed since it was read, saying nothing was replaced, and leaves the document as it was (%i px)", async (width) => {
    const { page } = await panes.open({ doc: doc(), width });
    await openPlain(page);
    // Someone edits the paragraph after the pane read it (no event tells the pane).
    await page.evaluate(() => {
      const spec = window.cxStandin!.spec();
      spec.paragraphs[4]!.text = "Important: utilize data in order to improve service, edited.";
      spec.paragraphs[4]!.formatted = [{ start: 0, end: 10, bold: true }];
      window.cxStandin!.setSpec(spec);
    });
    const edited = await texts(page);
    await cards(page).first().getByRole("button", { name: "Replace “utilize” with “use”" }).click();
    await containsText(panel(page).getByTestId("plain-problem"), "nothing was replaced");
    expect(await texts(page)).toEqual(edited);
    await transitionsEnded(page);
    expect(await axeViolations(page)).toEqual([]);
    await stateShot(page, `pane-plain-language-refused-${width}`);
  });

  describe.each([
    ["light", {}],
    ["dark", { colorScheme: "dark" as const, officeTheme: { bodyBackgroundColor: "#1f1f1f", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#2b2b2b", controlForegroundColor: "#ffffff" } }],
    ["forced colours", { forcedColors: "active" as const }],
  ])("accessibility, %s", (name, options) => {
    it.each([320, 450])("has no axe violations at %i px, in the section and over the whole document", async (width) => {
      const { officeTheme, ...pageOptions } = options as { officeTheme?: StandinDocumentSpec["officeTheme"]; colorScheme?: "dark"; forcedColors?: "active" };
      const { page } = await panes.open({ doc: doc(officeTheme ? { officeTheme } : {}), width, ...pageOptions });
      await openPlain(page);
      await transitionsEnded(page);
      expect(await axeViolations(page)).toEqual([]);
      await stateShot(page, `pane-plain-language-${name.replace(" ", "-")}-${width}`);
      await panel(page).getByRole("switch", { name: "Whole document" }).click();
      await containsText(panel(page).getByTestId("plain-scope-summary"), "Whole document");
      await transitionsEnded(page);
      expect(await axeViolations(page)).toEqual([]);
      await stateShot(page, `pane-plain-language-whole-${name.replace(" ", "-")}-${width}`);
    });
  });
});

/**
 * The library editor (library-editor.html) in the production build: it opens the library the pane uses (the hosted
 * library.json when the pane would use it, else the built-in one) or a chosen file, lists it in the pane's order,
 * shows the build's validator's problems beside their entries as one types, and saves a new version (raised as the
 * content README says, old wordings kept) with its change summary, both downloaded. Keyboard use; axe (best-practice
 * rules included) finds nothing at 1280 and 400 px wide in each state, light, dark and in forced colours.
 */
import type { Page } from "playwright-core";
import { bundledLibrary, bundledLibraryData } from "../../src/core/bundledLibrary";
import type { LibraryData } from "../../src/core/library";
import { changeSummaryText } from "../../src/core/libraryEditing";
import { findLibraryProblems } from "../../src/core/libraryValidation";
import { axeViolations, paneSessionPerTest, screenshot, stateShot, transitionsEnded, type PaneSession } from "./harness";

const panes = paneSessionPerTest();
const copy = (): LibraryData => structuredClone(bundledLibraryData);

/** Opens the editor; `hosted` is what the host answers for library.json (nothing: a 404, as in the build). */
async function open(options: { width?: number; hosted?: string } = {}): Promise<PaneSession> {
  const session = await panes.open({
    width: options.width ?? 1280,
    pagePath: "library-editor.html",
    beforeLoad: async (page) => {
      if (options.hosted !== undefined) await page.route("**/library.json", (route) => route.fulfill({ body: options.hosted, contentType: "application/json" }));
    },
  });
  await session.page.getByRole("heading", { level: 1, name: "CX library editor" }).waitFor();
  await session.page.getByTestId("opened").waitFor();
  return session;
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Open a library file" }).click();
  await (await chooser).setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

const entry = (page: Page, id: string) => page.getByTestId(`entry-${id}`);
const count = (page: Page) => page.getByTestId("problem-count");
/** The ids of a section's cards, top level first, as listed. */
const listedIds = (page: Page, section: string) =>
  page
    .getByTestId(`section-${section}`)
    .locator(":scope > ul > li")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-testid")!.slice("entry-".length)));

/**
 * Until the validator has checked the last change (a moment after it) and Fluent's colour transitions it starts (Save
 * turning primary) have ended.
 */
async function settled(page: Page): Promise<void> {
  await page.locator("[data-testid=problem-count]:not([aria-busy=true])").waitFor();
  await page.waitForTimeout(50);
  await transitionsEnded(page);
}

/**
 * The page's top (what is open, notices, problems) and its Save section: what every state changes besides the cards.
 * The whole page (every card of the library) is checked when opened and in dark and forced colours; the other states
 * check these parts and the cards they change, since axe over the whole library takes many seconds a run.
 */
const TOP = [
  "main > header",
  "[data-testid=refusal]",
  "[data-testid=notice]",
  "[data-testid=problem-count]",
  "[data-testid=problem-list]",
  "section[aria-labelledby=save-heading]",
];
const cards = (...ids: string[]) => [...TOP, ...ids.map((id) => `[data-testid="entry-${id}"]`)];

/** axe at 1280 and at 400 px over `include` (the whole page when empty), or over `narrow` at 400 px when given. */
async function axeAtBothWidths(page: Page, state: string, include: readonly string[] = [], narrow: readonly string[] = include): Promise<void> {
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 900 });
    await settled(page);
    // axe refuses a part that is not there: only the parts this state shows (a notice, a problem list) are named.
    const parts = width === 400 ? narrow : include;
    const shown: string[] = [];
    for (const selector of parts) if ((await page.locator(selector).count()) > 0) shown.push(selector);
    expect(parts.length === 0 || shown.length > 0).toBe(true);
    expect(await axeViolations(page, shown)).toEqual([]);
    await stateShot(page, `library-editor-${state}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe("opening", () => {
  it("opens the built-in library when none is hosted, in the pane's order, says nothing is sent, and has no axe violations", async () => {
    const { page, blockedRequests, consoleErrors } = await open();
    await page.getByText("Nothing is sent anywhere").waitFor();
    expect(await page.getByTestId("opened").textContent()).toBe(`Open: the library built into the add-in, version ${bundledLibrary.version} of ${bundledLibrary.date}`);
    expect(await count(page).textContent()).toBe("No problems: this library can be saved.");
    const headings = await page.locator("section[data-testid^=section-] h2").allTextContents();
    expect(headings).toEqual(bundledLibrary.sections().map((section) => section.name));
    for (const section of bundledLibrary.sections()) {
      expect(await listedIds(page, section.id)).toEqual(bundledLibrary.topLevelEntriesInSection(section.id).map((e) => e.id));
    }
    // Children under their parent, in its order, each shown as the pane shows it (placeholders filled in).
    const goal = entry(page, "pwp-goal-1");
    const activities = await goal.locator(":scope > ul > li").evaluateAll((items) => items.map((item) => item.getAttribute("data-testid")));
    expect(activities).toEqual(bundledLibrary.children("pwp-goal-1").map((child) => `entry-${child.id}`));
    expect(await goal.locator(":scope > p").first().textContent()).toBe(bundledLibrary.renderEntry("pwp-goal-1"));
    expect(bundledLibraryData.entries.find((e) => e.id === "pwp-goal-1")!.text).toContain("{{agency}}");
    await axeAtBothWidths(page, "opened");
    expect(blockedRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("opens the hosted library.json when the pane would use it, and says why when it would not", async () => {
    const hosted = { ...copy(), version: "1.4.0" };
    const { page, close } = await open({ hosted: JSON.stringify(hosted) });
    expect(await page.getByTestId("opened").textContent()).toBe(`Open: library.json hosted beside this page, version 1.4.0 of ${hosted.date}`);
    await close();

    const broken = copy();
    broken.entries.find((e) => e.id === "pd-duties-02")!.text = "";
    const second = await open({ hosted: JSON.stringify({ ...broken, version: "2.0.0" }) });
    expect(await second.page.getByTestId("opened").textContent()).toContain("Open: the library built into the add-in");
    expect(await second.page.getByTestId("notice").textContent()).toContain("pd-duties-02");
    await axeAtBothWidths(second.page, "hosted-refused", TOP);
  });

  it("opens a chosen file; a file with problems opens listing each beside its entry; a file that is no library is refused", async () => {
    const { page } = await open();
    const chosen = copy();
    chosen.entries.find((e) => e.id === "pd-duties-02")!.text = "";
    chosen.entries.find((e) => e.id === "pd-knowledge-01")!.text += " at {{agancy}}";
    await chooseFile(page, "agency-library.json", JSON.stringify(chosen));
    await page.getByText(`Open: agency-library.json, version ${chosen.version}`).waitFor();
    expect(findLibraryProblems(chosen).length).toBe(2);
    expect(await count(page).textContent()).toBe("2 problems to fix before saving; each is shown with its entry.");
    expect(await entry(page, "pd-duties-02").getByTestId("entry-problems").textContent()).toContain("text must not be empty");
    expect(await entry(page, "pd-knowledge-01").getByTestId("entry-problems").textContent()).toContain("{{agancy}}");
    // Listed at the top too, each a link to its entry.
    const listed = page.getByTestId("problem-list").getByRole("link");
    expect(await listed.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual(["#entry-pd-duties-02", "#entry-pd-knowledge-01"]);
    expect(await page.getByRole("button", { name: "Save a new version" }).getAttribute("aria-disabled")).toBe("true");
    expect(await page.getByText("Fix the 2 problems first.").count()).toBe(1);
    await axeAtBothWidths(page, "problems", cards("pd-duties-02", "pd-knowledge-01"));

    await chooseFile(page, "notes.json", "These are notes, not a library.");
    const refusal = page.getByTestId("refusal");
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/notes\.json cannot be opened.*not valid JSON/);
    // What was open stays open.
    expect(await page.getByTestId("opened").textContent()).toContain("agency-library.json");
    await chooseFile(page, "list.json", JSON.stringify([1, 2, 3]));
    await page.getByText("list.json cannot be opened").waitFor();
    await axeAtBothWidths(page, "refused", TOP);
  });
});

describe("editing and saving", () => {
  it("shows a problem while typing, clears it when fixed, and saves a new version whose download is valid and keeps the old text", async () => {
    const { page, consoleErrors } = await open();
    const id = "pd-duties-02";
    const before = bundledLibraryData.entries.find((e) => e.id === id)!.text;
    const card = entry(page, id);
    await card.getByRole("button", { name: /^Edit:/ }).click();
    const text = card.getByRole("textbox", { name: /^Text/ });
    await text.fill("");
    await card.getByTestId("entry-problems").waitFor();
    expect(await card.getByTestId("entry-problems").textContent()).toContain("text must not be empty");
    expect(await count(page).textContent()).toBe("1 problem to fix before saving; each is shown with its entry.");
    await axeAtBothWidths(page, "typing-problem", cards(id));

    const after = before.replace("the government’s public perception", "how the public sees {{agency}}");
    expect(after).not.toBe(before);
    await text.fill(after);
    await page.getByText("No problems: this library can be saved.").waitFor();
    expect(await card.getByTestId("entry-problems").count()).toBe(0);
    // The card shows the text as the pane will: the agency's name in place of {{agency}}.
    expect(await card.locator(":scope > p").first().textContent()).toBe(bundledLibrary.renderText(after));

    await page.getByRole("button", { name: "Save a new version" }).click();
    const summary = page.getByTestId("change-summary");
    await summary.waitFor();
    expect(await summary.getByRole("heading", { level: 3 }).textContent()).toMatch(/^Version 1\.0\.1, dated \d{4}-\d{2}-\d{2}$/);
    const reworded = summary.getByTestId(`reworded-${id}`);
    expect(await reworded.locator("ins").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("how")]));
    expect(await reworded.locator("del").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("perception")]));
    await axeAtBothWidths(page, "saved", cards(id));
    // The README's picture: the summary of a reworded entry.
    await summary.scrollIntoViewIfNeeded();
    await screenshot(page, "library-editor");

    const library = await downloaded(page, "Download library.json");
    expect(library.name).toBe("library.json");
    const saved = JSON.parse(library.text) as LibraryData;
    expect(findLibraryProblems(saved)).toEqual([]);
    expect(saved.version).toBe("1.0.1");
    const savedEntry = saved.entries.find((e) => e.id === id)!;
    expect(savedEntry.text).toBe(after);
    expect(savedEntry.previousTexts).toEqual([{ version: bundledLibraryData.version, text: before }]);
    const changes = await downloaded(page, "Download the change summary");
    expect(changes.name).toBe("library-1.0.1-changes.txt");
    expect(changes.text).toBe(changeSummaryText(bundledLibraryData, saved));
    expect(consoleErrors).toEqual([]);
  });

  it("retires an entry (shown as retired, brought back at will), and a retirement saves as a major version", async () => {
    const { page } = await open();
    const id = "pd-duties-03";
    await entry(page, id).getByRole("button", { name: /^Retire:/ }).click();
    await entry(page, id).getByText("Retired: not offered in the pane").waitFor();
    // Still listed where it was, with a way back.
    expect(await listedIds(page, "major-duties")).toEqual(bundledLibrary.topLevelEntriesInSection("major-duties").map((e) => e.id));
    await axeAtBothWidths(page, "retired", cards(id));
    await entry(page, id).getByRole("button", { name: /^Bring back:/ }).click();
    await page.getByText("Nothing has changed since it was opened.").waitFor();
    await entry(page, id).getByRole("button", { name: /^Retire:/ }).click();
    await page.getByRole("button", { name: "Save a new version" }).click();
    const summary = page.getByTestId("change-summary");
    expect(await summary.getByRole("heading", { level: 3 }).textContent()).toMatch(/^Version 2\.0\.0,/);
    expect(await summary.textContent()).toContain(`Retired (1)`);
    const saved = JSON.parse((await downloaded(page, "Download library.json")).text) as LibraryData;
    expect(saved.entries.find((e) => e.id === id)!.retired).toBe(true);
    expect(findLibraryProblems(saved)).toEqual([]);

    // Opening another file asks first: the changes live only in the page. Cancelled, nothing is lost.
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.getByRole("button", { name: "Open a library file" }).click();
    expect(await asked).toContain("The changes made here are lost unless you have downloaded them.");
    expect(await entry(page, id).getByText("Retired: not offered in the pane").count()).toBe(1);
  });

  it("adds an entry (its empty text a problem until written) and an item under a goal, and edits the agency's default name", async () => {
    const { page } = await open();
    await page.getByRole("button", { name: "Add an entry to Major Duties" }).click();
    await page.getByText("1 problem to fix before saving; each is shown with its entry.").waitFor();
    // The new entry's text box has the focus, ready to type.
    await page.keyboard.type("Answer every customer within two days at {{agency}}");
    await page.getByText("No problems: this library can be saved.").waitFor();
    await page.getByRole("textbox", { name: "Default for {{agency}}" }).fill("USDA");
    const added = (await listedIds(page, "major-duties")).at(-1)!;
    expect(await entry(page, added).locator(":scope > p").first().textContent()).toBe("Answer every customer within two days at USDA");
    // An item under a goal: last in its list, shown under it.
    await entry(page, "pwp-goal-2").getByRole("button", { name: /^Add an item under:/ }).click();
    await page.keyboard.type("Ask one customer a week what would help");
    const items = await entry(page, "pwp-goal-2").locator(":scope > ul > li").evaluateAll((li) => li.map((item) => item.getAttribute("data-testid")));
    expect(items.slice(0, -1)).toEqual(bundledLibrary.children("pwp-goal-2").map((child) => `entry-${child.id}`));
    const item = items.at(-1)!.slice("entry-".length);
    await page.getByText("No problems: this library can be saved.").waitFor();
    await page.getByRole("button", { name: "Save a new version" }).click();
    expect(await page.getByTestId("change-summary").getByRole("heading", { level: 3 }).textContent()).toMatch(/^Version 1\.1\.0,/);
    const saved = JSON.parse((await downloaded(page, "Download library.json")).text) as LibraryData;
    expect(saved.entries.find((e) => e.id === "pwp-goal-2")!.children!.at(-1)).toBe(item);
    expect(saved.entries.find((e) => e.id === item)!.text).toBe("Ask one customer a week what would help");
    expect(findLibraryProblems(saved)).toEqual([]);
    await axeAtBothWidths(page, "added", cards(added, "pwp-goal-2"));
  });

  it("moves entries with the keyboard, keeping the focus on the button pressed", async () => {
    const { page } = await open();
    const [first, second] = bundledLibrary.topLevelEntriesInSection("major-duties").map((e) => e.id);
    const down = entry(page, first!).getByRole("button", { name: /^Move down:/ });
    await down.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.querySelector("[data-testid=section-major-duties] > ul > li:nth-child(2)")?.getAttribute("data-testid") === `entry-${id}`, first);
    expect((await listedIds(page, "major-duties")).slice(0, 2)).toEqual([second, first]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`down-${first}`);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Space");
    await page.waitForFunction((id) => document.querySelector("[data-testid=section-major-duties] > ul > li")?.getAttribute("data-testid") === `entry-${id}`, first);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`up-${first}`);
    // At the top, Move up stays in the tab order but does nothing.
    expect(await entry(page, first!).getByRole("button", { name: /^Move up:/ }).getAttribute("aria-disabled")).toBe("true");
  });

  it("has no axe violations in dark and in forced colours", async () => {
    const { page } = await open();
    await entry(page, "pd-duties-01").getByRole("button", { name: /^Edit:/ }).click();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => {
      const [r, g, b] = getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor.match(/\d+/g)!.map(Number);
      return r! + g! + b! < 3 * 80;
    });
    // The whole page at 1280 px; at 400 px, where only the layout differs, its top and the cards in view.
    await axeAtBothWidths(page, "dark", [], cards("pd-duties-01", "pd-duties-02"));
    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    await axeAtBothWidths(page, "forced-colors", [], cards("pd-duties-01", "pd-duties-02"));
  });
});

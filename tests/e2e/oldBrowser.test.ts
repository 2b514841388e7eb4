/**
 * The pane in a browser without the modern features its bundle needs, as volume-licensed Word 2019 shows add-ins
 * in Internet Explorer 11: the page says plainly that this Word cannot run it, runs no bundle and throws nothing.
 * (Chromium stands in for IE11 with the features IE11 lacks taken away before any script runs; that the start
 * script itself is ES5, which IE11 can parse, tests/build/hostingConfigs.test.ts and the check below hold.)
 */
import fs from "node:fs";
import path from "node:path";
import * as acorn from "acorn";
import { DIST, openPane, startHarness, stopHarness } from "./harness";

beforeAll(() => startHarness());
afterAll(() => stopHarness());

/** Takes away what IE11 does not have (and the bundle relies on), before the page's scripts run. */
const withoutModernFeatures = () => {
  const global = window as unknown as Record<string, unknown>;
  delete global.Symbol;
  delete global.fetch;
  delete global.globalThis;
  delete (Promise as unknown as Record<string, unknown>).allSettled;
};

describe("taskpane.html in a browser without modern JavaScript (Internet Explorer 11's webview)", () => {
  it("shows the message that this Word cannot run the pane, runs no bundle and throws nothing", async () => {
    const requested: string[] = [];
    // Microsoft's office.js, which supports IE11, as Word would load it.
    const session = await openPane({
      officeJs: "microsoft",
      beforeLoad: async (page) => {
        page.on("request", (request) => requested.push(new URL(request.url()).pathname));
        await page.addInitScript(withoutModernFeatures);
      },
    });
    const { page } = session;
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^CX Language cannot run in this version of Word\.\s+This Word shows add-ins in an older browser \(Internet Explorer/);
    await page.waitForLoadState("load");
    // The bundle may be fetched ahead (a preload, which IE11 ignores), but it is never added to the page to run.
    expect(await page.locator('script[src*="taskpane."]').count()).toBe(0);
    expect(requested.some((file) => /\/start\.[0-9a-f]{8}\.js$/.test(file))).toBe(true);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it("starts the pane as usual where the features are there", async () => {
    const session = await openPane({ officeJs: "microsoft" });
    await session.page.getByText("This pane runs inside Microsoft Word.").waitFor();
    expect(await session.page.getByRole("alert").count()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it("ships a start script that is still ES5 after the build", () => {
    const start = fs.readdirSync(DIST).find((f) => /^start\.[0-9a-f]{8}\.js$/.test(f))!;
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(html).toMatch(new RegExp(`<script defer id="?cx-start"? src="?${start.replaceAll(".", "\\.")}"? data-pane="?taskpane\\.[0-9a-f]{8}\\.js"?>`));
    expect(() => acorn.parse(fs.readFileSync(path.join(DIST, start), "utf8"), { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });
});

/**
 * An agency's library.json beside taskpane.html, served by nginx with the shipped deploy/nginx.conf: the pane shows
 * the bundled library at once, then the hosted one when it is valid and newer (checked by the build's validator,
 * under the pages' Content-Security-Policy), keeping the user's place; otherwise it keeps the bundled library and
 * Settings says why, for an admin. No library hosted (a 404) says nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import type { LibraryData } from "../../src/core/library";
import type { StandinDocumentSpec } from "../../src/word/standin/types";
import { axeViolations, DIST, openPane, ROOT, screenshot, startHarness, stopHarness, type PaneSession } from "./harness";
import { startNginx, type NginxServer } from "./nginxServer";
import { checkDist } from "./commands";

const bundled = JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8")) as LibraryData;
const HOSTED_TEXT = "Seek out what our customers need and improve each service with them.";
/** The bundled library, one minor version on, with pd-duties-01 reworded. */
function hostedLibrary(change: (data: LibraryData) => void = () => undefined): string {
  const data = structuredClone(bundled);
  data.version = "1.1.0";
  const entry = data.entries.find((e) => e.id === "pd-duties-01")!;
  entry.previousTexts = [{ version: bundled.version, text: entry.text }];
  entry.text = HOSTED_TEXT;
  change(data);
  return JSON.stringify(data, null, 2);
}

/** A PD with the cursor in Major Duties. */
const PD: StandinDocumentSpec = {
  paragraphs: [
    { text: "I. INTRODUCTION", style: "Heading 1", styleBuiltIn: "Heading1" },
    { text: "This position is in the Office of the Chief Customer Officer." },
    { text: "II. MAJOR DUTIES AND RESPONSIBILITIES", style: "Heading 1", styleBuiltIn: "Heading1" },
    { text: "Analyzes customer feedback and service data." },
  ],
  selection: { start: { paragraph: 3, offset: 2 }, end: { paragraph: 3, offset: 2 } },
};
const BUNDLED_TEXT = bundled.entries.find((e) => e.id === "pd-duties-01")!.text;

let root: string;
let nginx: NginxServer | undefined;
let session: PaneSession | undefined;
beforeAll(async () => {
  // A copy of the build, so the test can place and change library.json beside taskpane.html as IT would.
  root = fs.mkdtempSync(path.join(os.tmpdir(), "cx-hosted-"));
  fs.chmodSync(root, 0o755);
  fs.cpSync(DIST, root, { recursive: true });
  nginx = await startNginx(root);
  await startHarness(root, nginx.url);
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});
afterAll(async () => {
  await stopHarness();
  await nginx?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

/** What the host serves as library.json: `null` removes it. */
function host(content: string | Buffer | null) {
  const file = path.join(root, "library.json");
  if (content === null) fs.rmSync(file, { force: true });
  else fs.writeFileSync(file, content);
}

async function openSettings(page: Page) {
  await page.getByRole("button", { name: "Settings", exact: true }).click();
  const about = page.getByTestId("library-about");
  await about.waitFor();
  return about;
}

/** Settings at 320 and 450 px: axe finds nothing; screenshots at 320, 350 and 450 px. */
async function settingsAtEachWidth(page: Page, name: string) {
  for (const width of [320, 350, 450]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId("library-about").scrollIntoViewIfNeeded();
    if (width !== 350) expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `hosted-library-${name}-${width}`);
  }
}

/** Opens the pane and waits until it has checked the host's library (the hosted library chunk has run). */
async function openWithHosted(content: string | Buffer | null) {
  host(content);
  let answered: Promise<unknown> | undefined;
  session = await openPane({
    doc: PD,
    beforeLoad: async (page) => {
      answered = page.waitForResponse((response) => response.url().endsWith("/library.json"));
    },
  });
  const { page } = session;
  await page.getByTestId("card-pd-duties-01").waitFor();
  await answered;
  return page;
}

describe("a library.json beside taskpane.html", () => {
  it("valid and newer: replaces the bundled library after the first view, keeping the user's search and open settings", async () => {
    host(hostedLibrary());
    session = await openPane({
      doc: PD,
      // Holds library.json back until the test lets it through, so the swap happens under the user's feet.
      beforeLoad: async (page) => {
        await page.route("**/library.json", async (route) => {
          await page.waitForFunction(() => (window as unknown as { __release?: boolean }).__release === true, undefined, { timeout: 60_000 });
          await route.fallback();
        });
      },
    });
    const { page } = session;
    // The first view is the bundled library's; the user searches and starts changing a setting.
    await page.getByTestId("card-pd-duties-01").getByText(BUNDLED_TEXT).waitFor();
    const search = page.getByRole("searchbox", { name: "Search all CX language" });
    await search.fill("customers");
    const about = await openSettings(page);
    expect(await about.innerText()).toBe(`CX library ${bundled.version}, bundled with the add-in`);
    const agency = page.getByRole("textbox", { name: "Agency name" });
    await agency.fill("USDA");
    await page.evaluate(() => ((window as unknown as { __release?: boolean }).__release = true));
    // The hosted library arrives: Settings names it, and the user's unsaved name, search and results stay.
    await about.getByText("CX library 1.1.0, from your organisation’s server", { exact: true }).waitFor();
    expect(await about.innerText()).toBe("CX library 1.1.0, from your organisation’s server");
    expect([await agency.inputValue(), await search.inputValue()]).toEqual(["USDA", "customers"]);
    await page.getByText(HOSTED_TEXT).first().waitFor(); // found by the search typed before it arrived
    await settingsAtEachWidth(page, "hosted");
    await page.getByRole("button", { name: "Cancel" }).click();
    await search.fill("");
    await page.getByTestId("card-pd-duties-01").getByText(HOSTED_TEXT).waitFor();
    // The validator ran under the page's policy, which lets the pane fetch from its own origin through default-src
    // and names no other source for fetches: nothing refused, nothing logged.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toMatch(/^default-src 'self';/);
    expect(policy).not.toContain("connect-src");
    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  });

  it("missing (a 404): the bundled library, and Settings says only which it is", async () => {
    const page = await openWithHosted(null);
    const about = await openSettings(page);
    expect(await about.innerText()).toBe(`CX library ${bundled.version}, bundled with the add-in`);
    await settingsAtEachWidth(page, "missing");
    expect(session!.consoleErrors).toEqual([]);
  });

  it("is served by nginx revalidated on every load, as JSON, compressed", async () => {
    host(hostedLibrary());
    const response = await fetch(`${nginx!.url}/library.json`, { headers: { "accept-encoding": "gzip" } });
    await response.arrayBuffer();
    expect([response.status, response.headers.get("cache-control"), response.headers.get("content-type")]).toEqual([200, "no-cache", "application/json"]);
    expect(response.headers.get("content-encoding")).toBe("gzip");
  });

  const refused: [string, () => string | Buffer, RegExp[]][] = [
    [
      "invalid",
      () => hostedLibrary((data) => (data.entries.find((e) => e.id === "pd-duties-02")!.text = "")),
      [/^The hosted library was not used: Library file library\.json is invalid \(\d+ problem\(s\)\):$/m, /^entry pd-duties-02: text must not be empty$/m],
    ],
    [
      "older",
      () =>
        hostedLibrary((data) => {
          data.version = "0.9.0";
          delete data.entries.find((e) => e.id === "pd-duties-01")!.previousTexts;
        }),
      [/^The hosted library was not used: Library file library\.json has version 0\.9\.0, older than the bundled library's 1\.0\.0/m],
    ],
    ["not JSON", () => "<html><body>Not found</body></html>", [/^The hosted library was not used: Library file library\.json is invalid/m, /not valid JSON/]],
    [
      "10 MB",
      () => JSON.stringify({ ...bundled, version: "2.0.0", padding: "x".repeat(10 * 1024 * 1024) }),
      [/^The hosted library was not used: Library file library\.json is invalid/m, /the file is 10 MB; a library may be at most 2 MB/],
    ],
  ];
  it.each(refused)("%s: the bundled library, and Settings says why, once", async (name, content, reasons) => {
    const page = await openWithHosted(content());
    const about = await openSettings(page);
    await about.getByText("The hosted library was not used", { exact: false }).waitFor();
    const text = await about.innerText();
    expect(text.split("\n")[0]).toBe(`CX library ${bundled.version}, bundled with the add-in`);
    for (const reason of reasons) expect(text).toMatch(reason);
    expect(text.match(/was not used/g)).toHaveLength(1);
    await page.getByTestId("card-pd-duties-01").getByText(BUNDLED_TEXT).waitFor();
    // Users are not interrupted: nothing about it outside Settings.
    expect(await page.getByText("The hosted library was not used").count()).toBe(1);
    await settingsAtEachWidth(page, name.replace(/\s+/g, "-").toLowerCase());
    expect(session!.consoleErrors).toEqual([]);
  });
});

describe("npm run check:dist on a build with a library.json beside taskpane.html", () => {
  /** The check's line and the one after it (its first problem). */
  const hostedCheck = (output: string) => {
    const lines = output.split("\n");
    const at = lines.findIndex((line) => line.includes("the hosted library"));
    return lines.slice(at, at + 2);
  };

  it("passes a valid, newer one, naming the version the pane will use", async () => {
    host(hostedLibrary());
    const { code, output } = await checkDist(root);
    expect(output).toMatch(/^PASS {2}the hosted library \S*library\.json is valid and newer than the bundled content\/library\.json \(1\.0\.0\): the pane will use its version 1\.1\.0$/m);
    expect(code).toBe(0);
  });

  it("fails an invalid one, naming the file and each problem", async () => {
    host(
      hostedLibrary((data) => {
        data.entries.find((e) => e.id === "pd-duties-02")!.text = "";
        data.sections.find((section) => section.id === "factor-3")!.id = "factor-3-guidelines";
      }),
    );
    const { code, output } = await checkDist(root);
    expect(code).toBe(1);
    const lines = hostedCheck(output);
    expect(lines[0]).toMatch(/^FAIL {2}the hosted library \S*library\.json is valid and newer than the bundled content\/library\.json \(1\.0\.0\)$/);
    expect(lines[1]).toMatch(/^\s+- Library file library\.json is invalid \(\d+ problem\(s\)\):$/);
    expect(output).toContain("- entry pd-duties-02: text must not be empty");
    expect(output).toMatch(/- entry \(library\): PD section "factor-3" is missing/);
  });

  it("fails one older than the bundled library, and says nothing when there is none", async () => {
    host(hostedLibrary((data) => {
      data.version = "0.9.0";
      delete data.entries.find((e) => e.id === "pd-duties-01")!.previousTexts;
    }));
    const older = await checkDist(root);
    expect(older.code).toBe(1);
    expect(older.output).toMatch(/- Library file library\.json has version 0\.9\.0, older than the bundled library's 1\.0\.0/);
    host(null);
    const none = await checkDist(root);
    expect(none.output).not.toContain("hosted library");
    expect(none.code).toBe(0);
  });
});

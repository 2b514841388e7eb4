import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { axeViolations, DIST, openPane, ROOT, screenshot, startHarness, stopHarness } from "./harness";
import { manifestProblems, xsdErrors } from "../../scripts/manifestChecks";

beforeAll(startHarness);
afterAll(stopHarness);

describe("the production task pane", () => {
  it("boots in Word (stand-in) and shows the shell with no axe violations", async () => {
    const session = await openPane();
    const { page } = session;
    await page.getByRole("heading", { level: 1, name: "CX Language" }).waitFor();
    await page.getByRole("region", { name: "Suggestions" }).waitFor();
    expect(await page.getByText("Loading CX Language…").count()).toBe(0); // the placeholder made way
    expect(await axeViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
    await session.close();
  });

  it("opened outside Office, says it runs inside Word and how to side-load it, without console errors", async () => {
    const session = await openPane({ officeJs: "microsoft" });
    const { page } = session;
    await page.getByText("This pane runs inside Microsoft Word.").waitFor();
    await page.getByText(/Upload My Add-in/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    await screenshot(page, "outside-office");
    await session.close();
  });

  it("still explains itself when office.js cannot load at all", async () => {
    const session = await openPane({ officeJs: "none" });
    await session.page.getByText("This pane runs inside Microsoft Word.").waitFor();
    expect(session.blockedRequests).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    await session.close();
  });
});

describe("the production build", () => {
  const manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");

  it("writes a manifest for ADDIN_URL that validates and names no localhost", async () => {
    expect(manifest).toContain(`${process.env.E2E_ADDIN_URL}/taskpane.html`);
    // E2E_ADDIN_URL has a path: AppDomain must still be its origin only (manifestProblems checks that too).
    const baseUrl = process.env.E2E_ADDIN_URL!;
    expect(manifestProblems(manifest, { assetsDir: path.join(DIST, "assets"), deployable: true, baseUrl })).toEqual([]);
    expect(manifest).toContain(`<AppDomain>${new URL(baseUrl).origin}</AppDomain>`);
    const errors = await xsdErrors(manifest);
    if (errors !== null) expect(errors).toEqual([]);
  });

  it("loads scripts only from its own origin and office.js's folder on Office's CDN, with hashed names and no source maps", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    // The minifier drops attribute quotes where it can.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    // Then the start script, which loads the bundle where the browser can run it.
    expect(scripts.slice(1)).toEqual([expect.stringMatching(/^start\.[0-9a-f]{8}\.js$/)]);
    expect(html).toMatch(/data-pane="?taskpane\.[0-9a-f]{8}\.js"?/);
    expect(html).toContain("script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/;");
    const files = fs.readdirSync(DIST);
    // Source maps hold every source file: production builds leave them out unless SOURCE_MAPS=1.
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files).not.toContain("preview.html");
    for (const js of files.filter((f) => f.endsWith(".js"))) {
      const code = fs.readFileSync(path.join(DIST, js), "utf8");
      expect(code).not.toMatch(/http:\/\/localhost|https:\/\/localhost/);
      // The page's CSP allows no eval: nothing in the bundle may depend on it.
      expect(code).not.toMatch(/\beval\(|new Function\(/);
    }
  });

  it("refuses an ADDIN_URL that is not https, with a clear message", () => {
    let output = "";
    try {
      const out = path.join(ROOT, "tests/e2e/.build/refused");
      execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
        cwd: ROOT,
        env: { ...process.env, ADDIN_URL: "http://x" },
        stdio: "pipe",
      });
    } catch (error) {
      const e = error as { status: number; stderr: Buffer; stdout: Buffer };
      expect(e.status).not.toBe(0);
      output = `${e.stdout}${e.stderr}`;
    }
    expect(output).toContain('ADDIN_URL must use https (Office loads add-ins only over https), but it is "http://x".');
  });
});

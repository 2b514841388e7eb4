/**
 * The production build served by real nginx with the shipped deploy/nginx.conf: the pane starts through it,
 * is styled under the strict Content-Security-Policy with no violation, and every file gets the headers a
 * task pane needs (policy, HSTS, nosniff, caching, MIME type). IIS and Azure Static Web Apps are held to the same
 * values by tests/build/hostingConfigs.test.ts.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { hostingPolicy } from "../../scripts/deploySettings";
import { axeViolations, DIST, openPane, startHarness, stopHarness } from "./harness";
import { choose, manyPds, untilRead } from "./coverageFiles";
import { NGINX_CONF, startNginx, type NginxServer } from "./nginxServer";

let nginx: NginxServer | undefined;
beforeAll(async () => {
  nginx = await startNginx(DIST);
  await startHarness(DIST, nginx.url);
});
afterAll(async () => {
  await stopHarness();
  await nginx?.stop();
});

const hashedBundle = () => fs.readdirSync(DIST).find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))!;

async function headersOf(file: string) {
  const response = await fetch(`${nginx!.url}/${file}`);
  await response.arrayBuffer();
  return { status: response.status, header: (name: string) => response.headers.get(name) ?? "" };
}

/** Counts Content-Security-Policy violations from the first byte: registers the listener, then loads the page again. */
async function reloadCountingViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.reload();
}

describe("dist/ served by nginx with deploy/nginx.conf", () => {
  it("starts the pane, styled by Fluent UI, with no Content-Security-Policy violation", async () => {
    const session = await openPane();
    const { page } = session;
    await reloadCountingViolations(page);
    const heading = page.getByRole("heading", { level: 1, name: "CX Language" });
    await heading.waitFor();
    await page.getByRole("region", { name: "Suggestions" }).waitFor();
    const violations = () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    expect(await violations()).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);

    // Fluent's rules arrived through the CSSOM into its empty <style> elements, and apply.
    const styling = await heading.evaluate((h) => ({
      font: getComputedStyle(h).fontFamily,
      rules: Array.from(document.styleSheets).reduce((n, sheet) => n + sheet.cssRules.length, 0),
    }));
    expect(styling.font).toMatch(/Segoe UI/);
    expect(styling.rules).toBeGreaterThan(50);

    // The policy really is strict: an inline style with content is refused (and reported).
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { outline: 5px solid red; }";
      document.head.append(style);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0);
    expect((await violations())[0]).toMatch(/^style-src/);
    await session.close();
  });

  it("shows the help page styled by its stylesheet, under the same policy, with no violation", async () => {
    const session = await openPane();
    const { page } = session;
    await page.goto(`${nginx!.url}/help.html`);
    await page.getByRole("heading", { level: 1, name: "CX Language for Word" }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe("704px"); // 44rem from help.css
    expect(await axeViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]); // Chromium reports each CSP violation as a console error
    await session.close();
  });

  it("shows the coverage page, whose readers (Web Workers from the page's origin) read a PD under the same policy", async () => {
    const session = await openPane({ width: 1280, pagePath: "coverage.html" });
    const { page } = session;
    await reloadCountingViolations(page);
    await choose(page, manyPds(2));
    await untilRead(page, 2);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
    await session.close();
  });

  it("sends the security headers with every response, frame-ancestors naming Office's origins", async () => {
    for (const file of ["taskpane.html", "manifest.xml", hashedBundle(), "assets/icon-32.png", "no-such-file.html"]) {
      const { header } = await headersOf(file);
      const policy = header("content-security-policy");
      expect(policy).toMatch(/frame-ancestors 'self' [^;]*https:\/\/\*\.officeapps\.live\.com/);
      expect(policy).toContain("https://*.office365.us"); // GCC High's Office on the web
      expect(header("strict-transport-security")).toMatch(/^max-age=\d{7,}/);
      expect(header("x-content-type-options")).toBe("nosniff");
      expect(header("server")).toBe("nginx"); // no version number
    }
  });

  it("makes browsers revalidate the pane and manifest, and cache hashed bundles for good", async () => {
    for (const file of ["taskpane.html", "manifest.xml", "help.html", "coverage.html"]) {
      expect((await headersOf(file)).header("cache-control")).toBe("no-cache");
    }
    expect((await headersOf(hashedBundle())).header("cache-control")).toBe("public, max-age=31536000, immutable");
    const start = fs.readdirSync(DIST).find((f) => /^start\.[0-9a-f]{8}\.js$/.test(f))!;
    expect((await headersOf(start)).header("cache-control")).toBe("public, max-age=31536000, immutable");
    const reader = fs.readdirSync(DIST).find((f) => /^cx-coverage-reader\.[0-9a-f]{8}\.js$/.test(f))!;
    expect((await headersOf(reader)).header("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("lets Office cache the manifest's icons for a day (Microsoft's hosting requirements: no no-cache, no no-store)", () =>
    Promise.all(
      ["assets/icon-16.png", "assets/icon-32.png", "assets/icon-80.png"].map(async (file) => {
        const { status, header } = await headersOf(file);
        expect(`${file} ${status} ${header("cache-control")}`).toBe(`${file} 200 public, max-age=86400`);
      }),
    ));

  it("sends the frame-ancestors the build wrote into dist/nginx.conf, and does not serve the hosting configurations", async () => {
    // The build's copy of the configuration is the shipped one when FRAME_ANCESTORS_EXTRA is not set.
    expect(fs.readFileSync(path.join(DIST, "nginx.conf"), "utf8")).toBe(fs.readFileSync(NGINX_CONF, "utf8"));
    expect((await headersOf("taskpane.html")).header("content-security-policy")).toBe(hostingPolicy());
    for (const file of ["nginx.conf", "web.config", "staticwebapp.config.json"]) {
      expect(fs.existsSync(path.join(DIST, file))).toBe(true);
      expect(`${file} ${(await headersOf(file)).status}`).toBe(`${file} 404`);
    }
  });

  it("serves each kind of file with its MIME type, and nothing that is not in dist/", async () => {
    const types: Record<string, RegExp> = {
      "taskpane.html": /^text\/html; charset=utf-8$/,
      "manifest.xml": /^(text|application)\/xml\b/,
      [hashedBundle()]: /^(application|text)\/javascript\b/,
      "help.css": /^text\/css\b/,
      "assets/icon-80.png": /^image\/png$/,
    };
    for (const [file, type] of Object.entries(types)) {
      const { status, header } = await headersOf(file);
      expect(`${file} ${status}`).toBe(`${file} 200`);
      expect(header("content-type")).toMatch(type);
    }
    expect((await headersOf("no-such-file.html")).status).toBe(404);
    expect((await headersOf("assets/")).status).toBe(404); // no directory listing
  });
});

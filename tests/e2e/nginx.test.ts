/**
 * The production build served by real nginx with the shipped deploy/nginx.conf: the pane starts through it,
 * is styled under the strict Content-Security-Policy with no violation, and every file gets the headers a
 * task pane needs (policy, HSTS, nosniff, caching, MIME type).
 */
import fs from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { axeViolations, DIST, openPane, ROOT, startHarness, stopHarness } from "./harness";
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

describe("dist/ served by nginx with deploy/nginx.conf", () => {
  it("starts the pane, styled by Fluent UI, with no Content-Security-Policy violation", async () => {
    const session = await openPane();
    const { page } = session;
    // Count violations from the first byte: register the listener, then load the page again.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.reload();
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
    for (const file of ["taskpane.html", "manifest.xml", "help.html"]) {
      expect((await headersOf(file)).header("cache-control")).toBe("no-cache");
    }
    expect((await headersOf(hashedBundle())).header("cache-control")).toBe("public, max-age=31536000, immutable");
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

describe("the IIS and Azure Static Web Apps configurations", () => {
  // Not run here (no IIS or Azure), so held to the tested nginx configuration's values.
  const nginxConf = fs.readFileSync(NGINX_CONF, "utf8");
  const nginxHeaders = Object.fromEntries(
    [...nginxConf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1].toLowerCase(), m[2]]),
  );
  const [, revalidate, hashed] = /default\s+"([^"]+)";\s*"[^"]+"\s+"([^"]+)";/.exec(nginxConf) ?? [];
  const lowerKeys = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

  it("read the nginx values they are compared with", () => {
    expect(Object.keys(nginxHeaders).sort()).toEqual(["content-security-policy", "referrer-policy", "strict-transport-security", "x-content-type-options"]);
    expect([revalidate, hashed]).toEqual(["no-cache", "public, max-age=31536000, immutable"]);
  });

  it("IIS web.config sends the same headers and caching", () => {
    const xml = fs.readFileSync(path.join(ROOT, "deploy/iis/web.config"), "utf8");
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const added = Array.from(doc.getElementsByTagName("customHeaders")[0].getElementsByTagName("add"));
    expect(lowerKeys(Object.fromEntries(added.map((e) => [e.getAttribute("name")!, e.getAttribute("value")!])))).toEqual(nginxHeaders);
    expect(doc.getElementsByTagName("clientCache")[0].getAttribute("cacheControlMode")).toBe("DisableCache"); // no-cache
    expect(doc.getElementsByTagName("action")[0].getAttribute("value")).toBe(hashed);
  });

  it("Azure Static Web Apps staticwebapp.config.json sends the same headers and caching", () => {
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, "deploy/azure-static-web-apps/staticwebapp.config.json"), "utf8"));
    expect(lowerKeys(config.globalHeaders)).toEqual({ ...nginxHeaders, "cache-control": revalidate });
    expect(config.routes).toEqual([{ route: "/*.js", headers: { "Cache-Control": hashed } }]);
  });
});

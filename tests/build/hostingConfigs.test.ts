/**
 * The hosting configurations in deploy/ as their servers read them: the one policy scripts/deploySettings.js
 * writes (frame-ancestors), icons cacheable as Microsoft's manifest hosting requirements ask, hashed files cached
 * for good, everything else revalidated, and the configurations the build leaves in dist/ not served. nginx is
 * also run by the browser suite (tests/e2e/nginx.test.ts); IIS and Azure Static Web Apps are held to it here.
 * And the pane's start script, which Internet Explorer must be able to read.
 */
import fs from "node:fs";
import path from "node:path";
import * as acorn from "acorn";
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import { FRAME_ANCESTORS, HOSTING_CONFIGS, hostingConfig, hostingPolicy } from "../../scripts/deploySettings";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const nginxConf = read("deploy/nginx.conf");
const webConfig = new DOMParser().parseFromString(read("deploy/iis/web.config"), "text/xml");
const azure = JSON.parse(read("deploy/azure-static-web-apps/staticwebapp.config.json"));

const ICON_CACHE = "public, max-age=86400";
const HASHED_CACHE = "public, max-age=31536000, immutable";

const nginxHeaders = Object.fromEntries([...nginxConf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1].toLowerCase(), m[2]]));
/** nginx's Cache-Control map: [pattern, value] in order, the default first. */
const nginxCacheMap = [.../map \$uri \$cx_cache_control \{([\s\S]*?)\n\}/.exec(nginxConf)![1].matchAll(/^\s*("[^"]+"|default)\s+"([^"]+)";$/gm)].map((m) => [
  m[1].replace(/^"~?|"$/g, ""),
  m[2],
]);
/** What nginx's map gives a path: the first regular expression that matches, else the default. */
const nginxCacheFor = (uri: string) => (nginxCacheMap.slice(1).find(([pattern]) => new RegExp(pattern).test(uri)) ?? nginxCacheMap[0])[1];
const iisHeaders = (doc: Document) =>
  Object.fromEntries(
    Array.from(doc.getElementsByTagName("customHeaders")[0].getElementsByTagName("add")).map((e) => [e.getAttribute("name")!.toLowerCase(), e.getAttribute("value")!]),
  );
const lowerKeys = (headers: Record<string, string>) => Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

describe("the hosting configurations in deploy/", () => {
  it("all three send the policy deploySettings.js writes, with Word on the web's origins in every cloud", () => {
    expect(nginxHeaders["content-security-policy"]).toBe(hostingPolicy());
    expect(iisHeaders(webConfig)["content-security-policy"]).toBe(hostingPolicy());
    expect(azure.globalHeaders["Content-Security-Policy"]).toBe(hostingPolicy());
    expect(hostingPolicy()).toContain("https://*.cloud.microsoft"); // word.cloud.microsoft, m365.cloud.microsoft
    expect(hostingPolicy()).toContain("https://*.dps.mil"); // DoD SharePoint
  });

  it("IIS and Azure send the same other headers as the tested nginx file", () => {
    expect(Object.keys(nginxHeaders).sort()).toEqual(["content-security-policy", "referrer-policy", "strict-transport-security", "x-content-type-options"]);
    expect(iisHeaders(webConfig)).toEqual(nginxHeaders);
    expect(lowerKeys(azure.globalHeaders)).toEqual({ ...nginxHeaders, "cache-control": "no-cache" });
  });

  it("nginx revalidates pages, caches hashed files for good and icons for a day, never no-cache or no-store for an icon", () => {
    expect(nginxCacheFor("/taskpane.html")).toBe("no-cache");
    expect(nginxCacheFor("/manifest.xml")).toBe("no-cache");
    expect(nginxCacheFor("/library.json")).toBe("no-cache"); // an agency's library, read at each start of the pane
    expect(nginxCacheFor("/cx/library.json")).toBe("no-cache");
    expect(nginxCacheFor("/taskpane.1a2b3c4d.js")).toBe(HASHED_CACHE);
    expect(nginxCacheFor("/assets/icon-32.png")).toBe(ICON_CACHE);
    expect(nginxCacheFor("/cx/assets/icon-80.png")).toBe(ICON_CACHE); // served under a path
  });

  it("IIS caches icons for a day and hashed bundles for good, revalidating the rest", () => {
    const staticCache = (scope: Element | Document) => scope.getElementsByTagName("clientCache")[0];
    const root = webConfig.getElementsByTagName("configuration")[0];
    const topLevel = Array.from(root.childNodes).find((n) => n.nodeName === "system.webServer") as unknown as Element;
    expect(staticCache(topLevel).getAttribute("cacheControlMode")).toBe("DisableCache"); // no-cache
    const assets = Array.from(webConfig.getElementsByTagName("location")).find((l) => l.getAttribute("path") === "assets")!;
    const icons = staticCache(assets);
    expect([icons.getAttribute("cacheControlMode"), icons.getAttribute("cacheControlMaxAge"), icons.getAttribute("cacheControlCustom")]).toEqual([
      "UseMaxAge",
      "1.00:00:00", // one day, ICON_CACHE's max-age
      "public",
    ]);
    expect(webConfig.getElementsByTagName("action")[0].getAttribute("value")).toBe(HASHED_CACHE);
    // The one rule that lengthens caching matches hashed bundles, not library.json, which stays revalidated.
    const hashed = new RegExp(webConfig.getElementsByTagName("conditions")[0].getElementsByTagName("add")[0].getAttribute("pattern")!);
    expect([hashed.test("/taskpane.1a2b3c4d.js"), hashed.test("/library.json"), hashed.test("/cx/library.json")]).toEqual([true, false, false]);
  });

  it("IIS serves library.json as JSON (a file type without a MIME type is not served), replacing any inherited mapping", () => {
    const staticContent = Array.from(webConfig.getElementsByTagName("staticContent")[0].childNodes).filter((n) => n.nodeType === 1) as unknown as Element[];
    const json = staticContent.filter((e) => e.getAttribute("fileExtension") === ".json").map((e) => `${e.nodeName} ${e.getAttribute("mimeType") ?? ""}`.trim());
    // A mimeMap for an extension the server already maps is an error (HTTP 500) unless it is removed first.
    expect(json).toEqual(["remove", "mimeMap application/json"]);
  });

  it("Azure caches hashed bundles for good and icons for a day", () => {
    const headersFor = (route: string) => azure.routes.find((r: { route: string }) => r.route === route)?.headers;
    expect(headersFor("/*.js")).toEqual({ "Cache-Control": HASHED_CACHE });
    expect(headersFor("/assets/*.png")).toEqual({ "Cache-Control": ICON_CACHE });
    // library.json takes the global no-cache: no route (Azure's * matches within a path) reaches it.
    const routeMatches = (route: string, uri: string) => new RegExp(`^${route.replace(/[.]/g, "\\.").replace(/\*/g, ".*")}$`).test(uri);
    expect(azure.routes.filter((r: { route: string }) => routeMatches(r.route, "/library.json")).map((r: { route: string }) => r.route)).toEqual([]);
    expect(routeMatches("/*.js", "/taskpane.1a2b3c4d.js")).toBe(true); // the matching is real
    expect(azure.globalHeaders["Cache-Control"]).toBe("no-cache");
  });

  it("do not serve the hosting configurations the build leaves in dist/", () => {
    expect(nginxConf).toMatch(/location ~ \/\(nginx\\\.conf\|web\\\.config\|staticwebapp\\\.config\\\.json\)\$ \{\s*return 404;\s*\}/);
    const hidden = Array.from(webConfig.getElementsByTagName("hiddenSegments")[0].getElementsByTagName("add")).map((e) => e.getAttribute("segment"));
    expect(hidden.sort()).toEqual(["nginx.conf", "staticwebapp.config.json"]); // IIS never serves web.config
    const refused = azure.routes.filter((r: { statusCode?: number }) => r.statusCode === 404).map((r: { route: string }) => r.route);
    expect(refused.sort()).toEqual(["/nginx.conf", "/web.config"]);
  });

  it("are rewritten for FRAME_ANCESTORS_EXTRA everywhere they send the policy, and the rest is unchanged", () => {
    const ancestors = [...FRAME_ANCESTORS, "https://*.word.agency.example"];
    for (const file of HOSTING_CONFIGS) {
      const original = read(`deploy/${file}`);
      const rewritten = hostingConfig(original, ancestors, file);
      expect(rewritten).not.toContain(hostingPolicy());
      expect(rewritten.split(hostingPolicy(ancestors)).join(hostingPolicy())).toBe(original);
    }
    expect(() => hostingConfig("add_header X-Other 1;", ancestors, "other.conf")).toThrow("other.conf does not send the policy in scripts/deploySettings.js");
  });
});

describe("the pane's start script", () => {
  const source = read("src/taskpane/start.js");

  it("is ES5, which Internet Explorer 11 can parse", () => {
    expect(() => acorn.parse(source, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    // The check is real: the bundle's kind of code does not parse as ES5.
    expect(() => acorn.parse("const ready = () => 1;", { ecmaVersion: 5 })).toThrow();
  });
});

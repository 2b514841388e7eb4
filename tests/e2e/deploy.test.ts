/**
 * Deployment as an agency admin does it (docs/deploying.md): a production build for a government cloud,
 * the `npm run check:dist` pre-flight passing on a good build and failing, with reasons, on a bad one, and
 * settings the build refuses.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { DIST } from "./harness";
import { checkDist, productionBuild } from "./commands";

const GCCH_OFFICE_JS = "https://appsforoffice.gcch.cdn.office.net/appsforoffice/lib/1/hosted/office.js";
const AIR_GAPPED_OFFICE_JS = "https://office.cdn.agency.example/lib/1/hosted/office.js";
const AGENCY = "Bureau of Example Affairs";
const AGENCY_FRAME = "https://*.word.agency.example";

let workDir: string;
const gcchBuild = () => path.join(workDir, "gcch");
const airGappedBuild = () => path.join(workDir, "air-gapped");
beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "cx-deploy-"));
  const builds = await Promise.all([
    // An agency's own Word on the web, allowed to frame the pane.
    productionBuild({ ADDIN_URL: "https://cx.example.gov", OFFICE_CLOUD: "gcch", FRAME_ANCESTORS_EXTRA: AGENCY_FRAME }, gcchBuild()),
    // An address with a path and an & (which XML must escape), office.js from inside an air-gapped boundary,
    // the agency's name and source maps asked for.
    productionBuild(
      { ADDIN_URL: "https://apps.agency.example/word/a&b", OFFICE_CLOUD: "dod", OFFICE_JS_URL: AIR_GAPPED_OFFICE_JS, CX_AGENCY: AGENCY, SOURCE_MAPS: "1" },
      airGappedBuild(),
    ),
  ]);
  for (const build of builds) expect(build).toMatchObject({ code: 0 });
}, 300_000);
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** Every address a page of the build loads (script src, link href), and every http(s) URL in its text files. */
function addressesIn(folder: string) {
  const pages = ["taskpane.html", "help.html", "coverage.html", "library-editor.html"].map((page) => fs.readFileSync(path.join(folder, page), "utf8"));
  const loads = pages.flatMap((html) => [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]));
  const text = fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(html|js|css|xml)$/.test(file))
    .map((file) => fs.readFileSync(path.join(folder, file), "utf8"))
    .join("\n");
  return { loads, text };
}

describe("ADDIN_URL=https://cx.example.gov OFFICE_CLOUD=gcch FRAME_ANCESTORS_EXTRA=… npm run build && npm run check:dist", () => {
  it("passes the pre-flight, which names the GCC High office.js", async () => {
    const { code, output } = await checkDist(gcchBuild());
    expect(output).toContain(`PASS  the pane loads GCC High's office.js (${GCCH_OFFICE_JS})`);
    expect(output).toContain(`PASS  the hosting configurations let Word on the web and ${AGENCY_FRAME} frame the pane (frame-ancestors)`);
    expect(output).toMatch(/All \d+ checks passed\./);
    expect(output).not.toContain("FAIL");
    expect(code).toBe(0);
  });

  it("makes a pane that loads only the GCC High office.js and files of its own origin", () => {
    const { loads, text } = addressesIn(gcchBuild());
    const outside = loads.filter((url) => /^(https?:)?\/\//.test(url));
    expect(outside).toEqual([GCCH_OFFICE_JS]);
    expect(loads.length).toBeGreaterThan(outside.length); // and its own bundle, icon and stylesheet
    expect(text).not.toMatch(/appsforoffice\.microsoft\.com|appsforoffice\.(gcc|dod)\.|localhost/);
  });

  it("writes the three hosting configurations with the agency's origin added to frame-ancestors", () => {
    for (const file of ["nginx.conf", "web.config", "staticwebapp.config.json"]) {
      const text = fs.readFileSync(path.join(gcchBuild(), file), "utf8");
      expect(text).toContain(`https://*.dps.mil ${AGENCY_FRAME}; object-src 'none'`);
    }
    // The policy reaches no page: a meta tag cannot carry frame-ancestors (browsers ignore it and say so).
    expect(fs.readFileSync(path.join(gcchBuild(), "taskpane.html"), "utf8")).not.toContain("frame-ancestors");
  });

  it("fails the pre-flight when the hosting configurations do not send the origins FRAME_ANCESTORS_EXTRA gives, or were edited", async () => {
    const other = await checkDist(gcchBuild(), { FRAME_ANCESTORS_EXTRA: "https://word.other.example" });
    expect(other.code).toBe(1);
    expect(other.output).toContain(`nginx.conf lets ${AGENCY_FRAME} frame the pane, but FRAME_ANCESTORS_EXTRA is https://word.other.example`);

    const edited = path.join(workDir, "edited-hosting");
    fs.cpSync(gcchBuild(), edited, { recursive: true });
    const webConfig = path.join(edited, "web.config");
    fs.writeFileSync(webConfig, fs.readFileSync(webConfig, "utf8").replace(AGENCY_FRAME, "*"));
    const { code, output } = await checkDist(edited);
    expect(code).toBe(1);
    expect(output).toContain("web.config sends a policy that is not the project's with FRAME_ANCESTORS_EXTRA's origins added");
    expect(output).toContain("the hosting configurations differ");
  });

  it("fails the pre-flight when checked for another cloud or address, saying what to rebuild", async () => {
    const { code, output } = await checkDist(gcchBuild(), { OFFICE_CLOUD: "commercial", ADDIN_URL: "https://cx.agency.example" });
    expect(code).toBe(1);
    expect(output).toContain(`taskpane.html loads ${GCCH_OFFICE_JS}, but Commercial needs https://appsforoffice.microsoft.com/lib/1/hosted/office.js`);
    expect(output).toContain("built for https://cx.example.gov, but ADDIN_URL is https://cx.agency.example");
    expect(output).toContain("built with OFFICE_CLOUD=gcch, but OFFICE_CLOUD is commercial: build again with these settings");
  });

  it("records the settings it was built with in build-settings.json, which the pre-flight names", async () => {
    expect(JSON.parse(fs.readFileSync(path.join(gcchBuild(), "build-settings.json"), "utf8"))).toEqual({
      ADDIN_URL: "https://cx.example.gov",
      OFFICE_CLOUD: "gcch",
      OFFICE_JS_URL: GCCH_OFFICE_JS,
      CX_LIBRARY: "content/library.json",
      CX_PLAIN_WORDS: "content/plain-words.json",
      CX_AGENCY: "",
      SOURCE_MAPS: "",
    });
    const { output } = await checkDist(gcchBuild(), { ADDIN_URL: "https://cx.example.gov", OFFICE_CLOUD: "gcch" });
    expect(output).toContain("PASS  built with the settings given (build-settings.json: ADDIN_URL=https://cx.example.gov, OFFICE_CLOUD=gcch,");
  });
});

describe("npm run check:dist", () => {
  it("passes on the suite's own production build", async () => {
    const { code, output } = await checkDist(DIST, { ADDIN_URL: process.env.E2E_ADDIN_URL! });
    expect(output).toContain("PASS  the pane loads Commercial's office.js");
    expect(output).not.toContain("FAIL");
    expect(code).toBe(0);
  });

  it("fails on a damaged build, naming each problem", async () => {
    const damaged = path.join(workDir, "damaged");
    fs.cpSync(DIST, damaged, { recursive: true });
    fs.rmSync(path.join(damaged, "assets/icon-80.png"));
    const bundle = fs.readdirSync(damaged).find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))!;
    fs.rmSync(path.join(damaged, bundle));
    const manifest = path.join(damaged, "manifest.xml");
    fs.writeFileSync(manifest, fs.readFileSync(manifest, "utf8").replace(`${process.env.E2E_ADDIN_URL}/help.html`, "http://cx.example.gov/help.html"));
    const pane = path.join(damaged, "taskpane.html");
    fs.writeFileSync(pane, fs.readFileSync(pane, "utf8").replace("</head>", '<script src="https://cdn.example.com/tracker.js"></script></head>'));
    const coverageBundle = fs.readdirSync(damaged).find((f) => /^coverage\.[0-9a-f]{8}\.js$/.test(f))!;
    fs.rmSync(path.join(damaged, coverageBundle));
    const coverage = path.join(damaged, "coverage.html");
    fs.writeFileSync(coverage, fs.readFileSync(coverage, "utf8").replace("</head>", '<link rel="stylesheet" href="https://cdn.example.com/fonts.css"></head>'));
    const editorBundle = fs.readdirSync(damaged).find((f) => /^library-editor\.[0-9a-f]{8}\.js$/.test(f))!;
    fs.rmSync(path.join(damaged, editorBundle));

    const { code, output } = await checkDist(damaged);
    expect(code).toBe(1);
    expect(output).toMatch(/non-https URL: http:\/\/cx\.example\.gov\/help\.html/);
    expect(output).toContain("missing assets/icon-80.png");
    expect(output).toContain(`missing ${bundle}`);
    expect(output).toContain("taskpane.html loads https://cdn.example.com/tracker.js from outside its own origin");
    expect(output).toContain(`FAIL  coverage.html loads its bundle from the build\n        - missing ${coverageBundle}`);
    expect(output).toContain("coverage.html loads files from outside its own origin");
    expect(output).toContain(`FAIL  library-editor.html loads its bundle from the build\n        - missing ${editorBundle}`);
    expect(output).toMatch(/\d+ of \d+ checks FAILED\./);
  });

  it("fails on a page whose Content-Security-Policy cannot be read as written, even when it matches its office.js", async () => {
    // What a ";" in OFFICE_JS_URL once built: the policy and the script agree, and the policy is split.
    const split = path.join(workDir, "split-policy");
    fs.cpSync(DIST, split, { recursive: true });
    for (const page of ["taskpane.html", "help.html"]) {
      const file = path.join(split, page);
      fs.writeFileSync(file, fs.readFileSync(file, "utf8").replaceAll("/lib/1/hosted/", "/lib/1/hosted;sandbox/"));
    }
    const { code, output } = await checkDist(split);
    expect(code).toBe(1);
    expect(output).toContain("taskpane.html's Content-Security-Policy cannot be read as written: unknown directive \"sandbox/\"");
  });

  it("fails on a build made with other settings than the ones given, naming each difference", async () => {
    // Settings only the record shows: the agency's name and the library are inside the minified bundle.
    const { code, output } = await checkDist(airGappedBuild(), {
      OFFICE_CLOUD: "dod",
      OFFICE_JS_URL: AIR_GAPPED_OFFICE_JS,
      CX_AGENCY: "USDA",
      CX_LIBRARY: "agency/library.json",
      SOURCE_MAPS: "",
    });
    expect(code).toBe(1);
    expect(output).toContain(`built with CX_AGENCY=${AGENCY}, but CX_AGENCY is USDA`);
    expect(output).toContain("built with CX_LIBRARY=content/library.json, but CX_LIBRARY is agency/library.json");
    expect(output).toContain("built with SOURCE_MAPS=1, but SOURCE_MAPS is (unset)");
    expect(output).not.toMatch(/built with (OFFICE_CLOUD|OFFICE_JS_URL)=/);
  });

  it("fails on a build that does not record its settings", async () => {
    const unrecorded = path.join(workDir, "unrecorded");
    fs.cpSync(DIST, unrecorded, { recursive: true });
    fs.rmSync(path.join(unrecorded, "build-settings.json"));
    const { code, output } = await checkDist(unrecorded);
    expect(code).toBe(1);
    expect(output).toContain("build-settings.json is missing: build again with npm run build");
  });

  it("says when a folder is not a production build", async () => {
    const empty = fs.mkdtempSync(path.join(workDir, "empty-"));
    const { code, output } = await checkDist(empty);
    expect(code).toBe(1);
    expect(output).toMatch(/is not a production build \(missing manifest\.xml, taskpane\.html, help\.html, coverage\.html, library-editor\.html\)/);
  });
});

describe("an air-gapped build (OFFICE_JS_URL) at an address with a path and an &, with CX_AGENCY and SOURCE_MAPS=1", () => {
  it("writes a readable manifest, AppDomain the origin only, and passes the pre-flight for its office.js", async () => {
    const xml = fs.readFileSync(path.join(airGappedBuild(), "manifest.xml"), "utf8");
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (_level, message) => errors.push(message) }).parseFromString(xml, "text/xml");
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName("SourceLocation")[0].getAttribute("DefaultValue")).toBe("https://apps.agency.example/word/a&b/taskpane.html");
    expect(doc.getElementsByTagName("AppDomain")[0].textContent).toBe("https://apps.agency.example");

    const { loads } = addressesIn(airGappedBuild());
    expect(loads.filter((url) => url.startsWith("https:"))).toEqual([AIR_GAPPED_OFFICE_JS]);
    const { code, output } = await checkDist(airGappedBuild(), { OFFICE_CLOUD: "dod", OFFICE_JS_URL: AIR_GAPPED_OFFICE_JS });
    expect(output).not.toContain("FAIL");
    expect(output).toContain("source map(s) in the build (SOURCE_MAPS=1)");
    expect(code).toBe(0);
  });

  it("bundles the agency's name as the default and, asked to, writes source maps beside the bundle", () => {
    const files = fs.readdirSync(airGappedBuild());
    const bundle = files.find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))!;
    expect(fs.readFileSync(path.join(airGappedBuild(), bundle), "utf8")).toContain(AGENCY);
    expect(files).toContain(`${bundle}.map`);
  });
});

describe("the build refuses settings it cannot deploy", () => {
  it.each([
    [{ OFFICE_CLOUD: "usgov" }, 'OFFICE_CLOUD "usgov" is not an Office cloud this add-in knows. Use one of: commercial, gcc, gcch, dod'],
    [{ ADDIN_URL: "https://deploy:hunter2@cx.example.gov" }, "ADDIN_URL must not contain a user name or password"],
    [{ OFFICE_JS_URL: "http://office.cdn.agency.example/office.js" }, "OFFICE_JS_URL must be a plain https address of office.js"],
    // Each would otherwise build with exit 0: an attribute injected into the script tag, a split policy, a wildcard source.
    [{ OFFICE_JS_URL: 'https://office.cdn.agency.example/x"onload="alert(1)/office.js' }, 'OFFICE_JS_URL must not contain " (U+0022'],
    [{ OFFICE_JS_URL: "https://office.cdn.agency.example/lib;script-src/office.js" }, "OFFICE_JS_URL must not contain ; (U+003B"],
    [{ OFFICE_JS_URL: "https://*.agency.example/lib/office.js" }, "OFFICE_JS_URL must not contain * (U+002A"],
    [{ ADDIN_URL: "https://cx.example.gov/a,b" }, "ADDIN_URL must not contain , (U+002C"],
    [{ FRAME_ANCESTORS_EXTRA: "https://word.agency.example;script-src" }, 'FRAME_ANCESTORS_EXTRA holds "https://word.agency.example;script-src", which is not an origin'],
  ])("%j", async (env, message) => {
    const out = path.join(workDir, "refused");
    const { code, output } = await productionBuild(env, out);
    expect(code).not.toBe(0);
    expect(output).toContain(message);
    expect(output).not.toContain("hunter2");
    expect(fs.existsSync(out)).toBe(false);
  });
});

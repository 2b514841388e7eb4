/**
 * The production build's settings: ADDIN_URL, OFFICE_CLOUD / OFFICE_JS_URL, the pages' Content-Security-Policy
 * that follows from them, and the manifest rewritten for the deployed address.
 */
import fs from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { manifestProblems, PROJECT_ROOT } from "../../scripts/manifestChecks";
import {
  DeploySettingError,
  FRAME_ANCESTORS,
  OFFICE_JS_BY_CLOUD,
  contentSecurityPolicy,
  deployedUrl,
  frameAncestors,
  hostingPolicy,
  officeJs,
  policyProblems,
  productionManifest,
} from "../../scripts/deploySettings";

const DEV_URL = "https://localhost:3000";
const source = fs.readFileSync(path.join(PROJECT_ROOT, "manifest.xml"), "utf8");

function settingError(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(DeploySettingError);
    return (error as Error).message;
  }
  throw new Error("expected the setting to be refused");
}

describe("ADDIN_URL", () => {
  it("is the https address without a trailing slash", () => {
    expect(deployedUrl("https://cx.example.gov/")).toBe("https://cx.example.gov");
    expect(deployedUrl("https://cx.example.gov/word/cx/")).toBe("https://cx.example.gov/word/cx");
  });

  it("is refused when missing, not https, carrying credentials, a query or a fragment", () => {
    expect(settingError(() => deployedUrl(undefined))).toMatch(/ADDIN_URL is not set/);
    expect(settingError(() => deployedUrl("cx.example.gov"))).toMatch(/not a valid URL/);
    expect(settingError(() => deployedUrl("http://cx.example.gov"))).toMatch(/must use https/);
    const credentials = settingError(() => deployedUrl("https://admin:s3cret@cx.example.gov"));
    expect(credentials).toMatch(/user name or password/);
    expect(credentials).not.toContain("s3cret"); // the refusal does not echo the secret
    expect(settingError(() => deployedUrl("https://cx.example.gov/?v=1"))).toMatch(/without \?query/);
  });
});

describe("addresses that reach the HTML, the policy or the manifest", () => {
  it.each([
    ['a quote that would end the attribute', 'https://office.cdn.agency.example/x"onload="alert(1)/office.js', '"', "U+0022"],
    ["a ; that would split the policy", "https://office.cdn.agency.example/lib;script-src/office.js", ";", "U+003B"],
    ["a , that would split the policy", "https://office.cdn.agency.example/lib,x/office.js", ",", "U+002C"],
    ["a * that would be a wildcard source", "https://*.agency.example/lib/office.js", "*", "U+002A"],
    ["an apostrophe that would quote a keyword", "https://office.cdn.agency.example/'unsafe-inline'/office.js", "'", "U+0027"],
    ["white space that would add a source", "https://office.cdn.agency.example/lib https://evil.example/office.js", "white space", "U+0020"],
    ["a tab the URL parser would drop", "https://office.cdn.agency.example/li\tb/office.js", "white space", "U+0009"],
    ["an angle bracket", "https://office.cdn.agency.example/<b>/office.js", "<", "U+003C"],
  ])("OFFICE_JS_URL with %s is refused, naming the setting and the character", (_, url, shown, code) => {
    const message = settingError(() => officeJs({ OFFICE_JS_URL: url }));
    expect(message).toContain(`OFFICE_JS_URL must not contain ${shown} (${code}`);
  });

  it("ADDIN_URL is checked the same way", () => {
    expect(settingError(() => deployedUrl("https://cx.example.gov/a b"))).toContain("ADDIN_URL must not contain white space (U+0020");
    expect(settingError(() => deployedUrl("https://cx.example.gov/x;y"))).toContain("ADDIN_URL must not contain ; (U+003B");
    expect(settingError(() => deployedUrl('https://cx.example.gov/"'))).toContain('ADDIN_URL must not contain " (U+0022');
  });

  it("a host must be letters, digits, dots and hyphens", () => {
    expect(settingError(() => officeJs({ OFFICE_JS_URL: "https://[::1]/lib/office.js" }))).toContain(
      'OFFICE_JS_URL must have a host name of letters, digits, dots and hyphens, but its host is "[::1]"',
    );
    expect(settingError(() => deployedUrl("https://cx_app.example.gov"))).toContain("ADDIN_URL must have a host name of letters, digits, dots and hyphens");
    expect(officeJs({ OFFICE_JS_URL: "https://office-cdn.agency.example:8443/lib/1/office.js" }).url).toBe("https://office-cdn.agency.example:8443/lib/1/office.js");
    expect(deployedUrl("https://bücher.example/word")).toBe("https://xn--bcher-kva.example/word"); // an international name, as its ASCII form
  });
});

describe("OFFICE_CLOUD and OFFICE_JS_URL", () => {
  it("pick each cloud's office.js, commercial by default", () => {
    expect(officeJs({}).url).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(officeJs({ OFFICE_CLOUD: "gcc" }).url).toBe("https://appsforoffice.gcc.cdn.office.net/appsforoffice/lib/1/hosted/office.js");
    expect(officeJs({ OFFICE_CLOUD: "GCCH" }).url).toBe("https://appsforoffice.gcch.cdn.office.net/appsforoffice/lib/1/hosted/office.js");
    expect(officeJs({ OFFICE_CLOUD: "dod" }).url).toBe("https://appsforoffice.dod.cdn.office.net/appsforoffice/lib/1/hosted/office.js");
  });

  it("refuse an unknown cloud, listing the valid ones", () => {
    const message = settingError(() => officeJs({ OFFICE_CLOUD: "gov" }));
    expect(message).toContain('OFFICE_CLOUD "gov"');
    for (const cloud of Object.keys(OFFICE_JS_BY_CLOUD)) expect(message).toContain(cloud);
  });

  it("let OFFICE_JS_URL name the office.js inside an air-gapped cloud, https only", () => {
    const airGapped = "https://office.cdn.agency.example/lib/1/hosted/office.js";
    expect(officeJs({ OFFICE_CLOUD: "dod", OFFICE_JS_URL: airGapped }).url).toBe(airGapped);
    expect(settingError(() => officeJs({ OFFICE_JS_URL: "http://office.cdn.agency.example/office.js" }))).toMatch(/https/);
    expect(settingError(() => officeJs({ OFFICE_JS_URL: "https://office.cdn.agency.example/lib/" }))).toMatch(/office\.js/);
  });
});

describe("frame-ancestors and FRAME_ANCESTORS_EXTRA", () => {
  it("let Word on the web frame the pane at its addresses in each cloud, cloud.microsoft and DoD's dps.mil included", () => {
    for (const origin of ["https://*.officeapps.live.com", "https://*.cloud.microsoft", "https://*.office365.us", "https://*.apps.mil", "https://*.dps.mil"]) {
      expect(FRAME_ANCESTORS).toContain(origin);
    }
    expect(frameAncestors({})).toEqual(FRAME_ANCESTORS);
    expect(policyProblems(hostingPolicy().replace("frame-ancestors", "default-src"))).toEqual(
      // Read as a source list, only the wildcards (which frame-ancestors needs) are outside the pages' grammar.
      FRAME_ANCESTORS.filter((o) => o.includes("*")).map((o) => `directive default-src has a source that cannot be read: "${o}"`),
    );
  });

  it("adds an agency's origins, separated by spaces or commas, once each, in lower case", () => {
    const ancestors = frameAncestors({ FRAME_ANCESTORS_EXTRA: " https://Word.Agency.example, https://*.docs.agency.example https://word.agency.example https://*.office.com/" });
    expect(ancestors).toEqual([...FRAME_ANCESTORS, "https://word.agency.example", "https://*.docs.agency.example"]);
    expect(hostingPolicy(ancestors)).toBe(
      `frame-ancestors ${FRAME_ANCESTORS.join(" ")} https://word.agency.example https://*.docs.agency.example; object-src 'none'; base-uri 'self'`,
    );
  });

  it.each([
    ["http://word.agency.example", "not https"],
    ["https://word.agency.example:8443", "a port"],
    ["https://word.agency.example/path", "a path"],
    ["https://word.agency.example;script-src", "a ; that would split the policy"],
    ["https://word.agency.example'", "a quote"],
    ["https://*.example", "a wildcard over a whole top-level domain"],
    ["https://a.*.example.gov", "a wildcard that is not the first label"],
    ["*", "a bare wildcard"],
    ["'unsafe-inline'", "a keyword"],
    ["https://word_agency.example", "an underscore"],
    ["https://word.agency.example\u0000", "a control character"],
  ])("refuses %j (%s), naming the setting and the value", (value) => {
    const message = settingError(() => frameAncestors({ FRAME_ANCESTORS_EXTRA: `https://ok.agency.example ${value}` }));
    expect(message).toContain(`FRAME_ANCESTORS_EXTRA holds ${JSON.stringify(value)}, which is not an origin it can add`);
  });
});

describe("the pages' Content-Security-Policy", () => {
  const policy = contentSecurityPolicy(OFFICE_JS_BY_CLOUD.gcch);
  const directive = (name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

  it("allows scripts from the pane's origin and office.js's folder only, not the whole CDN host", () => {
    expect(directive("script-src")).toBe("script-src 'self' https://appsforoffice.gcch.cdn.office.net/appsforoffice/lib/1/hosted/");
  });

  it("is read as written for every cloud and for an air-gapped office.js", () => {
    for (const url of [...Object.values(OFFICE_JS_BY_CLOUD), officeJs({ OFFICE_JS_URL: "https://office.cdn.agency.example:8443/a&b/office.js" }).url]) {
      expect({ url, problems: policyProblems(contentSecurityPolicy(url)) }).toEqual({ url, problems: [] });
    }
  });

  it("cannot be read when a stray ; , quote or * got into it, which the pre-flight then reports", () => {
    expect(policyProblems(contentSecurityPolicy("https://o.example/lib;sandbox/office.js"))).toContain('unknown directive "sandbox/"');
    expect(policyProblems(contentSecurityPolicy("https://*.example/lib/office.js"))).toContain('directive script-src has a source that cannot be read: "https://*.example/lib/"');
    expect(policyProblems(contentSecurityPolicy("https://o.example/a,b/office.js"))).toEqual([expect.stringContaining("cannot be read")]);
    expect(policyProblems("default-src 'self'; default-src *")).toEqual([
      "directive default-src is given twice (browsers ignore the second)",
      'directive default-src has a source that cannot be read: "*"',
    ]);
    expect(policyProblems("default-src 'self';; script-src")).toEqual(['an empty directive (two ";" in a row, or one at the end)', "directive script-src lists no source"]);
  });

  it("allows no inline style except Fluent UI's empty <style> elements (the hash of the empty string)", () => {
    expect(directive("style-src")).toBe("style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(policy).not.toContain("unsafe");
  });
});

describe("the production manifest", () => {
  const parse = (xml: string) => {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (_level, message) => errors.push(message) }).parseFromString(xml, "text/xml");
    return { doc, errors };
  };

  it("puts ADDIN_URL, path included, everywhere but AppDomain, which gets its origin only", () => {
    const xml = productionManifest(source, DEV_URL, "https://apps.example.gov/word/cx");
    expect(xml).not.toContain(DEV_URL);
    expect(xml).toContain("<AppDomain>https://apps.example.gov</AppDomain>");
    expect(xml).toContain('<SourceLocation DefaultValue="https://apps.example.gov/word/cx/taskpane.html"/>');
    const assetsDir = path.join(PROJECT_ROOT, "assets");
    expect(manifestProblems(xml, { assetsDir, deployable: true, baseUrl: "https://apps.example.gov/word/cx" })).toEqual([]);
  });

  it("escapes characters XML gives meaning to, so an address with & still makes a readable manifest", () => {
    const xml = productionManifest(source, DEV_URL, deployedUrl("https://cx.example.gov/a&b"));
    const { doc, errors } = parse(xml);
    expect(errors).toEqual([]);
    const sourceLocation = doc.getElementsByTagName("SourceLocation")[0].getAttribute("DefaultValue");
    expect(sourceLocation).toBe("https://cx.example.gov/a&b/taskpane.html");
  });

  it("the manifest checks refuse an AppDomain with a path, and URLs outside the add-in's address", () => {
    const assetsDir = path.join(PROJECT_ROOT, "assets");
    const withPath = productionManifest(source, DEV_URL, "https://cx.example.gov").replace(
      "<AppDomain>https://cx.example.gov</AppDomain>",
      "<AppDomain>https://cx.example.gov/cx</AppDomain>",
    );
    const problems = manifestProblems(withPath, { assetsDir, deployable: true, baseUrl: "https://cx.example.gov" });
    expect(problems).toEqual(["AppDomain must be an origin without a path: https://cx.example.gov/cx"]);
    const elsewhere = manifestProblems(productionManifest(source, DEV_URL, "https://cx.example.gov"), {
      assetsDir,
      deployable: true,
      baseUrl: "https://other.example.gov",
    });
    expect(elsewhere).toContain("<SourceLocation> is not under the add-in's address https://other.example.gov: https://cx.example.gov/taskpane.html");
    expect(elsewhere).toContain("AppDomain https://cx.example.gov is not the origin of https://other.example.gov");
  });
});

describe("the pages' templates", () => {
  // The template engine html-webpack-plugin renders the pages with.
  const lodashPath = require.resolve("lodash", { paths: [path.dirname(require.resolve("html-webpack-plugin"))] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time, from the plugin's own folder
  const { template } = require(lodashPath) as { template: (text: string) => (data: object) => string };

  it.each(["src/taskpane/taskpane.html", "src/taskpane/help.html", "src/preview/preview.html"])("%s escapes the settings it writes into attributes", (page) => {
    const html = template(fs.readFileSync(path.join(PROJECT_ROOT, page), "utf8"))({
      officeJsUrl: 'https://o.example/a&b"onload="x/office.js',
      contentSecurityPolicy: "default-src 'self'\" onload=\"x",
      startScript: "start.0123abcd.js",
      htmlWebpackPlugin: { files: { js: ["taskpane.0123abcd.js"] } },
    });
    expect(html).not.toContain('"onload="');
    expect(html).not.toContain('" onload="');
    expect(html).toContain("content=\"default-src &#39;self&#39;&quot; onload=&quot;x\"");
  });
});

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
  OFFICE_JS_BY_CLOUD,
  contentSecurityPolicy,
  deployedUrl,
  officeJs,
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

describe("the pages' Content-Security-Policy", () => {
  const policy = contentSecurityPolicy(OFFICE_JS_BY_CLOUD.gcch);
  const directive = (name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

  it("allows scripts from the pane's origin and office.js's folder only, not the whole CDN host", () => {
    expect(directive("script-src")).toBe("script-src 'self' https://appsforoffice.gcch.cdn.office.net/appsforoffice/lib/1/hosted/");
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

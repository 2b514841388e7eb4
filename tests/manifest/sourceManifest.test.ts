import fs from "node:fs";
import path from "node:path";
import { manifestProblems, PROJECT_ROOT, xsdErrors } from "../../scripts/manifestChecks";

const manifestPath = path.join(PROJECT_ROOT, "manifest.xml");
const source = fs.readFileSync(manifestPath, "utf8");
const assetsDir = path.join(PROJECT_ROOT, "assets");

describe("manifest.xml (development)", () => {
  it("validates against Microsoft's add-in manifest schema", async () => {
    const errors = await xsdErrors(source);
    if (errors === null) {
      console.warn("../shared/office-manifest-xsd is not present: XSD validation not run");
      return;
    }
    expect(errors).toEqual([]);
  });

  it("passes the project's own checks", () => {
    expect(manifestProblems(source, { assetsDir, deployable: false })).toEqual([]);
  });

  it("asks for WordApi 1.3 and read/write access to the document", () => {
    expect(source).toMatch(/<Set Name="WordApi" MinVersion="1.3"\s*\/>/);
    expect(source).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(source).toContain('<Host Name="Document"/>');
  });

  it("ships every icon size the store and ribbon use", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(fs.existsSync(path.join(assetsDir, `icon-${size}.png`))).toBe(true);
    }
  });
});

describe("the manifest checks catch mistakes", () => {
  const broken = (from: string, to: string) => {
    const changed = source.replace(from, to);
    expect(changed).not.toBe(source);
    return changed;
  };

  it("a resid with no resource", () => {
    const xml = broken('resid="OpenPane.Tooltip"', 'resid="OpenPane.Missing"');
    expect(manifestProblems(xml, { assetsDir, deployable: false })).toContain('<Description resid="OpenPane.Missing"> names no resource');
  });

  it("an icon used at the wrong size", () => {
    const xml = broken('<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>');
    expect(manifestProblems(xml, { assetsDir, deployable: false })).toContain("icon icon-64.png is 64px but the manifest uses it at 80px");
  });

  it("http URLs, localhost in a deployable manifest, and a bad Version", () => {
    const xml = broken("<Version>1.0.0.0</Version>", "<Version>v1</Version>").replace(
      "https://localhost:3000/help.html\"/>",
      "http://cx.example.gov/help.html\"/>",
    );
    const problems = manifestProblems(xml, { assetsDir, deployable: true });
    expect(problems).toContain('Version "v1" is not of the form 1.0.0.0');
    expect(problems.some((p) => p.includes("non-https URL: http://cx.example.gov/help.html"))).toBe(true);
    expect(problems.some((p) => p.includes("development address: https://localhost:3000/taskpane.html"))).toBe(true);
  });

  it("the XSD rejects elements in the wrong order", async () => {
    const xml = broken("<Version>1.0.0.0</Version>\n  <ProviderName>CX Language for Word project</ProviderName>", "<ProviderName>CX Language for Word project</ProviderName>\n  <Version>1.0.0.0</Version>");
    const errors = await xsdErrors(xml);
    if (errors === null) return;
    expect(errors.length).toBeGreaterThan(0);
  });
});

/**
 * One version for the add-in: package.json's, which `npm version` also writes into the manifest (x.y.z.0).
 * Admin-center updates reach users only when the manifest's Version goes up, so the two must not drift.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../scripts/manifestChecks";
import { manifestVersion } from "../../scripts/syncManifestVersion";

const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), "utf8");
const versionIn = (xml: string) => /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];

it("manifest.xml's Version is package.json's version", () => {
  const { version } = JSON.parse(read(PROJECT_ROOT, "package.json"));
  expect(versionIn(read(PROJECT_ROOT, "manifest.xml"))).toBe(`${version}.0`);
});

it("Office's form of a version refuses what the manifest cannot hold", () => {
  expect(manifestVersion("2.10.3")).toBe("2.10.3.0");
  expect(() => manifestVersion("2.0.0-beta.1")).toThrow(/plain x\.y\.z/);
});

describe("npm version <x.y.z>", () => {
  let project: string;
  beforeAll(() => {
    // A copy of the project's version wiring in a scratch git repository: package.json, manifest.xml, the script.
    project = fs.mkdtempSync(path.join(os.tmpdir(), "cx-version-"));
    fs.mkdirSync(path.join(project, "scripts"));
    fs.copyFileSync(path.join(PROJECT_ROOT, "scripts/syncManifestVersion.js"), path.join(project, "scripts/syncManifestVersion.js"));
    fs.copyFileSync(path.join(PROJECT_ROOT, "manifest.xml"), path.join(project, "manifest.xml"));
    const pkg = JSON.parse(read(PROJECT_ROOT, "package.json"));
    fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: pkg.name, version: pkg.version, private: true, scripts: { version: pkg.scripts.version } }, null, 2));
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", ...args], { cwd: project });
    git("init", "-q");
    git("add", ".");
    git("commit", "-qm", "start");
  });
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

  it("sets the manifest's Version to x.y.z.0 and stages it with package.json", () => {
    execFileSync("npm", ["version", "3.4.5", "--no-git-tag-version"], { cwd: project, stdio: "pipe" });
    expect(JSON.parse(read(project, "package.json")).version).toBe("3.4.5");
    expect(versionIn(read(project, "manifest.xml"))).toBe("3.4.5.0");
    const staged = execFileSync("git", ["diff", "--cached", "--name-only"], { cwd: project, encoding: "utf8" });
    expect(staged.split("\n")).toContain("manifest.xml");
  });
});

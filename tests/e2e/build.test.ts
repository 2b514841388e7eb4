/**
 * The production build as an agency would run it: a broken library stops it with file, entry and reason;
 * CX_LIBRARY bundles another library instead of content/library.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { LibraryData } from "../../src/core/library";
import { productionBuild as build, ROOT } from "./commands";
import { DIST } from "./harness";

const bundled: LibraryData = JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8"));

let workDir: string;
beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), "cx-build-"));
});
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

function writeLibrary(name: string, data: unknown): string {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, typeof data === "string" ? data : JSON.stringify(data, null, 2));
  return file;
}

describe("npm run build with a library file", () => {
  it("fails on a broken library, naming the file, the entry and the reason", async () => {
    const broken = structuredClone(bundled);
    broken.entries[3].text = "   ";
    broken.entries[5].id = broken.entries[4].id;
    broken.entries[7].previousTexts = [{ version: bundled.version, text: "Wording of a later version." }];
    const file = writeLibrary("broken-library.json", broken);
    const { code, output } = await build({ CX_LIBRARY: file }, path.join(workDir, "out-broken"));
    expect(code).not.toBe(0);
    expect(output).toContain("broken-library.json");
    expect(output).toContain(bundled.entries[3].id);
    expect(output).toMatch(/empty/i);
    expect(output).toContain(bundled.entries[4].id);
    expect(output).toMatch(/duplicate/i);
    expect(output).toContain(`entry ${bundled.entries[7].id}: previousTexts[0]: version "${bundled.version}" is not lower than the library's version`);
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m); // a message, not a stack trace
    expect(fs.existsSync(path.join(workDir, "out-broken"))).toBe(false);
  });

  it("fails on a library that renames a PD section the add-in looks for, naming the file, the section and the ids", async () => {
    const renamed = structuredClone(bundled);
    renamed.sections.find((section) => section.id === "factor-3")!.id = "factor-3-guidelines";
    for (const entry of renamed.entries) if (entry.section === "factor-3") entry.section = "factor-3-guidelines";
    const file = writeLibrary("renamed-section.json", renamed);
    const { code, output } = await build({ CX_LIBRARY: file }, path.join(workDir, "out-renamed"));
    expect(code).not.toBe(0);
    expect(output).toContain("renamed-section.json");
    expect(output).toContain('PD section "factor-3" is missing');
    expect(output).toContain("introduction, major-duties, factor-1, factor-3, factor-5, factors-6-7");
    expect(output).toContain("factor-3-guidelines");
    expect(fs.existsSync(path.join(workDir, "out-renamed"))).toBe(false);
  });

  it("fails on entry text that would not insert as one clean paragraph, naming each entry", async () => {
    const hostile = structuredClone(bundled);
    hostile.entries[2].text = "First line.\r\nSecond line.";
    hostile.entries[6].text = "Reads \u202Edrawkcab.";
    const file = writeLibrary("hostile-library.json", hostile);
    const { code, output } = await build({ CX_LIBRARY: file }, path.join(workDir, "out-hostile"));
    expect(code).not.toBe(0);
    expect(output).toContain("hostile-library.json");
    expect(output).toContain(`entry ${bundled.entries[2].id}: text contains a line break`);
    expect(output).toContain(`entry ${bundled.entries[6].id}: text contains the bidirectional control U+202E`);
    expect(fs.existsSync(path.join(workDir, "out-hostile"))).toBe(false);
  });

  it("fails on a file that is not JSON, naming the file and the place", async () => {
    const file = writeLibrary("not-json.json", '{ "version": "1.0.0", ');
    const { code, output } = await build({ CX_LIBRARY: file }, path.join(workDir, "out-syntax"));
    expect(code).not.toBe(0);
    expect(output).toContain("not-json.json");
    expect(output).toMatch(/JSON/);
  });

  it("fails on a library over the size limit, and on one nested too deep, naming the file, the entry and the limit", async () => {
    const large = structuredClone(bundled);
    large.entries[3].note = "n".repeat(3 * 1024 * 1024);
    const big = await build({ CX_LIBRARY: writeLibrary("large-library.json", large) }, path.join(workDir, "out-large"));
    expect(big.code).not.toBe(0);
    expect(big.output).toContain("large-library.json");
    expect(big.output).toContain("the file is 3 MB; a library may be at most 2 MB");
    expect(fs.existsSync(path.join(workDir, "out-large"))).toBe(false);

    const nested = JSON.stringify(bundled).replace(`"id":"${bundled.entries[3].id}"`, `"id":"${bundled.entries[3].id}","related":${"[".repeat(10_000)}${"]".repeat(10_000)}`);
    const deep = await build({ CX_LIBRARY: writeLibrary("nested-library.json", nested) }, path.join(workDir, "out-nested"));
    expect(deep.code).not.toBe(0);
    expect(deep.output).toContain("nested-library.json");
    expect(deep.output).toContain(`entry ${bundled.entries[3].id}: related is nested more than 16 levels deep`);
    expect(deep.output).not.toMatch(/RangeError|call stack/);
  });

  it("bundles the file named by CX_LIBRARY instead of content/library.json", async () => {
    const custom = structuredClone(bundled);
    const marker = "Applies agency customer experience standards to every grant review.";
    custom.entries.push({ id: "agency-duties-01", documentType: "PD", section: "major-duties", kind: "duty-statement", text: marker });
    const file = writeLibrary("agency-library.json", custom);
    const out = path.join(workDir, "out-custom");
    const { code, output } = await build({ CX_LIBRARY: file }, out);
    // webpack reports problems as "ERROR in …" or "Error: …" (module names such as errors.ts are not problems).
    expect(output).not.toMatch(/ERROR in|\bError:/);
    expect(code).toBe(0);
    const js = fs.readdirSync(out).filter((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f));
    expect(js).toHaveLength(1);
    expect(fs.readFileSync(path.join(out, js[0]), "utf8")).toContain(marker);
    const standard = fs.readdirSync(DIST).find((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f));
    expect(fs.readFileSync(path.join(DIST, standard!), "utf8")).not.toContain(marker);
  });
});

describe("npm run build with a plain-language word list", () => {
  it("fails on an agency's broken list (CX_PLAIN_WORDS), naming the file, the row and the reason", async () => {
    const words = JSON.parse(fs.readFileSync(path.join(ROOT, "content/plain-words.json"), "utf8"));
    words.words[1].say = [words.words[1].dontSay[0]];
    words.words.push({ id: "leverage", dontSay: ["utilize"], say: ["use"] });
    const file = writeLibrary("agency-words.json", words);
    const { code, output } = await build({ CX_PLAIN_WORDS: file }, path.join(workDir, "out-words"));
    expect(code).not.toBe(0);
    expect(output).toContain("Plain-language word list");
    expect(output).toContain("agency-words.json");
    expect(output).toContain(`row 2 (${words.words[1].id}): the wording "${words.words[1].dontSay[0]}" is one of the words it replaces`);
    expect(output).toContain(`row ${words.words.length} (leverage): "utilize" is also listed by row utilize`);
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(fs.existsSync(path.join(workDir, "out-words"))).toBe(false);
  });

  it("fails on a CX_PLAIN_WORDS file that does not exist, naming it", async () => {
    const { code, output } = await build({ CX_PLAIN_WORDS: path.join(workDir, "missing-words.json") }, path.join(workDir, "out-missing-words"));
    expect(code).not.toBe(0);
    expect(output).toMatch(/Plain-language word list .*missing-words\.json does not exist/);
  });
});

describe("the test suite's own builds", () => {
  it("leave the user's dist/ as it was before the suite (missing, or built for other settings)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- globalSetup is CommonJS, as jest loads it
    const { folderFingerprint } = require("./globalSetup") as { folderFingerprint: (folder: string) => string | null };
    expect(process.env.CX_USER_DIST_BEFORE).toBeDefined();
    expect(folderFingerprint(path.join(ROOT, "dist"))).toEqual(JSON.parse(process.env.CX_USER_DIST_BEFORE!));
  });
});

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLibrary, type LibraryData } from "../../src/core/library";
import { parseLibraryJson } from "../../src/core/libraryValidation";
import { entriesInDocument } from "../../src/core/presence";
import { main } from "../../scripts/libraryVersions";

const ROOT = path.resolve(__dirname, "../..");
const bundledText = fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8");
const bundled = JSON.parse(bundledText) as LibraryData;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "library-versions-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, data: LibraryData | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof data === "string" ? data : `${JSON.stringify(data, null, 2)}\n`);
  return file;
}

/** The bundled library at `version` with some entries' texts replaced. */
function edition(version: string, texts: Record<string, string>): LibraryData {
  const data = structuredClone(bundled);
  data.version = version;
  for (const entry of data.entries) if (texts[entry.id] !== undefined) entry.text = texts[entry.id]!;
  return data;
}

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (line) => out.push(line), (line) => err.push(line));
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const read = (file: string) => JSON.parse(fs.readFileSync(file, "utf8")) as LibraryData;
const entryOf = (data: LibraryData, id: string) => data.entries.find((entry) => entry.id === id)!;
const goal = entryOf(bundled, "pwp-goal-1").text;

describe("npm run library:versions -- OLD.json NEW.json", () => {
  it("records the old text of each changed entry under the old version, and leaves the rest as it was", () => {
    const oldFile = write("old.json", edition("1.0.0", {}));
    const newFile = write("new.json", edition("1.1.0", { "pwp-goal-1": "Know what CX is and why it matters at {{agency}}" }));
    const result = run(oldFile, newFile);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toBe(`Recorded the 1.0.0 text of 1 entry in ${newFile}: pwp-goal-1.`);
    const written = read(newFile);
    expect(entryOf(written, "pwp-goal-1").previousTexts).toEqual([{ version: "1.0.0", text: goal }]);
    expect(written.entries.filter((entry) => entry.previousTexts)).toHaveLength(1);
    // The result is a valid library that recognises a document holding the old wording as earlier wording.
    const library = createLibrary(parseLibraryJson(fs.readFileSync(newFile, "utf8"), newFile));
    expect(entriesInDocument(library, [library.renderText(goal, { agency: "USDA" })], { agency: "USDA" }).get("pwp-goal-1")).toMatchObject({
      state: "earlier",
      version: "1.0.0",
    });
  });

  it("merges with the earlier texts both files already hold, each wording once, oldest first, and can run again", () => {
    const v1 = write("v1.json", edition("1.0.0", {}));
    const v2 = write("v2.json", edition("1.1.0", { "pwp-goal-1": "Second wording at {{agency}}" }));
    expect(run(v1, v2).code).toBe(0);
    const third = read(v2);
    third.version = "2.0.0";
    entryOf(third, "pwp-goal-1").text = "Third wording at {{agency}}";
    const v3 = write("v3.json", third);
    expect(run(v2, v3).code).toBe(0);
    const expected = [
      { version: "1.0.0", text: goal },
      { version: "1.1.0", text: "Second wording at {{agency}}" },
    ];
    expect(entryOf(read(v3), "pwp-goal-1").previousTexts).toEqual(expected);
    expect(run(v2, v3).code).toBe(0); // again: nothing repeated
    expect(entryOf(read(v3), "pwp-goal-1").previousTexts).toEqual(expected);
  });

  it("does not record a change of quote style, case or final period, which the pane already ignores", () => {
    const oldFile = write("old.json", edition("1.0.0", {}));
    const newData = edition("1.0.1", { "pwp-goal-1": `${goal.replace("’", "'")}.` });
    const newFile = write("new.json", newData);
    expect(run(oldFile, newFile).out).toBe(`No entry's text differs between ${oldFile} (1.0.0) and ${newFile} (1.0.1); ${newFile} is unchanged.`);
    expect(read(newFile)).toEqual(newData);
  });

  it("refuses when NEW.json's version is not higher, and leaves it as it was", () => {
    const oldFile = write("old.json", edition("1.1.0", {}));
    const newText = `${JSON.stringify(edition("1.1.0", { "pwp-goal-1": "Other wording at {{agency}}" }), null, 2)}\n`;
    const newFile = write("new.json", newText);
    const result = run(oldFile, newFile);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `${newFile} has version 1.1.0, not higher than ${oldFile}'s 1.1.0: raise "version" in ${newFile} first (see content/README.md), so the old texts are recorded under a version before it.`,
    );
    expect(fs.readFileSync(newFile, "utf8")).toBe(newText);
  });

  it("says which file is missing, not JSON or not a valid library, and writes nothing", () => {
    const good = write("good.json", edition("1.1.0", { "pwp-goal-1": "Other wording at {{agency}}" }));
    const before = fs.readFileSync(good, "utf8");
    expect(run(path.join(dir, "missing.json"), good)).toMatchObject({ code: 1, err: `${path.join(dir, "missing.json")}: no such file` });
    const notJson = write("broken.json", "{ \"version\": ");
    expect(run(notJson, good).err).toMatch(new RegExp(`^Library file ${notJson} is invalid \\(1 problem\\(s\\)\\):\\n  - entry \\(library\\): not valid JSON`));
    const invalid = edition("1.0.0", {});
    entryOf(invalid, "pd-duties-02").text = "Duty at {{agancy}}";
    const invalidFile = write("invalid.json", invalid);
    expect(run(invalidFile, good).err).toContain("  - entry pd-duties-02: text uses unknown placeholder {{agancy}}");
    expect(fs.readFileSync(good, "utf8")).toBe(before);
  });

  it("prints how to use it when not given two files (from npm, through its script)", () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, "scripts/library-versions.mjs"), "only-one.json"], { encoding: "utf8", cwd: ROOT });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage: npm run library:versions -- OLD.json NEW.json");
  });
});

/**
 * The cx-coverage command as a user runs it: a child process on real .docx files (the reader's fixtures, written by
 * LibreOffice and the docx package, and a PD with CX language written here with the docx package), checked by its
 * exit code, standard output and error, and the files it writes.
 */
import { spawn } from "node:child_process";
import { Writable } from "node:stream";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { Document, Packer, Paragraph, HeadingLevel, TextRun } from "docx";
import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { DOCX_MAX_FILE_BYTES } from "../../src/docx/readDocx";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "tests/docx/fixtures");
const COMMAND = path.join(ROOT, "bin/cx-coverage.js");

type Run = { code: number | null; stdout: string; stderr: string };
/** The command in `cwd`, as `npx cx-coverage …` runs it there. */
function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [COMMAND, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A PD written by the docx package: a title block, CX language in the Introduction (approved) and Major Duties (for USDA). */
async function pdWithCxLanguage(): Promise<Buffer> {
  const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  const body = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const document = new Document({
    sections: [
      {
        children: [
          body("Position Title: IT Specialist (INFOSEC), GS-2210-12"),
          heading("Introduction"),
          body("This position is in the Office of the Chief Information Officer."),
          body(library.renderEntry("pd-intro-01")),
          heading("Major Duties"),
          new Paragraph({ text: "Maintains the agency's security tools.", bullet: { level: 0 } }),
          new Paragraph({ text: library.renderEntry("pd-duties-06", { agency: "USDA" }), bullet: { level: 0 } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

let work: string;
beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "cx-coverage-test-"));
  const at = (file: string) => {
    fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    return path.join(work, file);
  };
  fs.writeFileSync(at("pds/it-specialist.docx"), await pdWithCxLanguage());
  fs.copyFileSync(path.join(FIXTURES, "lo-sample-pd.docx"), at("pds/hr/analyst.docx"));
  fs.copyFileSync(path.join(FIXTURES, "lo-old-format.doc"), at("pds/old.doc"));
  fs.writeFileSync(at("pds/not-a-zip.docx"), "This is a text file named like a Word document.\n");
  // Not in the report: Word's lock file, a hidden folder, a file that is no document.
  fs.copyFileSync(path.join(FIXTURES, "lo-sample-pd.docx"), at("pds/~$-specialist.docx"));
  fs.copyFileSync(path.join(FIXTURES, "lo-sample-pd.docx"), at("pds/.drafts/draft.docx"));
  fs.writeFileSync(at("pds/notes.txt"), "notes");
  // Larger than a PD can be; sparse, so it takes no disk.
  fs.writeFileSync(at("big/huge.docx"), "");
  fs.truncateSync(at("big/huge.docx"), DOCX_MAX_FILE_BYTES + 1);
  fs.writeFileSync(at("bad-library.json"), JSON.stringify({ version: "1.0.0", sections: [] }));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe("cx-coverage reads a folder", () => {
  let result: Run;
  beforeAll(async () => (result = await run(["pds"], work)));

  test("JSON on standard output by default: the library's version and every candidate file, sorted, named inside the folder", () => {
    const report = JSON.parse(result.stdout);
    expect(report.library).toEqual({ version: library.version });
    expect(report.files.map((file: { file: string }) => file.file)).toEqual(["pds/hr/analyst.docx", "pds/it-specialist.docx", "pds/not-a-zip.docx", "pds/old.doc"]);
  });

  test("each PD's title, series, grade and its sections' counts by state; files not read with the reason", () => {
    const files = JSON.parse(result.stdout).files;
    expect(files[1]).toEqual({
      file: "pds/it-specialist.docx",
      ok: true,
      kind: "pd",
      title: "IT Specialist (INFOSEC)",
      series: "2210",
      grade: "12",
      sections: {
        introduction: { found: true, approved: 1, adapted: 0, earlier: 0 },
        // Written for USDA, read with the library's default agency: adapted.
        "major-duties": { found: true, approved: 0, adapted: 1, earlier: 0 },
        "factor-1": { found: false, approved: 0, adapted: 0, earlier: 0 },
        "factor-3": { found: false, approved: 0, adapted: 0, earlier: 0 },
        "factor-5": { found: false, approved: 0, adapted: 0, earlier: 0 },
        "factors-6-7": { found: false, approved: 0, adapted: 0, earlier: 0 },
      },
    });
    expect(files[0]).toMatchObject({ ok: true, kind: "pd", title: "Management and Program Analyst", series: "0343", grade: "11" });
    expect(files[2]).toEqual({ file: "pds/not-a-zip.docx", ok: false, reason: expect.any(String) });
    expect(files[3]).toEqual({ file: "pds/old.doc", ok: false, reason: expect.stringMatching(/97.2003 \.doc/) });
  });

  test("exit code 1 when some files could not be read, with the count and progress on standard error", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^4 of 4 PDs read$/m);
    expect(result.stderr).toMatch(/2 of 4 files could not be read/);
  });
});

describe("cx-coverage's outputs and options", () => {
  test("exit code 0 when every file was read; files given one by one keep their names", async () => {
    const { code, stdout } = await run(["pds/it-specialist.docx", "pds/hr"], work);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files.map((file: { file: string }) => file.file)).toEqual(["pds/it-specialist.docx", "hr/analyst.docx"]);
  });

  test("--csv - writes the CSV on standard output, --json FILE the JSON to the file", async () => {
    const { code, stdout } = await run(["pds", "--csv", "-", "--json", "report.json"], work);
    expect(code).toBe(1);
    expect(stdout.charCodeAt(0)).toBe(0xfeff);
    const rows: string[][] = parse(stdout.slice(1));
    expect(rows.map((row) => row[0])).toEqual(["File", "pds/hr/analyst.docx", "pds/it-specialist.docx", "pds/not-a-zip.docx", "pds/old.doc"]);
    expect(rows[2]!.slice(3, 8)).toEqual(["IT Specialist (INFOSEC)", "2210", "12", "Approved", "Adapted"]);
    expect(JSON.parse(fs.readFileSync(path.join(work, "report.json"), "utf8")).files).toHaveLength(4);
  });

  test("--agency: the PD's agency name is approved wording for that agency", async () => {
    const { stdout } = await run(["pds/it-specialist.docx", "--agency", "USDA"], work);
    expect(JSON.parse(stdout).files[0].sections["major-duties"]).toEqual({ found: true, approved: 1, adapted: 0, earlier: 0 });
  });

  test("a file larger than a PD can be is refused with its size, and the batch goes on", async () => {
    const { code, stdout } = await run(["big", "pds/hr/analyst.docx", "--json=-"], work);
    expect(code).toBe(1);
    const files = JSON.parse(stdout).files;
    expect(files[0]).toEqual({ file: "big/huge.docx", ok: false, reason: expect.stringMatching(/MB, more than/) });
    expect(files[1]).toMatchObject({ ok: true, kind: "pd" });
  });
});

describe("cx-coverage's bad arguments: exit code 2, the problem named, the usage, no report", () => {
  test.each<[string, string[], RegExp]>([
    ["an unknown option", ["pds", "--xml", "x"], /Unknown option --xml/],
    ["an option without its value", ["pds", "--json"], /--json needs a value/],
    ["no files or folders", ["--csv", "out.csv"], /No files or folders/],
    ["a path that does not exist", ["pds", "missing-folder"], /missing-folder: no such file or folder/],
    ["both reports on standard output", ["pds", "--json", "-", "--csv", "-"], /Only one of --json and --csv/],
    ["a library file that does not exist", ["pds", "--library", "nowhere.json"], /nowhere\.json: no such library file/],
    ["a library file that is not a valid library", ["pds", "--library", "bad-library.json"], /bad-library\.json/],
    ["an output in a folder that does not exist", ["pds", "--csv", "no-such-folder/out.csv"], /no-such-folder/],
    ["an agency name with no letter or digit", ["pds", "--agency", "  "], /--agency/],
  ])("%s", async (_name, args, problem) => {
    const { code, stdout, stderr } = await run(args, work);
    expect(code).toBe(2);
    expect(stderr).toMatch(problem);
    expect(stderr).toMatch(/Usage: npx cx-coverage/);
    expect(stdout).toBe("");
  });
});

describe("a worker that stops on a file costs only that file", () => {
  // A worker thread in place of the reader's: it dies, runs out of memory or never answers on the files named so,
  // and answers every other file at once. The batch logic is the command's own (readAll).
  const script = `
    const { parentPort } = require("node:worker_threads");
    const junk = [];
    parentPort.on("message", ({ index, path, file }) => {
      if (path.includes("exits")) process.exit(7);
      if (path.includes("throws")) throw new Error("the parser broke");
      if (path.includes("memory")) for (;;) junk.push(new Array(1e6).fill(index));
      if (path.includes("hangs")) for (;;);
      parentPort.postMessage({ index, coverage: { file, ok: false, reason: "answered" } });
    });`;

  test("every file gets its result in the order given; the others are read by a new worker", async () => {
    const { readAll } = await import("../../src/cli/coverage");
    const workerScript = path.join(work, "worker.cjs");
    fs.writeFileSync(workerScript, script);
    const names = ["a", "exits", "b", "throws", "c", "memory", "d", "hangs", "e", "f"];
    const reads: number[] = [];
    const files = await readAll(
      names.map((name) => ({ path: name, file: `${name}.docx` })),
      { library: { version: "1.0.0" } as never, values: {} },
      (read) => reads.push(read),
      { workerScript, fileTimeoutMs: 2000 },
    );
    expect(files.map((file) => file.file)).toEqual(names.map((name) => `${name}.docx`));
    const reasons = Object.fromEntries(files.map((file) => [file.file, file.ok ? "" : file.reason]));
    for (const name of ["a", "b", "c", "d", "e", "f"]) expect(reasons[`${name}.docx`]).toBe("answered");
    expect(reasons["exits.docx"]).toBe("The reader stopped on this file: the worker ended (exit code 7)");
    expect(reasons["throws.docx"]).toBe("The reader stopped on this file: the parser broke");
    expect(reasons["memory.docx"]).toBe("The reader stopped on this file: it needed more memory than a PD can");
    expect(reasons["hangs.docx"]).toBe("The reader stopped on this file: it took longer than 2 s");
    expect(reads).toEqual(names.map((_, i) => i + 1));
  }, 60_000);
});

describe("progress on standard error", () => {
  const collector = (isTTY: boolean) => {
    const stream = new Writable({ write: (chunk, _encoding, done) => ((stream.text += String(chunk)), done()) }) as Writable & { text: string; isTTY: boolean };
    stream.text = "";
    stream.isTTY = isTTY;
    return stream;
  };

  test("on a terminal, one line rewritten in place and ended when done", async () => {
    const { main } = await import("../../src/cli/coverage");
    const stdout = collector(false);
    const stderr = collector(true);
    const cwd = process.cwd();
    process.chdir(work);
    try {
      expect(await main(["pds/hr", "pds/it-specialist.docx"], { stdout, stderr })).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(stderr.text).toMatch(/^(\r\d of 2 PDs read)+\n$/);
    expect(stderr.text.endsWith("\r2 of 2 PDs read\n")).toBe(true);
    expect(JSON.parse(stdout.text).files).toHaveLength(2);
  });
});

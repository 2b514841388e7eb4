import fs from "node:fs";
import path from "node:path";
import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { coverDocx } from "../../src/docx/coverDocx";

const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(__dirname, "fixtures", name)));

describe("coverDocx: one file's coverage", () => {
  test("a PD written by the docx package: its identity and the approved duties counted in Major Duties", () => {
    const coverage = coverDocx(library, "pds/cx-duties.docx", fixture("docxjs-cx-duties.docx"));
    expect(coverage).toMatchObject({ file: "pds/cx-duties.docx", ok: true, kind: "pd", title: "Management and Program Analyst", series: "0343", grade: "11" });
    expect(coverage.ok && coverage.sections["major-duties"]).toEqual({ found: true, approved: 3, adapted: 0, earlier: 0 });
  });

  test("a PD written by LibreOffice: every CX section found, none with CX language", () => {
    const coverage = coverDocx(library, "lo.docx", fixture("lo-sample-pd.docx"));
    expect(coverage.ok && Object.values(coverage.sections)).toEqual(Array(6).fill({ found: true, approved: 0, adapted: 0, earlier: 0 }));
  });

  test("a file the reader refuses: not read, with the reader's reason", () => {
    expect(coverDocx(library, "old.doc", fixture("lo-old-format.doc"))).toEqual({ file: "old.doc", ok: false, reason: expect.stringMatching(/97.2003/) });
  });

  test("never throws: any bytes give a coverage, an error in the review becomes a reason", () => {
    for (const bytes of [new Uint8Array(0), new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), new TextEncoder().encode("<w:document/>")]) {
      expect(coverDocx(library, "x.docx", bytes)).toMatchObject({ ok: false, reason: expect.any(String) });
    }
    const broken = { ...library, entries: () => { throw new Error("library\nbroken"); } };
    expect(coverDocx(broken, "pd.docx", fixture("lo-sample-pd.docx"))).toEqual({ file: "pd.docx", ok: false, reason: "The file could not be read: library broken" });
  });
});

import { parse } from "csv-parse/sync";
import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import {
  COVERAGE_FILTERS,
  coverageCsv,
  coverageJson,
  coverageSummary,
  fileCoverage,
  isCoverageCandidate,
  sectionCell,
  sortFiles,
  type CoverageReport,
  type FileCoverage,
  type SectionCoverage,
} from "../../src/core/coverage";
import type { ParagraphInfo } from "../../src/core/headingLine";
import { LIBRARY_SECTION_IDS } from "../../src/core/pdVocabulary";
import { numberedElementsPlan } from "./planFixtures";

const h = (text: string): ParagraphInfo => ({ text, styleBuiltIn: "Heading1", outlineLevel: 1 });
const body = (text: string): ParagraphInfo => ({ text });
const entry = (id: string, agency = "DHS") => body(library.renderEntry(id, { agency }));

/** A PD with an Introduction, Major Duties and Factor 1 only: the other CX sections are not found. */
const threeSectionPd = (intro: ParagraphInfo[], duties: ParagraphInfo[]): ParagraphInfo[] => [
  body("Position Title: Customer Experience Analyst, GS-0343-12"),
  h("Introduction"),
  body("This position is in the Office of Example."),
  ...intro,
  h("Major Duties"),
  body("Plans analyses of service delivery."),
  ...duties,
  h("Factor 1 - Knowledge Required by the Position, Level 1-7, 1250 Points"),
  body("Knowledge of analytical methods."),
];

const section = (found: boolean, approved = 0, adapted = 0, earlier = 0): SectionCoverage => ({ found, approved, adapted, earlier });
const allSections = (value: SectionCoverage) => Object.fromEntries(LIBRARY_SECTION_IDS.map((id) => [id, { ...value }])) as Extract<FileCoverage, { ok: true }>["sections"];
const pd = (file: string, sections: Partial<Extract<FileCoverage, { ok: true }>["sections"]>, identity: { title?: string | null; series?: string | null; grade?: string | null } = {}): FileCoverage => ({
  file,
  ok: true,
  kind: "pd",
  title: identity.title ?? null,
  series: identity.series ?? null,
  grade: identity.grade ?? null,
  sections: { ...allSections(section(true)), ...sections },
});
const notRead = (file: string, reason = "Not a Word document"): FileCoverage => ({ file, ok: false, reason });
const report = (files: FileCoverage[]): CoverageReport => ({ library: { version: library.version }, files });

describe("fileCoverage", () => {
  test("counts each section's entries by state from the review, and states the PD's title, series and grade", () => {
    const adapted = library.renderEntry("pd-duties-06", { agency: "USDA" }).replace("meeting", "always meeting");
    const coverage = fileCoverage(library, "pds/analyst.docx", threeSectionPd([entry("pd-intro-01")], [entry("pd-duties-04"), body(adapted)]), { agency: "USDA" });
    expect(coverage).toEqual({
      file: "pds/analyst.docx",
      ok: true,
      kind: "pd",
      title: "Customer Experience Analyst",
      series: "0343",
      grade: "12",
      sections: {
        introduction: section(true, 1),
        "major-duties": section(true, 1, 1),
        "factor-1": section(true),
        "factor-3": section(false),
        "factor-5": section(false),
        "factors-6-7": section(false),
      },
    });
  });

  test("a performance plan and a document with no PD section have every section not found", () => {
    const plan = fileCoverage(library, "plan.docx", numberedElementsPlan());
    expect(plan).toMatchObject({ ok: true, kind: "plan", sections: allSections(section(false)) });
    const letter = fileCoverage(library, "letter.docx", [body("Dear colleague,"), body("Thank you for your note about grade 12.")]);
    expect(letter).toEqual({ file: "letter.docx", ok: true, kind: "not-a-pd", title: null, series: null, grade: null, sections: allSections(section(false)) });
  });
});

describe("sectionCell", () => {
  test("a section in its best state; not found before anything else", () => {
    expect(sectionCell(section(false, 3))).toBe("not-found");
    expect(sectionCell(section(true))).toBe("none");
    expect(sectionCell(section(true, 0, 0, 2))).toBe("earlier");
    expect(sectionCell(section(true, 0, 1, 2))).toBe("adapted");
    expect(sectionCell(section(true, 1, 1, 2))).toBe("approved");
  });
});

describe("coverageSummary", () => {
  const files = [
    pd("a.docx", { introduction: section(true, 2, 1), "major-duties": section(true, 0, 1) }),
    pd("b.docx", { introduction: section(true, 0, 0, 1), "major-duties": section(false) }),
    pd("c.docx", { introduction: section(false) }),
    pd("d.docx", { "factor-5": section(true, 0, 1, 1) }),
    { ...pd("plan.docx", {}), kind: "plan", sections: allSections(section(false)) } as FileCoverage,
    { ...pd("memo.docx", {}), kind: "not-a-pd", sections: allSections(section(false)) } as FileCoverage,
    notRead("old.doc"),
  ];
  const summary = coverageSummary(report(files));

  test("counts files by kind, and PDs with any CX language among the PDs only", () => {
    expect(summary).toMatchObject({ files: 7, read: 6, pds: 4, plans: 1, notPds: 1, notRead: 1, withLanguage: 3, withLanguageShare: 3 / 4 });
  });
  test("per section: PDs that have it, and each PD once in its best state", () => {
    expect(summary.sections.introduction).toEqual({ found: 3, approved: 1, adapted: 0, earlier: 1, withLanguage: 2, foundShare: 3 / 4, withLanguageShare: 2 / 3 });
    expect(summary.sections["major-duties"]).toEqual({ found: 3, approved: 0, adapted: 1, earlier: 0, withLanguage: 1, foundShare: 3 / 4, withLanguageShare: 1 / 3 });
    expect(summary.sections["factor-5"]).toMatchObject({ found: 4, adapted: 1, earlier: 0, withLanguage: 1, withLanguageShare: 1 / 4 });
  });
  test("no PD read: shares are 0, and a section no PD has has no share with language", () => {
    const empty = coverageSummary(report([notRead("x.pdf")]));
    expect(empty).toMatchObject({ read: 0, pds: 0, withLanguage: 0, withLanguageShare: 0 });
    expect(empty.sections.introduction).toMatchObject({ found: 0, foundShare: 0, withLanguageShare: null });
  });
});

describe("coverageJson", () => {
  test("the command's format: the library's version, then each file with its keys in order and the six sections", () => {
    const json = coverageJson(report([pd("pds/it.docx", { introduction: section(true, 1) }, { title: "IT Specialist", series: "2210", grade: "12" }), notRead("pds/old.doc", "A Word 97–2003 .doc file")]));
    const parsed = JSON.parse(json);
    expect(parsed.library).toEqual({ version: library.version });
    expect(Object.keys(parsed.files[0])).toEqual(["file", "ok", "kind", "title", "series", "grade", "sections"]);
    expect(Object.keys(parsed.files[0].sections)).toEqual([...LIBRARY_SECTION_IDS]);
    expect(parsed.files[0].sections.introduction).toEqual({ found: true, approved: 1, adapted: 0, earlier: 0 });
    expect(parsed.files[1]).toEqual({ file: "pds/old.doc", ok: false, reason: "A Word 97–2003 .doc file" });
    expect(json.endsWith("}\n")).toBe(true);
  });
});

describe("coverageCsv", () => {
  const tricky = [
    pd("pds/a, b.docx", { introduction: section(true, 1), "major-duties": section(true, 0, 0, 1), "factor-1": section(false) }, { title: 'IT Specialist "Lead"\nTeam', series: "2210", grade: "9/11" }),
    pd("=HYPERLINK(\"http://evil.example\",\"x\").docx", {}, { title: "+SUM(A1:A2)" }),
    pd("-2+3.docx", {}, { title: "@cmd" }),
    pd("\t=1.docx", {}, { title: "Analyst – Ünïcode" }),
    notRead("old.doc", "A Word 97–2003 .doc file: save it as .docx to include it"),
  ];
  const csv = coverageCsv(report(tricky));
  const rows: string[][] = parse(csv.replace(/^\ufeff/, ""), { relaxQuotes: false });

  test("starts with a UTF-8 byte order mark and ends lines with CRLF", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split("\r\n").length).toBe(tricky.length + 2); // header, rows, and the empty string after the last CRLF
  });
  test("a header, then one row per file with one column per section in words", () => {
    expect(rows[0]).toEqual([
      "File", "Read", "Kind", "Title", "Series", "Grade",
      "Introduction", "Major Duties", "Factor 1 – Knowledge Required by the Position", "Factor 3 – Guidelines",
      "Factor 5 – Scope and Effect", "Factors 6 and 7 – Personal Contacts and Purpose of Contacts", "Reason not read",
    ]);
    expect(rows[1]).toEqual(["pds/a, b.docx", "Yes", "PD", 'IT Specialist "Lead"\nTeam', "2210", "9/11", "Approved", "Earlier wording", "Section not found", "No CX language", "No CX language", "No CX language", ""]);
    expect(rows[5]).toEqual(["old.doc", "No", "", "", "", "", "", "", "", "", "", "", "A Word 97–2003 .doc file: save it as .docx to include it"]);
  });
  test("cells a spreadsheet would run as a formula start with an apostrophe; others are unchanged", () => {
    expect(rows.slice(2, 5).map((row) => [row[0], row[3]])).toEqual([
      ["'=HYPERLINK(\"http://evil.example\",\"x\").docx", "'+SUM(A1:A2)"],
      ["'-2+3.docx", "'@cmd"],
      ["'\t=1.docx", "Analyst – Ünïcode"],
    ]);
  });
});

describe("filters", () => {
  const files = [
    pd("none.docx", {}),
    pd("intro-only.docx", { introduction: section(true, 1) }),
    pd("duties.docx", { "major-duties": section(true, 0, 1) }),
    pd("no-duties-section.docx", { "major-duties": section(false), introduction: section(true, 0, 0, 1) }),
    { ...pd("plan.docx", {}), kind: "plan", sections: allSections(section(false)) } as FileCoverage,
    notRead("bad.pdf"),
  ];
  const matching = (id: string) => files.filter(COVERAGE_FILTERS.find((f) => f.id === id)!.matches).map((f) => f.file);

  test("every file; PDs with no CX language; files not read", () => {
    expect(matching("all")).toHaveLength(files.length);
    expect(matching("no-cx-language")).toEqual(["none.docx"]);
    expect(matching("not-read")).toEqual(["bad.pdf"]);
  });
  test("a section without CX language: PDs whose section has none or that lack the section, not plans or unread files", () => {
    expect(matching("major-duties-without-cx-language")).toEqual(["none.docx", "intro-only.docx", "no-duties-section.docx"]);
    expect(COVERAGE_FILTERS.find((f) => f.id === "major-duties-without-cx-language")!.label).toBe("Major Duties without CX language");
  });
  test("one filter per section, with unique ids", () => {
    const ids = COVERAGE_FILTERS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of LIBRARY_SECTION_IDS) expect(ids).toContain(`${id}-without-cx-language`);
  });
});

describe("sortFiles", () => {
  const files = [
    pd("b.docx", { introduction: section(true, 0, 1) }, { title: "budget analyst", grade: "11" }),
    pd("a10.docx", { introduction: section(false) }, { title: null, grade: "9/11" }),
    pd("a9.docx", { introduction: section(true, 1) }, { title: "Analyst", grade: null }),
    notRead("a1.pdf"),
    pd("c.docx", { introduction: section(true, 0, 1) }, { title: "Budget Analyst", grade: "12" }),
  ];
  const names = (column: Parameters<typeof sortFiles>[1], direction: Parameters<typeof sortFiles>[2]) => sortFiles(files, column, direction).map((f) => f.file);

  test("file names in natural order, both ways", () => {
    expect(names("file", "ascending")).toEqual(["a1.pdf", "a9.docx", "a10.docx", "b.docx", "c.docx"]);
    expect(names("file", "descending")).toEqual(["c.docx", "b.docx", "a10.docx", "a9.docx", "a1.pdf"]);
  });
  test("titles ignoring case, stable among equals, files without one last in either direction", () => {
    expect(names("title", "ascending")).toEqual(["a9.docx", "b.docx", "c.docx", "a10.docx", "a1.pdf"]);
    expect(names("title", "descending")).toEqual(["b.docx", "c.docx", "a9.docx", "a10.docx", "a1.pdf"]);
  });
  test("grades by number (9/11 before 11)", () => {
    expect(names("grade", "ascending")).toEqual(["a10.docx", "b.docx", "c.docx", "a9.docx", "a1.pdf"]);
  });
  test("a section column best state first, not found after none, files not read last", () => {
    expect(names("introduction", "ascending")).toEqual(["a9.docx", "b.docx", "c.docx", "a10.docx", "a1.pdf"]);
    expect(names("introduction", "descending")).toEqual(["a10.docx", "b.docx", "c.docx", "a9.docx", "a1.pdf"]);
  });
  test("does not change the list it is given", () => {
    const before = files.map((f) => f.file);
    sortFiles(files, "file", "descending");
    expect(files.map((f) => f.file)).toEqual(before);
  });
});

describe("isCoverageCandidate", () => {
  test.each([
    ["pds/it-specialist.docx", true],
    ["PDS/IT.DOCX", true],
    ["macro.docm", true],
    ["template.dotx", true],
    ["old.doc", true],
    ["scan.pdf", true],
    ["letter.rtf", true],
    ["writer.odt", true],
    ["pds/~$-specialist.docx", false],
    [".hidden.docx", false],
    ["pds/.git/thing.docx", false],
    ["notes.txt", false],
    ["image.png", false],
    ["archive.zip", false],
    ["docx", false],
    [".docx", false],
    ["C:\\PDs\\analyst.docx", true],
    ["./pds/analyst.docx", true],
  ])("%s → %s", (path, expected) => {
    expect(isCoverageCandidate(path)).toBe(expected);
  });
});

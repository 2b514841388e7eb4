/**
 * The reader on real .docx files, written by the `docx` package and by LibreOffice (scripts/make-docx-fixtures.mjs):
 * what each paragraph record holds, and that the core finds in a file the sections the stand-in gives for the
 * same document through Word's API.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import type { ParagraphInfo } from "../../src/core/headingLine";
import { reviewDocument } from "../../src/core/review";
import { sectionSpans } from "../../src/core/sections";
import { readDocx } from "../../src/docx/readDocx";
import { samplePerformancePlan, samplePositionDescription } from "../../src/word/standin/sampleDocuments";
import type { StandinDocumentSpec } from "../../src/word/standin/types";
import { gatewayOver, openDocument } from "../word/wordHarness";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "fixtures", name)));

function paragraphsOf(name: string): ParagraphInfo[] {
  const reading = readDocx(fixture(name));
  if (!reading.ok) throw new Error(`${name} not read: ${reading.reason}`);
  return reading.paragraphs;
}

type Row = [text: string, style: string, styleBuiltIn: string, outlineLevel: number, isListItem: boolean, bold: boolean, tableNestingLevel: number];
const rows = (paragraphs: ParagraphInfo[]): Row[] =>
  paragraphs.map((p) => [p.text, p.style!, p.styleBuiltIn!, p.outlineLevel!, p.isListItem!, p.bold!, p.tableNestingLevel!]);

const HIDDEN = "MUST NOT APPEAR";

describe("a file written by the docx package with each structure the reader tells apart", () => {
  const paragraphs = paragraphsOf("docxjs-features.docx");

  it("gives each paragraph's text, style, outline level, list membership, bold and table nesting as Word does", () => {
    expect(rows(paragraphs)).toEqual<Row[]>([
      ["Position Description", "Title", "Title", 10, false, false, 0],
      ["Introduction", "Heading 1", "Heading1", 1, false, false, 0],
      ["The incumbent serves the public.", "Normal", "Normal", 10, false, false, 0],
      // Bold in two runs; a heading by bold only.
      ["Major Duties", "Normal", "Normal", 10, false, true, 0],
      ["Partly bold", "Normal", "Normal", 10, false, false, 0],
      // A heading by outline level only.
      ["Factor Levels", "Normal", "Normal", 1, false, false, 0],
      // A custom style based on Heading 1 takes its outline level.
      ["Knowledge Required", "PD Heading", "Other", 1, false, false, 0],
      // Bold from the paragraph style.
      ["Styled bold line", "Bold Body", "Other", 10, false, true, 0],
      ["Reviews customer inquiries.", "List Paragraph", "ListParagraph", 10, true, false, 0],
      ["Drafts guidance.", "List Paragraph", "ListParagraph", 10, true, false, 0],
      ["Analyzes workload.", "List Paragraph", "ListParagraph", 10, true, false, 0],
      // The tracked insertion counts, the tracked deletion does not.
      ["Responds to customer questions.", "Normal", "Normal", 10, false, false, 0],
      ["Commented text", "Normal", "Normal", 10, false, false, 0],
      ["Before tab\tafter tab\vnext line", "Normal", "Normal", 10, false, false, 0],
      ["OPM classification", "Normal", "Normal", 10, false, false, 0],
      // A field's instruction ("PAGE") is not text.
      ["Page ", "Normal", "Normal", 10, false, false, 0],
      // An empty paragraph is bold when its paragraph mark is.
      ["", "Normal", "Normal", 10, false, true, 0],
      ["Outer cell", "Heading 2", "Heading2", 2, false, false, 1],
      ["Holds a table:", "Normal", "Normal", 10, false, false, 1],
      ["Inner cell", "Normal", "Normal", 10, false, false, 2],
      ["", "Normal", "Normal", 10, false, false, 1],
      // The paragraph that anchors the text box; the text box's own paragraph is not body text.
      ["", "Normal", "Normal", 10, false, false, 0],
      ["Last paragraph", "Normal", "Normal", 10, false, false, 0],
    ]);
  });

  it("leaves out the header, footer, footnote, comment and text box", () => {
    expect(paragraphs.some((p) => p.text.includes(HIDDEN))).toBe(false);
    expect(hiddenTextIn("docxjs-features.docx")).toEqual(HIDDEN_PLACES);
  });
});

const HIDDEN_PLACES = ["Comment", "Footer", "Footnote", "Header", "Text box"];

/** Where the file holds the text that must not be read: proof the test above checks something. */
function hiddenTextIn(name: string): string[] {
  const parts = unzipSync(fixture(name));
  const found = new Set<string>();
  for (const data of Object.values(parts)) {
    for (const m of strFromU8(data).matchAll(new RegExp(`>([A-Za-z ]+) ${HIDDEN} ?<`, "g"))) found.add(m[1]!);
  }
  return [...found].sort();
}

describe("a file LibreOffice wrote with the same structures", () => {
  it("gives the records Word would, LibreOffice's outline numbering on headings included", () => {
    expect(rows(paragraphsOf("lo-features.docx"))).toEqual<Row[]>([
      ["Position Description", "Title", "Title", 10, false, false, 0],
      // LibreOffice numbers headings through its outline list (with no number shown): a list item, as in Word.
      ["Introduction", "Heading 1", "Heading1", 1, true, true, 0],
      ["The incumbent serves the public.", "Normal", "Normal", 10, false, false, 0],
      ["Major Duties", "Normal", "Normal", 10, false, true, 0],
      ["Factor Levels", "PD Section", "Other", 1, false, true, 0],
      ["Responds to customer questions.", "Normal", "Normal", 10, false, false, 0],
      ["Commented text", "Normal", "Normal", 10, false, false, 0],
      ["Reviews customer inquiries.", "List Paragraph", "ListParagraph", 10, true, false, 0],
      ["Drafts guidance.", "List Paragraph", "ListParagraph", 10, true, false, 0],
      ["Analyzes workload.", "Normal", "Normal", 10, true, false, 0],
      ["Outer cell", "Normal", "Normal", 10, false, false, 1],
      ["Holds a table:", "Normal", "Normal", 10, false, false, 1],
      ["Inner cell", "Normal", "Normal", 10, false, false, 2],
      ["", "Normal", "Normal", 10, false, false, 1],
      ["Before tab\tafter tab\vnext line", "Normal", "Normal", 10, false, false, 0],
      ["Last paragraph", "Normal", "Normal", 10, false, false, 0],
    ]);
    expect(hiddenTextIn("lo-features.docx")).toEqual(HIDDEN_PLACES);
  });
});

describe("the stand-in's sample documents, written to .docx, give the sections they give through Word's API", () => {
  async function throughWord(spec: StandinDocumentSpec): Promise<ParagraphInfo[]> {
    return (await gatewayOver(openDocument(spec)).readOverview()).paragraphs;
  }
  const spans = (paragraphs: ParagraphInfo[]) =>
    sectionSpans(paragraphs).map((s) => ({ id: s.section.id, heading: paragraphs[s.start]!.text, start: s.start, end: s.end }));
  const reviewed = (paragraphs: ParagraphInfo[]) => {
    const review = reviewDocument(library, paragraphs);
    return review.kind === "not-a-pd" ? review : { kind: review.kind, sections: review.sections.map((s) => [s.librarySection, s.headingIndex, s.endIndex]) };
  };

  describe.each([
    ["PD", samplePositionDescription, "pd"],
    ["performance plan", samplePerformancePlan, "pwp"],
  ] as const)("the sample %s", (_name, spec, key) => {
    it.each(["docxjs", "lo"])("written by %s", async (writer) => {
      const word = await throughWord(spec);
      const file = paragraphsOf(`${writer}-sample-${key}.docx`);
      expect(file.map((p) => p.text)).toEqual(word.map((p) => p.text));
      expect(spans(file).length).toBeGreaterThan(0);
      expect(spans(file)).toEqual(spans(word));
      expect(reviewed(file)).toEqual(reviewed(word));
    });
  });
});

describe("an empty document", () => {
  it("is read, not refused: one empty paragraph or none, and no sections", () => {
    const paragraphs = paragraphsOf("docxjs-empty.docx");
    expect(paragraphs.filter((p) => p.text !== "")).toEqual([]);
    expect(sectionSpans(paragraphs)).toEqual([]);
  });
});

describe("CX language in a file", () => {
  const entryText = (id: string) => library.entry(id)!.text;

  it("is found as in the same document through Word's API: a tracked insertion counts, the text it replaced does not", async () => {
    const paragraphs = [...samplePositionDescription.paragraphs];
    const at = paragraphs.findIndex((p) => p.text.startsWith("Monitors implemented changes"));
    const duty = (text: string) => ({ text, style: "List Paragraph", list: { id: 1, level: 0, bullet: true } });
    paragraphs.splice(at + 1, 0, ...["pd-duties-04", "pd-duties-05", "pd-duties-10"].map((id) => duty(entryText(id))));
    const word = reviewDocument(library, (await gatewayOver(openDocument({ paragraphs })).readOverview()).paragraphs);
    const file = reviewDocument(library, paragraphsOf("docxjs-cx-duties.docx"));
    expect(file).toEqual(word);
    const majorDuties = file.kind === "pd" ? file.sections.find((s) => s.librarySection === "major-duties") : undefined;
    expect(majorDuties?.entries).toEqual([
      { id: "pd-duties-04", state: "approved" },
      { id: "pd-duties-05", state: "approved" },
      { id: "pd-duties-10", state: "approved" },
    ]);
  });
});

describe("a Word template (.dotx)", () => {
  it("is read like a document", () => {
    expect(rows(paragraphsOf("lo-template.dotx"))).toEqual<Row[]>([
      ["Major Duties", "Heading 1", "Heading1", 1, true, true, 0],
      ["A PD template.", "Normal", "Normal", 10, false, false, 0],
    ]);
  });
});

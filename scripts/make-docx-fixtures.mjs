#!/usr/bin/env node
/**
 * Writes the .docx fixtures of tests/docx/ with real writers: the `docx` package, and LibreOffice
 * (`soffice --headless --convert-to docx`) from OpenDocument flat XML written here. The stand-in's sample PD and
 * plan come out of both, so the tests can check that a file gives the sections the stand-in gives for the same text.
 *
 *   node scripts/make-docx-fixtures.mjs            # all fixtures (LibreOffice ones only when soffice is installed)
 *
 * The fixtures are committed; CI does not run this (it needs LibreOffice: apt-get install libreoffice-writer-nogui).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createJiti } from "jiti";
import * as docx from "docx";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "tests/docx/fixtures");
mkdirSync(out, { recursive: true });
const jiti = createJiti(import.meta.url);
const { samplePositionDescription, samplePerformancePlan } = await jiti.import("../src/word/standin/sampleDocuments.ts");

const { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
// Fixed dates and ids so a run writes the same XML again.
const DATE = "2026-01-05T09:00:00Z";
const HIDDEN = "MUST NOT APPEAR";

const numbering = {
  config: [
    {
      reference: "numbered",
      levels: [0, 1].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })),
    },
  ],
};

const HEADINGS = { Title: HeadingLevel.TITLE, Heading1: HeadingLevel.HEADING_1, Heading2: HeadingLevel.HEADING_2 };

/** A stand-in paragraph spec as a docx package paragraph. */
function docxParagraph(spec) {
  const children = spec.replaced
    ? [
        new docx.DeletedTextRun({ text: spec.replaced[0], id: 11, author: "Reviewer", date: DATE }),
        new docx.InsertedTextRun({ text: spec.replaced[1], id: 12, author: "Reviewer", date: DATE }),
      ]
    : [new TextRun({ text: spec.text, bold: spec.bold === true })];
  const options = { children };
  if (HEADINGS[spec.styleBuiltIn]) options.heading = HEADINGS[spec.styleBuiltIn];
  if (spec.alignment === "Centered") options.alignment = AlignmentType.CENTER;
  if (spec.list?.bullet) options.bullet = { level: spec.list.level };
  else if (spec.list) options.numbering = { reference: "numbered", level: spec.list.level };
  return new Paragraph(options);
}

/** The stand-in's document as a docx package document: header and footer paragraphs in the header and footer, table cells two to a row. */
function docxFromSpec(spec) {
  const children = [];
  const place = (p) => p.body ?? ((p.tableNestingLevel ?? 0) > 0 ? "TableCell" : "MainDoc");
  const paragraphs = spec.paragraphs;
  for (let i = 0; i < paragraphs.length; i++) {
    if (place(paragraphs[i]) === "TableCell") {
      const cells = [];
      while (i < paragraphs.length && place(paragraphs[i]) === "TableCell") cells.push(paragraphs[i++]);
      i--;
      const rows = [];
      for (let r = 0; r < cells.length; r += 2) {
        rows.push(new TableRow({ children: cells.slice(r, r + 2).map((c) => new TableCell({ children: [docxParagraph(c)] })) }));
      }
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    } else if (place(paragraphs[i]) === "MainDoc") {
      children.push(docxParagraph(paragraphs[i]));
    }
  }
  const band = (kind) => paragraphs.filter((p) => p.body === kind).map((p) => new Paragraph(p.text));
  return new Document({
    creator: "make-docx-fixtures",
    numbering,
    sections: [
      {
        headers: { default: new docx.Header({ children: band("Header") }) },
        footers: { default: new docx.Footer({ children: band("Footer") }) },
        children,
      },
    ],
  });
}

const cellOf = (...children) => new TableCell({ children });
const text = (t, options = {}) => new TextRun({ text: t, ...options });

/** One of each structure the reader must tell apart, with text that must not come out where it must not. */
function docxFeatures() {
  return new Document({
    creator: "make-docx-fixtures",
    numbering,
    styles: {
      paragraphStyles: [
        { id: "PDHeading", name: "PD Heading", basedOn: "Heading1", next: "Normal", run: { color: "1F3864" } },
        { id: "BoldBody", name: "Bold Body", basedOn: "Normal", run: { bold: true } },
      ],
    },
    footnotes: { 1: { children: [new Paragraph(`Footnote ${HIDDEN}`)] } },
    comments: { children: [{ id: 0, author: "Reviewer", date: new Date(DATE), children: [new Paragraph(`Comment ${HIDDEN}`)] }] },
    sections: [
      {
        headers: { default: new docx.Header({ children: [new Paragraph(`Header ${HIDDEN}`)] }) },
        footers: { default: new docx.Footer({ children: [new Paragraph({ children: [text(`Footer ${HIDDEN} `), new TextRun({ children: [docx.PageNumber.CURRENT] })] })] }) },
        children: [
          new Paragraph({ text: "Position Description", heading: HeadingLevel.TITLE }),
          new Paragraph({ text: "Introduction", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [text("The incumbent serves the public."), new docx.FootnoteReferenceRun(1)] }),
          new Paragraph({ children: [text("Major ", { bold: true }), text("Duties", { bold: true })] }),
          new Paragraph({ children: [text("Partly ", { bold: true }), text("bold")] }),
          new Paragraph({ text: "Factor Levels", outlineLevel: 0 }),
          new Paragraph({ text: "Knowledge Required", style: "PDHeading" }),
          new Paragraph({ text: "Styled bold line", style: "BoldBody" }),
          new Paragraph({ text: "Reviews customer inquiries.", bullet: { level: 0 } }),
          new Paragraph({ text: "Drafts guidance.", bullet: { level: 1 } }),
          new Paragraph({ text: "Analyzes workload.", numbering: { reference: "numbered", level: 0 } }),
          new Paragraph({
            children: [
              text("Responds to "),
              new docx.InsertedTextRun({ text: "customer", id: 1, author: "Reviewer", date: DATE }),
              new docx.DeletedTextRun({ text: "client", id: 2, author: "Reviewer", date: DATE }),
              text(" questions."),
            ],
          }),
          new Paragraph({
            children: [
              new docx.CommentRangeStart(0),
              text("Commented text"),
              new docx.CommentRangeEnd(0),
              new TextRun({ children: [new docx.CommentReference(0)] }),
            ],
          }),
          new Paragraph({ children: [text("Before tab"), new TextRun({ children: [new docx.Tab(), "after tab"] }), text("next line", { break: 1 })] }),
          new Paragraph({ children: [new docx.ExternalHyperlink({ link: "https://www.opm.gov/", children: [text("OPM classification", { style: "Hyperlink" })] })] }),
          new Paragraph({ children: [text("Page "), new TextRun({ children: [docx.PageNumber.CURRENT] })] }),
          new Paragraph({ children: [], run: { bold: true } }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cellOf(new Paragraph({ text: "Outer cell", heading: HeadingLevel.HEADING_2 })),
                  cellOf(
                    new Paragraph("Holds a table:"),
                    new Table({ rows: [new TableRow({ children: [cellOf(new Paragraph("Inner cell"))] })] }),
                    new Paragraph(""),
                  ),
                ],
              }),
            ],
          }),
          new docx.Textbox({ children: [new Paragraph(`Text box ${HIDDEN}`)], style: { width: "2in", height: "1in" } }),
          new Paragraph("Last paragraph"),
        ],
      },
    ],
  });
}

/**
 * The sample PD with approved library duties among its Major Duties, one of them a tracked change replacing
 * another entry's text: the coverage report must count the insertion and not the deletion.
 */
function docxWithCxDuties() {
  const library = JSON.parse(readFileSync(join(root, "content/library.json"), "utf8"));
  const entry = (id) => library.entries.find((e) => e.id === id).text;
  const paragraphs = [...samplePositionDescription.paragraphs];
  const at = paragraphs.findIndex((p) => p.text.startsWith("Monitors implemented changes"));
  const duty = (text) => ({ text, style: "List Paragraph", list: { id: 1, level: 0, bullet: true } });
  paragraphs.splice(at + 1, 0, duty(entry("pd-duties-04")), duty(entry("pd-duties-05")), { ...duty(""), replaced: [entry("pd-duties-03"), entry("pd-duties-10")] });
  return docxFromSpec({ paragraphs });
}

const write = async (name, document) => writeFileSync(join(out, name), await Packer.toBuffer(document));
await write("docxjs-sample-pd.docx", docxFromSpec(samplePositionDescription));
await write("docxjs-sample-pwp.docx", docxFromSpec(samplePerformancePlan));
await write("docxjs-features.docx", docxFeatures());
await write("docxjs-cx-duties.docx", docxWithCxDuties());
await write("docxjs-empty.docx", new Document({ sections: [{ children: [] }] }));

// ---- LibreOffice, from OpenDocument flat XML ----

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
// OpenDocument collapses runs of spaces unless they are written as text:s.
const odfText = (s) => escape(s).replace(/ {2,}/g, (spaces) => ` <text:s text:c="${spaces.length - 1}"/>`);

const FODT_STYLES = `
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"><style:text-properties fo:font-size="24pt"/></style:style>
  <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="PD_20_Section" style:display-name="PD Section" style:family="paragraph" style:parent-style-name="Heading_20_1" style:default-outline-level="1"/>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard"/>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"/>
  <text:list-style style:name="Bullets">${[1, 2]
    .map((l) => `<text:list-level-style-bullet text:level="${l}" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.25in" fo:margin-left="${0.5 * l}in"/></style:list-level-properties></text:list-level-style-bullet>`)
    .join("")}</text:list-style>
  <text:list-style style:name="Numbers">${[1, 2]
    .map((l) => `<text:list-level-style-number text:level="${l}" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.25in" fo:margin-left="${0.5 * l}in"/></style:list-level-properties></text:list-level-style-number>`)
    .join("")}</text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Centered" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:style style:name="TitleCentered" style:family="paragraph" style:parent-style-name="Title"><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:style style:name="BulletPara" style:family="paragraph" style:parent-style-name="List_20_Paragraph" style:list-style-name="Bullets"/>
  <style:style style:name="NumberPara" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Numbers"/>
  <style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in"/><style:header-style/><style:footer-style/></style:page-layout>
 </office:automatic-styles>`;

function fodt(body, { header = "", footer = "", tracked = "" } = {}) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">${FODT_STYLES}
 <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page">
  <style:header><text:p text:style-name="Header">${escape(header)}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">${escape(footer)}</text:p></style:footer>
 </style:master-page></office:master-styles>
 <office:body><office:text>${tracked}
${body}
 </office:text></office:body>
</office:document>`;
}

/** A stand-in paragraph as OpenDocument: headings as text:h, bold lines as bold spans, list items in their list. */
function odfParagraph(spec) {
  const content = spec.bold === true ? `<text:span text:style-name="Bold">${odfText(spec.text)}</text:span>` : odfText(spec.text);
  const level = /^Heading([1-9])$/.exec(spec.styleBuiltIn ?? "");
  if (level) return `<text:h text:style-name="Heading_20_${level[1]}" text:outline-level="${level[1]}">${content}</text:h>`;
  const style = spec.styleBuiltIn === "Title" ? "TitleCentered" : spec.alignment === "Centered" ? "Centered" : "Standard";
  return `<text:p text:style-name="${style}">${content}</text:p>`;
}

function odfList(items) {
  const style = items[0].list.bullet ? "BulletPara" : "NumberPara";
  const listStyle = items[0].list.bullet ? "Bullets" : "Numbers";
  const item = (spec) => {
    const p = `<text:p text:style-name="${style}">${odfText(spec.text)}</text:p>`;
    return spec.list.level > 0 ? `<text:list-item><text:list><text:list-item>${p}</text:list-item></text:list></text:list-item>` : `<text:list-item>${p}</text:list-item>`;
  };
  return `<text:list text:style-name="${listStyle}">${items.map(item).join("")}</text:list>`;
}

function odfTable(cells) {
  const rows = [];
  for (let r = 0; r < cells.length; r += 2) {
    rows.push(`<table:table-row>${cells.slice(r, r + 2).map((c) => `<table:table-cell>${odfParagraph(c)}</table:table-cell>`).join("")}</table:table-row>`);
  }
  return `<table:table table:name="Table${rows.length}"><table:table-column table:number-columns-repeated="2"/>${rows.join("")}</table:table>`;
}

function odfBody(spec) {
  const parts = [];
  const paragraphs = spec.paragraphs.filter((p) => p.body !== "Header" && p.body !== "Footer");
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const group = (test) => {
      const items = [];
      while (i < paragraphs.length && test(paragraphs[i])) items.push(paragraphs[i++]);
      i--;
      return items;
    };
    if ((p.tableNestingLevel ?? 0) > 0 || p.body === "TableCell") parts.push(odfTable(group((q) => (q.tableNestingLevel ?? 0) > 0 || q.body === "TableCell")));
    else if (p.list) parts.push(odfList(group((q) => q.list?.id === p.list.id)));
    else parts.push(odfParagraph(p));
  }
  return parts.join("\n");
}

const bandText = (spec, kind) => spec.paragraphs.find((p) => p.body === kind)?.text ?? "";

const change = (id, kind, deleted = "") =>
  `<text:changed-region xml:id="${id}" text:id="${id}"><text:${kind}><office:change-info><dc:creator>Reviewer</dc:creator><dc:date>2026-01-05T09:00:00</dc:date></office:change-info>${deleted}</text:${kind}></text:changed-region>`;

const loFeatures = fodt(
  [
    `<text:p text:style-name="TitleCentered">Position Description</text:p>`,
    `<text:h text:style-name="Heading_20_1" text:outline-level="1">Introduction</text:h>`,
    `<text:p text:style-name="Standard">The incumbent serves the public.<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Footnote ${HIDDEN}</text:p></text:note-body></text:note></text:p>`,
    `<text:p text:style-name="Standard"><text:span text:style-name="Bold">Major Duties</text:span></text:p>`,
    `<text:h text:style-name="PD_20_Section" text:outline-level="1">Factor Levels</text:h>`,
    `<text:p text:style-name="Standard">Responds to <text:change-start text:change-id="ct1"/>customer<text:change-end text:change-id="ct1"/><text:change text:change-id="ct2"/> questions.</text:p>`,
    `<text:p text:style-name="Standard"><office:annotation><dc:creator>Reviewer</dc:creator><text:p>Comment ${HIDDEN}</text:p></office:annotation>Commented text</text:p>`,
    odfList([{ text: "Reviews customer inquiries.", list: { bullet: true, level: 0 } }, { text: "Drafts guidance.", list: { bullet: true, level: 1 } }]),
    odfList([{ text: "Analyzes workload.", list: { level: 0 } }]),
    `<table:table table:name="Outer"><table:table-column table:number-columns-repeated="2"/><table:table-row>` +
      `<table:table-cell><text:p text:style-name="Standard">Outer cell</text:p></table:table-cell>` +
      `<table:table-cell><text:p text:style-name="Standard">Holds a table:</text:p><table:table table:name="Inner"><table:table-column/><table:table-row><table:table-cell><text:p text:style-name="Standard">Inner cell</text:p></table:table-cell></table:table-row></table:table><text:p text:style-name="Standard"/></table:table-cell>` +
      `</table:table-row></table:table>`,
    `<text:p text:style-name="Standard">Before tab<text:tab/>after tab<text:line-break/>next line</text:p>`,
    `<text:p text:style-name="Standard"><draw:frame draw:name="Box" text:anchor-type="as-char" svg:width="2in" svg:height="1in"><draw:text-box><text:p>Text box ${HIDDEN}</text:p></draw:text-box></draw:frame>Last paragraph</text:p>`,
  ].join("\n"),
  {
    header: `Header ${HIDDEN}`,
    footer: `Footer ${HIDDEN}`,
    tracked: `<text:tracked-changes text:track-changes="true">${change("ct1", "insertion")}${change("ct2", "deletion", "<text:p>client</text:p>")}</text:tracked-changes>`,
  },
);

function soffice(files, format) {
  const work = mkdtempSync(join(tmpdir(), "docx-fixtures-"));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(work, name), content);
    const profile = `file://${join(work, "profile")}`;
    execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", join(work, "out"), ...Object.keys(files).map((n) => join(work, n))], {
      stdio: "pipe",
      timeout: 120_000,
    });
    for (const name of Object.keys(files)) {
      const converted = name.replace(/\.[^.]+$/, `.${format.split(":")[0]}`);
      writeFileSync(join(out, converted), readFileSync(join(work, "out", converted)));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (existsSync("/usr/bin/soffice")) {
  const sources = {
    "lo-sample-pd.fodt": fodt(odfBody(samplePositionDescription), { header: bandText(samplePositionDescription, "Header"), footer: bandText(samplePositionDescription, "Footer") }),
    "lo-sample-pwp.fodt": fodt(odfBody(samplePerformancePlan), { header: bandText(samplePerformancePlan, "Header") }),
    "lo-features.fodt": loFeatures,
  };
  soffice(sources, "docx:MS Word 2007 XML");
  soffice({ "lo-old-format.fodt": fodt(`<text:p text:style-name="Standard">A PD saved in the old format.</text:p>`) }, "doc:MS Word 97");
  soffice({ "lo-opendocument.fodt": fodt(`<text:p text:style-name="Standard">A PD saved as OpenDocument.</text:p>`) }, "odt");
  soffice({ "lo-rich-text.fodt": fodt(`<text:p text:style-name="Standard">A PD saved as RTF.</text:p>`) }, "rtf");
  soffice({ "lo-printed.fodt": fodt(`<text:p text:style-name="Standard">A PD printed to PDF.</text:p>`) }, "pdf:writer_pdf_Export");
  soffice({ "lo-template.fodt": fodt(`<text:h text:style-name="Heading_20_1" text:outline-level="1">Major Duties</text:h><text:p text:style-name="Standard">A PD template.</text:p>`) }, "dotx:MS Word 2007 XML Template");
} else {
  console.warn("soffice not found: LibreOffice fixtures left as they are.");
}
console.log(`Fixtures written to ${out}`);

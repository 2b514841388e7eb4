/**
 * WordprocessingML the fixtures' writers do not produce but Word does: tracked moves and deleted paragraph marks,
 * content controls, fields, alternate content, special characters, property inheritance, other prefixes and
 * namespaces, parts in other places. Each case is one small package built here.
 */
import { strToU8 } from "fflate";
import type { ParagraphInfo } from "../../src/core/headingLine";
import { readDocx } from "../../src/docx/readDocx";
import { docxBytes, numberingXml, relationships, stylesXml, W_NS, type PackageParts } from "./docxBytes";

function read(parts: PackageParts): ParagraphInfo[] {
  const reading = readDocx(docxBytes(parts));
  if (!reading.ok) throw new Error(reading.reason);
  return reading.paragraphs;
}
const texts = (parts: PackageParts) => read(parts).map((p) => p.text);
const run = (text: string, rPr = "") => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (content: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${content}</w:p>`;
const styled = (id: string, content = run("Text"), pPr = "") => para(content, `<w:pStyle w:val="${id}"/>${pPr}`);

const STYLES = stylesXml(
  '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="Section"/><w:basedOn w:val="Heading1"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Subsection"><w:name w:val="Subsection"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="BodyLevel"><w:name w:val="Body Level"/><w:basedOn w:val="Subsection"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Duty"><w:name w:val="Duty"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="DutyChild"><w:name w:val="Duty Child"/><w:basedOn w:val="Duty"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="LoopA"><w:name w:val="Loop A"/><w:basedOn w:val="LoopB"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="LoopB"><w:name w:val="Loop B"/><w:basedOn w:val="LoopA"/></w:style>' +
    '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Changed"><w:name w:val="Changed"/><w:pPr><w:pPrChange w:id="1"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange></w:pPr></w:style>',
);
const NUMBERING = numberingXml('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>');

describe("tracked changes", () => {
  it("counts insertions and moves to, not deletions and moves from", () => {
    expect(
      texts({
        document: para(
          `${run("Serves ")}<w:ins w:id="1" w:author="A">${run("customers")}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>clients</w:delText></w:r></w:del>` +
            `<w:moveFrom w:id="3" w:author="A">${run(" moved")}</w:moveFrom>${run(" daily")}<w:moveTo w:id="4" w:author="A">${run(" moved")}</w:moveTo>`,
        ),
      }),
    ).toEqual(["Serves customers daily moved"]);
  });

  it("joins a paragraph whose mark was deleted to the next one, as Word shows it", () => {
    const deletedMark = '<w:rPr><w:del w:id="5" w:author="A"/></w:rPr>';
    expect(texts({ document: para(run("Major "), deletedMark) + para(run("Duties")) + para(run("Next")) })).toEqual(["Major Duties", "Next"]);
    // A paragraph wholly deleted, mark and all, is gone.
    expect(texts({ document: para(`<w:del w:id="6" w:author="A"><w:r><w:delText>Old</w:delText></w:r></w:del>`, deletedMark) + para(run("Kept")) })).toEqual(["Kept"]);
  });

  it("reads the properties in force, not those before a tracked formatting change", () => {
    expect(read({ document: para(run("Text"), '<w:pStyle w:val="Changed"/>'), styles: STYLES })[0]).toMatchObject({ style: "Changed", outlineLevel: 10 });
    const changed = para(run("Text", '<w:rPrChange w:id="2"><w:rPr><w:b/></w:rPr></w:rPrChange>'), '<w:pPrChange w:id="1"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange>');
    expect(read({ document: changed })[0]).toMatchObject({ outlineLevel: 10, bold: false });
  });
});

describe("text Word shows in the paragraph", () => {
  it("reads content controls, smart tags, custom XML, hyperlinks and simple fields' results", () => {
    expect(
      texts({
        document:
          `<w:sdt><w:sdtPr><w:alias w:val="Boilerplate"/><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtContent>${para(run("Conditions of Employment"))}</w:sdtContent></w:sdt>` +
          para(`${run("See ")}<w:smartTag w:element="place">${run("Washington")}</w:smartTag><w:customXml w:element="x">${run(" DC")}</w:customXml>`) +
          para(`<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${run("OPM")}</w:hyperlink>`) +
          para(`<w:fldSimple w:instr=" DOCPROPERTY Title ">${run("IT Specialist")}</w:fldSimple>`) +
          para(`<w:sdt><w:sdtContent>${run("In a run-level control")}</w:sdtContent></w:sdt>`),
      }),
    ).toEqual(["Conditions of Employment", "See Washington DC", "OPM", "IT Specialist", "In a run-level control"]);
  });

  it("reads a complex field's result, not its instruction, nested fields included", () => {
    const field = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const nested =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>${field(" PAGE ", "1")}${run(" = 1 ")}` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("first")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(texts({ document: para(`${run("Grade ")}${field(" REF grade ", "12")}`) + para(nested) })).toEqual(["Grade 12", "first"]);
  });

  it("reads the choice of alternate content once, and not a text box's paragraphs", () => {
    const alternate =
      `<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing><w:txbxContent>${para(run("Box"))}</w:txbxContent></w:drawing></w:r>${run("Chosen")}</mc:Choice>` +
      `<mc:Fallback>${run("Fallback")}<w:r><w:pict><w:txbxContent>${para(run("Box"))}</w:txbxContent></w:pict></w:r></mc:Fallback></mc:AlternateContent>`;
    expect(texts({ document: para(run("Before ") + alternate) + para(run("After")) })).toEqual(["Before Chosen", "After"]);
  });

  it("gives tabs, breaks, hyphens and symbols as Word's text does; tab stops are not tabs", () => {
    const content =
      `<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:br w:type="page"/><w:t>D</w:t><w:cr/><w:t>e</w:t>` +
      `<w:noBreakHyphen/><w:t>mail</w:t><w:softHyphen/><w:t>x</w:t><w:sym w:font="Symbol" w:char="F0B7"/></w:r>`;
    expect(texts({ document: para(content, '<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>') })).toEqual(["A\tB\vC\fD\ve\u2011mail\u00adx\uf0b7"]);
  });
});

describe("styles, outline levels, lists and bold through style chains", () => {
  it("follows basedOn for outline levels; 9 and none are body text (10)", () => {
    const paragraphs = read({
      document: styled("Section") + styled("Subsection") + styled("BodyLevel") + styled("Normal", run("Text"), '<w:outlineLvl w:val="2"/>') + styled("LoopA") + styled("Missing"),
      styles: STYLES,
    });
    expect(paragraphs.map((p) => [p.style, p.styleBuiltIn, p.outlineLevel])).toEqual([
      ["Section", "Other", 1],
      ["Subsection", "Other", 2],
      ["Body Level", "Other", 10],
      ["Normal", "Normal", 3],
      ["Loop A", "Other", 10],
      // A style the file does not define: Word uses the default paragraph style.
      ["Normal", "Normal", 10],
    ]);
  });

  it("takes list membership from the paragraph or its style chain; numId 0 or an undefined list is no list", () => {
    const numPr = (id: string) => `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr>`;
    const paragraphs = read({
      document: styled("DutyChild") + styled("Duty", run("Text"), numPr("0")) + para(run("Text"), numPr("3")) + para(run("Text"), numPr("8")) + para(run("Text")),
      styles: STYLES,
      numbering: NUMBERING,
    });
    expect(paragraphs.map((p) => p.isListItem)).toEqual([true, false, true, false, false]);
  });

  it("is bold only when all the text is, from runs, character styles, paragraph styles and defaults", () => {
    const boldDefaults = STYLES.replace('<w:sz w:val="22"/>', '<w:b/><w:sz w:val="22"/>');
    const cases: [string, string, boolean][] = [
      ["run bold", para(run("A", "<w:b/>") + run("B", '<w:b w:val="true"/>')), true],
      ["one run not bold", para(run("A", "<w:b/>") + run("B")), false],
      ["bold turned off", styled("Heading1", run("A", '<w:b w:val="0"/>')), false],
      ["bold from the heading style", styled("Heading1"), true],
      ["bold from a style it is based on", styled("Section"), true],
      ["bold from a character style", para(run("A", '<w:rStyle w:val="Strong"/>')), true],
      ["off", para(run("A", '<w:b w:val="off"/>')), false],
      ["empty, bold mark", para("", "<w:rPr><w:b/></w:rPr>"), true],
      ["empty, plain mark in a bold style", styled("Heading1", ""), true],
      ["empty", para(""), false],
    ];
    const paragraphs = read({ document: cases.map((c) => c[1]).join(""), styles: STYLES });
    expect(paragraphs.map((p, i) => [cases[i]![0], p.bold])).toEqual(cases.map(([name, , bold]) => [name, bold]));
    expect(read({ document: para(run("A")), styles: boldDefaults })[0]!.bold).toBe(true);
  });

  it("names built-in styles as Word shows them and custom ones as written", () => {
    const styles = stylesXml(
      ["heading 2", "Title", "List Paragraph", "toc 1", "PD Factor"].map((name, i) => `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="${name}"/></w:style>`).join(""),
    );
    const paragraphs = read({ document: [0, 1, 2, 3, 4].map((i) => styled(`S${i}`)).join(""), styles });
    expect(paragraphs.map((p) => [p.style, p.styleBuiltIn, p.outlineLevel])).toEqual([
      ["Heading 2", "Heading2", 2],
      ["Title", "Title", 10],
      ["List Paragraph", "ListParagraph", 10],
      ["TOC 1", "Toc1", 10],
      ["PD Factor", "Other", 10],
    ]);
  });

  it("reads a document without styles.xml as Normal text", () => {
    expect(read({ document: para(run("Text")) })).toEqual([
      { text: "Text", style: "Normal", styleBuiltIn: "Normal", outlineLevel: 10, bold: false, isListItem: false, tableNestingLevel: 0 },
    ]);
  });
});

describe("packages Word and other writers make", () => {
  it("reads any namespace prefix, and the strict namespace", () => {
    const prefixed = `<?xml version="1.0"?><x:document xmlns:x="${W_NS}"><x:body><x:p><x:pPr><x:outlineLvl x:val="0"/></x:pPr><x:r><x:t>Introduction</x:t></x:r></x:p></x:body></x:document>`;
    expect(read({ document: prefixed })[0]).toMatchObject({ text: "Introduction", outlineLevel: 1 });
    const strict = prefixed.replace(W_NS, "http://purl.oclc.org/ooxml/wordprocessingml/main");
    expect(read({ document: strict })[0]).toMatchObject({ text: "Introduction", outlineLevel: 1 });
    const other = prefixed.replace(W_NS, "urn:example:not-word");
    expect(readDocx(docxBytes({ document: other }))).toMatchObject({ ok: false });
  });

  it("finds the main document and its styles where the relationships say", () => {
    const bytes = docxBytes({
      document: "",
      extra: {
        "word/document.xml": null,
        "_rels/.rels": relationships([["officeDocument", "/content/Main.xml"]]),
        "content/main.xml": `<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body>${styled("H")}</w:body></w:document>`,
        "content/_rels/main.xml.rels": relationships([["styles", "../shared/my%20styles.xml"]]),
        "shared/my styles.xml": stylesXml('<w:style w:type="paragraph" w:styleId="H"><w:name w:val="heading 3"/></w:style>'),
      },
    });
    expect(readDocx(bytes)).toMatchObject({ ok: true, paragraphs: [{ text: "Text", style: "Heading 3", outlineLevel: 3 }] });
  });

  it("reads a part written in UTF-16 with a byte-order mark", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16"?><w:document xmlns:w="${W_NS}"><w:body>${para(run("Pôste – “CX”"))}</w:body></w:document>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) utf16.set([xml.charCodeAt(i) & 0xff, xml.charCodeAt(i) >> 8], 2 + i * 2);
    expect(read({ document: utf16 })[0]!.text).toBe("Pôste – “CX”");
    expect(read({ document: strToU8(`<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body>${para(run("Pôste"))}</w:body></w:document>`) })[0]!.text).toBe("Pôste");
  });
});

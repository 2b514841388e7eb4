/** The files the reader refuses, each with a reason a person can act on, and the caps that keep memory bounded. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { DOCX_MAX_FILE_BYTES, DOCX_PART_CAPS, readDocx } from "../../src/docx/readDocx";
import { DAMAGED, NOT_A_WORD_DOCUMENT, TOO_LARGE_INSIDE, UNSAFE_XML } from "../../src/docx/refusal";
import { inflateMember, readCentralDirectory } from "../../src/docx/zip";
import { docxBytes, documentXml, relationships, stylesXml } from "./docxBytes";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "fixtures", name)));

function reasonFor(bytes: Uint8Array): string {
  const reading = readDocx(bytes);
  if (reading.ok) throw new Error("read, not refused");
  return reading.reason;
}

/** A minimal OLE compound file: its header, then one directory sector holding the named streams. */
function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  ["Root Entry", ...streams].forEach((name, i) => {
    const at = 512 + i * 128;
    for (let c = 0; c < name.length; c++) bytes[at + c * 2] = name.charCodeAt(c);
    bytes[at + 64] = (name.length + 1) * 2;
    bytes[at + 66] = i === 0 ? 5 : 2;
  });
  return bytes;
}

describe("files that are not .docx", () => {
  it("refuses a Word 97–2003 .doc (LibreOffice's) and says to save it as .docx", () => {
    expect(reasonFor(fixture("lo-old-format.doc"))).toBe("A Word 97\u20132003 .doc file: save it as .docx to include it");
  });

  it("refuses a password-protected .docx (an encrypted package in a compound file) and says to remove the password", () => {
    expect(reasonFor(compoundFile(["EncryptionInfo", "EncryptedPackage"]))).toMatch(/password-protected: remove the password/);
    expect(reasonFor(compoundFile(["Workbook"]))).toMatch(/not a Word document/);
  });

  it("refuses a PDF, an RTF file, an OpenDocument file (LibreOffice's), an empty file and anything else, saying what it is", () => {
    expect(reasonFor(fixture("lo-printed.pdf"))).toMatch(/^A PDF file/);
    expect(reasonFor(fixture("lo-rich-text.rtf"))).toMatch(/^An RTF file: open it in Word and save it as \.docx/);
    expect(reasonFor(fixture("lo-opendocument.odt"))).toMatch(/^An OpenDocument file \(\.odt\)/);
    expect(reasonFor(new Uint8Array(0))).toMatch(/empty/);
    expect(reasonFor(strToU8("Major Duties\nThe incumbent..."))).toMatch(/^Not a Word document/);
  });

  it("refuses a zip that holds no Word document (a spreadsheet, a plain zip)", () => {
    const workbook = zipSync({
      "_rels/.rels": strToU8(relationships([["officeDocument", "xl/workbook.xml"]])),
      "xl/workbook.xml": strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    });
    expect(reasonFor(workbook)).toBe(NOT_A_WORD_DOCUMENT);
    expect(reasonFor(zipSync({ "notes.txt": strToU8("Major Duties") }))).toBe(NOT_A_WORD_DOCUMENT);
  });
});

describe("damaged files", () => {
  it("refuses a truncated .docx as damaged", () => {
    const whole = fixture("docxjs-sample-pd.docx");
    for (const length of [100, whole.length / 2, whole.length - 30]) expect(reasonFor(whole.slice(0, Math.floor(length)))).toBe(DAMAGED);
  });

  it("refuses a .docx whose compressed document is corrupt, or cut short inside the zip", () => {
    const bytes = docxBytes({ document: "<w:p><w:r><w:t>Major Duties</w:t></w:r></w:p>".repeat(50) });
    const members = readCentralDirectory(bytes);
    const document = members.get("word/document.xml")!;
    const corrupt = bytes.slice();
    const start = document.localHeaderOffset + 30 + "word/document.xml".length;
    corrupt.fill(0xff, start + 2, start + 40);
    expect(reasonFor(corrupt)).toBe(DAMAGED);
  });

  it("refuses malformed XML and XML with an undeclared entity", () => {
    expect(reasonFor(docxBytes({ document: "<w:p><w:r><w:t>Major Duties</w:r></w:p>" }))).toBe(DAMAGED);
    expect(reasonFor(docxBytes({ document: "<w:p><w:r><w:t>&lol;</w:t></w:r></w:p>" }))).toBe(DAMAGED);
  });

  it("never throws, whatever the bytes", () => {
    const whole = fixture("lo-sample-pd.docx");
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 200; i++) {
      const bytes = whole.slice();
      for (let k = 0; k < 8; k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
      const reading = readDocx(bytes);
      expect(typeof reading.ok).toBe("boolean");
      if (!reading.ok) expect(reading.reason.length).toBeGreaterThan(20);
    }
  });
});

describe("XML with a document type or entity declarations", () => {
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>`;

  it("is refused, never expanded, in the document or in the styles", () => {
    expect(reasonFor(docxBytes({ document: laughs }))).toBe(UNSAFE_XML);
    const styles = stylesXml("").replace("<w:styles", '<!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:styles');
    expect(reasonFor(docxBytes({ document: "<w:p/>", styles }))).toBe(UNSAFE_XML);
  });

  it("reads XML's own five entities and character references", () => {
    const reading = readDocx(docxBytes({ document: "<w:p><w:r><w:t>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#8211; &#x2014;</w:t></w:r></w:p>" }));
    expect(reading).toMatchObject({ ok: true, paragraphs: [{ text: "A & B <C> \"D\" 'E' \u2013 \u2014" }] });
  });
});

/** A zip whose one member's header says it inflates to `declared` bytes. */
function withDeclaredSize(bytes: Uint8Array, name: string, declared: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const member = readCentralDirectory(out).get(name)!;
  view.setUint32(member.localHeaderOffset + 22, declared, true);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50 && new TextDecoder().decode(out.subarray(at + 46, at + 46 + name.length)) === name) view.setUint32(at + 24, declared, true);
  }
  return out;
}

describe("zip bombs and large files", () => {
  // Two megabytes of empty paragraphs compress about a thousand times.
  const bomb = () => docxBytes({ document: "<w:p/>".repeat(350_000) });

  it("refuses a part that inflates past the ratio cap, though its header declares a small size", () => {
    const lying = withDeclaredSize(bomb(), "word/document.xml", 1000);
    expect(readCentralDirectory(lying).get("word/document.xml")!.compressedSize).toBeLessThan(10_000);
    expect(reasonFor(lying)).toBe(TOO_LARGE_INSIDE);
  });

  it("stops inflating at the cap rather than after the whole part", () => {
    const bytes = docxBytes({ document: "<w:p/>".repeat(350_000) });
    const member = readCentralDirectory(bytes).get("word/document.xml")!;
    let inflated = 0;
    const caps = { maxBytes: 100_000, maxRatio: 1_000_000, ratioFloorBytes: 0 };
    expect(() => inflateMember(bytes, member, caps, (chunk) => (inflated += chunk.length))).toThrow(TOO_LARGE_INSIDE);
    expect(inflated).toBeLessThanOrEqual(caps.maxBytes);
    // Without the cap the same member inflates to all of it.
    let whole = 0;
    inflateMember(bytes, member, { ...caps, maxBytes: Infinity }, (chunk) => (whole += chunk.length));
    expect(whole).toBe(documentXml("<w:p/>".repeat(350_000)).length);
  });

  it("caps each part at a size no PD needs, and the ratio at one no PD reaches", () => {
    expect(DOCX_PART_CAPS.maxBytes).toBeLessThanOrEqual(64 * 1024 * 1024);
    // The largest fixture compresses far less than the ratio cap allows.
    const sample = fixture("docxjs-sample-pd.docx");
    const document = readCentralDirectory(sample).get("word/document.xml")!;
    let size = 0;
    inflateMember(sample, document, DOCX_PART_CAPS, (chunk) => (size += chunk.length));
    expect(size / document.compressedSize).toBeLessThan(DOCX_PART_CAPS.maxRatio / 10);
  });

  it("refuses a file over DOCX_MAX_FILE_BYTES at once, without reading it", () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(fixture("docxjs-sample-pd.docx"));
    expect(reasonFor(big)).toMatch(/^The file is too large to be a PD \(50 MB; at most 20 MB are read\)/);
    expect(DOCX_MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
  });

  it("refuses an encrypted zip member as password-protected", () => {
    const bytes = docxBytes({ document: "<w:p/>" });
    const view = new DataView(bytes.buffer);
    for (let at = 0; at + 4 < bytes.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint16(at + 8, 1, true);
    expect(reasonFor(bytes)).toMatch(/password-protected/);
  });
});

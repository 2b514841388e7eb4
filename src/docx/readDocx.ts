/**
 * A .docx file read into the paragraph records the pane's detection reads from Word (src/word/paragraphs.ts),
 * so the coverage report runs the same core functions on them. Only the parts detection needs are inflated: the
 * main document, its styles and its numbering, each as a stream with caps on its inflated size and ratio and
 * straight into a SAX parser, so memory stays bounded whatever the file holds.
 *
 * Pure TypeScript (no DOM, no Node APIs): it runs in a browser Web Worker and in a Node worker thread alike.
 */
import type { ParagraphInfo } from "../core/headingLine";
import { documentHandler } from "./documentParagraphs";
import { isZip, notZipReason } from "./fileKind";
import { DAMAGED, DocxRefusal, NOT_A_WORD_DOCUMENT } from "./refusal";
import { emptyStyleTable, numberingHandler, stylesHandler, type StyleTable } from "./styles";
import { inflateMember, readCentralDirectory, type InflateCaps, type ZipMember } from "./zip";
import { Ns, readXmlPart, type XmlHandler } from "./xmlStream";

export type DocxReading = { ok: true; paragraphs: ParagraphInfo[] } | { ok: false; reason: string };

/** Files larger are refused before reading (the caller may check the size first). */
export const DOCX_MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Caps on each part as it inflates: a long PD's document.xml is a few megabytes and compresses five to twenty
 * times; a zip bomb compresses about a thousand times.
 */
export const DOCX_PART_CAPS: InflateCaps = { maxBytes: 64 * 1024 * 1024, maxRatio: 200, ratioFloorBytes: 1024 * 1024 };

const ODT = "An OpenDocument file (.odt): open it in Word or LibreOffice and save it as .docx to include it.";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
const relType = (type: string, name: string) => type === REL + name || type === STRICT_REL + name;

/** Never throws: any file at all gives a reading. */
export function readDocx(bytes: Uint8Array): DocxReading {
  try {
    return { ok: true, paragraphs: readParagraphs(bytes) };
  } catch (error) {
    return { ok: false, reason: error instanceof DocxRefusal ? error.reason : DAMAGED };
  }
}

function readParagraphs(bytes: Uint8Array): ParagraphInfo[] {
  if (bytes.length > DOCX_MAX_FILE_BYTES) {
    const megabytes = Math.round(bytes.length / (1024 * 1024));
    throw new DocxRefusal(
      `The file is too large to be a PD (${megabytes} MB; at most ${DOCX_MAX_FILE_BYTES / (1024 * 1024)} MB are read): ` +
        "it may hold large pictures; save a copy without them to include it.",
    );
  }
  if (!isZip(bytes)) throw new DocxRefusal(notZipReason(bytes));
  const members = readCentralDirectory(bytes);
  const read = (member: ZipMember, handler: XmlHandler) =>
    readXmlPart((write) => inflateMember(bytes, member, DOCX_PART_CAPS, write), handler);

  const mainPath = mainDocumentPath(members, read);
  const main = members.get(mainPath.toLowerCase());
  if (!main) throw new DocxRefusal(members.has("mimetype") && members.has("content.xml") ? ODT : NOT_A_WORD_DOCUMENT);

  const table: StyleTable = emptyStyleTable();
  const targets = relationshipTargets(members, mainPath, read);
  const styles = members.get((targets.get("styles") ?? siblingPath(mainPath, "styles.xml")).toLowerCase());
  if (styles) read(styles, stylesHandler(table));
  const numbering = members.get((targets.get("numbering") ?? siblingPath(mainPath, "numbering.xml")).toLowerCase());
  if (numbering) read(numbering, numberingHandler(table));

  const paragraphs: ParagraphInfo[] = [];
  read(main, documentHandler(table, paragraphs));
  return paragraphs;
}

type ReadPart = (member: ZipMember, handler: XmlHandler) => void;

/** The main document's part name, from the package relationships (word/document.xml when they do not say). */
function mainDocumentPath(members: Map<string, ZipMember>, read: ReadPart): string {
  const rels = members.get("_rels/.rels");
  if (rels) {
    const targets = relationships(rels, "", read);
    const main = targets.get("officeDocument");
    if (main !== undefined) return main;
  }
  return "word/document.xml";
}

/** The targets of a part's relationships by type ("styles", "numbering"), from its _rels part if there is one. */
function relationshipTargets(members: Map<string, ZipMember>, partPath: string, read: ReadPart): Map<string, string> {
  const slash = partPath.lastIndexOf("/");
  const relsPath = `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
  const rels = members.get(relsPath.toLowerCase());
  return rels ? relationships(rels, partPath.slice(0, slash + 1), read) : new Map();
}

function relationships(rels: ZipMember, baseFolder: string, read: ReadPart): Map<string, string> {
  const targets = new Map<string, string>();
  read(rels, {
    open(ns, local, attributes) {
      if (ns !== Ns.Rels || local !== "Relationship" || attributes.plain("TargetMode") === "External") return;
      const type = attributes.plain("Type") ?? "";
      const target = attributes.plain("Target");
      if (target === undefined) return;
      for (const name of ["officeDocument", "styles", "numbering"]) {
        if (relType(type, name) && !targets.has(name)) targets.set(name, resolvePartName(baseFolder, target));
      }
    },
    close() {},
    text() {},
  });
  return targets;
}

const siblingPath = (partPath: string, name: string): string => partPath.slice(0, partPath.lastIndexOf("/") + 1) + name;

/** A relationship target as a zip member name: relative to the source part's folder unless it starts with "/". */
export function resolvePartName(baseFolder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: use it as written.
  }
  const segments = (decoded.startsWith("/") ? decoded.slice(1) : baseFolder + decoded).split("/");
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

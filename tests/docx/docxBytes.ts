/** Small .docx packages built in the tests (fflate's zip writer), for XML the fixtures' writers do not produce. */
import { strToU8, zipSync, type Zippable } from "fflate";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NAMESPACES = `xmlns:w="${W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`;

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

export const relationships = (rels: [type: string, target: string][]): string =>
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`).join("") +
  "</Relationships>";

/** document.xml around `body` (the content of w:body). */
export const documentXml = (body: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`;

export const stylesXml = (styles: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:styles ${NAMESPACES}>${styles}</w:styles>`;

export const numberingXml = (nums: string): string => `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${NAMESPACES}>${nums}</w:numbering>`;

export interface PackageParts {
  /** The content of w:body, or a whole document.xml when it starts with "<?xml". */
  document: string | Uint8Array;
  styles?: string;
  numbering?: string;
  /** More members, by name; null leaves out a default one (e.g. "_rels/.rels"). */
  extra?: Record<string, string | Uint8Array | null>;
}

export function docxBytes(parts: PackageParts): Uint8Array {
  const document = typeof parts.document === "string" && !parts.document.startsWith("<?xml") ? documentXml(parts.document) : parts.document;
  const members: Record<string, string | Uint8Array | null> = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": relationships([["officeDocument", "word/document.xml"]]),
    "word/document.xml": document,
    ...(parts.styles ? { "word/styles.xml": parts.styles } : {}),
    ...(parts.numbering ? { "word/numbering.xml": parts.numbering } : {}),
    ...parts.extra,
  };
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(members)) {
    if (data !== null) zippable[name] = typeof data === "string" ? strToU8(data) : data;
  }
  return zipSync(zippable);
}

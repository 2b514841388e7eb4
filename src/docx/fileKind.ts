/**
 * What a file that is not a zip is, from its first bytes, so the reason given says what to do with it: a Word
 * 97–2003 .doc, a password-protected .docx (both OLE compound files), a PDF, an RTF file.
 */

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);
const startsWithText = (bytes: Uint8Array, text: string): boolean => startsWith(bytes, [...text].map((c) => c.charCodeAt(0)));

export const isZip = (bytes: Uint8Array): boolean => startsWithText(bytes, "PK\x03\x04") || startsWithText(bytes, "PK\x05\x06");

/**
 * The names of the streams in an OLE compound file. Directory entries are 128 bytes on 128-byte boundaries
 * (sectors are 512 or 4,096 bytes), each with a UTF-16 name and its length, so scanning the boundaries finds
 * them without following the allocation table; only names of the lengths asked for are decoded.
 */
function oleStreamNames(bytes: Uint8Array, wanted: readonly string[]): Set<string> {
  const lengths = new Set(wanted.map((name) => (name.length + 1) * 2));
  const found = new Set<string>();
  for (let at = 512; at + 128 <= bytes.length && found.size < wanted.length; at += 128) {
    const nameBytes = bytes[at + 64]! | (bytes[at + 65]! << 8);
    const type = bytes[at + 66];
    if (!lengths.has(nameBytes) || (type !== 1 && type !== 2)) continue;
    let name = "";
    for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(bytes[at + i]! | (bytes[at + i + 1]! << 8));
    if (wanted.includes(name)) found.add(name);
  }
  return found;
}

/** The reason a file that is not a zip cannot be read. */
export function notZipReason(bytes: Uint8Array): string {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    const streams = oleStreamNames(bytes, ["EncryptedPackage", "EncryptionInfo", "WordDocument"]);
    if (streams.has("EncryptedPackage") || streams.has("EncryptionInfo"))
      return "The Word document is password-protected: remove the password in Word (File, Info, Protect Document) to include it.";
    if (streams.has("WordDocument")) return "A Word 97\u20132003 .doc file: save it as .docx to include it";
    return "An older Office file that is not a Word document (for example an .xls or .ppt file): only .docx files are read.";
  }
  if (startsWithText(bytes, "%PDF-")) return "A PDF file: only Word documents are read. Save the PD from Word as .docx to include it.";
  if (startsWithText(bytes, "{\\rtf")) return "An RTF file: open it in Word and save it as .docx to include it.";
  if (bytes.length === 0) return "The file is empty (0 bytes): it holds no document.";
  return "Not a Word document: the file is not a .docx (Word documents are zip files inside), so it was not read.";
}

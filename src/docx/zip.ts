/**
 * The few zip members the reader needs, found through the central directory and inflated as a stream with fflate,
 * counting the bytes that actually come out: a member's declared size can lie, so the caps are enforced while
 * inflating and a part is never held whole (its chunks go straight to the XML parser).
 */
import { Inflate } from "fflate";
import { DAMAGED, DocxRefusal, TOO_LARGE_INSIDE } from "./refusal";

export interface ZipMember {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localHeaderOffset: number;
}

export interface InflateCaps {
  /** Most bytes one member may inflate to. */
  maxBytes: number;
  /** Most inflated bytes per compressed byte, once past `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/**
 * Compressed bytes handed to the inflater at a time: a push inflates to at most about 1,032 times as much (16 MB),
 * which bounds how far past a cap one push can go; most PDs' document.xml is one push.
 */
const PUSH_BYTES = 16 * 1024;
const MAX_MEMBERS = 65535;

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number): number => u32(b, at) + u32(b, at + 4) * 0x100000000;

function need(bytes: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > bytes.length) throw new DocxRefusal(DAMAGED);
}

const nameDecoder = new TextDecoder("utf-8");

/** The end-of-central-directory record, searched from the end (it may be followed by a comment). */
function findEndRecord(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 65535; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 5 && bytes[at + 3] === 6) return at;
  }
  throw new DocxRefusal(DAMAGED);
}

/** Every member of the zip by lower-cased name (package part names are case-insensitive). */
export function readCentralDirectory(bytes: Uint8Array): Map<string, ZipMember> {
  const end = findEndRecord(bytes);
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    // Zip64: the locator sits just before the end record and points at the zip64 end record.
    need(bytes, end - 20, 20);
    if (u32(bytes, end - 20) !== 0x07064b50) throw new DocxRefusal(DAMAGED);
    const record = u64(bytes, end - 12);
    need(bytes, record, 56);
    if (u32(bytes, record) !== 0x06064b50) throw new DocxRefusal(DAMAGED);
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (count > MAX_MEMBERS) throw new DocxRefusal(DAMAGED);
  const members = new Map<string, ZipMember>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(bytes, at, 46);
    if (u32(bytes, at) !== 0x02014b50) throw new DocxRefusal(DAMAGED);
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    need(bytes, at + 46, nameLength + extraLength + commentLength);
    let compressedSize = u32(bytes, at + 20);
    const uncompressed32 = u32(bytes, at + 24);
    let localHeaderOffset = u32(bytes, at + 42);
    const name = nameDecoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // Zip64 sizes and offset come in the extra field, in this order, for the fields set to 0xFFFFFFFF.
    for (let x = at + 46 + nameLength, xEnd = x + extraLength; x + 4 <= xEnd; x += 4 + u16(bytes, x + 2)) {
      if (u16(bytes, x) !== 1) continue;
      let field = x + 4;
      if (uncompressed32 === 0xffffffff) field += 8;
      if (compressedSize === 0xffffffff) {
        compressedSize = u64(bytes, field);
        field += 8;
      }
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, field);
    }
    members.set(name.toLowerCase(), { name, method: u16(bytes, at + 10), encrypted: (flags & 1) === 1, compressedSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return members;
}

/**
 * Inflates one member, handing each chunk to `sink` as it comes, and refuses it as soon as it passes the caps.
 * Ends with an error when the data stops before the compressed stream does.
 */
export function inflateMember(bytes: Uint8Array, member: ZipMember, caps: InflateCaps, sink: (chunk: Uint8Array) => void): void {
  if (member.encrypted) throw new DocxRefusal("The Word document is password-protected: remove the password in Word to include it.");
  const local = member.localHeaderOffset;
  need(bytes, local, 30);
  if (u32(bytes, local) !== 0x04034b50) throw new DocxRefusal(DAMAGED);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  need(bytes, start, member.compressedSize);
  const data = bytes.subarray(start, start + member.compressedSize);
  const limit = (inflated: number) =>
    inflated > caps.maxBytes || (inflated > caps.ratioFloorBytes && inflated > member.compressedSize * caps.maxRatio);
  let inflated = 0;
  const take = (chunk: Uint8Array) => {
    inflated += chunk.length;
    if (limit(inflated)) throw new DocxRefusal(TOO_LARGE_INSIDE);
    if (chunk.length > 0) sink(chunk);
  };
  if (member.method === 0) {
    for (let at = 0; at < data.length; at += PUSH_BYTES) take(data.subarray(at, at + PUSH_BYTES));
    return;
  }
  if (member.method !== 8) throw new DocxRefusal(DAMAGED);
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    take(chunk);
    if (final) ended = true;
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += PUSH_BYTES) inflater.push(data.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= data.length);
  } catch (error) {
    if (error instanceof DocxRefusal) throw error;
    throw new DocxRefusal(DAMAGED);
  }
  if (!ended) throw new DocxRefusal(DAMAGED);
}

/**
 * The agency name that fills {{agency}} comes from places the pane does not control: a document's add-in
 * settings (anyone can craft a .docx), the browser's local storage, the CX_AGENCY build variable and the
 * settings box. Whatever the source, the name is inserted into documents as text, so it is cleaned the
 * same way everywhere: one line of visible characters, no longer than the settings box accepts.
 */
import { hasVisibleLetterOrDigit, INVISIBLE_CHARACTERS } from "./visibleText";

/** The settings box's maxLength; a name from anywhere else is cut to the same length. */
export const AGENCY_NAME_MAX_LENGTH = 80;

// Line and paragraph breaks and tabs would split an insertion into several paragraphs, and the Braille blank
// (U+2800) is a space that JavaScript does not count as one: they become spaces.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029\u2800]/g;
const WHITE_SPACE_RUN = /\s+/g;
const CLEANING_SLICE = 1024;

/**
 * `value` as a one-line agency name: breaks and tabs to spaces, control, format (bidirectional marks among
 * them) and other invisible characters removed (see visibleText.ts), white space collapsed, trimmed and cut
 * to AGENCY_NAME_MAX_LENGTH. Null when no visible letter or digit is left (or `value` is not a string),
 * which means "use the default".
 */
export function cleanAgencyName(value: unknown): string | null {
  if (typeof value !== "string") return null;
  // Clean slice by slice and stop once the name is long enough: a megabyte-long value costs no more than a short one.
  let oneLine = "";
  for (let start = 0; start < value.length && oneLine.trimStart().length <= AGENCY_NAME_MAX_LENGTH; ) {
    let end = Math.min(start + CLEANING_SLICE, value.length);
    if (isHighSurrogate(value.charCodeAt(end - 1)) && end < value.length) end++; // keep a surrogate pair together
    oneLine = (oneLine + value.slice(start, end).replace(BREAKS, " ").replace(INVISIBLE_CHARACTERS, "")).replace(WHITE_SPACE_RUN, " ");
    start = end;
  }
  let capped = oneLine.trim().slice(0, AGENCY_NAME_MAX_LENGTH);
  // Never end on the first half of a character outside the Basic Multilingual Plane.
  if (isHighSurrogate(capped.charCodeAt(capped.length - 1))) capped = capped.slice(0, -1);
  return hasVisibleLetterOrDigit(capped) ? capped.trimEnd() : null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True when `value` is a string that cleaning would change: it did not come from this pane's settings box. */
export function isTamperedAgencyName(value: unknown): boolean {
  return typeof value === "string" && cleanAgencyName(value) !== value;
}

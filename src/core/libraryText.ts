/**
 * Rules for the text a library puts in front of users and into their documents. A library file can come
 * from anyone (CX_LIBRARY), and JSON escapes make any character easy to write, so text that would not
 * insert as one clean paragraph, or would show something other than what it says, fails the build.
 */
import { AGENCY_NAME_MAX_LENGTH } from "./agencyName";
import { clip, LIBRARY_LEVEL, QUOTED_MAX_LENGTH, type LibraryProblem } from "./libraryProblem";
import { hasVisibleLetterOrDigit } from "./visibleText";

/**
 * Longest entry text allowed. The longest bundled entry (the SES requirement) has 1,000 characters and
 * fills a card at 320 px; five times that leaves room for an agency's own long entries while a card stays
 * readable (a 100,000-character entry made a 52,000 px card).
 */
export const ENTRY_TEXT_MAX_LENGTH = 5000;
/** Labels, keywords, section and placeholder names are short headings and search terms. */
export const SHORT_TEXT_MAX_LENGTH = 200;
/** Section and placeholder descriptions are one sentence. */
export const DESCRIPTION_MAX_LENGTH = 500;

/** maxLength null: a note for editors, never shown in the pane, checked only for the characters that hide or garble text. */
type TextField = { entry: string; field: string; value: string; maxLength: number | null };

const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;
// Control characters other than line breaks, tab included (Word would insert it as a tab stop).
const CONTROL = /[^\P{Cc}\n\r\v\f\u0085]/u;
// Embeddings, overrides and isolates: they reorder how the text after them is displayed ("Trojan Source").
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// Half of a surrogate pair without the other half: not a character at all.
const LONE_SURROGATE = /\p{Cs}/u;

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

function found(value: string, pattern: RegExp): { ch: string; at: number } | null {
  const match = pattern.exec(value);
  return match ? { ch: match[0], at: match.index + 1 } : null;
}

/** Each rule gives the reason `value` breaks it, or null: first those for every text, notes included. */
const CHARACTER_RULES: ((value: string) => string | null)[] = [
  (value) => {
    const hit = found(value, CONTROL);
    return hit && `contains the control character ${codePoint(hit.ch)} at character ${hit.at}`;
  },
  (value) => {
    const hit = found(value, BIDI_CONTROL);
    return hit && `contains the bidirectional control ${codePoint(hit.ch)} at character ${hit.at}, which changes how the text after it is displayed`;
  },
  (value) => {
    const hit = found(value, LONE_SURROGATE);
    return hit && `contains half of a character (lone surrogate ${codePoint(hit.ch)}) at character ${hit.at}`;
  },
];

/** The rules for the texts the pane shows or inserts. */
const SHOWN_TEXT_RULES: ((value: string, maxLength: number) => string | null)[] = [
  (value) => {
    const hit = found(value, LINE_BREAK);
    return hit && `contains a line break (${codePoint(hit.ch)}) at character ${hit.at}: each text is one paragraph (use children for a list)`;
  },
  ...CHARACTER_RULES,
  (value) =>
    hasVisibleLetterOrDigit(value)
      ? null
      : "has no visible letter or digit (only spaces, punctuation, or zero-width, filler or formatting characters such as U+200D or U+3164)",
  (value, maxLength) =>
    value.length > maxLength ? `is ${value.length.toLocaleString("en-US")} characters long; at most ${maxLength.toLocaleString("en-US")} are allowed` : null,
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An entry's earlier texts that are objects (the schema reports other shapes). */
export function previousTexts(entry: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(entry.previousTexts) ? entry.previousTexts.map((previous: unknown) => (isRecord(previous) ? previous : {})) : [];
}

function stringField(entry: string, field: string, value: unknown, maxLength: number | null): TextField[] {
  return typeof value === "string" ? [{ entry, field, value, maxLength }] : [];
}

/** Every text the pane shows or inserts, and the notes for editors, with the problem's entry name and field. Other shapes are the schema's business. */
function shownTexts(data: Record<string, unknown>, entryName: (index: number) => string): TextField[] {
  const fields: TextField[] = [];
  const entries = Array.isArray(data.entries) ? data.entries : [];
  entries.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const name = entryName(index);
    fields.push(...stringField(name, "text", entry.text, ENTRY_TEXT_MAX_LENGTH));
    fields.push(...stringField(name, "label", entry.label, SHORT_TEXT_MAX_LENGTH));
    previousTexts(entry).forEach((previous, k) => fields.push(...stringField(name, `previousTexts[${k}].text`, previous.text, ENTRY_TEXT_MAX_LENGTH)));
    const keywords = Array.isArray(entry.keywords) ? entry.keywords : [];
    keywords.forEach((keyword, k) => fields.push(...stringField(name, `keywords[${k}]`, keyword, SHORT_TEXT_MAX_LENGTH)));
    fields.push(...stringField(name, "note", entry.note, null));
  });
  const notes = Array.isArray(data.editorialNotes) ? data.editorialNotes : [];
  notes.forEach((note, index) => {
    if (isRecord(note)) fields.push(...stringField(LIBRARY_LEVEL, `editorialNotes[${index}].note`, note.note, null));
  });
  const sections = Array.isArray(data.sections) ? data.sections : [];
  sections.forEach((section, index) => {
    if (!isRecord(section)) return;
    const where = typeof section.id === "string" && section.id.trim() && section.id.length <= QUOTED_MAX_LENGTH ? `section "${section.id}"` : `sections[${index}]`;
    fields.push(...stringField(LIBRARY_LEVEL, `${where}: name`, section.name, SHORT_TEXT_MAX_LENGTH));
    fields.push(...stringField(LIBRARY_LEVEL, `${where}: description`, section.description, DESCRIPTION_MAX_LENGTH));
  });
  const placeholders = isRecord(data.placeholders) ? data.placeholders : {};
  for (const [name, placeholder] of Object.entries(placeholders)) {
    if (!isRecord(placeholder)) continue;
    const field = `placeholders.${clip(name)}`;
    fields.push(...stringField(LIBRARY_LEVEL, `${field}.label`, placeholder.label, SHORT_TEXT_MAX_LENGTH));
    // A default fills the same place a name typed in the settings box does, so it has the box's limit.
    fields.push(...stringField(LIBRARY_LEVEL, `${field}.default`, placeholder.default, AGENCY_NAME_MAX_LENGTH));
    fields.push(...stringField(LIBRARY_LEVEL, `${field}.description`, placeholder.description, DESCRIPTION_MAX_LENGTH));
  }
  return fields;
}

/** Problems with the characters and length of every shown or inserted text; `entryName` names entries as the other rules do. */
export function textProblems(data: unknown, entryName: (index: number) => string): LibraryProblem[] {
  if (!isRecord(data)) return [];
  // Blank text is reported as empty by the other rules; its white space is no second problem.
  const nonBlank = shownTexts(data, entryName).filter(({ value }) => value.trim() !== "");
  return nonBlank.flatMap(({ entry, field, value, maxLength }) =>
    (maxLength === null ? CHARACTER_RULES.map((rule) => rule(value)) : SHOWN_TEXT_RULES.map((rule) => rule(value, maxLength)))
      .filter((reason): reason is string => reason !== null)
      .map((reason) => ({ entry, reason: `${field} ${reason}` })),
  );
}

/** One problem found in a library file, shared by the validator and its text rules. */
export interface LibraryProblem {
  /** Entry id, "entries[12]" when the entry has no usable id, or "(library)" for the file as a whole. */
  entry: string;
  reason: string;
}

/** The `entry` of problems that concern the file rather than one entry. */
export const LIBRARY_LEVEL = "(library)";

/** At most this many characters of a value from the file go into a message: a file can hold megabytes in one value. */
export const QUOTED_MAX_LENGTH = 40;

/** `text` as it goes into a message: cut to QUOTED_MAX_LENGTH characters, with "…" when it was longer. */
export function clip(text: string): string {
  return text.length > QUOTED_MAX_LENGTH ? `${text.slice(0, QUOTED_MAX_LENGTH)}…` : text;
}

/** A value from the file as a message shows it: a short JSON string, number or word; a long string is cut. */
export function quote(value: unknown): string {
  if (typeof value === "string") {
    return value.length > QUOTED_MAX_LENGTH
      ? `${JSON.stringify(value.slice(0, QUOTED_MAX_LENGTH))}… (${value.length.toLocaleString("en-US")} characters)`
      : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `an array of ${value.length.toLocaleString("en-US")} item(s)`;
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}

/** `items` clipped and joined with commas, at most `atMost` of them ("…" for the rest). */
export function clippedList(items: readonly string[], atMost = 12): string {
  const shown = items.slice(0, atMost).map(clip);
  return items.length > atMost ? `${shown.join(", ")}, … (${items.length.toLocaleString("en-US")} in all)` : shown.join(", ");
}

/**
 * One change to a paragraph's text as the pane read it: characters `start` to `end` (which read `before`) become
 * `after`. The Word adapter finds the same characters again through Word's own search, so an edit also says which
 * occurrence of `before` in the paragraph it is; these functions count occurrences the way that search does.
 */
export type TextEdit = {
  paragraphIndex: number;
  /** The whole paragraph's text when it was read: the edit is refused if the paragraph no longer reads so. */
  paragraphText: string;
  start: number;
  end: number;
  before: string;
  after: string;
};

const isWordCharacter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/** Where `needle` starts in `text`, every time, left to right and without overlapping (case-sensitive). */
export function substringOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}

/** substringOccurrences that are whole words: no letter or digit just before or just after. */
export function wholeWordOccurrences(text: string, needle: string): number[] {
  return substringOccurrences(text, needle).filter((at) => !isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + needle.length]));
}

/** The edits applied to `text`, which they all address; overlapping edits after the first are left out. */
export function applyEdits(text: string, edits: readonly Pick<TextEdit, "start" | "end" | "after">[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const edit of ordered) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.after;
    at = edit.end;
  }
  return out + text.slice(at);
}

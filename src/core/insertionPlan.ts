/**
 * What inserting a set of library entries puts into the document, as plain lines in order.
 * The Word layer turns lines into paragraphs or list items; this file decides only text, order and depth.
 */
import { levelPrefix, type LanguageKind, type Library, type LibraryEntry, type PlaceholderValues } from "./library";
import type { GoalNumbering } from "./planSections";

export type InsertionLine = {
  /** Plain text of one paragraph, placeholders filled. */
  text: string;
  /** 0: a paragraph (or list item at the cursor's level); 1: an item under the line before it. */
  depth: 0 | 1;
  /**
   * Structured PWP text (a competency requirement, its levels, a goal, the SES requirement) that stays a
   * plain paragraph outside a list even when the user inserts as a list.
   */
  paragraph: boolean;
  /** What the line is, e.g. "performance-goal" (a new goal takes the form of the goals already there). */
  kind: LanguageKind;
  entryId: string;
};

const PARAGRAPH_KINDS = new Set(["competency-requirement", "rating-level", "performance-goal", "ses-requirement"]);

/** Rating levels read as "Level 3: …" so the inserted paragraph says which level it describes. */
function lineText(library: Library, entry: LibraryEntry, values: PlaceholderValues): string {
  return levelPrefix(library, entry, values) + library.renderEntry(entry, values);
}

/**
 * Lines for `entryIds`, in library order whatever the order of selection. An entry brings its children
 * (a lead-in its list, a goal its activities, the competency requirement its levels); a child that is
 * selected along with its parent is inserted once, under the parent. A child written for another agency than the
 * one in `values` (Library.writtenForOtherAgency) comes only when it is selected itself. Where the plan numbers its
 * goals (`goalNumbering`, from the goal titles before the cursor), each goal takes the next number:
 * "Performance Goal 3: Understand customer needs and expectations".
 */
export function planInsertion(
  library: Library,
  entryIds: readonly string[],
  values: PlaceholderValues = {},
  goalNumbering: GoalNumbering | null = null,
): InsertionLine[] {
  const wanted = new Set(entryIds);
  const ordered = library.entries().filter((entry) => wanted.has(entry.id));
  const covered = new Set<string>();
  for (const entry of ordered) for (const child of library.children(entry)) covered.add(child.id);

  const lines: InsertionLine[] = [];
  let goalNumber = goalNumbering?.next ?? 0;
  const numbered = (entry: LibraryEntry, text: string): string =>
    goalNumbering && entry.kind === "performance-goal" ? `${goalNumbering.label} ${goalNumber++}${goalNumbering.separator}${text}` : text;
  for (const entry of ordered) {
    if (covered.has(entry.id)) continue;
    lines.push({ text: numbered(entry, lineText(library, entry, values)), depth: 0, paragraph: PARAGRAPH_KINDS.has(entry.kind), kind: entry.kind, entryId: entry.id });
    for (const child of library.children(entry)) {
      // Another agency's resources come along only when chosen on purpose.
      if (!wanted.has(child.id) && library.writtenForOtherAgency(child, values) !== null) continue;
      // Levels stand as labelled paragraphs beside the requirement; other children are its list.
      const depth = child.kind === "rating-level" ? 0 : 1;
      lines.push({ text: lineText(library, child, values), depth, paragraph: PARAGRAPH_KINDS.has(child.kind), kind: child.kind, entryId: child.id });
    }
  }
  return lines;
}

/** "Inserted 1 goal with 6 activities", "Inserted 2 items into Major Duties": what an insertion of `lines` added. */
export function insertedMessage(library: Library, lines: readonly InsertionLine[], afterSelection = false): string {
  // Insertion never replaces selected text: the message says where the text went instead.
  const where = afterSelection ? ", after the selected text" : "";
  const goals = lines.filter((line) => line.kind === "performance-goal").length;
  if (goals > 0 && lines.every((line) => line.kind === "performance-goal" || (line.kind === "example-activity" && line.depth === 1))) {
    const activities = lines.length - goals;
    const goalWords = `${goals} ${goals === 1 ? "goal" : "goals"}`;
    return `${activities === 0 ? `Inserted ${goalWords}` : `Inserted ${goalWords} with ${activities} ${activities === 1 ? "activity" : "activities"}`}${where}`;
  }
  const sections = new Set(lines.map((line) => library.entry(line.entryId)?.section));
  const only = sections.size === 1 ? [...sections][0] : undefined;
  const name = only ? library.section(only)?.name : undefined;
  const count = lines.length;
  return `Inserted ${count} ${count === 1 ? "item" : "items"} into ${name ?? "the document"}${where}`;
}

/**
 * Inserts planned lines at the cursor as plain text (insertText/insertParagraph: insertHtml drops lists and
 * insertOoxml breaks numbering), in two round trips in the common case:
 * 1. see where the cursor is and whether we may write there (nothing is written, so a refusal leaves the document
 *    as it was);
 * 2. write every line and read back what Word made.
 * A third round trip runs only when it must: to finish a list this insertion started (a List made by
 * startNewList() is used only after a sync, as every official sample does), or to repair list items Word did not
 * make as asked.
 *
 * Where the text goes: an empty paragraph at the caret is filled; otherwise new paragraphs follow the cursor's
 * paragraph. Selected text is never replaced (the pane changes no text the user did not ask it to): with a
 * selection the new paragraphs follow the selection's last paragraph (in a table cell, inside that cell, so the
 * table stays as it was), and the outcome says so.
 *
 * Continuing a list. Whether a paragraph inserted after a list item joins the list is undocumented (it does on
 * Windows, office-js#2307), and attachToList does not reliably give the level's indentation (office-js#6524). So
 * new items are inserted after the cursor's item and left as Word makes them; the read-back then checks each one
 * (list, level and indentation against the cursor's item) and only the ones that are not right are attached and
 * given the indentation of their level explicitly, in the third round trip. On a Word that carries the list over,
 * items stay exactly as Word makes them and the insertion takes two round trips.
 */
import { classifyHeading } from "../core/sections";
import type { InsertionLine } from "../core/insertionPlan";
import { describeWordFailure, insertMismatchProblem, lockedContentProblem, outsideBodyProblem, withTrackingLeftOn, writeFailure } from "./errors";
import { WordActionError, type InsertForm, type InsertOptions, type InsertOutcome } from "./gateway";
import { loadParagraphInfo, queueBodyPlace, toParagraphInfo } from "./paragraphs";

/**
 * Indentation step per list level, in points, used only when a repaired item sits deeper than any item we can
 * measure: Word's built-in bulleted and numbered lists indent each level by half an inch.
 */
const LEVEL_STEP_POINTS = 36;

type Indent = { left: number; firstLine: number };

/** Where one line goes: a body paragraph, an item of the cursor's list, or an item of a list this insertion makes. */
type Placement = { kind: "body" } | { kind: "cursor-list"; level: number } | { kind: "new-list"; group: number; level: number };

/** The list each written list item must end up in, and how it must look, known after round trip 2. */
type ListExpectation = { listId: number; level: number; indent: Indent };

function isHeadingStyle(paragraph: Word.Paragraph): boolean {
  return /^(Heading\d|Title|Subtitle)$/.test(paragraph.styleBuiltIn) || (paragraph.outlineLevel >= 1 && paragraph.outlineLevel <= 9);
}

/** Queues loading what the read-back checks on a written paragraph. */
function loadWritten(paragraph: Word.Paragraph): { item: Word.ListItem; list: Word.List } {
  paragraph.load("text,isListItem,leftIndent,firstLineIndent");
  const item = paragraph.listItemOrNullObject;
  const list = paragraph.listOrNullObject;
  item.load("level");
  list.load("id");
  return { item, list };
}

/**
 * After the writing round trip failed: is the document provably as it was? Every write goes into the anchor (its
 * text first) or into paragraphs inserted right after it, so the anchor's text as round trip 1 read it, with no
 * paragraph between it and the paragraph round trip 1 found after it, means nothing landed. That paragraph is
 * checked by identity (the same Word object), never by its text: it may already hold the very text being inserted.
 * One more round trip, only on failure; if it fails too, nothing is claimed.
 */
async function nothingLanded(context: Word.RequestContext, anchor: Word.Paragraph, next: Word.Paragraph): Promise<boolean> {
  const anchorText = anchor.text;
  try {
    const fresh = anchor.getRange("Whole").paragraphs.getFirst();
    fresh.load("text");
    // With a paragraph after the anchor: the paragraphs from the anchor to that paragraph, two when nothing landed.
    // At the end of the document (or of a table cell): nothing after the anchor yet.
    const span = next.isNullObject ? null : anchor.getRange("Whole").expandTo(next.getRange("Whole")).paragraphs.load({ select: "text" });
    const after = next.isNullObject ? anchor.getNextOrNullObject().load("text") : null;
    await context.sync();
    const nothingInserted = span ? span.items.length === 2 : after!.isNullObject;
    return fresh.text === anchorText && nothingInserted;
  } catch {
    return false;
  }
}

type TrackingMode = Word.Document["changeTrackingMode"];

/**
 * After a failed round trip that had turned track changes on: puts the user's mode back, if it is not back already
 * (the failure may have come before the switch). One or two more round trips, only on failure; false when it fails.
 */
async function restoreTracking(context: Word.RequestContext, userMode: TrackingMode): Promise<boolean> {
  try {
    context.document.load("changeTrackingMode");
    await context.sync();
    if (context.document.changeTrackingMode === userMode) return true;
    context.document.changeTrackingMode = userMode;
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/**
 * Where each line goes, decided from the cursor's surroundings alone (pure). In a list (unless the user asked for
 * paragraphs) lines become items of that list; elsewhere paragraphs, or a new bulleted list when the user asked
 * for one. Structured plan text stays paragraphs everywhere, with a goal's activities as a bulleted list under it.
 */
export function placeLines(
  lines: readonly InsertionLine[],
  options: { inList: { baseLevel: number } | null; form: InsertForm },
): Placement[] {
  const placements: Placement[] = [];
  // `open` is the list new items go to: "top" holds the lines themselves (inserting as a list), "children" holds
  // the items under a plain paragraph (a goal's activities).
  let open: { group: number; holds: "top" | "children" } | null = null;
  let groups = 0;
  let parentIsStructured = false;
  for (const line of lines) {
    if (line.depth === 0) parentIsStructured = line.paragraph;
    const underStructured = line.depth === 1 && parentIsStructured;
    if (options.inList && options.form !== "paragraphs" && !line.paragraph && !underStructured) {
      placements.push({ kind: "cursor-list", level: Math.min(8, options.inList.baseLevel + line.depth) });
      open = null;
      continue;
    }
    const asListItem = options.form === "list" && !line.paragraph;
    if (line.depth === 0 && !asListItem) {
      placements.push({ kind: "body" });
      open = null;
    } else if (open && (line.depth === 1 || open.holds === "top")) {
      placements.push({ kind: "new-list", group: open.group, level: open.holds === "top" ? line.depth : 0 });
    } else {
      open = { group: groups++, holds: line.depth === 1 ? "children" : "top" };
      placements.push({ kind: "new-list", group: open.group, level: 0 });
    }
  }
  return placements;
}

/** The indentation of `level`, from a measured item at `baseLevel`. */
function indentAt(reference: Indent, baseLevel: number, level: number): Indent {
  return { left: reference.left + (level - baseLevel) * LEVEL_STEP_POINTS, firstLine: reference.firstLine };
}

export async function insertLines(
  context: Word.RequestContext,
  lines: readonly InsertionLine[],
  options: InsertOptions & { readTrackChanges: boolean },
): Promise<InsertOutcome> {
  if (lines.length === 0) return { paragraphsInserted: 0, tracked: false, afterSelection: false, syncs: 0, commented: false };

  // ---- Round trip 1: where is the cursor, and may we write there? Nothing is written.
  const selection = context.document.getSelection();
  const readPlace = queueBodyPlace(context, selection);
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
     parentContentControlOrNullObject, listItemOrNullObject and listOrNullObject are navigation properties. */
  const control = selection.parentContentControlOrNullObject;
  // The anchor: the paragraph that holds the caret, or the selection's last paragraph.
  const anchor = selection.paragraphs.getLast();
  const next = anchor.getNextOrNullObject();
  const anchorItem = anchor.listItemOrNullObject;
  const anchorList = anchor.listOrNullObject;
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
  // eslint-disable-next-line office-addins/no-navigational-load -- Word.Range.isEmpty is a boolean (WordApi 1.3); the plugin's name list files it as navigational
  selection.load("isEmpty");
  control.load("cannotEdit,title");
  for (const paragraph of [anchor, next]) {
    loadParagraphInfo(paragraph);
    paragraph.load("leftIndent,firstLineIndent");
  }
  anchorItem.load("level");
  anchorList.load("id");
  if (options.readTrackChanges) context.document.load("changeTrackingMode");
  await context.sync();

  const { place, details } = readPlace();
  if (place !== "main") throw outsideBodyProblem(place, details);
  // Seen only for the control types Word reports here; a locked date picker or picture control is caught by
  // Word itself when writing, and the message then says the document may have changed.
  if (!control.isNullObject && control.cannotEdit) throw lockedContentProblem(control.title);
  const userTracking: TrackingMode = options.readTrackChanges ? context.document.changeTrackingMode : "Off";
  // Review workflows (WordApi 1.4; without it both are skipped): track this insertion where the user's track changes
  // is off, and put a comment naming the source on the inserted text.
  const switchTracking = options.readTrackChanges && options.asTrackedChange === true && userTracking === "Off";
  const comment = options.readTrackChanges && options.comment ? options.comment : null;

  // ---- Decide, then queue every write for round trip 2.
  // "fill" only at a caret in an empty paragraph: a selection, even of an empty paragraph, is left as it is.
  const afterSelection = !selection.isEmpty;
  const mode = !afterSelection && anchor.text.trim() === "" ? "fill" : "after";
  const headingMatch = classifyHeading(toParagraphInfo(anchor));
  // A run-in heading ("Introductory Statement: The incumbent…") is body text too: write after it as body.
  const anchorIsHeading = isHeadingStyle(anchor) || (headingMatch !== null && !headingMatch.runIn);
  // New paragraphs take the style of the text around them, never a heading's.
  const bodySource = !anchorIsHeading ? anchor : !next.isNullObject && !isHeadingStyle(next) && !next.isListItem ? next : null;
  // eslint-disable-next-line office-addins/load-object-before-read -- loaded with the rest above; the rule does not follow loops or helpers
  const anchorIsListItem = anchor.isListItem;
  const inCursorList = anchorIsListItem && !anchorList.isNullObject && !anchorItem.isNullObject;
  const placements = placeLines(lines, { inList: inCursorList ? { baseLevel: anchorItem.level } : null, form: options.form });

  const setBodyForm = (paragraph: Word.Paragraph, afterListItem: boolean) => {
    if (bodySource && !bodySource.isListItem) paragraph.style = bodySource.style;
    else paragraph.styleBuiltIn = "Normal";
    if (anchorIsHeading) paragraph.font.bold = false;
    // After a list item Word may carry the item's indentation over; body text lines up with the text around it.
    if (afterListItem) {
      paragraph.leftIndent = bodySource && !bodySource.isListItem ? bodySource.leftIndent : 0;
      paragraph.firstLineIndent = bodySource && !bodySource.isListItem ? bodySource.firstLineIndent : 0;
    }
  };

  // The switch is the batch's first write and the restore its last, so every write between them is tracked.
  if (switchTracking) context.document.changeTrackingMode = "TrackAll";
  const written: Word.Paragraph[] = [];
  if (mode === "fill") {
    // A fresh proxy for the filled paragraph: the anchor's own list proxies hold round trip 1's answers.
    written.push(anchor.insertText(lines[0]!.text, "Start").paragraphs.getFirst());
  }
  let previous: Word.Paragraph = written[0] ?? anchor;
  let previousIsListItem = anchorIsListItem;
  const openers = new Map<number, Word.Paragraph>();
  const newLists = new Map<number, Word.List>();

  lines.forEach((line, i) => {
    const placement = placements[i]!;
    let paragraph: Word.Paragraph;
    if (i === 0 && mode === "fill") paragraph = written[0]!;
    else {
      paragraph = previous.insertParagraph(line.text, "After");
      written.push(paragraph);
    }
    // The filled paragraph keeps its form, except that a filled heading becomes body text and a filled list item
    // becomes a paragraph when the line is not an item of that list.
    const filledInto = i === 0 && mode === "fill";
    const reform = !filledInto || anchorIsHeading || (anchorIsListItem && placement.kind !== "cursor-list");
    if (placement.kind === "body") {
      if (reform) {
        // Word may carry a neighbouring list item's list over to a new paragraph; body text is never a list item.
        paragraph.detachFromList();
        setBodyForm(paragraph, filledInto ? anchorIsListItem : previousIsListItem);
      }
      // A new goal looks like the goals already in the plan.
      if (line.kind === "performance-goal" && options.goalForm) {
        paragraph.style = options.goalForm.style;
        paragraph.font.bold = options.goalForm.bold;
      }
    } else if (placement.kind === "new-list" && !openers.has(placement.group)) {
      // Opens a list made by this insertion. detachFromList is documented to act only on list items; startNewList
      // fails on one (office-js#2307).
      if (reform) setBodyForm(paragraph, previousIsListItem);
      paragraph.detachFromList();
      newLists.set(placement.group, paragraph.startNewList());
      openers.set(placement.group, paragraph);
    }
    // Items of the cursor's list and later items of a new list are left as Word makes them: checked below.
    previous = paragraph;
    previousIsListItem = placement.kind !== "body";
  });

  // Leave the cursor after the inserted text, and read back what Word made.
  const last = written[written.length - 1]!;
  last.getRange("End").select();
  const readBack = written.map(loadWritten);
  if (comment) written[0]!.getRange("Whole").expandTo(last.getRange("Whole")).insertComment(comment);
  // Read while the switch is on: a Word may take the value and not apply it (office-js#6450), and then nothing is tracked.
  if (switchTracking) {
    context.document.load("changeTrackingMode");
    context.document.changeTrackingMode = userTracking;
  }
  // After a failure the user's mode is put back first; if that fails too, the problem says so.
  const restoredAfter = async (problem: WordActionError) => (!switchTracking || (await restoreTracking(context, userTracking)) ? problem : withTrackingLeftOn(problem));
  try {
    await context.sync();
  } catch (error) {
    const untouched = await nothingLanded(context, anchor, next);
    throw await restoredAfter(untouched ? new WordActionError(describeWordFailure(error, "insert", "unchanged")) : writeFailure(error));
  }
  const tracked = switchTracking ? context.document.changeTrackingMode !== "Off" : userTracking !== "Off";
  const commented = comment !== null;

  const mismatch = written.findIndex((paragraph, i) => paragraph.text.trim() !== lines[i]!.text.trim());
  if (mismatch !== -1) {
    // Word changed or merged something unexpectedly; say so rather than report success.
    throw insertMismatchProblem(`Expected ${lines.length} paragraphs; got ${JSON.stringify(written.map((p) => p.text))}`);
  }

  // ---- What each list item must be, from what round trip 2 measured.
  const expectation = (placement: Placement): ListExpectation | null => {
    if (placement.kind === "cursor-list") {
      // eslint-disable-next-line office-addins/load-object-before-read -- loaded in round trip 1; the rule does not follow loops
      const reference = { left: anchor.leftIndent, firstLine: anchor.firstLineIndent };
      return { listId: anchorList.id, level: placement.level, indent: indentAt(reference, anchorItem.level, placement.level) };
    }
    if (placement.kind === "new-list") {
      const opener = written.indexOf(openers.get(placement.group)!);
      const { list } = readBack[opener]!;
      const openerParagraph = written[opener]!;
      const reference = { left: openerParagraph.leftIndent, firstLine: openerParagraph.firstLineIndent };
      return { listId: list.id, level: placement.level, indent: indentAt(reference, 0, placement.level) };
    }
    return null;
  };

  // ---- Round trip 3, only when needed: finish new lists and repair items Word did not make as expected.
  // Decided first, so that a tracked insertion can switch tracking on before the repairs and off after them.
  const repairs: (() => void)[] = [];
  for (const list of newLists.values()) {
    repairs.push(() => {
      list.setLevelBullet(0, "Solid");
      list.setLevelBullet(1, "Hollow");
    });
  }
  written.forEach((paragraph, i) => {
    const want = expectation(placements[i]!);
    // The user's own item, filled, is left as it is.
    if (!want || (i === 0 && mode === "fill" && placements[i]!.kind === "cursor-list")) return;
    const { item, list } = readBack[i]!;
    const inList = paragraph.isListItem && !list.isNullObject && list.id === want.listId;
    const rightLevel = inList && !item.isNullObject && item.level === want.level;
    const rightIndent = paragraph.leftIndent === want.indent.left && paragraph.firstLineIndent === want.indent.firstLine;
    if (inList && rightLevel && rightIndent) return;
    repairs.push(() => {
      if (!inList) {
        paragraph.detachFromList();
        paragraph.attachToList(want.listId, want.level);
      } else if (!rightLevel) {
        paragraph.listItem.level = want.level;
      }
      // attachToList and level changes may leave the paragraph's own indentation (office-js#6524): set the level's.
      paragraph.leftIndent = want.indent.left;
      paragraph.firstLineIndent = want.indent.firstLine;
    });
  });
  if (repairs.length === 0) return { paragraphsInserted: written.length, tracked, afterSelection, syncs: 2, commented };
  if (switchTracking) context.document.changeTrackingMode = "TrackAll";
  for (const repair of repairs) repair();
  if (switchTracking) context.document.changeTrackingMode = userTracking;
  try {
    await context.sync();
  } catch (error) {
    throw await restoredAfter(writeFailure(error));
  }
  return { paragraphsInserted: written.length, tracked, afterSelection, syncs: 3, commented };
}

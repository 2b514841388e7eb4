/**
 * Inserts planned lines at the cursor as plain text, in two round trips whatever the number of lines:
 * one to see where the cursor is, one to write everything and read the result back.
 * Plain text only (insertText/insertParagraph): insertHtml drops lists and insertOoxml breaks numbering.
 *
 * Where the text goes (Word's conventions):
 * - a non-empty selection is replaced, as typing over it would;
 * - an empty paragraph at the cursor is filled;
 * - otherwise new paragraphs follow the cursor's paragraph.
 * Inside a list, new lines join that list (depth 1 one level deeper). Word may or may not carry list
 * formatting over to inserted paragraphs, so each new paragraph is explicitly detached (a no-op when it
 * is not a list item) and attached to the list at the wanted level: the result does not depend on it.
 */
import { classifyHeading } from "../core/sections";
import type { InsertionLine } from "../core/insertionPlan";
import { WordActionError, type InsertOptions, type InsertOutcome } from "./gateway";
import { bodyPlace, loadParagraphInfo, toParagraphInfo } from "./paragraphs";

const LOCATION_TEXT: Record<string, string> = {
  header: "a header",
  footer: "a footer",
  footnote: "a footnote",
  endnote: "an endnote",
  comment: "a comment",
  other: "a text box or shape",
};

type ListTarget = { kind: "existing"; listId: number; baseLevel: number } | { kind: "none" };

function isHeadingStyle(paragraph: Word.Paragraph): boolean {
  return /^(Heading\d|Title|Subtitle)$/.test(paragraph.styleBuiltIn) || (paragraph.outlineLevel >= 1 && paragraph.outlineLevel <= 9);
}

export async function insertLines(
  context: Word.RequestContext,
  lines: readonly InsertionLine[],
  options: InsertOptions & { readTrackChanges: boolean },
): Promise<InsertOutcome> {
  if (lines.length === 0) return { paragraphsInserted: 0, tracked: false, syncs: 0 };

  // ---- Round trip 1: where is the cursor, and may we write there?
  const selection = context.document.getSelection();
  /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
     parentBody, parentContentControlOrNullObject, listItemOrNullObject and listOrNullObject are navigation
     properties (proxies: nothing to load before using them); the plugin's name list files them as scalars. */
  const body = selection.parentBody;
  const outerBody = body.parentBodyOrNullObject;
  const control = selection.parentContentControlOrNullObject;
  const first = selection.paragraphs.getFirst();
  const last = selection.paragraphs.getLast();
  const next = last.getNextOrNullObject();
  const firstItem = first.listItemOrNullObject;
  const firstList = first.listOrNullObject;
  const lastItem = last.listItemOrNullObject;
  const lastList = last.listOrNullObject;
  /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
  // eslint-disable-next-line office-addins/no-navigational-load -- Word.Range.isEmpty is a boolean (WordApi 1.3); the plugin's name list files it as navigational
  selection.load("isEmpty");
  body.load("type");
  outerBody.load("type");
  control.load("cannotEdit,title");
  loadParagraphInfo(first);
  loadParagraphInfo(last);
  loadParagraphInfo(next);
  firstItem.load("level");
  firstList.load("id");
  lastItem.load("level");
  lastList.load("id");
  if (options.readTrackChanges) context.document.load("changeTrackingMode");
  await context.sync();

  const where = bodyPlace(body.type, outerBody.isNullObject ? null : outerBody.type);
  if (where !== "main") {
    throw new WordActionError({
      kind: "outside-body",
      title: "Move the cursor into the document text",
      message: `The cursor is in ${LOCATION_TEXT[where]}. CX language goes in the body of the document. Your document was not changed.`,
      details: `Body type: ${body.type}`,
    });
  }
  if (!control.isNullObject && control.cannotEdit) {
    throw new WordActionError({
      kind: "locked-content",
      title: "This part of the document is locked",
      message: `The cursor is in a locked area${control.title ? ` (“${control.title}”)` : ""} that cannot be edited. Click outside it and try again. Your document was not changed.`,
      details: "Content control with cannotEdit = true",
    });
  }
  const tracked = options.readTrackChanges && context.document.changeTrackingMode !== "Off";

  // ---- Decide, then queue every write for round trip 2.
  const mode = !selection.isEmpty ? "replace" : last.text.trim() === "" ? "fill" : "after";
  const anchor = mode === "replace" ? first : last;
  const anchorItem = mode === "replace" ? firstItem : lastItem;
  const anchorList = mode === "replace" ? firstList : lastList;
  const headingMatch = classifyHeading(toParagraphInfo(anchor));
  // A run-in heading ("Introductory Statement: The incumbent…") is body text too: write after it as body.
  const anchorIsHeading = isHeadingStyle(anchor) || (headingMatch !== null && !headingMatch.runIn);
  // New paragraphs take the style of the text around them, never a heading's.
  const bodyStyleSource = !anchorIsHeading ? anchor : !next.isNullObject && !isHeadingStyle(next) && !next.isListItem ? next : null;
  const listTarget: ListTarget =
    anchor.isListItem && !anchorList.isNullObject && !anchorItem.isNullObject
      ? { kind: "existing", listId: anchorList.id, baseLevel: anchorItem.level }
      : { kind: "none" };

  const setBodyStyle = (paragraph: Word.Paragraph) => {
    if (bodyStyleSource) paragraph.style = bodyStyleSource.style;
    else paragraph.styleBuiltIn = "Normal";
    if (anchorIsHeading) paragraph.font.bold = false;
  };

  const written: Word.Paragraph[] = [];
  let previous: Word.Paragraph = anchor;
  let remaining = lines;
  if (mode === "replace") {
    const replaced = selection.insertText(lines[0].text, "Replace");
    previous = replaced.paragraphs.getLast();
    written.push(previous);
    remaining = lines.slice(1);
  } else if (mode === "fill") {
    anchor.insertText(lines[0].text, "Start");
    if (anchorIsHeading) setBodyStyle(anchor);
    written.push(anchor);
    remaining = lines.slice(1);
  }

  // A list made in this batch has no id until the next sync, so its items are added through the List
  // proxy (List.insertParagraph "End" adds items: https://learn.microsoft.com/javascript/api/word/word.list).
  // `openList` is the list new items go to: "top" holds the lines themselves (inserting as a list),
  // "children" holds the items under a plain paragraph (a goal's activities).
  type OpenList = { list: Word.List; holds: "top" | "children" };
  const startList = (paragraph: Word.Paragraph, holds: OpenList["holds"]): OpenList => {
    paragraph.detachFromList();
    const list = paragraph.startNewList();
    list.setLevelBullet(0, "Solid");
    list.setLevelBullet(1, "Hollow");
    return { list, holds };
  };
  // Outside a list, structured PWP text (requirements, levels, goals) stays paragraphs whatever the setting.
  const asListItem = (line: InsertionLine) => options.asList && !line.paragraph;

  let openList: OpenList | null =
    listTarget.kind === "none" && mode !== "after" && asListItem(lines[0])
      ? startList(written[0], "top") // the filled or replaced paragraph opens the new list
      : null;

  for (const line of remaining) {
    let paragraph: Word.Paragraph;
    if (listTarget.kind === "existing") {
      paragraph = previous.insertParagraph(line.text, "After");
      paragraph.detachFromList();
      paragraph.attachToList(listTarget.listId, Math.min(8, listTarget.baseLevel + line.depth));
    } else if (line.depth === 0 && !asListItem(line)) {
      paragraph = previous.insertParagraph(line.text, "After");
      paragraph.detachFromList();
      setBodyStyle(paragraph);
      openList = null;
    } else if (openList && (line.depth === 1 || openList.holds === "top")) {
      paragraph = openList.list.insertParagraph(line.text, "End");
      // Set every item's level: List.insertParagraph("End") may copy the previous item's level.
      paragraph.listItem.level = openList.holds === "top" ? line.depth : 0;
    } else {
      paragraph = previous.insertParagraph(line.text, "After");
      setBodyStyle(paragraph);
      openList = startList(paragraph, line.depth === 1 ? "children" : "top");
    }
    written.push(paragraph);
    previous = paragraph;
  }

  // Leave the cursor after the inserted text, and read back what Word made.
  written[written.length - 1].getRange("End").select();
  for (const paragraph of written) paragraph.load("text,isListItem");
  await context.sync();

  const mismatch = written.find((paragraph, i) => paragraph.text.trim() !== lines[i].text.trim());
  if (mismatch) {
    // Word changed or merged something unexpectedly; say so rather than report success.
    throw new WordActionError({
      kind: "unknown",
      title: "Please check the inserted text",
      message: "Word inserted the text, but not exactly as expected. Check the document around the cursor (Undo removes the insertion).",
      details: `Expected ${lines.length} paragraphs; got ${JSON.stringify(written.map((p) => p.text))}`,
    });
  }
  return { paragraphsInserted: written.length, tracked, syncs: 2 };
}

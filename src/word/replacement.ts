/**
 * Putting the approved text in place of a paragraph's text (plain text only), in two round trips:
 * 1. find paragraph `target.index` of the main text, check it still has the text the pane read (compared as
 *    goToParagraph does), and read the track changes mode. Nothing is written, so a refusal leaves the document as
 *    it was;
 * 2. read the paragraph's form (style, list, level, indentation), write with Paragraph.insertText(text, "Replace")
 *    and read back what Word made.
 *
 * The paragraph mark holds the paragraph's style and list, and Replace changes the text before it, so the form is
 * expected to stay. Microsoft does not document it (least of all on the web), so the read-back checks it; only a Word
 * whose Replace lost the style or the list pays a third round trip to put them back (StandinBehaviours.paragraphReplace).
 */
import { describeWordFailure, insertMismatchProblem, notOneParagraphProblem, paragraphChangedProblem, writeFailure } from "./errors";
import { paragraphAt } from "./paragraphs";
import { WordActionError, type ParagraphTarget, type ReplaceOutcome } from "./gateway";

/** What the paragraph looked like, as plain values: a reload of the same proxy overwrites its answers. */
type Form = { text: string; style: string; isListItem: boolean; listId: number | null; level: number | null; left: number; firstLine: number };

const FORM_FIELDS = "text,style,isListItem,leftIndent,firstLineIndent";

/** Queues loading a paragraph's form; the reader returns it after the sync. */
function queueForm(paragraph: Word.Paragraph): () => Form {
  paragraph.load(FORM_FIELDS);
  const item = paragraph.listItemOrNullObject;
  const list = paragraph.listOrNullObject;
  item.load("level");
  list.load("id");
  return () => ({
    text: paragraph.text,
    style: paragraph.style,
    isListItem: paragraph.isListItem,
    listId: list.isNullObject ? null : list.id,
    level: item.isNullObject ? null : item.level,
    left: paragraph.leftIndent,
    firstLine: paragraph.firstLineIndent,
  });
}

/** The same comparison goToParagraph makes: the paragraph's words, ignoring spacing at its ends. */
const sameText = (a: string, b: string) => a.trim() === b.trim();

/** After the writing round trip failed: is the paragraph provably as it was? One more round trip; false if it fails. */
async function stillAsRead(context: Word.RequestContext, index: number, textRead: string): Promise<boolean> {
  try {
    const page = paragraphAt(context, index);
    await context.sync();
    return page.items[0]?.text === textRead;
  } catch {
    return false;
  }
}

/**
 * Queues what puts `was` back on a paragraph that `now` describes; returns how many repairs were queued. attachToList
 * may leave the paragraph's own indentation (office-js#6524), so indentation is set whenever the list is.
 */
function queueRepairs(paragraph: Word.Paragraph, was: Form, now: Form): number {
  let repairs = 0;
  if (now.style !== was.style) {
    paragraph.style = was.style;
    repairs += 1;
  }
  const sameList = now.isListItem === was.isListItem && now.listId === was.listId;
  if (!sameList) {
    if (now.isListItem) paragraph.detachFromList();
    if (was.isListItem && was.listId !== null) paragraph.attachToList(was.listId, was.level ?? 0);
    repairs += 1;
  } else if (was.isListItem && now.level !== was.level && was.level !== null) {
    paragraph.listItem.level = was.level;
    repairs += 1;
  }
  if (!sameList || now.left !== was.left || now.firstLine !== was.firstLine) {
    paragraph.leftIndent = was.left;
    paragraph.firstLineIndent = was.firstLine;
    repairs += 1;
  }
  return repairs;
}

export async function replaceParagraph(
  context: Word.RequestContext,
  target: ParagraphTarget,
  text: string,
  options: { readTrackChanges: boolean },
): Promise<ReplaceOutcome> {
  // Plain text for one paragraph: a break would split it (and leave part of the approved text in another paragraph).
  if (/[\r\n\v\f\u2028\u2029]/.test(text)) throw notOneParagraphProblem();

  // ---- Round trip 1: is it still the paragraph the pane read, and is track changes on? Nothing is written.
  const page = paragraphAt(context, target.index);
  if (options.readTrackChanges) context.document.load("changeTrackingMode");
  await context.sync();
  const paragraph = page.items[0];
  if (!paragraph || !sameText(paragraph.text, target.text)) {
    const found = paragraph ? JSON.stringify(paragraph.text) : "no such paragraph";
    throw paragraphChangedProblem(`Paragraph ${target.index}: expected ${JSON.stringify(target.text)}; found ${found}`);
  }
  const textRead = paragraph.text;
  const tracked = options.readTrackChanges && context.document.changeTrackingMode !== "Off";

  // ---- Round trip 2: the form before the write (a batch runs in order, so these loads see the paragraph as it was),
  // the write, and a read-back of what Word made, through the range Word returns: the paragraph's own list proxies
  // hold the answers from before the write.
  const readWas = queueForm(paragraph);
  const written = paragraph.insertText(text, "Replace").paragraphs.getFirst();
  const readNow = queueForm(written);
  try {
    await context.sync();
  } catch (error) {
    const untouched = await stillAsRead(context, target.index, textRead);
    throw untouched ? new WordActionError(describeWordFailure(error, "replace", "unchanged")) : writeFailure(error, "replace");
  }
  const now = readNow();
  if (!sameText(now.text, text)) throw insertMismatchProblem(`Expected ${JSON.stringify(text)}; got ${JSON.stringify(now.text)}`);

  // ---- Round trip 3, only on a Word whose Replace changed the paragraph's form: put it back.
  if (queueRepairs(written, readWas(), now) === 0) return { tracked, syncs: 2 };
  try {
    await context.sync();
  } catch (error) {
    throw writeFailure(error, "replace");
  }
  return { tracked, syncs: 3 };
}

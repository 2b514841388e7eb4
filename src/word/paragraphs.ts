/**
 * Reading paragraphs into the plain records the core classifies. Always an explicit property list:
 * a bare load() of selection objects pulls focus out of the pane in Word on the web (office-js#6132).
 */
import type { ParagraphInfo } from "../core/sections";

export const PARAGRAPH_INFO = "text,style,styleBuiltIn,outlineLevel,isListItem,tableNestingLevel,font/bold";

/**
 * Queues the properties toParagraphInfo reads (WordApi 1.1 and 1.3); works on a collection's items too,
 * or on only its `first` items (OfficeExtension.LoadOption `top`).
 */
export function loadParagraphInfo(target: Word.Paragraph | Word.ParagraphCollection, options: { first?: number } = {}): void {
  if (options.first === undefined) target.load(PARAGRAPH_INFO);
  else (target as Word.ParagraphCollection).load({ select: PARAGRAPH_INFO, top: options.first });
}

export function toParagraphInfo(paragraph: Word.Paragraph): ParagraphInfo {
  return {
    text: paragraph.text,
    style: paragraph.style,
    styleBuiltIn: paragraph.styleBuiltIn,
    outlineLevel: paragraph.outlineLevel,
    // font.bold is null when only part of the paragraph is bold.
    bold: paragraph.font.bold === true,
    isListItem: paragraph.isListItem,
    tableNestingLevel: paragraph.tableNestingLevel,
  };
}

export type BodyPlace = "main" | "header" | "footer" | "footnote" | "endnote" | "comment" | "other";

const NAMED_PLACES: Readonly<Record<string, Exclude<BodyPlace, "main" | "other">>> = {
  Header: "header",
  Footer: "footer",
  Footnote: "footnote",
  Endnote: "endnote",
  NoteItem: "footnote",
};

/** Body types of the main text (Word.BodyType); a table cell's own body counts by its parent's type. */
const MAIN_TYPES: ReadonlySet<string> = new Set(["MainDoc", "Section"]);

/**
 * Where a body sits, from its Word.BodyType, its parent body's type (for a table cell) and whether the cursor is
 * in the main document's story at all. Only documented main-text types count as the main text: a text box
 * reports "Unknown" or an undocumented type on released builds, and a footnote on clients before WordApi 1.5 has
 * no type of its own, so anything else, or anything outside the main story, is not the document body.
 */
export function bodyPlace(type: string, parentType: string | null, inMainStory: boolean): BodyPlace {
  const own = type === "TableCell" && parentType ? parentType : type;
  const named = NAMED_PLACES[own];
  if (named) return named;
  if (!inMainStory) return "other";
  if (MAIN_TYPES.has(own) || own === "TableCell") return "main";
  return "other";
}

/**
 * Queues what bodyPlace needs for the selection, in the caller's batch (WordApi 1.3), and returns the reader to
 * call after the sync. The story test uses expandToOrNullObject, documented to give a null object when two ranges
 * have no union (they are in different stories), so nothing here can fail the batch.
 */
export function queueBodyPlace(context: Word.RequestContext, selection: Word.Range): () => { place: BodyPlace; details: string } {
  const body = selection.parentBody;
  const outerBody = body.parentBodyOrNullObject;
  const fromDocumentStart = context.document.body.getRange("Start").expandToOrNullObject(selection.getRange("Start"));
  body.load("type");
  outerBody.load("type");
  // The cheapest property (a boolean), loaded only so that isNullObject is known after the sync.
  fromDocumentStart.load("isEmpty");
  return () => {
    const parentType = outerBody.isNullObject ? null : outerBody.type;
    return {
      place: bodyPlace(body.type, parentType, !fromDocumentStart.isNullObject),
      details: `Body type: ${body.type}${parentType ? ` in ${parentType}` : ""}; in the main text: ${!fromDocumentStart.isNullObject}`,
    };
  };
}

/** Paragraphs one paged read asks for per round trip (OfficeExtension.LoadOption top/skip). */
export const PARAGRAPH_PAGE = 2000;

/** Lets the browser handle input and rendering before the next page of a long read. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every paragraph of the main text, read in pages of PARAGRAPH_PAGE with an explicit property list and a pause
 * between pages, so a long document costs a few round trips and never holds the pane's thread for long. A PD of a
 * few hundred paragraphs is one round trip.
 */
export async function readParagraphPages<T>(context: Word.RequestContext, select: string, map: (paragraph: Word.Paragraph) => T): Promise<T[]> {
  const out: T[] = [];
  const body = context.document.body;
  for (let skip = 0; ; skip += PARAGRAPH_PAGE) {
    if (skip > 0) await nextTask();
    // Its own collection object per page: each load has its own items.
    const page = body.getRange("Whole").paragraphs.load({ select, top: PARAGRAPH_PAGE, skip });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per page is the point: see above
    await context.sync();
    for (const paragraph of page.items) out.push(map(paragraph));
    if (page.items.length < PARAGRAPH_PAGE) return out;
  }
}

/**
 * Paragraph `index` of the main text with its text: one paged read of one paragraph. The one way the review's
 * navigation and the replacements find a paragraph the pane read by its position.
 */
export function paragraphAt(context: Word.RequestContext, index: number): Word.ParagraphCollection {
  return context.document.body.getRange("Whole").paragraphs.load({ select: "text", top: 1, skip: index });
}

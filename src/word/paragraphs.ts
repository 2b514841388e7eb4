/**
 * Reading paragraphs into the plain records the core classifies. Always an explicit property list:
 * a bare load() of selection objects pulls focus out of the pane in Word on the web (office-js#6132).
 */
import type { ParagraphInfo } from "../core/sections";

const PARAGRAPH_INFO = "text,style,styleBuiltIn,outlineLevel,isListItem,tableNestingLevel,font/bold";

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

/**
 * Where a body sits. A table cell has its own body, so its parent body decides (loaded alongside as
 * `parentBodyOrNullObject`, WordApi 1.3). Unknown kinds count as the main text: refusing to help in
 * the document body would be worse than helping in an odd place.
 */
export function bodyPlace(type: string, parentType: string | null): BodyPlace {
  const own = type === "TableCell" && parentType ? parentType : type;
  switch (own) {
    case "Header":
      return "header";
    case "Footer":
      return "footer";
    case "Footnote":
      return "footnote";
    case "Endnote":
      return "endnote";
    case "NoteItem":
      return "footnote";
    case "Shape":
      return "other";
    default:
      return "main";
  }
}

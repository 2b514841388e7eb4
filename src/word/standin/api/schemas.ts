/**
 * What each stand-in type lets the add-in load: property name → WordApi version, from the [Api set] tags of each
 * member in the Word typings. Only the properties the add-in reads are modelled; loading any other one fails with
 * InvalidArgument, naming it.
 */
import type { Schema } from "./proxy";

export const FONT_SCHEMA: Schema = { type: "Font", scalars: { bold: "1.1" }, navs: {} };
export const LIST_ITEM_SCHEMA: Schema = { type: "ListItem", scalars: { level: "1.3" }, navs: {} };
export const LIST_SCHEMA: Schema = { type: "List", scalars: { id: "1.3" }, navs: {} };
export const CONTENT_CONTROL_SCHEMA: Schema = { type: "ContentControl", scalars: { cannotEdit: "1.1", title: "1.1" }, navs: {} };
export const PARAGRAPH_SCHEMA: Schema = {
  type: "Paragraph",
  scalars: {
    text: "1.1",
    style: "1.1",
    styleBuiltIn: "1.3",
    outlineLevel: "1.1",
    leftIndent: "1.1",
    firstLineIndent: "1.1",
    isListItem: "1.3",
    tableNestingLevel: "1.3",
  },
  navs: {
    font: { req: "1.1", schema: () => FONT_SCHEMA },
    listItem: { req: "1.3", schema: () => LIST_ITEM_SCHEMA },
    listItemOrNullObject: { req: "1.3", schema: () => LIST_ITEM_SCHEMA },
    listOrNullObject: { req: "1.3", schema: () => LIST_SCHEMA },
  },
};
export const PARAGRAPHS_SCHEMA: Schema = { type: "ParagraphCollection", scalars: {}, navs: {}, items: () => PARAGRAPH_SCHEMA };
export const BODY_SCHEMA: Schema = {
  type: "Body",
  scalars: { text: "1.1", type: "1.3" },
  navs: { parentBodyOrNullObject: { req: "1.3", schema: () => BODY_SCHEMA } },
};
export const RANGE_SCHEMA: Schema = {
  type: "Range",
  scalars: { isEmpty: "1.3", text: "1.1" },
  navs: {
    paragraphs: { req: "1.1", schema: () => PARAGRAPHS_SCHEMA },
    parentBody: { req: "1.3", schema: () => BODY_SCHEMA },
    parentContentControlOrNullObject: { req: "1.3", schema: () => CONTENT_CONTROL_SCHEMA },
  },
};
export const RANGES_SCHEMA: Schema = { type: "RangeCollection", scalars: {}, navs: {}, items: () => RANGE_SCHEMA };
export const DOCUMENT_SCHEMA: Schema = {
  type: "Document",
  scalars: { changeTrackingMode: "1.4" },
  navs: { body: { req: "1.1", schema: () => BODY_SCHEMA } },
};

/**
 * The shape of a document held by the Word stand-in (an in-memory Word used by tests, the e2e suite
 * and the preview page). Plain data so that fixtures, the preview's sample documents and the
 * browser e2e harness can all describe a document the same way.
 */

/** Where a paragraph lives; mirrors `Word.BodyType` values (https://learn.microsoft.com/javascript/api/word/word.bodytype). */
export type StandinBodyType = "MainDoc" | "Header" | "Footer" | "Footnote" | "Endnote" | "TableCell";

export interface StandinParagraphSpec {
  text: string;
  /** Style name as Word reports it (localized/custom). Default "Normal". */
  style?: string;
  /** Word.BuiltInStyleName value, e.g. "Heading1", "Normal", "ListParagraph", "Other". Default "Normal". */
  styleBuiltIn?: string;
  /** 1..9 for heading levels, 10 for body text. When absent: N for a "HeadingN" style, otherwise 10. */
  outlineLevel?: number;
  /** true: all bold; false: none; "mixed": part bold (Word reports font.bold as null). */
  bold?: boolean | "mixed";
  /**
   * List membership: paragraphs sharing `id` belong to one list; `level` is 0-based as in Word.ListItem.level.
   * `bullet: true` for a bulleted list; otherwise the list is numbered (listString "1.", "a.", "i." by level).
   */
  list?: { id: number; level: number; bullet?: boolean };
  /** 0 outside tables. */
  tableNestingLevel?: number;
  /** Default "MainDoc". */
  body?: StandinBodyType;
  /** A content control that contains this paragraph (paragraphs sharing `id` share one control). */
  contentControl?: StandinContentControlSpec;
  /**
   * Table cell of a "TableCell" paragraph: paragraphs sharing `cellId` form one cell body. When absent,
   * a run of consecutive table paragraphs without `cellId` forms one cell.
   */
  cellId?: number;
  /** Word.Alignment value. Default "Left". */
  alignment?: "Left" | "Centered" | "Right" | "Justified";
}

export interface StandinContentControlSpec {
  id: number;
  cannotEdit?: boolean;
  cannotDelete?: boolean;
  title?: string;
  tag?: string;
  /** Word.ContentControlType value. Default "RichText". */
  type?: string;
}

/** Switches that make the stand-in behave like a Word client with a known bug or unverified behaviour. */
export interface StandinQuirks {
  /** Paragraph.insertParagraph does not carry list membership over to the new paragraph (our code repairs with attachToList). */
  insertParagraphDropsList?: boolean;
  /** Error code for writes into a cannotEdit content control; Word's code is undocumented. Default "AccessDenied". */
  lockedContentControlError?: "AccessDenied" | "GeneralException";
}

/** A caret or selection: paragraph indexes and character offsets within each paragraph's text. */
export interface StandinSelection {
  start: { paragraph: number; offset: number };
  end: { paragraph: number; offset: number };
}

export interface StandinDocumentSpec {
  paragraphs: StandinParagraphSpec[];
  /** Defaults to a caret at the start of the first main-body paragraph (or of the first paragraph if there is none). */
  selection?: StandinSelection;
  /** Requirement sets the host claims, e.g. { WordApi: "1.3" }. Default { WordApi: "1.9", WordApiDesktop: "1.1" }. */
  requirementSets?: Record<string, string>;
  /** Word.ChangeTrackingMode (WordApi 1.4): "Off" | "TrackAll" | "TrackMineOnly". Default "Off". */
  changeTrackingMode?: "Off" | "TrackAll" | "TrackMineOnly";
  /** Viewing mode / read-only document: every write fails at sync with GeneralException, as Word does. */
  readOnly?: boolean;
  /** Office.context.officeTheme values; omitted means the host gives no theme (like Word on the web). */
  officeTheme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
  /** Known Word bugs or unverified behaviours to simulate. */
  quirks?: StandinQuirks;
  /** Office.context.platform / onReady's platform. Default "OfficeOnline". */
  platform?: "OfficeOnline" | "PC" | "Mac" | "iOS";
  /** Add-in settings already saved in the document (Office.context.document.settings). */
  settings?: Record<string, unknown>;
}

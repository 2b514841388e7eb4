/**
 * The shape of a document held by the Word stand-in (an in-memory Word used by tests, the e2e suite
 * and the preview page). Plain data so that fixtures, the preview's sample documents and the
 * browser e2e harness can all describe a document the same way.
 */
import type { StandinErrorCode } from "./errors";

/**
 * Where a paragraph lives; mirrors `Word.BodyType` values (https://learn.microsoft.com/javascript/api/word/word.bodytype).
 * "TextBox" is a text box or shape: its own story, whose Body.type released Word builds report as "Unknown" or an
 * undocumented value (see StandinBehaviours.textBoxBodyType).
 */
export type StandinBodyType = "MainDoc" | "Header" | "Footer" | "Footnote" | "Endnote" | "TableCell" | "TextBox";

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
  /**
   * Direct paragraph indentation in points (Paragraph.leftIndent / firstLineIndent). When absent, a list item
   * takes its level's indentation (36 pt per level, 18 pt hanging) and other paragraphs 0.
   */
  indent?: { left: number; firstLine: number };
  /**
   * Characters `start` to `end` of `text` with direct character formatting, each such stretch a run of its own (Word's
   * runs: the text between two changes of formatting). Text outside them has the paragraph's own formatting.
   */
  formatted?: StandinFormattedSpan[];
}

/** Direct character formatting of characters start..end of a paragraph's text. */
export interface StandinFormattedSpan {
  start: number;
  end: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface StandinContentControlSpec {
  id: number;
  /** Writes into the control fail (see StandinBehaviours.lockedContentControlError). */
  cannotEdit?: boolean;
  title?: string;
  /** Descriptive only, as a real document carries them: the add-in never deletes text or reads tags. */
  cannotDelete?: boolean;
  tag?: string;
  /**
   * Word.ContentControlType value. Default "RichText". Range/Paragraph.parentContentControlOrNullObject see only
   * RichText, PlainText, CheckBox, DropDownList and ComboBox controls (documented); others (DatePicker, Picture, …)
   * still refuse writes when cannotEdit.
   */
  type?: string;
}

/**
 * How this Word answers where Microsoft's docs are silent or office-js issues report bugs. Each behaviour names the
 * plausible answers; the first listed is the default. The Word-layer suites run under every combination that
 * matters (tests/word/behaviours.ts), and docs/verifying-on-word.md tells how to find out which one a Word has.
 */
export interface StandinBehaviours {
  /**
   * Paragraph.getPreviousOrNullObject()/getNextOrNullObject() called on an object that is already null:
   * "null" yields another null object; "fails" rejects the whole batch (GeneralException). Undocumented.
   */
  nullChain?: "null" | "fails";
  /**
   * getPrevious…/getNext… from the first/last paragraph of a table cell: "crosses" into the neighbouring
   * paragraph in document order; "stops" gives a null object, as at the start of the document. Undocumented.
   */
  siblingAtCellBoundary?: "crosses" | "stops";
  /**
   * Paragraph/Range.insertParagraph next to a list item: "inherits" the list and level (Windows, office-js#2307;
   * practitioner reports); "plain" gives a paragraph outside any list.
   */
  insertNextToListItem?: "inherits" | "plain";
  /**
   * Paragraph.attachToList: "level" gives the paragraph its list level's indentation; "own" keeps the
   * paragraph's own indentation (office-js#6524, open).
   */
  attachToListIndent?: "level" | "own";
  /**
   * A List returned by Paragraph.startNewList(), used (setLevelBullet, insertParagraph, load) before a sync:
   * "usable" works; "needs-sync" fails the batch (InvalidObjectPath). Every official sample syncs first.
   */
  newListBeforeSync?: "usable" | "needs-sync";
  /** Error code for writes into a cannotEdit content control; undocumented. */
  lockedContentControlError?: "AccessDenied" | "GeneralException";
  /**
   * Body.type of a text box or shape on released builds: "Unknown" or an undocumented value
   * ("Shape" is in the preview API only).
   */
  textBoxBodyType?: "Unknown" | "Shape" | "TextFrame";
  /**
   * Body.type of a footnote or endnote on clients without WordApi 1.5 (where the Footnote/Endnote values arrive):
   * "Unknown", or "MainDoc" (indistinguishable by type). Undocumented.
   */
  noteBodyTypeBefore15?: "Unknown" | "MainDoc";
  /**
   * Paragraph.insertText(text, "Replace"): "keeps" the paragraph's style, list and level, only its text changing
   * (what the paragraph mark holding them suggests); "drops-list" leaves it out of its list, style kept; "resets-form"
   * leaves it a Normal paragraph outside any list. Undocumented, notably on the web.
   */
  paragraphReplace?: "keeps" | "drops-list" | "resets-form";
  /**
   * Setting Document.changeTrackingMode (WordApi 1.4): "applies"; or is "ignored" without an error, as office-js#6450
   * reports of some Windows builds for TrackMineOnly.
   */
  trackingModeWrite?: "applies" | "ignored";
  /**
   * Paragraph/Range.search with a search string over 255 characters: "fails" the batch with
   * SearchStringInvalidOrTooLong (Word.ErrorCodes lists the code; the limit is not stated for the API), or "finds".
   */
  longSearch?: "fails" | "finds";
  /**
   * search for text whose characters are in different runs (part bold, say): "finds" it, or "misses" it, as reports
   * of search across formatting, fields and revisions describe. Undocumented.
   */
  searchAcrossRuns?: "finds" | "misses";
  /**
   * search with matchWholeWord next to a hyphen or apostrophe: "separates" (the "utilize" of "re-utilize" is a whole
   * word) or "joins" (it is not). Undocumented.
   */
  wholeWordAtJoiners?: "separates" | "joins";
}

/** A position as fixtures and assertions name it: a paragraph index and a character offset in its text. */
export interface StandinPosition {
  paragraph: number;
  offset: number;
}

/**
 * A revision Word recorded because track changes was on when the text was written: "Added" text, or "Deleted" text
 * (Word.TrackedChangeType), with the paragraph it is in now (-1 once that paragraph is gone).
 */
export interface StandinTrackedChange {
  type: "Added" | "Deleted";
  text: string;
  paragraph: number;
}

/** A Word comment (Range.insertComment, WordApi 1.4): its text and the range it is anchored to. */
export interface StandinComment {
  text: string;
  start: StandinPosition;
  end: StandinPosition;
}

/**
 * One-shot failure injection: the next sync that runs write steps fails with `code` after `afterWrites` of them
 * took effect. Batches are not transactional (office-js#6760: text written, sync still rejected).
 */
export interface StandinWriteFailure {
  afterWrites: number;
  code: StandinErrorCode;
}

/** A caret or selection: paragraph indexes and character offsets within each paragraph's text. */
export interface StandinSelection {
  start: StandinPosition;
  end: StandinPosition;
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
  /** How this Word answers undocumented questions (defaults: the first value of each). */
  behaviours?: StandinBehaviours;
  /** Makes the next writing sync fail part-way. */
  failNextWrite?: StandinWriteFailure;
  /** Add-in settings already saved in the document (Office.context.document.settings). */
  settings?: Record<string, unknown>;
  /** Revisions already recorded (see StandinTrackedChange). */
  trackedChanges?: StandinTrackedChange[];
  /** Comments already in the document. */
  comments?: StandinComment[];
}

/**
 * What the task pane may ask of the document. The pane's hooks receive a DocumentGateway and never call
 * Office.js themselves; src/word/wordGateway.ts implements it over Word, and tests pass fakes.
 */
import type { InsertionLine } from "../core/insertionPlan";
import type { TextEdit } from "../core/textEdit";
import type { GoalForm, PlanLibrarySectionId } from "../core/planSections";
import type { LibrarySectionId, ParagraphInfo } from "../core/sections";

/** Where the cursor is, in the terms the pane shows. */
export type CursorPlace =
  /** Before the first recognised heading (title block, cover page). */
  | { kind: "before-sections" }
  | {
      kind: "section";
      /** Recognised PD part, e.g. "factor-4", "major-duties". */
      sectionId: string;
      /** Plain words, e.g. "Factor 4 – Complexity". */
      sectionName: string;
      /** The library section whose suggestions apply here, or null where none does. */
      librarySection: LibrarySectionId | PlanLibrarySectionId | null;
    }
  /** In a header, footer, footnote, endnote or comment: no suggestions apply and nothing is inserted there. */
  | { kind: "outside-body"; where: "header" | "footer" | "footnote" | "endnote" | "comment" | "other" };

export type Detection = {
  /** Where the cursor is in a Position Description's terms. */
  place: CursorPlace;
  /**
   * The same cursor in a performance plan's terms, when asked for (detect({ plan: true })): its part, and how the
   * plan's goal titles before it look, so a new goal matches them.
   */
  plan?: { place: CursorPlace; goalForm: GoalForm | null };
  /** Track changes is on (WordApi 1.4); insertions will show as revisions. */
  trackChanges: boolean;
  /** Word round trips this detection took (1 in the common case, at most 2). */
  syncs: number;
};

export type DocumentOverview = {
  /** Every paragraph of the main document with what section detection reads, for the review. */
  paragraphs: ParagraphInfo[];
  /** Their texts, to mark entries already present. */
  paragraphTexts: string[];
  /** The document reads as a performance plan rather than a PD. */
  looksLikePerformancePlan: boolean;
};

/**
 * The form inserted lines take. "match" (the default) follows the text around the cursor: items of the list the
 * cursor is in, body paragraphs in prose or under a heading. "paragraphs" and "list" are the user's overrides.
 * Structured plan text (a competency requirement and its levels, a goal, the SES requirement) keeps its own
 * shape in every form: paragraphs, with a goal's activities as bullets under it.
 */
export type InsertForm = "match" | "paragraphs" | "list";

export type InsertOptions = {
  form: InsertForm;
  /** How the document's existing performance goals look (and are numbered), so a new goal matches them. */
  goalForm?: GoalForm | null;
  /**
   * Make the insertion a tracked revision even where track changes is off, putting the user's mode back afterwards
   * (WordApi 1.4, Document.changeTrackingMode).
   */
  asTrackedChange?: boolean;
  /** A Word comment on the inserted text naming its source (WordApi 1.4, Range.insertComment); absent or null for none. */
  comment?: string | null;
};

export type InsertOutcome = {
  paragraphsInserted: number;
  /** Track changes was on, so the insertion shows as tracked revisions. */
  tracked: boolean;
  /** Text was selected: it was left as it was, and the new text went in after it. */
  afterSelection: boolean;
  /** Word round trips the insertion took (2; 3 when a new list is started or Word's list result needs repair). */
  syncs: number;
  /** A comment naming the source was added to the inserted text. */
  commented: boolean;
};

/** A paragraph of the main text as the pane read it: its index and its text then. */
export type ParagraphTarget = { index: number; text: string };

export type TextReplaceOutcome = {
  /** Edits made. */
  replaced: number;
  /** Track changes was on, so the replacements show as tracked revisions. */
  tracked: boolean;
  /** Word round trips it took: 3, however many edits. */
  syncs: number;
};

export type ReplaceOutcome = {
  /** Track changes was on, so the replacement shows as a tracked revision. */
  tracked: boolean;
  /** Word round trips it took: 2; 3 only on a Word whose Replace changed the paragraph's style or list, put back. */
  syncs: number;
};

/**
 * What is known about the document after a failure: "unchanged" when it failed before any write was sent;
 * "may-have-changed" when a round trip carrying writes failed (Word batches are not transactional).
 */
export type DocumentState = "unchanged" | "may-have-changed";

/** A Word failure in plain words for the pane, with technical details for IT. Text comes from errors.ts. */
export type WordProblem = {
  kind:
    | "read-only"
    | "locked-content"
    | "outside-body"
    | "no-selection"
    | "unsupported"
    | "not-allowed"
    | "refused"
    | "busy"
    | "paragraph-changed"
    | "session-ended"
    | "unknown";
  title: string;
  /** The whole message, including what is known about the document after an insert. */
  message: string;
  /** Error code, debug info and location, for the "Details" disclosure. */
  details: string;
  documentState: DocumentState;
};

export class WordActionError extends Error {
  readonly problem: WordProblem;
  constructor(problem: WordProblem) {
    super(problem.message);
    this.name = "WordActionError";
    this.problem = problem;
  }
}

export type PaneSettings = {
  /** Agency name for {{agency}}; null uses the library's (or the build's) default. */
  agency: string | null;
  insertForm: InsertForm;
  /** Insert as a tracked change even where the document's track changes is off (WordApi 1.4). Off by default. */
  insertAsTrackedChange: boolean;
  /** Add a Word comment naming the library version and section to inserted text (WordApi 1.4). Off by default. */
  commentWithSource: boolean;
};

export interface DocumentGateway {
  /** Where the cursor is; with `plan`, in a performance plan's terms too. Rejects with WordActionError. */
  detect(options?: { plan?: boolean }): Promise<Detection>;
  /**
   * Whole-document facts that change rarely (read at start, after inserting, on refresh). With
   * `unlessUnchanged`, first compares the document's text with the last read's (one light read) and, when
   * it is the same, resolves to the last overview object itself without reading every paragraph again.
   */
  readOverview(options?: { unlessUnchanged?: boolean }): Promise<DocumentOverview>;
  /**
   * Inserts `lines` at the cursor as plain text. Rejects with WordActionError; its problem's documentState says
   * whether the document is known to be unchanged.
   */
  insert(lines: readonly InsertionLine[], options: InsertOptions): Promise<InsertOutcome>;
  /**
   * Puts the caret (never a selection) at the end of paragraph `target.index` of the main text. Rejects (document
   * unchanged) when that paragraph no longer has `target.text`: the document changed.
   */
  goToParagraph(target: ParagraphTarget): Promise<void>;
  /**
   * Puts `text` (plain text) in place of the text of paragraph `target.index` of the main text; the paragraph keeps
   * its style, list membership and level. 2 round trips (a third only where Word's Replace changed the paragraph's
   * form, to put it back: undocumented); a tracked revision when track changes is on. When
   * that paragraph no longer has `target.text` nothing is written, and it rejects with a "paragraph-changed" problem
   * ("The paragraph changed since it was read; nothing was replaced"; document unchanged).
   */
  replaceParagraphText(target: ParagraphTarget, text: string): Promise<ReplaceOutcome>;
  /**
   * Makes `edits` (words within paragraphs of the main text, plain text), the rest of each paragraph and its
   * formatting untouched; tracked revisions when track changes is on. 3 round trips however many edits
   * (textReplacement.ts). When a paragraph no longer reads as `paragraphText`, or Word cannot find an edit's words
   * where the pane read them, nothing is written and it rejects with a "paragraph-changed" problem ("… nothing was
   * replaced"; document unchanged).
   */
  replaceText(edits: readonly TextEdit[]): Promise<TextReplaceOutcome>;
  /** Calls `listener` when the user moves the cursor; returns a function that unsubscribes. */
  onSelectionChanged(listener: () => void): () => void;
  loadSettings(): PaneSettings;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** The plain-language hints ignored in this document (their keys), from the document's settings. */
  loadIgnoredHints(): Promise<string[]>;
  /** Keeps `keys` as the document's ignored hints (saved with the document; a read-only one keeps them for the session). */
  saveIgnoredHints(keys: readonly string[]): Promise<void>;
}

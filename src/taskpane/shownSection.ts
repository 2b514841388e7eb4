/**
 * What the suggestions area shows, from the document type, the user's pick and where the cursor is.
 * Pure, so the rules are tested without rendering.
 */
import type { DocumentType, Library } from "../core/library";
import type { CursorPlace } from "../word/gateway";
import { lastDetection, type CursorState } from "./hooks/useCursorSection";
import type { ViewMode } from "./hooks/useLibraryView";

export type OutsideBodyWhere = Extract<CursorPlace, { kind: "outside-body" }>["where"];

export type ShownView =
  /** One library section's cards. */
  | { kind: "section"; sectionId: string; name: string; source: "cursor" | "picked" }
  /** Every section of a document type, each under its heading (PWP when nothing is picked). */
  | { kind: "all-sections"; documentType: DocumentType }
  /** The cursor is in a recognised part with no CX language, e.g. "Factor 4 – Complexity". */
  | { kind: "no-language"; placeName: string }
  | { kind: "before-sections" }
  | { kind: "outside-body"; where: OutsideBodyWhere }
  /** Waiting for the first detection. */
  | { kind: "finding" }
  /** Nothing to follow: this Word cannot detect sections, or detection failed before any answer. */
  | { kind: "choose"; reason: "cannot-detect" | "detect-failed" };

export type ShownInput = {
  library: Library;
  documentType: DocumentType;
  mode: ViewMode;
  cursor: CursorState;
  canDetectSections: boolean;
  /** Whether the document has been read, so the pane knows whether it is a performance plan. */
  documentRead: boolean;
};

export function shownView({ library, documentType, mode, cursor, canDetectSections, documentRead }: ShownInput): ShownView {
  if (mode.kind === "picked") {
    const section = library.section(mode.sectionId);
    if (section && section.documentType === documentType) {
      return { kind: "section", sectionId: section.id, name: section.name, source: "picked" };
    }
  }
  if (!canDetectSections) return documentType === "PWP" ? { kind: "all-sections", documentType } : { kind: "choose", reason: "cannot-detect" };

  const detection = lastDetection(cursor);
  if (!detection) return cursor.status === "error" ? { kind: "choose", reason: "detect-failed" } : { kind: "finding" };
  // The same cursor read in the document type's terms: PD sections, or the parts of a performance plan.
  // A plan's reading arrives with the next detection after switching to plans.
  const plan = detection.plan;
  if (documentType === "PWP" && !plan) return { kind: "finding" };
  const place = documentType === "PWP" && plan ? plan.place : detection.place;
  // Before a plan's first part (or in a document that is not a plan yet) all the plan language is on offer. A plan
  // typed as plain text has no PD section at all: until the document is read (and the plan view perhaps opened), the
  // pane is still finding out where the cursor is.
  if (place.kind === "before-sections") {
    if (documentType === "PWP") return { kind: "all-sections", documentType };
    return documentRead ? { kind: "before-sections" } : { kind: "finding" };
  }
  if (place.kind === "outside-body") return { kind: "outside-body", where: place.where };
  const section = place.librarySection ? library.section(place.librarySection) : undefined;
  if (!section || section.documentType !== documentType) return { kind: "no-language", placeName: place.sectionName };
  return { kind: "section", sectionId: section.id, name: section.name, source: "cursor" };
}

/** Identifies what is shown, to announce only real changes. */
export function shownKey(view: ShownView): string {
  switch (view.kind) {
    case "section":
      return `section:${view.sectionId}:${view.source}`;
    case "all-sections":
      return `all:${view.documentType}`;
    case "no-language":
      return `none:${view.placeName}`;
    case "outside-body":
      return `outside:${view.where}`;
    case "choose":
      return `choose:${view.reason}`;
    default:
      return view.kind;
  }
}

const WHERE_WORDS: Record<OutsideBodyWhere, string> = {
  header: "the page header",
  footer: "the page footer",
  footnote: "a footnote",
  endnote: "an endnote",
  comment: "a comment",
  other: "a part outside the main text",
};

export function outsideBodyWords(where: OutsideBodyWhere): string {
  return WHERE_WORDS[where] ?? WHERE_WORDS.other;
}

export const NO_DETECTION_REASON = "This version of Word can't tell the pane where the cursor is, so choose a section yourself.";

/** The header line: where the cursor is, or what the user chose. */
export function placeSummary(view: ShownView): string {
  switch (view.kind) {
    case "section":
      return view.source === "cursor" ? `Cursor in ${view.name}` : `Showing ${view.name} (your choice)`;
    case "all-sections":
      return view.documentType === "PWP" ? "Showing all performance plan language" : "Showing all position description language";
    case "no-language":
      return `Cursor in ${view.placeName}`;
    case "before-sections":
      return "Cursor before the first section";
    case "outside-body":
      return `Cursor in ${outsideBodyWords(view.where)}`;
    case "finding":
      return "Finding the cursor…";
    case "choose":
      return view.reason === "cannot-detect" ? "Choose a section" : "Could not tell where the cursor is";
  }
}

/** The plain-language message for views without cards, or null where cards show. */
export function emptyMessage(view: ShownView): string | null {
  switch (view.kind) {
    case "no-language":
      return `You are in ${view.placeName}: no CX language is suggested here.`;
    case "before-sections":
      return "Put the cursor in a section of the position description, such as Major Duties, to see its CX language.";
    case "outside-body":
      return `The cursor is in ${outsideBodyWords(view.where)}. Suggestions are for the body of the document: click in the main text.`;
    case "choose":
      return view.reason === "cannot-detect"
        ? "Choose a section above to see its CX language."
        : "The pane could not tell where the cursor is. Choose a section above, or select Refresh.";
    default:
      return null;
  }
}

/** What the live region says when the view changes (null: nothing worth saying). */
export function viewAnnouncement(view: ShownView): string | null {
  switch (view.kind) {
    case "section":
      return `Now showing ${view.name} language`;
    case "all-sections":
      return view.documentType === "PWP" ? "Now showing all performance plan language" : "Now showing all position description language";
    case "finding":
    case "choose":
      return null;
    default:
      return emptyMessage(view);
  }
}

export const DOCUMENT_TYPE_NAMES: Record<DocumentType, string> = {
  PD: "Position description",
  PWP: "Performance plan",
};

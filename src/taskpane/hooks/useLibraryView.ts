import { useCallback, useMemo, useReducer } from "react";
import type { DocumentType } from "../../core/library";

/** "follow": PD suggestions follow the cursor, PWP shows all its sections; "picked": the user chose one. */
export type ViewMode = { kind: "follow" } | { kind: "picked"; sectionId: string };

export type LibraryViewState = {
  documentType: DocumentType;
  mode: ViewMode;
  /**
   * Who chose what the pane shows: nobody yet, the document (it reads as a performance plan, so the plan view
   * opened by itself), or the user, whose choice the document never overrides.
   */
  chosenBy: "nobody" | "document" | "user";
  /** The note that the plan view opened by itself, with the way back, until the user answers it. */
  planNotice: boolean;
};

type Action =
  | { type: "document-type"; documentType: DocumentType }
  | { type: "pick"; sectionId: string | null }
  | { type: "document-is-plan" }
  | { type: "dismiss-plan-notice" };

const INITIAL: LibraryViewState = { documentType: "PD", mode: { kind: "follow" }, chosenBy: "nobody", planNotice: false };

function reduce(state: LibraryViewState, action: Action): LibraryViewState {
  switch (action.type) {
    case "document-type":
      // A picked section belongs to one document type, so switching starts afresh.
      return state.documentType === action.documentType
        ? { ...state, chosenBy: "user", planNotice: false }
        : { documentType: action.documentType, mode: { kind: "follow" }, chosenBy: "user", planNotice: false };
    case "pick":
      return { ...state, chosenBy: "user", mode: action.sectionId ? { kind: "picked", sectionId: action.sectionId } : { kind: "follow" } };
    case "document-is-plan":
      return state.chosenBy === "nobody" ? { documentType: "PWP", mode: { kind: "follow" }, chosenBy: "document", planNotice: true } : state;
    case "dismiss-plan-notice":
      return { ...state, planNotice: false };
  }
}

export type LibraryViewModel = {
  state: LibraryViewState;
  showDocumentType: (documentType: DocumentType) => void;
  /** A section id, or null to follow the cursor again (PWP: show all sections). */
  pickSection: (sectionId: string | null) => void;
  /** The document reads as a performance plan: show the plan view, unless the user has chosen what to show. */
  documentIsPlan: () => void;
  dismissPlanNotice: () => void;
};

export function useLibraryView(): LibraryViewModel {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const showDocumentType = useCallback((documentType: DocumentType) => dispatch({ type: "document-type", documentType }), []);
  const pickSection = useCallback((sectionId: string | null) => dispatch({ type: "pick", sectionId }), []);
  const documentIsPlan = useCallback(() => dispatch({ type: "document-is-plan" }), []);
  const dismissPlanNotice = useCallback(() => dispatch({ type: "dismiss-plan-notice" }), []);
  return useMemo(
    () => ({ state, showDocumentType, pickSection, documentIsPlan, dismissPlanNotice }),
    [state, showDocumentType, pickSection, documentIsPlan, dismissPlanNotice],
  );
}

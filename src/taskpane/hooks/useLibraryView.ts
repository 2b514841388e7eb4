import { useCallback, useMemo, useReducer } from "react";
import type { DocumentType } from "../../core/library";

/** "follow": PD suggestions follow the cursor, PWP shows all its sections; "picked": the user chose one. */
export type ViewMode = { kind: "follow" } | { kind: "picked"; sectionId: string };

export type LibraryViewState = {
  documentType: DocumentType;
  mode: ViewMode;
  /** The "looks like a performance plan" proposal, until the user answers it. */
  proposal: "open" | "dismissed";
};

type Action =
  | { type: "document-type"; documentType: DocumentType }
  | { type: "pick"; sectionId: string | null }
  | { type: "dismiss-proposal" };

const INITIAL: LibraryViewState = { documentType: "PD", mode: { kind: "follow" }, proposal: "open" };

function reduce(state: LibraryViewState, action: Action): LibraryViewState {
  switch (action.type) {
    case "document-type":
      // A picked section belongs to one document type, so switching starts afresh.
      return state.documentType === action.documentType
        ? state
        : { ...state, documentType: action.documentType, mode: { kind: "follow" }, proposal: "dismissed" };
    case "pick":
      return { ...state, mode: action.sectionId ? { kind: "picked", sectionId: action.sectionId } : { kind: "follow" } };
    case "dismiss-proposal":
      return { ...state, proposal: "dismissed" };
  }
}

export type LibraryViewModel = {
  state: LibraryViewState;
  showDocumentType: (documentType: DocumentType) => void;
  /** A section id, or null to follow the cursor again (PWP: show all sections). */
  pickSection: (sectionId: string | null) => void;
  dismissProposal: () => void;
};

export function useLibraryView(): LibraryViewModel {
  const [state, dispatch] = useReducer(reduce, INITIAL);
  const showDocumentType = useCallback((documentType: DocumentType) => dispatch({ type: "document-type", documentType }), []);
  const pickSection = useCallback((sectionId: string | null) => dispatch({ type: "pick", sectionId }), []);
  const dismissProposal = useCallback(() => dispatch({ type: "dismiss-proposal" }), []);
  return useMemo(() => ({ state, showDocumentType, pickSection, dismissProposal }), [state, showDocumentType, pickSection, dismissProposal]);
}

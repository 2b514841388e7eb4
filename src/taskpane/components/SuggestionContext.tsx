/**
 * What every suggestion card reads and does, given once by the pane instead of passed down through each
 * list. The actions keep their identity across renders; the data changes when what it holds does.
 */
import { createContext, useContext, type ComponentType, type ReactNode } from "react";
import type { FoundEntries, FoundEntry } from "../../core/entryStates";
import type { Library, LibraryEntry, PlaceholderValues } from "../../core/library";
import type { CardNavigationAttributes } from "./CardNavigation";

export type SuggestionData = {
  library: Library;
  values: PlaceholderValues;
  /** Unique short names for control labels ("Insert: <first words>…"). */
  names: ReadonlyMap<string, string>;
  /** Entries already in the document, with how each stands (approved, adapted, earlier wording). */
  present: FoundEntries;
  /** The document's paragraphs as last read (what `present` indexes), for Show changes; null before the first read. */
  paragraphTexts: readonly string[] | null;
  /** A replacement with approved wording is under way. */
  replacing: boolean;
  selected: ReadonlySet<string>;
  insertion: "idle" | "inserting";
  /** The agency whose resources agency-specific entries point at, e.g. "DHS". */
  libraryAgency: string;
};

export type SuggestionActions = {
  toggle: (entryId: string, on: boolean) => void;
  insert: (entryId: string) => void;
  copy: (entryId: string) => void;
  /** Replace with approved wording: puts the entry's approved text into the paragraph it stands in. */
  replace: (entryId: string) => void;
};

/**
 * Parts of a card that load after the first view (LaterParts.tsx). The pane hands them in: the cards are
 * themselves loaded later (search results), so importing LaterParts from them would make an import cycle.
 */
export type SuggestionParts = {
  InDocumentBadge: ComponentType<{ id: string; found: FoundEntry }>;
  /** Show changes and Replace with approved wording, for an entry that is adapted or in an earlier wording. */
  EntryChanges: ComponentType<{ entry: LibraryEntry; found: FoundEntry }>;
  /** The arrow navigation between cards, once its code is loaded (null until then: every control a tab stop). */
  navigation: CardNavigationAttributes | null;
};

const DataContext = createContext<SuggestionData | null>(null);
const ActionsContext = createContext<SuggestionActions | null>(null);
const PartsContext = createContext<SuggestionParts | null>(null);

type SuggestionsProviderProps = { data: SuggestionData; actions: SuggestionActions; parts: SuggestionParts; children: ReactNode };

export function SuggestionsProvider({ data, actions, parts, children }: SuggestionsProviderProps) {
  return (
    <PartsContext value={parts}>
      <ActionsContext value={actions}>
        <DataContext value={data}>{children}</DataContext>
      </ActionsContext>
    </PartsContext>
  );
}

export function useSuggestionData(): SuggestionData {
  const data = useContext(DataContext);
  if (!data) throw new Error("Suggestion cards render inside SuggestionsProvider.");
  return data;
}

export function useSuggestionActions(): SuggestionActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error("Suggestion cards render inside SuggestionsProvider.");
  return actions;
}

export function useSuggestionParts(): SuggestionParts {
  const parts = useContext(PartsContext);
  if (!parts) throw new Error("Suggestion cards render inside SuggestionsProvider.");
  return parts;
}

/**
 * What every suggestion card reads and does, given once by the pane instead of passed down through each
 * list. The actions keep their identity across renders; the data changes when what it holds does.
 */
import { createContext, useContext, type ReactNode } from "react";
import type { Library, PlaceholderValues } from "../../core/library";

export type SuggestionData = {
  library: Library;
  values: PlaceholderValues;
  /** Unique short names for control labels ("Insert: <first words>…"). */
  names: ReadonlyMap<string, string>;
  /** Entries already in the document. */
  present: ReadonlySet<string>;
  selected: ReadonlySet<string>;
  insertion: "idle" | "inserting";
  /** The agency whose resources agency-specific entries point at, e.g. "DHS". */
  libraryAgency: string;
};

export type SuggestionActions = {
  toggle: (entryId: string, on: boolean) => void;
  insert: (entryId: string) => void;
  copy: (entryId: string) => void;
};

const DataContext = createContext<SuggestionData | null>(null);
const ActionsContext = createContext<SuggestionActions | null>(null);

export function SuggestionsProvider({ data, actions, children }: { data: SuggestionData; actions: SuggestionActions; children: ReactNode }) {
  return (
    <ActionsContext value={actions}>
      <DataContext value={data}>{children}</DataContext>
    </ActionsContext>
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

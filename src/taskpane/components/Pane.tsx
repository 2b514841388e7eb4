import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { Button, Label, SearchBox } from "@fluentui/react-components";
import type { Library } from "../../core/library";
import type { DocumentGateway } from "../../word/gateway";
import type { HostConnection } from "../../word/host";
import { entryShortNames } from "../entryNames";
import { useAfterPaint } from "../deferred";
import { restoreFocus } from "../focus";
import { insertFailureNote } from "../problems";
import { useCopy } from "../hooks/useCopy";
import { lastDetection, useCursorSection } from "../hooks/useCursorSection";
import { useDismissedProblems } from "../hooks/useDismissedProblems";
import { useDocumentOverview } from "../hooks/useDocumentOverview";
import { useInsertion } from "../hooks/useInsertion";
import { useLibraryView } from "../hooks/useLibraryView";
import { useSearch } from "../hooks/useSearch";
import { useSelection } from "../hooks/useSelection";
import { useSettings } from "../hooks/useSettings";
import { shownKey, shownView, viewAnnouncement } from "../shownSection";
import { InsertBar } from "./InsertBar";
import { CopyDialog, PlanProposal, ProblemBar, SearchResults, SettingsPanel, usePreloadedLaterParts } from "./LaterParts";
import { useAnnounce } from "./LiveRegion";
import { PaneHeader } from "./PaneHeader";
import { usePaneStyles } from "./Pane.styles";
import { focusableCards } from "./SuggestionList";
import { matchCount, noMatches } from "./searchMessages";
import { SectionBar } from "./SectionBar";
import { SectionView } from "./SectionView";
import type { CardControls } from "./SuggestionCard";

/** Pause before reading out the match count, so typing is not talked over at every key. */
const COUNT_ANNOUNCE_DELAY_MS = 400;

export type PaneProps = {
  host: Extract<HostConnection, { kind: "word" }>;
  gateway: DocumentGateway;
  library: Library;
  defaultAgency?: string;
};

/** The pane inside Word: header with section controls, search, suggestions and the insert bar. */
export function Pane({ host, gateway, library, defaultAgency }: PaneProps) {
  const styles = usePaneStyles();
  const announce = useAnnounce();
  const settings = useSettings(gateway, library, defaultAgency);
  const { values } = settings;
  const { cursor, refresh: refreshCursor } = useCursorSection(gateway, host.canDetectSections);
  // Word's first answer about the cursor, and its paint, come before anything the first view does not need.
  const firstViewShown = useAfterPaint(!host.canDetectSections || (cursor.status !== "idle" && cursor.status !== "detecting"));
  const overview = useDocumentOverview(gateway, library, values, firstViewShown);
  const refreshOverview = overview.refresh;
  const view = useLibraryView();
  const search = useSearch(library, values);
  const selection = useSelection();
  const copy = useCopy(library, values);
  const dismissed = useDismissedProblems();
  const names = useMemo(() => entryShortNames(library, values), [library, values]);
  const searchBox = useRef<HTMLInputElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const settingsPanelId = useId();
  const searchBoxId = useId();
  const [settingsPanel, setSettingsPanel] = useState<"closed" | "open">("closed");
  const results = useRef<HTMLUListElement>(null);

  // Refresh, and after every insertion: where the cursor is now, and what the document now holds.
  const refresh = useCallback(() => {
    refreshCursor();
    void refreshOverview();
  }, [refreshCursor, refreshOverview]);
  const insertion = useInsertion(gateway, library, values, settings.settings.insertAs, refresh);

  const shown = shownView({
    library,
    documentType: view.state.documentType,
    mode: view.state.mode,
    cursor,
    canDetectSections: host.canDetectSections,
  });
  usePreloadedLaterParts(firstViewShown);

  // Say what the suggestions now show, once per real change (not while the user is reading search results).
  const key = shownKey(shown);
  const spoken = viewAnnouncement(shown);
  const searching = search.active;
  const lastSpokenKey = useRef<string | null>(null);
  useEffect(() => {
    if (lastSpokenKey.current === key) return; // the same view re-rendered is not news
    const firstView = lastSpokenKey.current === null;
    lastSpokenKey.current = key;
    // A new view (say, the cursor moved on after an insert) can remove the card that had focus. Keep keyboard
    // users in the pane, but only while the pane has focus: never pull focus out of the document.
    if (!firstView && document.hasFocus() && document.activeElement === document.body) searchBox.current?.focus();
    if (spoken && !searching) announce(spoken);
  }, [key, spoken, searching, announce]);

  const { query, hits } = search;
  useEffect(() => {
    if (!searching) return undefined;
    const timer = setTimeout(() => announce(hits.length === 0 ? noMatches(query) : matchCount(hits.length)), COUNT_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searching, query, hits.length, announce]);

  // Keyboard users stay where they were, whatever the insertion re-rendered.
  const runInsert = async (entryIds: readonly string[]) => {
    const before = document.activeElement;
    const inserted = await insertion.insert(entryIds);
    restoreFocus(before);
    return inserted;
  };

  const insertSelected = async () => {
    if (await runInsert([...selection.selected])) selection.clear();
  };

  const controls: CardControls = {
    library,
    values,
    names,
    present: overview.present,
    selected: selection.selected,
    insertion: insertion.state.status === "inserting" ? "inserting" : "idle",
    libraryAgency: settings.libraryAgency,
    onToggle: selection.toggle,
    onInsert: (entryId) => void runInsert([entryId]),
    onCopy: (entryId) => void copy.copy(entryId),
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const cards = focusableCards(results.current);
      if (cards.length === 0) return;
      event.preventDefault();
      (event.key === "ArrowDown" ? cards[0] : cards[cards.length - 1]).focus();
    } else if (event.key === "Escape" && search.query !== "") {
      event.preventDefault();
      search.setQuery("");
    }
  };

  const cursorProblem = cursor.status === "error" && !dismissed.isDismissed(cursor.problem) ? cursor.problem : null;
  const overviewProblem =
    overview.state.status === "error" && !dismissed.isDismissed(overview.state.problem) ? overview.state.problem : null;
  const proposePlan = view.state.documentType === "PD" && view.state.proposal === "open" && overview.looksLikePerformancePlan;

  return (
    <>
      <PaneHeader
        actions={
          <>
            <Button size="small" appearance="subtle" onClick={refresh}>
              Refresh
            </Button>
            <Button
              ref={settingsButton}
              size="small"
              appearance="subtle"
              aria-expanded={settingsPanel === "open"}
              aria-controls={settingsPanel === "open" ? settingsPanelId : undefined}
              onClick={() => setSettingsPanel(settingsPanel === "open" ? "closed" : "open")}
            >
              Settings
            </Button>
          </>
        }
      >
        <SectionBar
          library={library}
          documentType={view.state.documentType}
          mode={view.state.mode}
          shown={shown}
          canDetectSections={host.canDetectSections}
          onDocumentType={view.showDocumentType}
          onPick={view.pickSection}
        />
      </PaneHeader>
      <main className={styles.main}>
        {settingsPanel === "open" && (
          <SettingsPanel
            id={settingsPanelId}
            settings={settings.settings}
            defaultAgency={settings.defaultAgency}
            libraryAgency={settings.libraryAgency}
            onSave={settings.save}
            onClose={(saved) => {
              setSettingsPanel("closed");
              if (saved) announce("Settings saved");
              settingsButton.current?.focus();
            }}
          />
        )}
        <div className={styles.field}>
          <Label htmlFor={searchBoxId}>Search all CX language</Label>
          <SearchBox
            id={searchBoxId}
            ref={searchBox}
            value={search.query}
            onChange={(_, data) => search.setQuery(data.value)}
            onKeyDown={onSearchKeyDown}
            dismiss={{ "aria-label": "Clear search" }}
            data-testid="search-box"
          />
        </div>
        {proposePlan && <PlanProposal onShowPlan={() => view.showDocumentType("PWP")} onDismiss={view.dismissProposal} />}
        {cursorProblem && <ProblemBar problem={cursorProblem} onDismiss={() => dismissed.dismiss(cursorProblem)} data-testid="cursor-problem" />}
        {overviewProblem && (
          <ProblemBar
            problem={overviewProblem}
            note="Items already in the document may not be marked."
            onDismiss={() => dismissed.dismiss(overviewProblem)}
            data-testid="overview-problem"
          />
        )}
        {insertion.state.status === "error" && (
          <ProblemBar
            problem={insertion.state.problem}
            note={insertFailureNote(insertion.state.problem) ?? undefined}
            onDismiss={insertion.dismiss}
            data-testid="insert-problem"
          />
        )}
        <section aria-label="Suggestions" data-testid="suggestions-region" className={styles.suggestions}>
          {searching ? (
            <SearchResults
              query={search.query}
              hits={search.hits}
              controls={controls}
              listRef={results}
              onActivate={(entryId) => void runInsert([entryId])}
              onToggle={(entryId) => selection.toggle(entryId, !selection.selected.has(entryId))}
              onLeave={() => searchBox.current?.focus()}
            />
          ) : (
            <SectionView shown={shown} library={library} controls={controls} />
          )}
        </section>
        <InsertBar
          selectedCount={selection.selected.size}
          insertion={insertion.state}
          trackChanges={lastDetection(cursor)?.trackChanges ?? false}
          onInsertSelected={() => void insertSelected()}
          onClearSelection={selection.clear}
        />
      </main>
      {/* Mounted only when needed: a closed Dialog still adds focus-trap helpers to the page. */}
      {copy.state.status === "manual" && <CopyDialog text={copy.state.text} onClose={copy.closeManual} />}
    </>
  );
}

import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { Button, Label, SearchBox, useEventCallback } from "@fluentui/react-components";
import type { Library } from "../../core/library";
import type { DocumentGateway } from "../../word/gateway";
import type { HostConnection } from "../../word/host";
import { entryShortNames } from "../entryNames";
import { useAfterPaint } from "../deferred";
import { restoreFocus } from "../focus";
import { useCopy } from "../hooks/useCopy";
import { lastDetection, placeKey, useCursorSection } from "../hooks/useCursorSection";
import { useDismissedProblems } from "../hooks/useDismissedProblems";
import { useDocumentOverview } from "../hooks/useDocumentOverview";
import { useInsertion } from "../hooks/useInsertion";
import { useLibraryView } from "../hooks/useLibraryView";
import { usePanels, type PanelModel } from "../hooks/usePanel";
import { useReplacement } from "../hooks/useReplacement";
import { useReview } from "../hooks/useReview";
import { useSearch } from "../hooks/useSearch";
import { useSelection } from "../hooks/useSelection";
import { useSettings } from "../hooks/useSettings";
import { useViewAnnouncements } from "../hooks/useViewAnnouncements";
import { useHostedLibrary, type HostedLibraryRequest } from "../hostedLibrary";
import { shownView } from "../shownSection";
import { sourceComment } from "../sourceComment";
import { InsertBar } from "./InsertBar";
import {
  CardNavigationFeatures,
  CopyDialog,
  EntryChanges,
  InDocumentBadge,
  PlainLanguagePanel,
  PlanNotice,
  ProblemBar,
  ReviewPanel,
  SearchResults,
  SettingsPanel,
  usePreloadedLaterParts,
} from "./LaterParts";
import { useAnnounce } from "./LiveRegion";
import { PaneHeader } from "./PaneHeader";
import { usePaneStyles } from "./Pane.styles";
import { focusableCards } from "./SuggestionList";
import { SectionBar } from "./SectionBar";
import { SectionView } from "./SectionView";
import type { CardNavigationAttributes } from "./CardNavigation";
import { SuggestionsProvider, type SuggestionActions, type SuggestionData, type SuggestionParts } from "./SuggestionContext";

export type PaneProps = {
  host: Extract<HostConnection, { kind: "word" }>;
  gateway: DocumentGateway;
  /** The bundled library; a hosted one replaces it once checked (see hostedLibrary.ts). */
  library: Library;
  hostedLibrary?: HostedLibraryRequest;
  defaultAgency?: string;
};

type PanelButtonProps = {
  panel: PanelModel;
  children: ReactNode;
  "data-testid"?: string;
};

/** The header's panels, in the order of their buttons; one is open at a time (usePanels). */
const PANELS = ["review", "plain-language", "settings"] as const;

/** A header button that opens and closes a panel below the header; the panel names it while open. */
function PanelButton({ panel, children, "data-testid": testId }: PanelButtonProps) {
  const styles = usePaneStyles();
  return (
    <Button
      ref={panel.buttonRef}
      className={styles.headerButton}
      size="small"
      appearance="subtle"
      aria-expanded={panel.isOpen}
      aria-controls={panel.isOpen ? panel.panelId : undefined}
      onClick={panel.toggle}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}

/** The pane inside Word: header with section controls, search, suggestions and the insert bar. */
export function Pane({ host, gateway, library: bundledLibrary, hostedLibrary, defaultAgency }: PaneProps) {
  const styles = usePaneStyles();
  const { inUse: libraryInUse, check: checkHostedLibrary } = useHostedLibrary(bundledLibrary, hostedLibrary);
  const { library } = libraryInUse;
  const announce = useAnnounce();
  const settings = useSettings(gateway, library, defaultAgency);
  const { values } = settings;
  const view = useLibraryView();
  const { cursor, refresh: refreshCursor } = useCursorSection(gateway, host.canDetectSections, view.state.documentType === "PWP");
  // Word's first answer about the cursor, and its paint, come before anything the first view does not need.
  const firstViewShown = useAfterPaint(!host.canDetectSections || (cursor.status !== "idle" && cursor.status !== "detecting"));
  const overview = useDocumentOverview(gateway, library, values, firstViewShown);
  useEffect(() => {
    if (firstViewShown) checkHostedLibrary();
  }, [firstViewShown, checkHostedLibrary]);
  const refreshOverview = overview.refresh;
  // A document that reads as a performance plan opens the plan view, unless the user has chosen what to show.
  const { documentIsPlan } = view;
  useEffect(() => {
    if (overview.looksLikePerformancePlan) documentIsPlan();
  }, [overview.looksLikePerformancePlan, documentIsPlan]);
  const search = useSearch(library, values);
  const selection = useSelection();
  const copy = useCopy(library, values);
  const dismissed = useDismissedProblems();
  const names = useMemo(() => entryShortNames(library, values), [library, values]);
  const searchBox = useRef<HTMLInputElement>(null);
  const searchBoxId = useId();
  const panels = usePanels(PANELS);
  const { review: reviewPanel, "plain-language": plainPanel, settings: settingsPanel } = panels;
  // The review is made from the overview's reading, and follows it while shown.
  const review = useReview(gateway, library, values, overview, reviewPanel.isOpen);
  const results = useRef<HTMLUListElement>(null);

  // Refresh, and after every insertion: where the cursor is now, and what the document now holds.
  const refresh = useCallback(() => {
    refreshCursor();
    void refreshOverview();
  }, [refreshCursor, refreshOverview]);
  // A new goal takes the form of the goals before the cursor (from the last detection).
  const goalForm = lastDetection(cursor)?.plan?.goalForm ?? null;
  const { insertForm, insertAsTrackedChange, commentWithSource } = settings.settings;
  // The review-workflow settings need WordApi 1.4; without it they are shown unavailable and not asked of Word.
  const reviewWorkflow = host.canReadTrackChanges;
  const insertOptions = useMemo(
    () => ({
      form: insertForm,
      goalForm,
      ...(reviewWorkflow && insertAsTrackedChange && { asTrackedChange: true }),
      ...(reviewWorkflow && commentWithSource && { commentWithSource: true }),
    }),
    [insertForm, goalForm, reviewWorkflow, insertAsTrackedChange, commentWithSource],
  );
  const insertion = useInsertion(gateway, library, values, insertOptions, refresh, placeKey(cursor));

  const shown = shownView({
    library,
    documentType: view.state.documentType,
    mode: view.state.mode,
    cursor,
    canDetectSections: host.canDetectSections,
    documentRead: overview.state.overview !== null || overview.state.status === "error",
  });
  usePreloadedLaterParts(firstViewShown);

  const searching = search.active;
  useViewAnnouncements(shown, { active: searching, query: search.query, matches: search.hits.length }, searchBox);

  // Keyboard users stay where they were, whatever the insertion re-rendered.
  const runInsert = async (entryIds: readonly string[]) => {
    const before = document.activeElement;
    const inserted = await insertion.insert(entryIds);
    restoreFocus(before);
    return inserted;
  };

  const insertSelected = async () => {
    if (!(await insertion.insert([...selection.selected]))) return;
    selection.clear();
    // The "Insert selected" button goes with the selection: keep keyboard users in the pane, at the search box.
    if (document.activeElement === document.body || document.activeElement?.closest("[data-testid=insert-bar]")) searchBox.current?.focus();
  };

  const present = overview.present;
  const paragraphTexts = overview.state.overview?.paragraphTexts ?? null;
  const replacement = useReplacement(gateway, library, values, { present, paragraphTexts }, names, refresh);
  const replacing = replacement.state.status === "replacing";
  const inserting = insertion.state.status === "inserting" ? "inserting" : "idle";
  const { libraryAgency } = settings;
  const suggestionData = useMemo<SuggestionData>(
    () => ({ library, values, names, present, paragraphTexts, replacing, selected: selection.selected, insertion: inserting, libraryAgency }),
    [library, values, names, present, paragraphTexts, replacing, selection.selected, inserting, libraryAgency],
  );
  // The same functions every render, so the cards' actions never change under them.
  const insertOne = useEventCallback((entryId: string) => void runInsert([entryId]));
  const copyOne = useEventCallback((entryId: string) => void copy.copy(entryId));
  const replaceOne = useEventCallback((entryId: string) => void replacement.replace(entryId));
  const toggle = selection.toggle;
  const suggestionActions = useMemo<SuggestionActions>(
    () => ({ toggle, insert: insertOne, copy: copyOne, replace: replaceOne }),
    [toggle, insertOne, copyOne, replaceOne],
  );
  // The cards' later-loaded parts, handed down so the cards need not import LaterParts (see SuggestionContext).
  const [navigation, setNavigation] = useState<CardNavigationAttributes | null>(null);
  const suggestionParts = useMemo<SuggestionParts>(() => ({ InDocumentBadge, EntryChanges, navigation }), [navigation]);

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

  return (
    <>
      <PaneHeader
        actions={
          <>
            <Button size="small" appearance="subtle" className={styles.headerButton} onClick={refresh}>
              Refresh
            </Button>
            <PanelButton panel={reviewPanel} data-testid="review-button">
              Review
            </PanelButton>
            <PanelButton panel={plainPanel} data-testid="plain-button">
              Plain language
            </PanelButton>
            <PanelButton panel={settingsPanel}>Settings</PanelButton>
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
        <div className={styles.field}>
          <Label htmlFor={searchBoxId} size="small">
            Search all CX language
          </Label>
          <SearchBox
            id={searchBoxId}
            ref={searchBox}
            size="small"
            value={search.query}
            onChange={(_, data) => search.setQuery(data.value)}
            onKeyDown={onSearchKeyDown}
            dismiss={{ "aria-label": "Clear search" }}
            data-testid="search-box"
          />
        </div>
      </PaneHeader>
      <main className={styles.main}>
        {settingsPanel.isOpen && (
          <SettingsPanel
            id={settingsPanel.panelId}
            panelRef={settingsPanel.panelRef}
            settings={settings.settings}
            defaultAgency={settings.defaultAgency}
            libraryAgency={settings.libraryAgency}
            libraryInUse={libraryInUse}
            canTrackAndComment={reviewWorkflow}
            exampleComment={sourceComment(library, shown.kind === "section" ? library.entriesInSection(shown.sectionId).slice(0, 1).map((entry) => entry.id) : [])}
            onSave={settings.save}
            onClose={(saved) => {
              settingsPanel.close();
              if (saved) announce("Settings saved");
            }}
          />
        )}
        {reviewPanel.isOpen && (
          <ReviewPanel
            id={reviewPanel.panelId}
            panelRef={reviewPanel.panelRef}
            model={review}
            names={names}
            onAddSuggestions={(section) => {
              // The cursor goes to the end of the section; its suggestions then follow the cursor as usual.
              void review.goToEnd(section).then((moved) => {
                if (!moved) return;
                reviewPanel.close();
                // A plan's part shows the plan's language.
                if (library.section(section.librarySection)?.documentType === "PWP") view.showDocumentType("PWP");
                view.pickSection(null);
                refreshCursor();
                announce(`Cursor moved to the end of ${section.name}`);
              });
            }}
            onWentToSection={refreshCursor}
            onClose={reviewPanel.close}
          />
        )}
        {plainPanel.isOpen && (
          <PlainLanguagePanel
            id={plainPanel.panelId}
            panelRef={plainPanel.panelRef}
            gateway={gateway}
            overview={overview}
            place={lastDetection(cursor)?.place ?? null}
            onClose={plainPanel.close}
          />
        )}
        {/* The notice goes with either answer: keyboard users carry on from the search box. */}
        {view.state.planNotice && (
          <PlanNotice
            onBackToPd={() => {
              view.showDocumentType("PD");
              searchBox.current?.focus();
            }}
            onDismiss={() => {
              view.dismissPlanNotice();
              searchBox.current?.focus();
            }}
          />
        )}
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
            onDismiss={insertion.dismiss}
            data-testid="insert-problem"
          />
        )}
        {replacement.state.status === "error" && (
          <ProblemBar problem={replacement.state.problem} onDismiss={replacement.dismiss} data-testid="replace-problem" />
        )}
        <section aria-label="Suggestions" data-testid="suggestions-region" className={styles.suggestions}>
          {firstViewShown && <CardNavigationFeatures onReady={setNavigation} />}
          <SuggestionsProvider data={suggestionData} actions={suggestionActions} parts={suggestionParts}>
            {searching ? (
              <SearchResults
                query={search.query}
                hits={search.hits}
                listRef={results}
                onLeave={() => searchBox.current?.focus()}
              />
            ) : (
              <SectionView shown={shown} library={library} />
            )}
          </SuggestionsProvider>
        </section>
      </main>
      <InsertBar
        selectedCount={selection.selected.size}
        insertion={insertion.state}
        trackChanges={lastDetection(cursor)?.trackChanges ?? false}
        onInsertSelected={() => void insertSelected()}
        onClearSelection={selection.clear}
      />
      {/* Mounted only when needed: a closed Dialog still adds focus-trap helpers to the page. */}
      {copy.state.status === "manual" && <CopyDialog text={copy.state.text} onClose={copy.closeManual} />}
    </>
  );
}

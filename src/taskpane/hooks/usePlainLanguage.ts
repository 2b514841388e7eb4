import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { FoundEntries } from "../../core/entryStates";
import { bundledPlainWords } from "../../core/bundledPlainWords";
import {
  bodyTexts,
  BEFORE_SECTIONS_ID,
  hintCounts,
  plainHints,
  preparePlainDocument,
  replaceAllEdits,
  type PlainDocument,
  type PlainHint,
  type PlainSection,
} from "../../core/plainLanguage";
import { createGradeCounter, type ReadingGrade } from "../../core/readingGrade";
import type { TextEdit } from "../../core/textEdit";
import type { CursorPlace, DocumentGateway, WordProblem } from "../../word/gateway";
import { useAnnounce } from "../components/LiveRegion";
import { problemFrom } from "../problems";
import { measured, type DocumentOverviewModel } from "./useDocumentOverview";

/** What the view shows of one reading of the document. */
export type PlainReading = { doc: PlainDocument; hints: PlainHint[]; grade: ReadingGrade | null };

export type PlainScope = "section" | "document";

export type PlainLanguageModel = {
  /** null until the code has loaded and the document has been read. */
  reading: PlainReading | null;
  /** The section the cursor is in, as the hints count sections; null outside the main text or before a reading. */
  cursorSection: PlainSection | null;
  scope: PlainScope;
  setScope: (scope: PlainScope) => void;
  /** The hints in scope, without the ignored ones, in document order. */
  shown: PlainHint[];
  /** Hints per section, without the ignored ones. */
  counts: { section: PlainSection; count: number }[];
  /** How many hints (not ignored) in the whole document are of the same row as `hint`: what Replace all changes. */
  sameWords: (hint: PlainHint) => number;
  /** An edit is being made. */
  busy: boolean;
  problem: WordProblem | null;
  dismissProblem: () => void;
  replace: (hint: PlainHint, sayIndex: number) => Promise<boolean>;
  replaceAll: (hint: PlainHint, sayIndex: number) => Promise<boolean>;
  ignore: (hint: PlainHint) => Promise<void>;
};

/** The paragraphs the "in document" check found library language in: hints stay out of them. */
function libraryParagraphs(present: FoundEntries): number[] {
  return [...present.values()].flatMap((found) => found.paragraphs);
}

function sectionOfCursor(doc: PlainDocument, place: CursorPlace | null): PlainSection | null {
  if (!place || place.kind === "outside-body") return null;
  if (place.kind === "before-sections") return doc.sections.find((s) => s.sectionId === BEFORE_SECTIONS_ID) ?? null;
  // The cursor's place names its section, not its heading: of sections alike, the first with the same name.
  const alike = doc.sections.filter((s) => s.sectionId === place.sectionId);
  return alike.find((s) => s.name === place.sectionName) ?? alike[0] ?? null;
}

/**
 * The plain-language view's state (the view's own file holds it, with the matching and the word list: the pane's
 * first view has none of them). Hints come from the overview's reading of the document (no read of its own), worked
 * out when the view opens and whenever that reading changes (after a replacement, on Refresh, when the text changed).
 * Replace and Replace all go through the gateway, which writes nothing when the text changed since it was read;
 * Ignore keeps the hint's key in the document's settings.
 */
export function usePlainLanguage(
  gateway: DocumentGateway,
  overview: Pick<DocumentOverviewModel, "state" | "present" | "refresh" | "recheck">,
  place: CursorPlace | null,
): PlainLanguageModel {
  const announce = useAnnounce();
  const [editProblem, setEditProblem] = useState<WordProblem | null>(null);
  const [scope, setScope] = useState<PlainScope>("section");
  // What the document keeps, read once when the view opens; no hint shows before it is known.
  const [ignored, setIgnored] = useState<string[] | null>(null);
  useEffect(() => {
    let wanted = true;
    void gateway.loadIgnoredHints().then((keys) => wanted && setIgnored((current) => current ?? keys));
    return () => {
      wanted = false;
    };
  }, [gateway]);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);
  const { recheck, refresh, present } = overview;
  const paragraphs = overview.state.overview?.paragraphs;

  // Opening the view asks only whether the text changed since the overview read it.
  useEffect(() => {
    void recheck();
  }, [recheck]);

  const [reading, setReading] = useState<PlainReading | null>(null);
  useEffect(() => {
    if (!paragraphs) return;
    let wanted = true;
    void measured("plain-language", async () => {
      const doc = preparePlainDocument(paragraphs, libraryParagraphs(present));
      return { doc, hints: plainHints(bundledPlainWords, doc), grade: createGradeCounter()(bodyTexts(doc)) };
    }).then((made) => {
      if (wanted) setReading(made);
    });
    return () => {
      wanted = false;
    };
  }, [paragraphs, present]);

  const ignoredSet = useMemo(() => new Set(ignored ?? []), [ignored]);
  const live = useMemo(() => (reading ? reading.hints.filter((hint) => !ignoredSet.has(hint.key)) : []), [reading, ignoredSet]);
  const cursorSection = reading ? sectionOfCursor(reading.doc, place) : null;
  const shown = useMemo(
    () => (scope === "document" ? live : cursorSection ? live.filter((hint) => hint.sectionKey === cursorSection.key) : []),
    [scope, live, cursorSection],
  );
  const counts = useMemo(() => (reading ? hintCounts(reading.doc, live) : []), [reading, live]);
  const byRow = useMemo(() => {
    const count = new Map<string, number>();
    for (const hint of live) count.set(hint.rowId, (count.get(hint.rowId) ?? 0) + 1);
    return count;
  }, [live]);
  const sameWords = useCallback((hint: PlainHint) => byRow.get(hint.rowId) ?? 0, [byRow]);

  const edit = useCallback(
    async (edits: TextEdit[], said: string) => {
      if (busyRef.current || edits.length === 0) return false; // one at a time
      busyRef.current = true;
      setBusy(true);
      try {
        const outcome = await gateway.replaceText(edits);
        setEditProblem(null);
        announce(`${said}${outcome.tracked ? " as a tracked change" : ""}.`);
        return true;
      } catch (error) {
        const problem = problemFrom(error);
        setEditProblem(problem);
        announce(`${problem.title}. ${problem.message}`);
        return false;
      } finally {
        busyRef.current = false;
        setBusy(false);
        // Either way the document is read again: the hints then show what it says now.
        void refresh();
      }
    },
    [gateway, announce, refresh],
  );

  const replace = useCallback(
    (hint: PlainHint, sayIndex: number) => {
      const choice = hint.alternatives.find((a) => a.sayIndex === sayIndex);
      if (!choice) return Promise.resolve(false);
      const said = choice.text === "" ? `Left out “${hint.text}”` : `Replaced “${hint.text}” with “${choice.text}”`;
      return edit([choice.edit], said);
    },
    [edit],
  );

  const replaceAll = useCallback(
    (hint: PlainHint, sayIndex: number) => {
      const edits = replaceAllEdits(live, hint, sayIndex);
      const choice = hint.alternatives.find((a) => a.sayIndex === sayIndex);
      const what = choice?.text ? `with “${choice.text}”` : "by leaving them out";
      return edit(edits, `Replaced ${edits.length} ${edits.length === 1 ? "occurrence" : "occurrences"} of “${hint.text}” ${what}`);
    },
    [live, edit],
  );

  const ignore = useCallback(
    async (hint: PlainHint) => {
      const next = [...(ignored ?? []).filter((key) => key !== hint.key), hint.key];
      setIgnored(next);
      announce(`Hint ignored for this document: “${hint.text}”.`);
      await gateway.saveIgnoredHints(next);
    },
    [ignored, gateway, announce],
  );

  const dismissProblem = useCallback(() => setEditProblem(null), []);

  const overviewProblem = overview.state.status === "error" ? overview.state.problem : null;
  return {
    reading: ignored === null ? null : reading,
    cursorSection,
    scope,
    setScope,
    shown,
    counts,
    sameWords,
    busy,
    problem: editProblem ?? overviewProblem,
    dismissProblem,
    replace,
    replaceAll,
    ignore,
  };
}

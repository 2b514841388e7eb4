import { useCallback, useEffect, useRef, useState } from "react";
import type { FoundEntries } from "../../core/entryStates";
import type { Library, PlaceholderValues } from "../../core/library";
import type { PresenceScanner } from "../../core/presenceScan";
import type { DocumentGateway, DocumentOverview, WordProblem } from "../../word/gateway";
import { problemFrom } from "../problems";

export type OverviewState =
  | { status: "loading"; overview: DocumentOverview | null }
  | { status: "ready"; overview: DocumentOverview }
  | { status: "error"; problem: WordProblem; overview: DocumentOverview | null };

export type DocumentOverviewModel = {
  state: OverviewState;
  /** Entries already in the document, by id, with how each stands (worked out in the background after each read). */
  present: FoundEntries;
  looksLikePerformancePlan: boolean;
  /** Reads the whole document again (after inserting, on Refresh). */
  refresh: () => Promise<void>;
  /** Reads it again only if its text changed (one light read); nothing while a read is under way or still to come. */
  recheck: () => Promise<void>;
};

const NOTHING: FoundEntries = new Map();

/** The "in document" check loads with the first overview: the first suggestions do not wait for it. */
const loadScanner = () => import(/* webpackChunkName: "presence" */ "../../core/presenceScan").then((m) => m.createPresenceScanner());

function sameEntries(a: FoundEntries, b: FoundEntries): boolean {
  return a.size === b.size && [...a].every(([id, found]) => JSON.stringify(b.get(id)) === JSON.stringify(found));
}

/** Names the pane's phases in the browser's performance timeline (DevTools, and the long-document test). */
export function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  return work().finally(() => {
    try {
      performance.measure(`cx-language:${name}`, { start, end: performance.now() });
    } catch {
      // Older webviews (and jsdom) lack User Timing level 3; the measure is only a diagnostic.
    }
  });
}

/**
 * Whole-document facts, read once `enabled` (after the pane's first view), on refresh() and when the pane
 * regains focus (the user may have typed or pasted language meanwhile); the latest request wins. Regaining focus first asks whether the
 * text changed at all, so coming back to an unchanged long document costs one light read and no folding.
 */
export function useDocumentOverview(gateway: DocumentGateway, library: Library, values: PlaceholderValues, enabled = true): DocumentOverviewModel {
  const [state, setState] = useState<OverviewState>({ status: "loading", overview: null });
  const [present, setPresent] = useState<FoundEntries>(NOTHING);
  const latest = useRef(0);
  const mounted = useRef(true);
  const scanner = useRef<Promise<PresenceScanner> | null>(null);

  const reading = useRef(false);
  const started = useRef(false);

  const read = useCallback(
    async (unlessUnchanged: boolean) => {
      const request = ++latest.current;
      reading.current = true;
      started.current = true;
      setState((prev) => ({ status: "loading", overview: prev.overview }));
      try {
        const overview = await measured("read-document", () => gateway.readOverview({ unlessUnchanged }));
        if (mounted.current && request === latest.current) setState({ status: "ready", overview });
      } catch (error) {
        if (mounted.current && request === latest.current) {
          setState((prev) => ({ status: "error", problem: problemFrom(error), overview: prev.overview }));
        }
      } finally {
        if (request === latest.current) reading.current = false;
      }
    },
    [gateway],
  );
  const refresh = useCallback(() => read(false), [read]);
  const recheck = useCallback(async () => {
    // Before the first read (it comes after the first view) and while one is under way, the read to come is enough.
    if (started.current && !reading.current) await read(true);
  }, [read]);

  useEffect(() => {
    if (!enabled) return undefined;
    mounted.current = true;
    void read(false);
    const onFocus = () => void read(true);
    window.addEventListener("focus", onFocus);
    return () => {
      mounted.current = false;
      window.removeEventListener("focus", onFocus);
    };
  }, [read, enabled]);

  // An unchanged document hands back the same paragraphs array, so nothing below runs again.
  const paragraphs = state.overview?.paragraphTexts;
  useEffect(() => {
    if (!paragraphs) return undefined;
    let wanted = true;
    void measured("find-entries-in-document", async () =>
      (await (scanner.current ??= loadScanner())).scan(library, paragraphs, values, { cancelled: () => !wanted }),
    ).then((found) => {
      if (!wanted || !found) return;
      setPresent((prev) => (sameEntries(prev, found) ? prev : found));
    });
    return () => {
      wanted = false;
    };
  }, [library, paragraphs, values]);

  return { state, present, looksLikePerformancePlan: state.overview?.looksLikePerformancePlan ?? false, refresh, recheck };
}

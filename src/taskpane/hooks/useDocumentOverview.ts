import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Library, PlaceholderValues } from "../../core/library";
import type { DocumentGateway, DocumentOverview, WordProblem } from "../../word/gateway";
import { deferred, useDeferred } from "../deferred";
import { problemFrom } from "../problems";

export type OverviewState =
  | { status: "loading"; overview: DocumentOverview | null }
  | { status: "ready"; overview: DocumentOverview }
  | { status: "error"; problem: WordProblem; overview: DocumentOverview | null };

export type DocumentOverviewModel = {
  state: OverviewState;
  /** Ids of entries already in the document. */
  present: ReadonlySet<string>;
  looksLikePerformancePlan: boolean;
  /** Reads the document again (after inserting, on Refresh, on pane focus). */
  refresh: () => Promise<void>;
};

const NOTHING: ReadonlySet<string> = new Set();

/** The "in document" check, loaded with the first overview: the first suggestions need not wait for it. */
const presenceCode = deferred(() => import(/* webpackChunkName: "presence" */ "../../core/presence"));

/**
 * Whole-document facts, read once `enabled` (after the pane's first view), on refresh() and when the pane
 * regains focus (the user may have typed or pasted language meanwhile); the latest request wins.
 */
export function useDocumentOverview(gateway: DocumentGateway, library: Library, values: PlaceholderValues, enabled = true): DocumentOverviewModel {
  const [state, setState] = useState<OverviewState>({ status: "loading", overview: null });
  const latest = useRef(0);
  const mounted = useRef(true);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    setState((prev) => ({ status: "loading", overview: prev.overview }));
    try {
      const overview = await gateway.readOverview();
      if (mounted.current && request === latest.current) setState({ status: "ready", overview });
    } catch (error) {
      if (mounted.current && request === latest.current) {
        setState((prev) => ({ status: "error", problem: problemFrom(error), overview: prev.overview }));
      }
    }
  }, [gateway]);

  useEffect(() => {
    if (!enabled) return undefined;
    mounted.current = true;
    void refresh();
    const onFocus = () => void refresh();
    window.addEventListener("focus", onFocus);
    return () => {
      mounted.current = false;
      window.removeEventListener("focus", onFocus);
    };
  }, [refresh, enabled]);

  const paragraphs = state.overview?.paragraphTexts;
  const presence = useDeferred(presenceCode, paragraphs !== undefined);
  const present = useMemo(
    () => (paragraphs && presence ? presence.entriesInDocument(library, paragraphs, values) : NOTHING),
    [presence, library, paragraphs, values],
  );
  return { state, present, looksLikePerformancePlan: state.overview?.looksLikePerformancePlan ?? false, refresh };
}

import { useCallback, useEffect, useRef, useState } from "react";
import { createSettlingRunner, type SettlingRunner } from "../../core/schedule";
import type { Detection, DocumentGateway, WordProblem } from "../../word/gateway";
import { problemFrom } from "../problems";

/** Quiet time after the last selection event before asking Word again. */
export const SELECTION_SETTLE_MS = 200;

/**
 * Where the cursor is. "detecting" is the first look only; later looks run in the background and keep
 * the last answer on screen. After a failure `detection` keeps the last good answer.
 */
export type CursorState =
  | { status: "idle" }
  | { status: "detecting" }
  | { status: "ready"; detection: Detection }
  | { status: "error"; problem: WordProblem; detection: Detection | null };

export function lastDetection(state: CursorState): Detection | null {
  return state.status === "ready" || state.status === "error" ? state.detection : null;
}

function sameDetection(a: Detection, b: Detection): boolean {
  return a.place === b.place && a.trackChanges === b.trackChanges;
}

/**
 * Follows the cursor: detects on mount, after selection changes settle, when the pane regains focus and
 * on refresh(). `enabled` is false where Word cannot detect sections (no WordApi 1.3).
 */
export function useCursorSection(gateway: DocumentGateway, enabled: boolean): { cursor: CursorState; refresh: () => void } {
  const [cursor, setCursor] = useState<CursorState>({ status: "idle" });
  const runner = useRef<SettlingRunner | null>(null);

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const settling = createSettlingRunner(async () => {
      setCursor((prev) => (prev.status === "idle" ? { status: "detecting" } : prev));
      try {
        const detection = await gateway.detect();
        if (!live) return;
        // Word hands back the same place object when nothing moved: keep the state so nothing re-renders.
        setCursor((prev) => (prev.status === "ready" && sameDetection(prev.detection, detection) ? prev : { status: "ready", detection }));
      } catch (error) {
        if (live) setCursor((prev) => ({ status: "error", problem: problemFrom(error), detection: lastDetection(prev) }));
      }
    }, SELECTION_SETTLE_MS);
    runner.current = settling;

    const unsubscribe = gateway.onSelectionChanged(() => settling.schedule());
    const onFocus = () => settling.runNow();
    const onVisibility = () => {
      if (document.visibilityState === "visible") settling.runNow();
    };
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisibility);
    settling.runNow();

    return () => {
      live = false;
      unsubscribe();
      settling.dispose();
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisibility);
      if (runner.current === settling) runner.current = null;
    };
  }, [gateway, enabled]);

  const refresh = useCallback(() => runner.current?.runNow(), []);
  return { cursor, refresh };
}

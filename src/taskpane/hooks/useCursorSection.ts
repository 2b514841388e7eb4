import { useCallback, useEffect, useRef, useState } from "react";
import { createSettlingRunner, type SettlingRunner } from "../../core/schedule";
import type { CursorPlace, Detection, DocumentGateway, WordProblem } from "../../word/gateway";
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

/** The same place by value: a gateway may answer each detection with a new object. */
export function samePlace(a: CursorPlace, b: CursorPlace): boolean {
  switch (a.kind) {
    case "before-sections":
      return b.kind === "before-sections";
    case "outside-body":
      return b.kind === "outside-body" && a.where === b.where;
    case "section":
      return (
        b.kind === "section" && a.sectionId === b.sectionId && a.sectionName === b.sectionName && a.librarySection === b.librarySection
      );
  }
}

/**
 * The cursor's place as one string, equal for the same place (its section, and its part of a plan when read
 * as one): what the pane says about an insertion holds until this changes.
 */
export function placeKey(state: CursorState): string {
  const detection = lastDetection(state);
  return detection ? JSON.stringify([detection.place, detection.plan?.place ?? null]) : "";
}

function samePlan(a: Detection["plan"], b: Detection["plan"]): boolean {
  if (!a || !b) return a === b;
  const numbering = (plan: NonNullable<Detection["plan"]>) => JSON.stringify(plan.goalForm?.numbering ?? null);
  return samePlace(a.place, b.place) && a.goalForm?.style === b.goalForm?.style && a.goalForm?.bold === b.goalForm?.bold && numbering(a) === numbering(b);
}

function sameDetection(a: Detection, b: Detection): boolean {
  return samePlace(a.place, b.place) && a.trackChanges === b.trackChanges && samePlan(a.plan, b.plan);
}

/**
 * Follows the cursor: detects on mount, after selection changes settle, when the pane regains focus and
 * on refresh(). `enabled` is false where Word cannot detect sections (no WordApi 1.3). With `plan`, each
 * detection also reads the cursor in a performance plan's terms (and one runs at once when `plan` turns on).
 */
export function useCursorSection(gateway: DocumentGateway, enabled: boolean, plan = false): { cursor: CursorState; refresh: () => void } {
  const [cursor, setCursor] = useState<CursorState>({ status: "idle" });
  const runner = useRef<SettlingRunner | null>(null);
  const wantsPlan = useRef(plan);
  wantsPlan.current = plan;

  useEffect(() => {
    if (!enabled) return undefined;
    let live = true;
    const settling = createSettlingRunner(async () => {
      setCursor((prev) => (prev.status === "idle" ? { status: "detecting" } : prev));
      try {
        const detection = await gateway.detect({ plan: wantsPlan.current });
        if (!live) return;
        // The cursor often stays in the same place (co-authors' edits, Word's event bursts): keep the state so
        // nothing re-renders or is announced again.
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

  // Switching to a performance plan needs the plan's reading of the cursor at once.
  useEffect(() => {
    if (plan) runner.current?.runNow();
  }, [plan]);

  const refresh = useCallback(() => runner.current?.runNow(), []);
  return { cursor, refresh };
}

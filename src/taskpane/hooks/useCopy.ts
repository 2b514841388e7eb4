import { useCallback, useRef, useState } from "react";
import type { InsertionLine } from "../../core/insertionPlan";
import type { Library, PlaceholderValues } from "../../core/library";
import { clipboardCode, insertionPlanCode, whenLoaded } from "../actionsCode";
import { useAnnounce } from "../components/LiveRegion";
import { restoreFocus } from "../focus";

/** "manual": neither clipboard route worked, so the text is shown for Ctrl+C. */
export type CopyState = { status: "idle" } | { status: "copying" } | { status: "manual"; text: string };

export type CopyModel = { state: CopyState; copy: (entryId: string) => Promise<void>; closeManual: () => void };

/** The text Copy puts on the clipboard: the entry, then its children, one per line. */
export function copyTextFor(lines: readonly InsertionLine[]): string {
  return lines.map((line) => line.text).join("\n");
}

export function useCopy(library: Library, values: PlaceholderValues): CopyModel {
  const [state, setState] = useState<CopyState>({ status: "idle" });
  const announce = useAnnounce();
  const returnTo = useRef<Element | null>(null);

  const copy = useCallback(
    async (entryId: string) => {
      const { planInsertion } = await whenLoaded(insertionPlanCode);
      const { copyText } = await whenLoaded(clipboardCode);
      const text = copyTextFor(planInsertion(library, [entryId], values));
      returnTo.current = document.activeElement;
      setState({ status: "copying" });
      const outcome = await copyText(text);
      if (outcome === "copied") {
        setState({ status: "idle" });
        announce("Copied");
        restoreFocus(returnTo.current);
      } else {
        setState({ status: "manual", text });
      }
    },
    [library, values, announce],
  );

  const closeManual = useCallback(() => {
    setState({ status: "idle" });
    const target = returnTo.current;
    // After the dialog has gone, so its focus handling does not undo ours.
    setTimeout(() => restoreFocus(target), 0);
  }, []);

  return { state, copy, closeManual };
}

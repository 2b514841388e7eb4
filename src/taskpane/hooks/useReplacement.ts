import { useCallback, useEffect, useRef, useState } from "react";
import type { FoundEntries } from "../../core/entryStates";
import type { Library, PlaceholderValues } from "../../core/library";
import type { DocumentGateway, WordProblem } from "../../word/gateway";
import { approvedText } from "../approvedText";
import { useAnnounce } from "../components/LiveRegion";
import { restoreFocus } from "../focus";
import { problemFrom } from "../problems";

export type ReplacementState = { status: "idle" } | { status: "replacing"; entryId: string } | { status: "error"; problem: WordProblem };

export type ReplacementModel = {
  state: ReplacementState;
  /** Puts the entry's approved text into the paragraph it was found in; resolves true when Word took it. */
  replace: (entryId: string) => Promise<boolean>;
  dismiss: () => void;
};

/**
 * Replace with approved wording. The paragraph is named by its index and the text the pane read, so Word writes
 * nothing when someone has edited it since. Either way the document is read again afterwards: on success the card
 * becomes Approved, on a refusal the pane shows what the paragraph says now.
 */
export function useReplacement(
  gateway: DocumentGateway,
  library: Library,
  values: PlaceholderValues,
  read: { present: FoundEntries; paragraphTexts: readonly string[] | null },
  names: ReadonlyMap<string, string>,
  onDone: () => void,
): ReplacementModel {
  const [state, setState] = useState<ReplacementState>({ status: "idle" });
  const busy = useRef(false);
  const announce = useAnnounce();
  const { present, paragraphTexts } = read;
  // The Replace button goes when its card becomes approved: focus stays on the card (or list item) it was in.
  const refocus = useRef<Element | null>(null);
  useEffect(() => {
    const item = refocus.current;
    refocus.current = null;
    restoreFocus(item);
  }, [present]);

  const replace = useCallback(
    async (entryId: string) => {
      const entry = library.entry(entryId);
      const index = present.get(entryId)?.paragraphs[0];
      const text = index === undefined ? undefined : paragraphTexts?.[index];
      if (busy.current || !entry || index === undefined || text === undefined) return false; // one at a time
      busy.current = true;
      refocus.current = document.activeElement?.closest("li") ?? null;
      setState({ status: "replacing", entryId });
      try {
        const outcome = await gateway.replaceParagraphText({ index, text }, approvedText(library, entry, values, text));
        setState({ status: "idle" });
        announce(`Replaced with the approved wording${outcome.tracked ? " as a tracked change" : ""}: ${names.get(entryId) ?? entryId}`);
        return true;
      } catch (error) {
        const problem = problemFrom(error);
        setState({ status: "error", problem });
        announce(`${problem.title}. ${problem.message}`);
        return false;
      } finally {
        busy.current = false;
        onDone();
      }
    },
    [gateway, library, values, present, paragraphTexts, names, announce, onDone],
  );

  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  return { state, replace, dismiss };
}

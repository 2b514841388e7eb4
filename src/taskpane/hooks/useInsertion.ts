import { useCallback, useRef, useState } from "react";
import type { Library, PlaceholderValues } from "../../core/library";
import type { DocumentGateway, InsertOptions, WordProblem } from "../../word/gateway";
import { insertionPlanCode, whenLoaded } from "../actionsCode";
import { useAnnounce } from "../components/LiveRegion";
import { problemFrom } from "../problems";

export type InsertionState =
  | { status: "idle" }
  | { status: "inserting"; entryIds: readonly string[] }
  | { status: "done"; message: string; tracked: boolean; where: string }
  | { status: "error"; problem: WordProblem };

export type InsertionModel = {
  state: InsertionState;
  /** Inserts the entries (with their children) in library order; resolves true when Word took them. */
  insert: (entryIds: readonly string[]) => Promise<boolean>;
  dismiss: () => void;
};

/**
 * `where` names the place the cursor is in (see placeKey): the message about an insertion is about that place,
 * so it goes once the cursor is in another part or another document.
 */
export function useInsertion(
  gateway: DocumentGateway,
  library: Library,
  values: PlaceholderValues,
  options: InsertOptions,
  onInserted: () => void,
  where: string,
): InsertionModel {
  const [state, setState] = useState<InsertionState>({ status: "idle" });
  const busy = useRef(false);
  const announce = useAnnounce();
  const place = useRef(where);
  place.current = where;
  if (state.status === "done" && state.where !== where) setState({ status: "idle" });

  const insert = useCallback(
    async (entryIds: readonly string[]) => {
      const { planInsertion, insertedMessage } = await whenLoaded(insertionPlanCode);
      // A new goal takes the plan's own numbering, from the goals before the cursor.
      const lines = planInsertion(library, entryIds, values, options.goalForm?.numbering ?? null);
      if (busy.current || lines.length === 0) return false; // one insertion at a time
      busy.current = true;
      const at = place.current;
      setState({ status: "inserting", entryIds });
      try {
        const outcome = await gateway.insert(lines, options);
        const message = insertedMessage(library, lines, outcome.afterSelection);
        setState({ status: "done", message, tracked: outcome.tracked, where: at });
        announce(message);
        onInserted();
        return true;
      } catch (error) {
        const problem = problemFrom(error);
        setState({ status: "error", problem });
        announce(`${problem.title}. ${problem.message}`);
        return false;
      } finally {
        busy.current = false;
      }
    },
    [gateway, library, values, options, onInserted, announce],
  );

  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  return { state, insert, dismiss };
}

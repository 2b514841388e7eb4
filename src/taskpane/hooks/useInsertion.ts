import { useCallback, useRef, useState } from "react";
import type { Library, PlaceholderValues } from "../../core/library";
import type { DocumentGateway, InsertOptions, WordProblem } from "../../word/gateway";
import { insertionPlanCode, whenLoaded } from "../actionsCode";
import { useAnnounce } from "../components/LiveRegion";
import { problemFrom } from "../problems";
import { sourceComment } from "../sourceComment";

/** How to insert: the gateway's options, with the source comment asked for (its text depends on what is inserted). */
export type InsertionSettings = Omit<InsertOptions, "comment"> & { commentWithSource?: boolean };

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
  settings: InsertionSettings,
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
      const lines = planInsertion(library, entryIds, values, settings.goalForm?.numbering ?? null);
      if (busy.current || lines.length === 0) return false; // one insertion at a time
      busy.current = true;
      const at = place.current;
      setState({ status: "inserting", entryIds });
      const { commentWithSource, ...options } = settings;
      try {
        const comment = commentWithSource ? sourceComment(library, lines.map((line) => line.entryId)) : null;
        const outcome = await gateway.insert(lines, comment ? { ...options, comment } : options);
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
    [gateway, library, values, settings, onInserted, announce],
  );

  const dismiss = useCallback(() => setState({ status: "idle" }), []);
  return { state, insert, dismiss };
}

/**
 * The word-level comparison behind "Show changes": the document's text of an entry against the library text it was
 * matched with. Loaded only with the comparison itself (not in the pane's first view).
 */
import { diffWords } from "diff";
import type { WordChange } from "./entryStates";

/** Runs of words in reading order: in both texts, only in the approved text ("inserted"), or only in the document's ("deleted"). */
export function wordChanges(documentText: string, approvedText: string): WordChange[] {
  return diffWords(documentText, approvedText).map(
    (change): WordChange => ({ kind: change.added ? "inserted" : change.removed ? "deleted" : "same", text: change.value }),
  );
}

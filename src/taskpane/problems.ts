/**
 * The one place that turns a failure into words for the pane. Word failures arrive as WordActionError
 * (already in plain words, with details for IT); anything else gets a generic message.
 */
import { WordActionError, type WordProblem } from "../word/gateway";

export function problemFrom(error: unknown): WordProblem {
  // A copy, so every failure is a new object that a dismissed earlier one cannot hide.
  if (error instanceof WordActionError) return { ...error.problem };
  const details = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    kind: "unknown",
    title: "Something went wrong",
    message: "The pane could not finish this. Try again; if it keeps happening, send the details below to your IT help desk.",
    details,
  };
}

const UNCHANGED = "Your document was not changed.";

/**
 * What to add after an insert failure's message: that the document was not changed, unless the message
 * says so already, or the failure is of a kind where the pane cannot know (an unexpected error, or Word
 * reporting text that came out differently).
 */
export function insertFailureNote(problem: WordProblem): string | null {
  if (problem.kind === "unknown") return null;
  return problem.message.includes(UNCHANGED) ? null : UNCHANGED;
}

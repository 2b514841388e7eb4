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

/**
 * Failures in the pane's terms. Word failures arrive as WordActionError, already in plain words (src/word/errors.ts
 * writes every sentence about Word); anything else is a fault in the pane itself, said here.
 */
import { WordActionError, type WordProblem } from "../word/gateway";

export function problemFrom(error: unknown): WordProblem {
  // A copy, so every failure is a new object that a dismissed earlier one cannot hide.
  if (error instanceof WordActionError) return { ...error.problem };
  return {
    kind: "unknown",
    title: "Something went wrong",
    message: "The pane could not finish this. Try again; if it keeps happening, send the details below to your IT help desk.",
    details: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    // Nothing is known about the document.
    documentState: "may-have-changed",
  };
}

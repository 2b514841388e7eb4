/**
 * Failures in the pane's terms. Word failures arrive as WordActionError, already in plain words (src/word/errors.ts
 * writes every sentence); anything else is a fault in the pane itself.
 */
import { unexpectedProblem } from "../word/errors";
import { WordActionError, type WordProblem } from "../word/gateway";

export function problemFrom(error: unknown): WordProblem {
  // A copy, so every failure is a new object that a dismissed earlier one cannot hide.
  if (error instanceof WordActionError) return { ...error.problem };
  return unexpectedProblem(error);
}

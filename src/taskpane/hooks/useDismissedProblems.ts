import { useCallback, useState } from "react";
import type { WordProblem } from "../../word/gateway";

/** Error bars the user closed; each failure is a new problem object, so a new failure shows again. */
export function useDismissedProblems(): { isDismissed: (problem: WordProblem) => boolean; dismiss: (problem: WordProblem) => void } {
  const [dismissed, setDismissed] = useState<readonly WordProblem[]>([]);
  const isDismissed = useCallback((problem: WordProblem) => dismissed.includes(problem), [dismissed]);
  const dismiss = useCallback((problem: WordProblem) => setDismissed((prev) => [...prev.slice(-9), problem]), []);
  return { isDismissed, dismiss };
}

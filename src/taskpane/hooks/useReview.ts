import { useCallback, useRef, useState } from "react";
import type { ParagraphInfo } from "../../core/headingLine";
import type { Library, PlaceholderValues } from "../../core/library";
import type { Review, ReviewedSection } from "../../core/review";
import type { DocumentGateway, WordProblem } from "../../word/gateway";
import { problemFrom } from "../problems";

export type ReviewState =
  | { status: "idle" }
  | { status: "reading"; last: Reviewed | null }
  | { status: "ready"; reviewed: Reviewed }
  | { status: "error"; problem: WordProblem; last: Reviewed | null };

/** A review and the paragraphs it was made from (navigation checks the target paragraph is still there). */
export type Reviewed = { review: Review; paragraphs: readonly ParagraphInfo[] };

export type ReviewModel = {
  state: ReviewState;
  /** Reads the whole document and reviews it again; the latest request wins. */
  run: () => Promise<void>;
  /** Puts the cursor at the end of a section's heading (a caret: nothing is selected). */
  goToHeading: (section: ReviewedSection) => Promise<boolean>;
  /** Puts the cursor at the end of a section, where its suggestions apply. */
  goToEnd: (section: ReviewedSection) => Promise<boolean>;
};

/** The latest review there is: the one shown while the next is read, or kept after a failure. */
export function lastReviewed(state: ReviewState): Reviewed | null {
  if (state.status === "ready") return state.reviewed;
  return state.status === "idle" ? null : state.last;
}

/** The review of the whole document: which CX sections a PD has, and which already hold CX language. */
export function useReview(gateway: DocumentGateway, library: Library, values: PlaceholderValues): ReviewModel {
  const [state, setState] = useState<ReviewState>({ status: "idle" });
  const latest = useRef(0);

  const run = useCallback(async () => {
    const request = ++latest.current;
    setState((prev) => ({ status: "reading", last: lastReviewed(prev) }));
    try {
      // The review's code loads with its first use: the pane's first view does not need it.
      const [{ reviewDocument }, paragraphs] = await Promise.all([import(/* webpackChunkName: "review" */ "../../core/review"), gateway.readReviewParagraphs()]);
      if (request !== latest.current) return;
      setState({ status: "ready", reviewed: { review: reviewDocument(library, paragraphs, values), paragraphs } });
    } catch (error) {
      if (request === latest.current) setState((prev) => ({ status: "error", problem: problemFrom(error), last: lastReviewed(prev) }));
    }
  }, [gateway, library, values]);

  const goTo = useCallback(
    async (index: number | null) => {
      const reviewed = lastReviewed(state);
      const paragraph = index === null ? undefined : reviewed?.paragraphs[index];
      if (index === null || !paragraph) return false;
      try {
        await gateway.goToParagraph({ index, text: paragraph.text });
        return true;
      } catch (error) {
        setState((prev) => ({ status: "error", problem: problemFrom(error), last: lastReviewed(prev) }));
        return false;
      }
    },
    [gateway, state],
  );

  const goToHeading = useCallback((section: ReviewedSection) => goTo(section.headingIndex), [goTo]);
  const goToEnd = useCallback((section: ReviewedSection) => goTo(section.endIndex), [goTo]);
  return { state, run, goToHeading, goToEnd };
}

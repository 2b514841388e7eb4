import { useCallback, useEffect, useState } from "react";
import type { ParagraphInfo } from "../../core/headingLine";
import type { Library, PlaceholderValues } from "../../core/library";
import type { Review, ReviewedSection } from "../../core/review";
import type { DocumentGateway, WordProblem } from "../../word/gateway";
import { problemFrom } from "../problems";
import { measured, type DocumentOverviewModel } from "./useDocumentOverview";

export type ReviewState =
  | { status: "idle" }
  | { status: "reading"; last: Reviewed | null }
  | { status: "ready"; reviewed: Reviewed }
  | { status: "error"; problem: WordProblem; last: Reviewed | null };

/** A review and the paragraphs it was made from (navigation checks the target paragraph is still there). */
export type Reviewed = { review: Review; paragraphs: readonly ParagraphInfo[] };

export type ReviewModel = {
  state: ReviewState;
  /** Reads the whole document again (style changes too) and reviews it again. */
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

/** The review's code loads with its first use: the pane's first view does not need it. */
const reviewCode = () => import(/* webpackChunkName: "review" */ "../../core/review");

type Made = Reviewed & { library: Library; values: PlaceholderValues };

/**
 * The review of the whole document: which CX sections a PD has, and which already hold CX language. It is made from
 * the overview's reading of the document (no read of its own), while `reviewing` (the review is shown), and follows
 * that reading as the "In document" marks do: after an insertion, on Refresh, and when the document's text changed.
 * Opening the review asks only whether the text changed; an unchanged document is not reviewed again.
 */
export function useReview(
  gateway: DocumentGateway,
  library: Library,
  values: PlaceholderValues,
  overview: Pick<DocumentOverviewModel, "state" | "refresh" | "recheck">,
  reviewing: boolean,
): ReviewModel {
  const [made, setMade] = useState<Made | null>(null);
  const [moveProblem, setMoveProblem] = useState<WordProblem | null>(null);
  const { recheck, refresh } = overview;
  const paragraphs = overview.state.overview?.paragraphs;

  useEffect(() => {
    if (reviewing) void recheck();
  }, [reviewing, recheck]);

  const current = made !== null && made.paragraphs === paragraphs && made.library === library && made.values === values;
  useEffect(() => {
    if (!reviewing || !paragraphs || current) return undefined;
    let wanted = true;
    void measured("review", async () => (await reviewCode()).reviewDocumentInSlices(library, paragraphs, values, { cancelled: () => !wanted })).then(
      (review) => {
        if (wanted && review) setMade({ review, paragraphs, library, values });
      },
    );
    return () => {
      wanted = false;
    };
  }, [reviewing, paragraphs, library, values, current]);

  const last: Reviewed | null = made;
  const overviewState = overview.state;
  const state: ReviewState =
    overviewState.status === "error"
      ? { status: "error", problem: overviewState.problem, last }
      : moveProblem
        ? { status: "error", problem: moveProblem, last }
        : current && overviewState.status === "ready"
          ? { status: "ready", reviewed: made }
          : reviewing || last
            ? { status: "reading", last }
            : { status: "idle" };

  const run = useCallback(async () => {
    setMoveProblem(null);
    await refresh();
  }, [refresh]);

  const goTo = useCallback(
    async (index: number | null) => {
      const paragraph = index === null ? undefined : made?.paragraphs[index];
      if (index === null || !paragraph) return false;
      try {
        await gateway.goToParagraph({ index, text: paragraph.text });
        setMoveProblem(null);
        return true;
      } catch (error) {
        setMoveProblem(problemFrom(error));
        return false;
      }
    },
    [gateway, made],
  );

  const goToHeading = useCallback((section: ReviewedSection) => goTo(section.headingIndex), [goTo]);
  const goToEnd = useCallback((section: ReviewedSection) => goTo(section.endIndex), [goTo]);
  return { state, run, goToHeading, goToEnd };
}

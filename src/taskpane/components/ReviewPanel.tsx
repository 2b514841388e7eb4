import { useId, type Ref } from "react";
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import type { EntryState } from "../../core/entryStates";
import { reviewSummary, type Review, type ReviewedSection } from "../../core/review";
import { PANEL_FOCUS } from "../hooks/usePanel";
import { lastReviewed, type ReviewModel } from "../hooks/useReview";
import { usePaneStyles } from "./Pane.styles";
import { ProblemBar } from "./ProblemBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  name: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  state: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export type ReviewPanelProps = {
  id: string;
  /** Focus goes to the panel's heading when it opens. */
  panelRef: Ref<HTMLElement>;
  model: ReviewModel;
  /** Short names of library items, for the list under each section. */
  names: ReadonlyMap<string, string>;
  /** "Add suggestions": the cursor moves to the end of the section and its suggestions open. */
  onAddSuggestions: (section: ReviewedSection) => void;
  /** "Go to section" put the cursor at a heading: the pane reads where the cursor is (Word may not report the move). */
  onWentToSection: () => void;
  onClose: () => void;
};

/** How each listed item stands, in words (the cards say how much changed). */
const STATE_WORDS: Record<EntryState, string> = { approved: "Approved", adapted: "Adapted", earlier: "Earlier wording" };

type Status = { label: string; color: "success" | "warning" | "informative" };

function statusOf(section: ReviewedSection, documentName: string): Status {
  if (section.headingIndex === null) return { label: `Not in this ${documentName}`, color: "informative" };
  if (section.entryIds.length === 0) return { label: "No CX language yet", color: "warning" };
  return { label: section.entryIds.length === 1 ? "Has CX language: 1 item" : `Has CX language: ${section.entryIds.length} items`, color: "success" };
}

function ReviewedSections({ review, names, model, onAddSuggestions, onWentToSection }: { review: Extract<Review, { kind: "pd" | "plan" }> } & Omit<ReviewPanelProps, "id" | "panelRef" | "onClose">) {
  const styles = useStyles();
  const paneStyles = usePaneStyles();
  const documentName = review.kind === "pd" ? "PD" : "plan";
  return (
    <>
      <Text weight="semibold" data-testid="review-summary">
        {reviewSummary(review)}
      </Text>
      <ul className={paneStyles.panelList} aria-label={review.kind === "pd" ? "CX sections of this PD" : "CX parts of this plan"}>
        {review.sections.map((section) => {
          const status = statusOf(section, documentName);
          return (
            <li key={section.librarySection} className={paneStyles.panelItem} data-testid={`review-${section.librarySection}`} data-status={status.color}>
              <h3 className={styles.name}>{section.name}</h3>
              <Badge appearance="tint" color={status.color} shape="rounded">
                {status.label}
              </Badge>
              {section.entryIds.length > 0 && (
                <ul className={styles.items}>
                  {section.entries.map(({ id, state }) => (
                    <li key={id} data-state={state}>
                      {names.get(id) ?? id} · <span className={styles.state}>{STATE_WORDS[state]}</span>
                    </li>
                  ))}
                </ul>
              )}
              {section.headingIndex !== null && (
                <div className={styles.actions}>
                  {section.entryIds.length === 0 && (
                    <Button size="small" appearance="primary" aria-label={`Add suggestions to ${section.name}`} onClick={() => onAddSuggestions(section)}>
                      Add suggestions
                    </Button>
                  )}
                  <Button size="small" aria-label={`Go to section: ${section.name}`} onClick={() => void model.goToHeading(section).then((moved) => moved && onWentToSection())}>
                    Go to section
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * The review of the whole PD (or plan): which CX sections it has, which hold CX language (each item approved, adapted
 * or in earlier wording, counted in the summary), and a way to each.
 */
export function ReviewPanel({ id, panelRef, model, names, onAddSuggestions, onWentToSection, onClose }: ReviewPanelProps) {
  const styles = useStyles();
  const paneStyles = usePaneStyles();
  const titleId = useId();
  const { state } = model;
  const review = lastReviewed(state)?.review ?? null;
  return (
    <section id={id} ref={panelRef} aria-labelledby={titleId} className={styles.panel} data-testid="review-panel">
      <h2 id={titleId} className={paneStyles.heading} tabIndex={-1} {...PANEL_FOCUS}>
        Review of this document
      </h2>
      <div className={styles.toolbar}>
        <Button size="small" onClick={() => void model.run()} disabled={state.status === "reading"}>
          Review again
        </Button>
        <Button size="small" appearance="subtle" onClick={onClose}>
          Close review
        </Button>
      </div>
      {state.status === "reading" && <Spinner size="tiny" label="Reading the document…" />}
      {state.status === "error" && <ProblemBar problem={state.problem} onDismiss={() => void model.run()} data-testid="review-problem" />}
      {review?.kind === "not-a-pd" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>This document does not look like a position description: no PD section (Introduction, Major Duties, factors) was found.</MessageBarBody>
        </MessageBar>
      )}
      {review?.kind === "plan" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {review.plan === "ses"
              ? "This document looks like a performance plan for a Senior Executive Service (SES) member. It is reviewed for the SES requirement."
              : "This document looks like a performance plan for a General Schedule (GS) employee. It is reviewed for the Customer Service competency and the goals."}
          </MessageBarBody>
        </MessageBar>
      )}
      {(review?.kind === "pd" || review?.kind === "plan") && <ReviewedSections review={review} names={names} model={model} onAddSuggestions={onAddSuggestions} onWentToSection={onWentToSection} />}
    </section>
  );
}

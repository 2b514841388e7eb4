import { useId, useState } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import type { WordProblem } from "../../word/gateway";

const useStyles = makeStyles({
  details: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  extra: { display: "block", marginTop: tokens.spacingVerticalXS },
});

export type ProblemBarProps = {
  problem: WordProblem;
  /** A sentence after the message that the pane adds (e.g. what a failed read means for the marks). */
  note?: string;
  onDismiss: () => void;
  "data-testid"?: string;
};

/** A failure in plain words, with the technical details for IT behind a disclosure. */
export function ProblemBar({ problem, note, onDismiss, "data-testid": testId }: ProblemBarProps) {
  const styles = useStyles();
  const [details, setDetails] = useState<"hidden" | "shown">("hidden");
  const detailsId = useId();
  const extra = note ?? null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{problem.title}</MessageBarTitle>
        <span className={styles.extra}>{problem.message}</span>
        {extra && <span className={styles.extra}>{extra}</span>}
        {details === "shown" && (
          <pre id={detailsId} className={styles.details}>
            {problem.details || "No further details."}
          </pre>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" size="small" aria-label="Dismiss" onClick={onDismiss}>Dismiss</Button>}
      >
        <Button
          size="small"
          aria-expanded={details === "shown"}
          aria-controls={details === "shown" ? detailsId : undefined}
          onClick={() => setDetails(details === "shown" ? "hidden" : "shown")}
        >
          Details
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

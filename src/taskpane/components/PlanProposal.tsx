import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

export type PlanProposalProps = { onShowPlan: () => void; onDismiss: () => void };

/** Offered when a PD is shown but the document reads as a performance plan. */
export function PlanProposal({ onShowPlan, onDismiss }: PlanProposalProps) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="plan-proposal">
      <MessageBarBody>This document looks like a performance plan.</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={onDismiss}>
            Not now
          </Button>
        }
      >
        <Button size="small" onClick={onShowPlan}>
          Show PWP language
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

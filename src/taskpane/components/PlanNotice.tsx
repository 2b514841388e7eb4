import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

export type PlanNoticeProps = { onBackToPd: () => void; onDismiss: () => void };

/** Shown when the pane opened the performance plan view by itself, with the way back to the PD view. */
export function PlanNotice({ onBackToPd, onDismiss }: PlanNoticeProps) {
  return (
    <MessageBar intent="info" layout="multiline" data-testid="plan-notice">
      <MessageBarBody>This document looks like a performance plan, so the pane shows performance plan language.</MessageBarBody>
      {/* Both answers under the text, which keeps the pane's width even at 320 px. */}
      <MessageBarActions>
        <Button size="small" onClick={onBackToPd}>
          Back to position description
        </Button>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          Keep plan view
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

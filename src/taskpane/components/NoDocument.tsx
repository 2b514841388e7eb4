import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** Inside Word, but the document could not be reached (the pane has no way to talk to it). */
export function NoDocument() {
  return (
    <section aria-label="Suggestions" data-testid="suggestions-region">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The pane could not reach this document.</MessageBarTitle>
          Close the pane and open it again from the Home tab.
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}

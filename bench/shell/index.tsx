/**
 * The reference the bench measures the pane against: the least a Fluent UI v9 task pane can be (one
 * SearchBox, one Button), started the way the pane starts (after Office.onReady), built by the bench with
 * the pane's own webpack settings and page.
 */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, SearchBox, webLightTheme } from "@fluentui/react-components";

function Shell() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <SearchBox aria-label="Search all CX language" />
        <Button data-testid="shell-button">Insert</Button>
      </main>
    </FluentProvider>
  );
}

void Office.onReady().then(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<Shell />);
});

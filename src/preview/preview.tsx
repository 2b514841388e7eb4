/**
 * Entry of the preview page (preview.html, development builds only): the real task pane next to a sample
 * document, with the Word stand-in in place of Word and office.js.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { bootTaskpane } from "../taskpane/boot";
import { createStandin, installStandin } from "../word/standin";
import { PreviewPage } from "./PreviewPage";
import { samplePositionDescription } from "../word/standin/sampleDocuments";

// The globals must exist before the pane boots: it awaits Office.onReady() and reads Office.context.
// A short simulated round trip makes the pane's busy states visible, as on Word on the web.
const standin = createStandin(samplePositionDescription, { syncDelayMs: 40 });
installStandin(window, standin);

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <PreviewPage standin={standin} bootPane={bootTaskpane} />
      </FluentProvider>
    </StrictMode>,
  );
}

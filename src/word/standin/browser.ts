/**
 * Browser entry of the stand-in, bundled as standin.js and served in place of office.js by the e2e suite.
 * Reads the document from window.__CX_STANDIN_DOC__ (default: the sample PD), installs Word and Office on
 * window, and exposes window.cxStandin for Playwright to drive and inspect.
 */
import { samplePositionDescription } from "./sampleDocuments";
import { createStandin, installStandin, type Standin } from "./index";
import type { StandinDocumentSpec } from "./types";

/** What Playwright drives and inspects as window.cxStandin (plain data in and out, for page.evaluate). */
export type CxStandinHandle = Pick<Standin, "setSelection" | "selection" | "paragraphs" | "texts" | "syncLog" | "spec" | "setSpec" | "savedSettings">;

declare global {
  interface Window {
    /** Set by the test (e.g. page.addInitScript) before standin.js runs. */
    __CX_STANDIN_DOC__?: StandinDocumentSpec;
    cxStandin?: CxStandinHandle;
  }
}

const loadStart = performance.now();
const standin = createStandin(window.__CX_STANDIN_DOC__ ?? samplePositionDescription);
installStandin(window, standin);
// The stand-in's own start (Word's, in Office), apart from the pane's work in the performance timeline.
performance.measure("cx-standin:load", { start: loadStart, end: performance.now() });

window.cxStandin = standin;

/**
 * Browser entry of the stand-in, bundled as standin.js and served in place of office.js by the e2e suite.
 * Reads the document from window.__CX_STANDIN_DOC__ (default: the sample PD), installs Word, Office and
 * OfficeExtension on window, and exposes window.cxStandin for Playwright to drive and inspect.
 */
import { samplePositionDescription } from "../../preview/sampleDocuments";
import { createStandin, installStandin, type StandinOptions, type SyncLogEntry } from "./index";
import type { StandinDocumentSpec, StandinParagraphSpec, StandinSelection } from "./types";

/** What Playwright sees as window.cxStandin (plain data in, plain data out, so page.evaluate can use it). */
export interface CxStandinHandle {
  setSelection(selection: StandinSelection): void;
  selection(): StandinSelection;
  paragraphs(): StandinParagraphSpec[];
  texts(): string[];
  spec(): StandinDocumentSpec;
  setSpec(spec: StandinDocumentSpec): void;
  savedSettings(): Record<string, unknown>;
  selectionHandlerCount(): number;
  readonly syncCount: number;
  readonly syncLog: readonly SyncLogEntry[];
}

declare global {
  interface Window {
    /** Set by the test (e.g. page.addInitScript) before standin.js runs. */
    __CX_STANDIN_DOC__?: StandinDocumentSpec;
    __CX_STANDIN_OPTIONS__?: StandinOptions;
    cxStandin?: CxStandinHandle;
  }
}

const standin = createStandin(window.__CX_STANDIN_DOC__ ?? samplePositionDescription, window.__CX_STANDIN_OPTIONS__ ?? {});
installStandin(window, standin);

window.cxStandin = {
  setSelection: (selection) => standin.setSelection(selection),
  selection: () => standin.selection(),
  paragraphs: () => standin.paragraphs(),
  texts: () => standin.texts(),
  spec: () => standin.spec(),
  setSpec: (spec) => standin.setSpec(spec),
  savedSettings: () => standin.savedSettings(),
  selectionHandlerCount: () => standin.selectionHandlerCount(),
  get syncCount() {
    return standin.syncCount;
  },
  get syncLog() {
    return standin.syncLog;
  },
};

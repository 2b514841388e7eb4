import { createRoot } from "react-dom/client";
import { bundledLibrary, bundledLibraryData } from "../core/bundledLibrary";
import type { Detection, DocumentGateway } from "../word/gateway";
import { connectGateway, connectToHost } from "../word/host";
import { App } from "./App";
import { fetchHostedLibrary } from "./hostedLibrary";
import { darkTheme } from "./themes";

/** A tenant's agency name, fixed at build time with CX_AGENCY (see README); empty means the library's default. */
declare const CX_BUILD_AGENCY: string;

/**
 * Waits for Office, then renders the pane into `container` (the task pane page and the preview share this).
 * Resolves to a function that removes the pane again (the preview opens a fresh pane per document, as Word does).
 */
export async function bootTaskpane(container: HTMLElement): Promise<() => void> {
  // An agency's library.json beside the page is asked for while Office starts; the pane checks it after its first view.
  const hostedLibrary = { answer: fetchHostedLibrary(), bundled: bundledLibraryData };
  const host = await connectToHost();
  const gateway = host.kind === "word" ? connectGateway(host) : null;
  // A dark Word gets its theme before the first render; should it fail to load, the pane starts light.
  if (host.kind === "word" && host.theme === "dark") await darkTheme.load().catch(() => undefined);
  const root = createRoot(container);
  root.render(
    <App
      host={host}
      gateway={gateway && host.kind === "word" && host.canDetectSections ? withFirstDetectionStarted(gateway) : gateway}
      library={bundledLibrary}
      hostedLibrary={hostedLibrary}
      defaultAgency={CX_BUILD_AGENCY || undefined}
    />,
  );
  return () => root.unmount();
}

/**
 * Asks Word where the cursor is before the pane's first render rather than after it: the round trip
 * (a network trip in Word on the web) overlaps the rendering, and the pane's first detect() gets its answer.
 */
export function withFirstDetectionStarted(gateway: DocumentGateway): DocumentGateway {
  let first: Promise<Detection> | null = gateway.detect();
  first.catch(() => undefined); // the pane's own call sees the failure
  return {
    ...gateway,
    detect(options) {
      // The early answer is a plain one: a request for a plan's reading goes to Word.
      const answer = first && !options?.plan ? first : gateway.detect(options);
      first = null;
      return answer;
    },
  };
}

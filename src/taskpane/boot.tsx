import { createRoot } from "react-dom/client";
import { bundledLibrary } from "../core/bundledLibrary";
import { connectGateway, connectToHost } from "../word/host";
import { App } from "./App";

/** A tenant's agency name, fixed at build time with CX_AGENCY (see README); empty means the library's default. */
declare const CX_BUILD_AGENCY: string;

/**
 * Waits for Office, then renders the pane into `container` (the task pane page and the preview share this).
 * Resolves to a function that removes the pane again (the preview opens a fresh pane per document, as Word does).
 */
export async function bootTaskpane(container: HTMLElement): Promise<() => void> {
  const host = await connectToHost();
  const gateway = host.kind === "word" ? connectGateway(host) : null;
  const root = createRoot(container);
  root.render(
    <App host={host} gateway={gateway} library={bundledLibrary} defaultAgency={CX_BUILD_AGENCY || undefined} />,
  );
  return () => root.unmount();
}

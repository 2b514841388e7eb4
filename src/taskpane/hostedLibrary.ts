import { useCallback, useRef, useState } from "react";
import { createLibrary, type Library, type LibraryData } from "../core/library";
import { deferred } from "./deferred";

/**
 * The check of a hosted library, with the validator it runs (the build's), loaded after the first view: the pane
 * shows the bundled library at once, and its first view carries no validator.
 */
const hostedLibraryCheck = deferred(() => import(/* webpackChunkName: "hosted-library" */ "../core/hostedLibrary"));

/** The file beside taskpane.html (core's HOSTED_LIBRARY_FILE, written out so the first view does not import core's module). */
const HOSTED_FILE = "library.json";

/** What the host answered for library.json: its text, nothing (a 404: no library is hosted), or why it could not be read. */
export type HostedAnswer = { text: string | null } | { unreadable: string };

/** The host's answer, on its way from the start of the pane, and the bundled library's data it is checked against. */
export type HostedLibraryRequest = { answer: Promise<HostedAnswer>; bundled: LibraryData };

/** The library the pane shows, where it came from, and why a hosted library was not used (null: none was hosted, or it is used). */
export type LibraryInUse = { library: Library; hosted: boolean; refusal: string | null };

/**
 * Asks the pane's own host for library.json beside the page (same origin, so `default-src 'self'` allows it).
 * no-cache: the browser revalidates it on every start, as the hosting configurations ask, so a new one reaches users
 * at their next start. Never rejects.
 */
export async function fetchHostedLibrary(): Promise<HostedAnswer> {
  try {
    const response = await fetch(new URL(HOSTED_FILE, location.href), { cache: "no-cache", credentials: "same-origin" });
    if (response.status === 404) return { text: null };
    if (!response.ok) return { unreadable: `Library file ${HOSTED_FILE} could not be read: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}.` };
    return { text: await response.text() };
  } catch (error) {
    return { unreadable: `Library file ${HOSTED_FILE} could not be read: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

/**
 * The library the pane uses: `bundled` until the host's answer has been checked, then the hosted library when the
 * check takes it. `check()` starts the checking (after the first view); the rest of the pane keeps its state (the
 * section shown, the search, the settings), as the library is only a prop of what shows it.
 */
export function useHostedLibrary(bundled: Library, request: HostedLibraryRequest | undefined): { inUse: LibraryInUse; check: () => void } {
  const [inUse, setInUse] = useState<LibraryInUse>({ library: bundled, hosted: false, refusal: null });
  const started = useRef(false);
  const check = useCallback(() => {
    if (!request || started.current) return;
    started.current = true;
    void request.answer.then(async (hosted) => {
      if ("unreadable" in hosted) {
        console.warn(`The hosted library was not used: ${hosted.unreadable}`);
        return setInUse({ library: bundled, hosted: false, refusal: hosted.unreadable });
      }
      if (hosted.text === null) return undefined;
      const { checkHostedLibrary } = await hostedLibraryCheck.load();
      const result = checkHostedLibrary(hosted.text, request.bundled);
      // For an admin with the browser's tools open; users see the reason in Settings.
      if (result.use === "bundled" && result.reason) console.warn(`The hosted library was not used: ${result.reason}`);
      setInUse(result.use === "hosted" ? { library: createLibrary(result.data), hosted: true, refusal: null } : { library: bundled, hosted: false, refusal: result.reason });
    }).catch((error: unknown) => console.error("The hosted library could not be checked", error));
  }, [request, bundled]);
  return { inUse, check };
}

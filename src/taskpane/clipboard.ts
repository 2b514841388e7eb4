/**
 * Copies plain text. The async Clipboard API comes first; Office webviews can refuse it, so a hidden
 * read-only textarea with execCommand("copy") is the fallback. "failed" means the caller should show
 * the text for the user to copy by hand.
 */
export type CopyOutcome = "copied" | "failed";

export type ClipboardDeps = {
  clipboard?: { writeText(text: string): Promise<void> };
  document: Document;
};

function browserDeps(): ClipboardDeps {
  return { clipboard: typeof navigator === "undefined" ? undefined : navigator.clipboard, document };
}

export async function copyText(text: string, deps: ClipboardDeps = browserDeps()): Promise<CopyOutcome> {
  if (typeof deps.clipboard?.writeText === "function") {
    try {
      await deps.clipboard.writeText(text);
      return "copied";
    } catch {
      // Blocked by the host's permissions policy: try the older way below.
    }
  }
  return copyWithTextarea(text, deps.document) ? "copied" : "failed";
}

/** NOTE briefly adds a textarea to the page and moves focus to it, then puts focus back. */
function copyWithTextarea(text: string, doc: Document): boolean {
  if (typeof doc.execCommand !== "function" || !doc.body) return false;
  const previous = doc.activeElement as HTMLElement | null;
  const area = doc.createElement("textarea");
  area.value = text;
  area.readOnly = true;
  area.tabIndex = -1;
  area.setAttribute("aria-hidden", "true");
  Object.assign(area.style, { position: "fixed", top: "0", left: "0", opacity: "0", pointerEvents: "none" });
  doc.body.appendChild(area);
  try {
    area.focus({ preventScroll: true });
    area.select();
    area.setSelectionRange(0, text.length);
    return doc.execCommand("copy") === true;
  } catch {
    return false;
  } finally {
    area.remove();
    if (previous && previous !== doc.body && typeof previous.focus === "function") previous.focus({ preventScroll: true });
  }
}

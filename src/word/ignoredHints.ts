/**
 * The plain-language hints a user chose to ignore belong with the document, like the agency name (settings.ts): a
 * list of keys (core/ignoredHints.ts) in the document's add-in settings, cleaned on the way in and out since a
 * document can hold anything. Loaded with the plain-language view, not in the pane's first view.
 */
import { cleanIgnoredKeys } from "../core/ignoredHints";

const IGNORED_HINTS_KEY = "cxLanguage.plainIgnored";

// The same one line as settings.ts's own: importing it from there would export it from the first view's code, 72 bytes
// (gzip) of a first view at its size budget.
function documentSettings(office: typeof Office): Office.Settings | null {
  return office.context?.document?.settings ?? null;
}

export function loadIgnoredHints(office: typeof Office): string[] {
  return cleanIgnoredKeys(documentSettings(office)?.get(IGNORED_HINTS_KEY));
}

/** A read-only document cannot save settings: the keys then last for the session. */
export async function saveIgnoredHints(office: typeof Office, keys: readonly string[]): Promise<void> {
  const inDocument = documentSettings(office);
  if (!inDocument) return;
  inDocument.set(IGNORED_HINTS_KEY, cleanIgnoredKeys(keys));
  await new Promise<void>((resolve) => inDocument.saveAsync(() => resolve()));
}

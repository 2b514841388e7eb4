/**
 * Pane settings. The agency name belongs with the document (everyone editing it sees the same wording),
 * so it is kept in the document's add-in settings (Office.context.document.settings, saved with the
 * file: https://learn.microsoft.com/javascript/api/office/office.settings) and also as this user's default
 * for new documents in the pane's local storage. "Insert as" is a personal habit: local storage only.
 * (Roaming settings exist only in Outlook.)
 */
import type { InsertAs, PaneSettings } from "./gateway";

const AGENCY_KEY = "cxLanguage.agency";
const INSERT_AS_KEY = "cxLanguage.insertAs";

function userStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage can be blocked by browser policy; settings then last for the session only
  }
}

function documentSettings(office: typeof Office): Office.Settings | null {
  return office.context?.document?.settings ?? null;
}

export function loadPaneSettings(office: typeof Office): PaneSettings {
  const storage = userStorage();
  const fromDocument = documentSettings(office)?.get(AGENCY_KEY);
  const agency = typeof fromDocument === "string" && fromDocument.trim() ? fromDocument : storage?.getItem(AGENCY_KEY) ?? null;
  const insertAs: InsertAs = storage?.getItem(INSERT_AS_KEY) === "paragraphs" ? "paragraphs" : "list";
  return { agency: agency && agency.trim() ? agency.trim() : null, insertAs };
}

export async function savePaneSettings(office: typeof Office, settings: PaneSettings): Promise<void> {
  const storage = userStorage();
  const agency = settings.agency?.trim() || null;
  if (storage) {
    if (agency) storage.setItem(AGENCY_KEY, agency);
    else storage.removeItem(AGENCY_KEY);
    storage.setItem(INSERT_AS_KEY, settings.insertAs);
  }
  const inDocument = documentSettings(office);
  if (!inDocument) return;
  const current = inDocument.get(AGENCY_KEY);
  if ((current ?? null) === agency) return; // nothing to save: leave the document untouched
  if (agency) inDocument.set(AGENCY_KEY, agency);
  else inDocument.remove(AGENCY_KEY);
  // A read-only document cannot save settings; the user's own default above still applies.
  await new Promise<void>((resolve) => inDocument.saveAsync(() => resolve()));
}

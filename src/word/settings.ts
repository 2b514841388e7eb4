/**
 * Pane settings. The agency name belongs with the document (everyone editing it sees the same wording),
 * so it is kept in the document's add-in settings (Office.context.document.settings, saved with the
 * file: https://learn.microsoft.com/javascript/api/office/office.settings) and also as this user's default
 * for new documents in the pane's local storage. "Insert as" is a personal habit: local storage only.
 * (Roaming settings exist only in Outlook.) Both stores can hold anything (a crafted document, a tampered
 * profile), so every agency name read is cleaned with cleanAgencyName.
 */
import { cleanAgencyName, isTamperedAgencyName } from "../core/agencyName";
import type { InsertForm, PaneSettings } from "./gateway";

const AGENCY_KEY = "cxLanguage.agency";
// A new key: the old one ("cxLanguage.insertAs") held the former default, a bulleted list, for everyone who
// ever saved settings; matching the surrounding text is the default now.
const INSERT_FORM_KEY = "cxLanguage.insertForm";
// The review-workflow switches are the user's own choice, like the insert form: "1" when on.
const TRACKED_KEY = "cxLanguage.insertAsTrackedChange";
const COMMENT_KEY = "cxLanguage.commentWithSource";
const INSERT_FORMS: readonly InsertForm[] = ["match", "paragraphs", "list"];

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
  const agency = cleanAgencyName(documentSettings(office)?.get(AGENCY_KEY)) ?? cleanAgencyName(storage?.getItem(AGENCY_KEY));
  const stored = storage?.getItem(INSERT_FORM_KEY);
  const insertForm = INSERT_FORMS.find((form) => form === stored) ?? "match";
  return { agency, insertForm, insertAsTrackedChange: storage?.getItem(TRACKED_KEY) === "1", commentWithSource: storage?.getItem(COMMENT_KEY) === "1" };
}

export async function savePaneSettings(office: typeof Office, settings: PaneSettings): Promise<void> {
  const storage = userStorage();
  const inDocument = documentSettings(office);
  const agency = cleanAgencyName(settings.agency);
  const current: unknown = inDocument?.get(AGENCY_KEY);
  // Saving other settings re-saves the name the pane showed. When that name is the cleaned form of a value
  // this pane never wrote (a crafted document), it goes back into that document but does not become
  // the user's default for every other document.
  const fromTamperedDocument = agency !== null && isTamperedAgencyName(current) && cleanAgencyName(current) === agency;
  if (storage) {
    if (!fromTamperedDocument) {
      if (agency) storage.setItem(AGENCY_KEY, agency);
      else storage.removeItem(AGENCY_KEY);
    }
    storage.setItem(INSERT_FORM_KEY, settings.insertForm);
    for (const [key, on] of [[TRACKED_KEY, settings.insertAsTrackedChange], [COMMENT_KEY, settings.commentWithSource]] as const) {
      if (on) storage.setItem(key, "1");
      else storage.removeItem(key);
    }
  }
  if (!inDocument) return;
  if ((current ?? null) === agency) return; // nothing to save: leave the document untouched
  if (agency) inDocument.set(AGENCY_KEY, agency);
  else inDocument.remove(AGENCY_KEY);
  // A read-only document cannot save settings; the user's own default above still applies.
  await new Promise<void>((resolve) => inDocument.saveAsync(() => resolve()));
}

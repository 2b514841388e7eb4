import { useCallback, useMemo, useState } from "react";
import { cleanAgencyName } from "../../core/agencyName";
import type { Library, PlaceholderValues } from "../../core/library";
import type { DocumentGateway, PaneSettings, WordProblem } from "../../word/gateway";
import { problemFrom } from "../problems";

const FALLBACK: PaneSettings = { agency: null, insertForm: "match", insertAsTrackedChange: false, commentWithSource: false };

export type SettingsModel = {
  settings: PaneSettings;
  /** Placeholder values for rendering, search and insertion. */
  values: PlaceholderValues;
  /** What {{agency}} becomes when the user has not named an agency (the build's, else the library's). */
  defaultAgency: string;
  /** The agency the library's own resources (websites, communities) belong to, e.g. "DHS". */
  libraryAgency: string;
  /** Applies `next` at once and remembers it; resolves to a problem when it could not be remembered. */
  save: (next: PaneSettings) => Promise<WordProblem | null>;
};

function loadOrDefault(gateway: DocumentGateway): PaneSettings {
  try {
    return gateway.loadSettings();
  } catch {
    return FALLBACK; // unreadable storage must not stop the pane
  }
}

export function useSettings(gateway: DocumentGateway, library: Library, buildAgency?: string): SettingsModel {
  const [settings, setSettings] = useState<PaneSettings>(() => loadOrDefault(gateway));
  const libraryAgency = library.placeholders.agency?.default ?? "";
  const defaultAgency = cleanAgencyName(buildAgency) ?? libraryAgency;
  const agency = cleanAgencyName(settings.agency) ?? defaultAgency;
  const values = useMemo<PlaceholderValues>(() => ({ agency }), [agency]);

  const save = useCallback(
    async (next: PaneSettings) => {
      const cleaned: PaneSettings = { ...next, agency: cleanAgencyName(next.agency) };
      setSettings(cleaned);
      try {
        await gateway.saveSettings(cleaned);
        return null;
      } catch (error) {
        return problemFrom(error);
      }
    },
    [gateway],
  );

  return { settings, values, defaultAgency, libraryAgency, save };
}

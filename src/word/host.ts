/**
 * The pane's first contact with Office: is it running inside Word, which API sets does this Word
 * have, and which theme is it using. Everything else in src/word assumes connectToHost() said "word".
 */
import { themeModeForBackground, type ThemeMode } from "../core/theme";
import type { DocumentGateway } from "./gateway";
import { createWordGateway } from "./wordGateway";

export type HostConnection =
  | {
      kind: "word";
      /** WordApi 1.3: reading paragraphs around the cursor (section detection) and list-aware insertion. */
      canDetectSections: boolean;
      /** WordApi 1.4: Document.changeTrackingMode, to warn that insertions will be tracked. */
      canReadTrackChanges: boolean;
      theme: ThemeMode | null;
    }
  | {
      kind: "outside-office";
      /** "no-office-js": office.js did not load; "other-host": loaded outside Word (plain browser or another app). */
      reason: "no-office-js" | "other-host";
    };

/** Resolves once Office is ready; never rejects, so the pane can always render something useful. */
export async function connectToHost(): Promise<HostConnection> {
  if (typeof Office === "undefined") return { kind: "outside-office", reason: "no-office-js" };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Word) return { kind: "outside-office", reason: "other-host" };
  const requirements = Office.context.requirements;
  return {
    kind: "word",
    canDetectSections: requirements.isSetSupported("WordApi", "1.3"),
    canReadTrackChanges: requirements.isSetSupported("WordApi", "1.4"),
    theme: themeModeForBackground(Office.context.officeTheme?.bodyBackgroundColor),
  };
}

/** The gateway over the office.js globals: the one place they are handed to the Word layer. */
export function connectGateway(connection: Extract<HostConnection, { kind: "word" }>): DocumentGateway {
  return createWordGateway({ Word, Office }, { canReadTrackChanges: connection.canReadTrackChanges });
}

/**
 * Reads the plain-text seed (cx-templates-for-pds-and-pwps.txt) into its pieces of language, so the
 * tests can cross-check the library against it. Strict on purpose: a line it does not recognise
 * fails the test instead of being skipped silently.
 */
import type { LanguageKind } from "../../src/core/library";

export interface SeedPiece {
  section: string;
  kind: LanguageKind;
  /** As in the seed, minus the "· " bullet and trailing whitespace. */
  text: string;
  /** The prefix the seed writes before the text ("Level 3", ...), when it has one. */
  label?: string;
  /** For an example activity: the text of its performance goal. */
  goal?: string;
}

const PD_HEADINGS: Record<string, { section: string; kind: LanguageKind }> = {
  Introduction: { section: "introduction", kind: "introduction-statement" },
  "Major Duties": { section: "major-duties", kind: "duty-statement" },
  "Factor 1: Knowledge": { section: "factor-1", kind: "knowledge-skill" },
  "Factor 3: Guidelines": { section: "factor-3", kind: "factor-statement" },
  "Factor 5: Scope and effect": { section: "factor-5", kind: "factor-statement" },
  "Factors 6 and 7: Contacts and purpose of contacts": { section: "factors-6-7", kind: "factor-statement" },
};

/** Headings and explanations that are not language to insert. */
const FRAME_LINES = new Set([
  "Templates for PDs and PWPs to Improve CX",
  "SUGGESTIONS FOR PD CX LANGUAGE BY SECTION:",
  "PD section",
  "Templates / Suggestions",
  "SUGGESTIONS/TEMPLATES FOR PWP CX:",
  "General Schedule (GS) PWPs",
  "CORE COMPETENCY CUSTOMER SERVICE",
  "PERFORMANCE GOAL",
  "EXAMPLE ACTIVITIES",
  "Senior Executive Service PWPs",
]);

export const GS_REQUIREMENT_LABEL = "Customer Experience specific performance requirement applicable to all GS";
export const SES_REQUIREMENT_LABEL = "Already applicable to all SES (since 2023)";

const BULLET = "\u00b7 ";

export function parseSeed(seedText: string): SeedPiece[] {
  const pieces: SeedPiece[] = [];
  let pd: { section: string; kind: LanguageKind } | undefined;
  let inGoals = false;
  let goal: string | undefined;

  seedText.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.replace(/^\t+/, "").trimEnd();
    if (line === "") return;
    if (line.startsWith("A human-centered culture needs employees")) return; // the document's preamble
    if (PD_HEADINGS[line]) {
      pd = PD_HEADINGS[line];
      return;
    }
    if (FRAME_LINES.has(line)) {
      if (line.startsWith("SUGGESTIONS/TEMPLATES FOR PWP")) pd = undefined;
      if (line === "EXAMPLE ACTIVITIES") inGoals = true;
      if (line === "Senior Executive Service PWPs") inGoals = false;
      return;
    }
    if (pd) {
      const text = pd.kind === "introduction-statement" ? line : stripBullet(line, index);
      pieces.push({ section: pd.section, kind: pd.kind, text });
      return;
    }
    const gs = `${GS_REQUIREMENT_LABEL}: `;
    if (line.startsWith(gs)) {
      pieces.push({ section: "gs-customer-service", kind: "competency-requirement", text: line.slice(gs.length), label: GS_REQUIREMENT_LABEL });
      return;
    }
    const level = /^(Level [1-5]): (.+)$/.exec(line);
    if (level) {
      pieces.push({ section: "gs-customer-service", kind: "rating-level", text: level[2], label: level[1] });
      return;
    }
    const ses = `${SES_REQUIREMENT_LABEL}: `;
    if (line.startsWith(ses)) {
      pieces.push({ section: "ses-requirement", kind: "ses-requirement", text: line.slice(ses.length), label: SES_REQUIREMENT_LABEL });
      return;
    }
    if (inGoals) {
      if (line.startsWith(BULLET)) {
        if (!goal) throw new Error(`Seed line ${index + 1}: an example activity before any goal`);
        pieces.push({ section: "gs-performance-goals", kind: "example-activity", text: stripBullet(line, index), goal });
      } else {
        goal = line;
        pieces.push({ section: "gs-performance-goals", kind: "performance-goal", text: line });
      }
      return;
    }
    throw new Error(`Seed line ${index + 1} is not recognised: ${JSON.stringify(line)}`);
  });
  return pieces;
}

function stripBullet(line: string, index: number): string {
  if (!line.startsWith(BULLET)) throw new Error(`Seed line ${index + 1} should be a "· " bullet: ${JSON.stringify(line)}`);
  return line.slice(BULLET.length);
}

/**
 * Which part of a performance plan (PWP) the cursor is in, from the paragraphs before it: the counterpart of
 * sections.ts for plans. Plans have no fixed outline, so parts are recognised by the headings plans really use
 * ("Core Competencies", "Customer Service", "Performance Goals", "Performance Goal 2: …", "Critical Elements",
 * "Signatures") and an unrecognised sub-heading belongs to the recognised heading above it.
 *
 *   planPartAt([h1("Performance Goals"), h2("Goal 1: Reduce wait times"), bullet("Analyze…")], 2)
 *   // → { id: "performance-goals", name: "Performance goals", librarySection: "gs-performance-goals" }
 */
import { headingLevel, looksLikeHeadingLine, type ParagraphInfo } from "./headingLine";
import { plainHeadingText } from "./headingParts";
import { normaliseText, trimTrailing } from "./textMatch";

/** A part of a plan, named in the pane's words (never the heading's own text). */
export interface PlanPart {
  id: PlanPartId;
  name: string;
  /** The PWP library section whose language applies here, or null where none does. */
  librarySection: PlanLibrarySectionId | null;
}

export type PlanLibrarySectionId = "gs-customer-service" | "gs-performance-goals" | "ses-requirement";

type PlanPartRow = { id: string; name: string; library: PlanLibrarySectionId | null; pattern: RegExp };

/**
 * The plan vocabulary, tried in order on a heading's plain text (lower case, numbering removed). Adding a way
 * plans word a heading is one pattern here.
 */
const PLAN_PARTS = [
  {
    id: "ses-requirement",
    name: "SES performance requirement",
    library: "ses-requirement",
    pattern: /^(?:ses\b|senior executive|executive core qualifications?|ecqs?\b|performance requirements?\b.*\b(?:ses|executive))/,
  },
  {
    id: "customer-service-competency",
    name: "Customer Service competency",
    library: "gs-customer-service",
    pattern: /^(?:(?:core\s+)?competency\s*\d*\s*[:–-]\s*)?customer\s+(?:service|experience|focus)\b/,
  },
  { id: "competencies", name: "Core competencies", library: "gs-customer-service", pattern: /^(?:core\s+|general\s+|technical\s+)?competenc(?:y|ies)\b/ },
  {
    id: "performance-goals",
    name: "Performance goals",
    library: "gs-performance-goals",
    pattern: /^(?:(?:individual\s+|annual\s+)?performance\s+goals?\b|goals?\s*(?:\d+|[ivx]+\b|[:–-])|goals?$|(?:cx|customer experience)\s+goals?\b)/,
  },
  {
    id: "elements",
    name: "Performance elements",
    library: null,
    pattern: /^(?:(?:non-?)?critical\s+elements?\b|performance\s+elements?\b|elements?\s*(?:\d|[ivx]+\b)|performance\s+standards?\b)/,
  },
  { id: "rating", name: "Rating", library: null, pattern: /^(?:rating|summary rating|overall rating|appraisal|progress reviews?|mid-?\s*(?:year|cycle))\b/ },
  { id: "signatures", name: "Signatures", library: null, pattern: /^(?:signatures?|acknowledg(?:e)?ments?|certification)\b/ },
] as const satisfies readonly PlanPartRow[];

export type PlanPartId = (typeof PLAN_PARTS)[number]["id"] | "other";

/** Every id, for tests and the pane. */
export const PLAN_PART_IDS: readonly PlanPartId[] = [...PLAN_PARTS.map((row) => row.id), "other"];

/** A heading of no part the library serves, or a place whose heading is out of sight. */
export const OTHER_PLAN_PART: PlanPart = { id: "other", name: "A part of the plan without CX language", librarySection: null };
const OTHER = OTHER_PLAN_PART;

function partFromRow(row: PlanPartRow): PlanPart {
  return { id: row.id as PlanPartId, name: row.name, librarySection: row.library };
}

/** Plain lower-case heading text: numbering ("II.", "A.") and trailing colons removed. */
function headingWords(text: string): string {
  return trimTrailing(plainHeadingText(normaliseText(text)).toLowerCase(), /[:\s]/);
}

/**
 * The part a heading-like paragraph names, or null when the paragraph is not a heading at all. A bold or
 * styled line that none of the rows know is "other" (a heading, but of no part we serve).
 */
export function classifyPlanHeading(p: ParagraphInfo): PlanPart | null {
  const words = headingWords(p.text ?? "");
  if (!words) return null;
  // "Rating Period: October 1, 2025 – …" is a label with its value, not a heading; a goal's or a competency's
  // title ("Performance Goal 1: Reduce wait times", "Competency 3: Customer Service") is one.
  const labelWithValue = /:\s*\S/.test(words);
  const row = PLAN_PARTS.find(
    (candidate) => candidate.pattern.test(words) && (!labelWithValue || candidate.library === "gs-performance-goals" || candidate.library === "gs-customer-service"),
  );
  if (!row && labelWithValue) return null;
  // A "Performance Goal 1: Reduce the time customers wait…" line is a heading even when long or sentence-like.
  if (row && (row.id === "performance-goals" || looksLikeHeadingLine(p) || headingLevel(p) !== null)) return partFromRow(row);
  if (headingLevel(p) !== null || /^(?:title|subtitle)$/i.test(p.styleBuiltIn ?? "")) return OTHER;
  if (p.isListItem !== true && p.bold === true && looksLikeHeadingLine(p)) return OTHER;
  return null;
}

/** How deep a heading sits: its outline level, or below every outline level for a bold line. */
function depthOf(p: ParagraphInfo): number {
  return headingLevel(p) ?? (/^title$/i.test(p.styleBuiltIn ?? "") ? 0 : 10);
}

export type PlanPlace = { kind: "before-parts" } | { kind: "part"; part: PlanPart };

/**
 * The plan part holding paragraph `index`: the nearest heading before (or at) it, or, when that heading is of no
 * known part, the nearest known heading above it in the outline. A title counts as no part.
 */
export function planPartAt(paragraphs: readonly ParagraphInfo[], index: number): PlanPlace {
  let innermost: number | null = null;
  for (let i = Math.min(index, paragraphs.length - 1); i >= 0; i--) {
    const p = paragraphs[i]!;
    const part = classifyPlanHeading(p);
    if (!part) continue;
    const depth = depthOf(p);
    if (depth === 0) break; // the document's title: above every part
    if (innermost === null) {
      if (part.id !== "other") return { kind: "part", part };
      innermost = depth;
      continue;
    }
    // Only headings above the innermost one in the outline enclose it.
    if (depth < innermost) {
      if (part.id !== "other") return { kind: "part", part };
      innermost = depth;
    }
  }
  return innermost === null ? { kind: "before-parts" } : { kind: "part", part: OTHER };
}

/** "Performance Goal 2: …", "Goal 3 – …": one goal's title, not the "Performance Goals" part heading. */
export function isGoalTitle(p: ParagraphInfo): boolean {
  return classifyPlanHeading(p)?.id === "performance-goals" && /\bgoal\s*(?:\d+|[ivx]+\b)/.test(headingWords(p.text ?? ""));
}

/** How the last goal title before the end of `paragraphs` looks (style name and bold), or null when none is there. */
export function goalFormIn(paragraphs: readonly ParagraphInfo[]): { style: string; bold: boolean } | null {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (isGoalTitle(p)) return { style: p.style ?? "Normal", bold: p.bold === true };
  }
  return null;
}

/**
 * What detection tells the pane about a plan from the paragraphs it read (the cursor's last): the part, or null
 * before the first part (only when the paragraphs reach the document start), and how the goals before it look.
 */
export function planReading(paragraphs: readonly ParagraphInfo[], reachedStart: boolean): { part: PlanPart | null; goalForm: { style: string; bold: boolean } | null } {
  const at = planPartAt(paragraphs, paragraphs.length - 1);
  const part = at.kind === "part" ? at.part : reachedStart ? null : OTHER_PLAN_PART;
  return { part, goalForm: goalFormIn(paragraphs) };
}

/**
 * Which part of a performance plan (PWP) the cursor is in, from the paragraphs before it: the counterpart of
 * sections.ts for plans. Plans have no fixed outline, so parts are recognised by the headings plans really use
 * ("Core Competencies", "Customer Service", "Performance Goals", "Performance Goal 2: …", "Critical Elements",
 * "Signatures") and an unrecognised sub-heading belongs to the recognised heading above it.
 *
 *   planPartAt([h1("Performance Goals"), h2("Goal 1: Reduce wait times"), bullet("Analyze…")], 2)
 *   // → { id: "performance-goals", name: "Performance goals", librarySection: "gs-performance-goals" }
 */
import { countWords, endsLikeSentence, headingLevel, looksLikeHeadingLine, type ParagraphInfo } from "./headingLine";
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

/** The names plans give the customer-service part, after a number or on their own. */
const CUSTOMER_SERVICE = /^customer\s+(?:service|experience|focus)\b/;

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
 * A numbered element's title, in any formatting: "Critical Element 4: Customer Service", "Element 3 – Customer Focus",
 * "CE 1 (Customer Service)". Group 1 is what follows the number.
 */
const NUMBERED_ELEMENT = /^(?:(?:(?:non-?)?critical|performance|job)\s+)?elements?\s*(?:#|no\.?)?\s*(?:\d{1,2}|[ivx]{1,5})(?![a-z0-9])(.*)$|^ce\s*#?\s*\d{1,2}(?![a-z0-9])(.*)$/;
const TITLE_SEPARATOR = /^\s*[:.)\]–—-]*\s*\(?\s*/;

/** "Performance Goal 2: …", "Competency 3: …", "Critical Element 1 – …": one item of a plan, numbered. */
const NUMBERED_TITLE = /^(?:(?:individual\s+|annual\s+)?performance\s+)?goal\s*(?:\d+|[ivx]+\b)|^(?:core\s+)?competency\s*\d/;

const ELEMENTS = PLAN_PARTS.find((row) => row.id === "elements")!;
const CUSTOMER_SERVICE_PART = PLAN_PARTS.find((row) => row.id === "customer-service-competency")!;

/** The part a numbered element's title names, or null when the words are no such title ("Element 2 is …"). */
function numberedElement(words: string): PlanPartRow | null {
  const m = NUMBERED_ELEMENT.exec(words);
  if (!m) return null;
  const rest = m[1] ?? m[2] ?? "";
  const separator = TITLE_SEPARATOR.exec(rest)![0];
  const name = rest.slice(separator.length);
  if (CUSTOMER_SERVICE.test(name)) return CUSTOMER_SERVICE_PART;
  // A title ends after its number or a separator; "Element 2 is rated…" is a sentence.
  return name === "" || separator.trim() !== "" ? ELEMENTS : null;
}

/** A short plain line that is a part's name and nothing else ("Customer service", "Core competencies"). */
function namesPartAlone(p: ParagraphInfo, words: string): boolean {
  return p.isListItem !== true && countWords(words, 6) <= 5 && !endsLikeSentence(words);
}

/** The plan's own title, however it is formatted. */
const PLAN_TITLE = /^(?:[a-z]+\s+){0,4}(?:performance|appraisal)\s+(?:work\s+|appraisal\s+|management\s+)?(?:plan|agreement)$/;

/** Lines that label what sits inside an element ("Performance Standard:", "Fully Successful") rather than open a part. */
const WITHIN_PART_LABEL =
  /^(?:performance\s+)?(?:standards?|measures?|expectations?|indicators?)\b|^(?:level\s*\d\b|fully\s+successful|minimally\s+successful|exceeds|outstanding|unacceptable|unsatisfactory)/;

/**
 * The part a heading-like paragraph names, or null when the paragraph is not a heading at all. Plans are often typed
 * as plain text, so a line counts by its wording: a numbered element, goal or competency title, or a short line that
 * is a part's name. A bold or styled line (or a Title Case table cell) that none of the rows know is "other" (a
 * heading, but of no part we serve).
 */
export function classifyPlanHeading(p: ParagraphInfo): PlanPart | null {
  const words = headingWords(p.text ?? "");
  if (!words) return null;
  // "Senior Executive Service Performance Plan" names the whole document, none of its parts.
  if (PLAN_TITLE.test(words)) return OTHER;
  const styled = headingLevel(p) !== null;
  const element = numberedElement(words);
  if (element) return partFromRow(element);
  // "Performance Standards" styled as a heading opens a part of the plan; typed as a line inside an element it labels
  // that element's standard.
  if (!styled && WITHIN_PART_LABEL.test(words)) return null;
  // "Rating Period: October 1, 2025 – …" is a label with its value, not a heading; a goal's or a competency's
  // title ("Performance Goal 1: Reduce wait times", "Competency 3: Customer Service") is one.
  const labelWithValue = /:\s*\S/.test(words);
  const row = PLAN_PARTS.find(
    (candidate) => candidate.pattern.test(words) && (!labelWithValue || candidate.library === "gs-performance-goals" || candidate.library === "gs-customer-service"),
  );
  if (!row && labelWithValue) return null;
  // A "Performance Goal 1: Reduce the time customers wait…" line is a heading even when long or sentence-like.
  if (row && (row.id === "performance-goals" || styled || looksLikeHeadingLine(p) || (!labelWithValue && namesPartAlone(p, words)))) return partFromRow(row);
  if (styled || /^(?:title|subtitle)$/i.test(p.styleBuiltIn ?? "")) return OTHER;
  if (p.isListItem === true || !looksLikeHeadingLine(p)) return null;
  // Bold lines, and in an elements table the cells that name an element ("Program Management").
  return p.bold === true || ((p.tableNestingLevel ?? 0) > 0 && looksLikeHeadingLine({ ...p, tableNestingLevel: 0 })) ? OTHER : null;
}

/**
 * How deep a heading sits: a title above all; its outline level; then an unstyled numbered title ("Critical Element 4: …"), which holds
 * the bold or plain labels under it; then every other bold or plain line.
 */
function depthOf(p: ParagraphInfo): number {
  const words = headingWords(p.text ?? "");
  if (/^title$/i.test(p.styleBuiltIn ?? "") || PLAN_TITLE.test(words)) return 0;
  const level = headingLevel(p);
  if (level !== null) return level;
  return NUMBERED_ELEMENT.test(words) || NUMBERED_TITLE.test(words) ? 9.5 : 10;
}

export type PlanPlace = { kind: "before-parts" } | { kind: "part"; part: PlanPart };

type OpenHeading = { depth: number; part: PlanPart; index: number };

/**
 * The one walk over a plan that planPartAt and planPartSpans share: paragraphs 0..last in order, with `visit(i, open)`
 * told the headings enclosing paragraph i (outermost first: each one deeper in the outline than the one before it).
 * A title closes every heading before it.
 */
function walkPlan(paragraphs: readonly ParagraphInfo[], last: number, visit?: (index: number, open: readonly OpenHeading[]) => void): OpenHeading[] {
  const open: OpenHeading[] = [];
  for (let i = 0; i <= last; i++) {
    const p = paragraphs[i];
    const part = p && typeof p.text === "string" ? classifyPlanHeading(p) : null;
    if (p && part) {
      const depth = depthOf(p);
      if (depth === 0) open.length = 0;
      else {
        while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
        open.push({ depth, part, index: i });
      }
    }
    visit?.(i, open);
  }
  return open;
}

/** The part the enclosing headings give a paragraph: the innermost known one, else "other" (null: before every part). */
function partIn(open: readonly OpenHeading[]): { part: PlanPart; start: number } | null {
  for (let k = open.length - 1; k >= 0; k--) if (open[k]!.part.id !== "other") return { part: open[k]!.part, start: open[k]!.index };
  return open.length > 0 ? { part: OTHER, start: open[open.length - 1]!.index } : null;
}

/**
 * The plan part holding paragraph `index`: the nearest heading before (or at) it, or, when that heading is of no
 * known part, the nearest known heading above it in the outline. A title counts as no part.
 */
export function planPartAt(paragraphs: readonly ParagraphInfo[], index: number): PlanPlace {
  const found = partIn(walkPlan(paragraphs, Math.min(index, paragraphs.length - 1)));
  return found ? { kind: "part", part: found.part } : { kind: "before-parts" };
}

/** A run of paragraphs in one part of a plan: its heading's paragraph `start` through paragraph `end`. */
export interface PlanPartSpan {
  part: PlanPart;
  start: number;
  end: number;
}

/** Every part of a whole plan, in order, in one pass (the paragraphs before the first part are in none). */
export function planPartSpans(paragraphs: readonly ParagraphInfo[]): PlanPartSpan[] {
  const spans: PlanPartSpan[] = [];
  walkPlan(paragraphs, paragraphs.length - 1, (index, open) => {
    const found = partIn(open);
    if (!found) return;
    const current = spans[spans.length - 1];
    if (current && current.start === found.start) current.end = index;
    else spans.push({ part: found.part, start: found.start, end: index });
  });
  return spans;
}

/** "Performance Goal 2: …", "Goal 3 – …": one goal's title, not the "Performance Goals" part heading. */
export function isGoalTitle(p: ParagraphInfo): boolean {
  return classifyPlanHeading(p)?.id === "performance-goals" && /\bgoal\s*(?:\d+|[ivx]+\b)/.test(headingWords(p.text ?? ""));
}

/**
 * How a plan numbers its goals: "Performance Goal 2: …" is label "Performance Goal", separator ": ", and the next
 * goal is number 3.
 */
export type GoalNumbering = { label: string; next: number; separator: string };

/** How the plan's goal titles look: style and bold, and their numbering (null when they are not numbered "Goal 2"). */
export type GoalForm = { style: string; bold: boolean; numbering?: GoalNumbering | null };

const GOAL_NUMBER = /^(.*?\bgoal)\s*(\d{1,2})(?![0-9])(\s*[:.–—-]\s*|\s+|$)/i;

function goalNumbering(text: string): GoalNumbering | null {
  // The title as typed, dashes and all: the new goal's title repeats its form.
  const m = GOAL_NUMBER.exec(text.trim());
  if (!m) return null;
  const raw = m[3]!;
  // "Goal 2" alone on its line, its name below: a new goal's title gets a colon.
  const separator = raw === "" ? ": " : /\s$/.test(raw) ? raw : `${raw} `;
  return { label: m[1]!, next: Number(m[2]) + 1, separator };
}

/** How the last goal title before the end of `paragraphs` looks, or null when none is there. */
export function goalFormIn(paragraphs: readonly ParagraphInfo[]): GoalForm | null {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (isGoalTitle(p)) return { style: p.style ?? "Normal", bold: p.bold === true, numbering: goalNumbering(p.text) };
  }
  return null;
}

/**
 * What detection tells the pane about a plan from the paragraphs it read (the cursor's last): the part, or null
 * before the first part (only when the paragraphs reach the document start), and how the goals before it look.
 */
export function planReading(paragraphs: readonly ParagraphInfo[], reachedStart: boolean): { part: PlanPart | null; goalForm: GoalForm | null } {
  const at = planPartAt(paragraphs, paragraphs.length - 1);
  const part = at.kind === "part" ? at.part : reachedStart ? null : OTHER_PLAN_PART;
  return { part, goalForm: goalFormIn(paragraphs) };
}

/** A plan for General Schedule employees (the Customer Service competency, goals) or for the Senior Executive Service. */
export type PlanKind = "gs" | "ses";

const SES_WORDS = /\b(?:senior\s+executive|ses|executive\s+core\s+qualifications?|ecqs?)\b/;
const GS_WORDS = /\b(?:gs-?\s?\d+|general\s+schedule)\b/;

/**
 * An SES plan names the Senior Executive Service (or its ECQs) in its title or headings and no General Schedule grade
 * ("GS-0343-11"); every other plan is a GS plan. Only short lines count: prose may mention either.
 */
export function planKindOf(paragraphs: readonly ParagraphInfo[], limit = 600): PlanKind {
  let ses = false;
  for (let i = 0; i < Math.min(paragraphs.length, limit); i++) {
    const text = paragraphs[i]?.text;
    if (typeof text !== "string" || text.length > 160) continue;
    const words = headingWords(text);
    if (GS_WORDS.test(words)) return "gs";
    if (SES_WORDS.test(words)) ses = true;
  }
  return ses ? "ses" : "gs";
}

/**
 * "What does this PD still lack?": the CX sections of a whole document, each found or not, each with the library
 * items it already holds. One pass over the paragraphs for the sections, each paragraph folded once for matching;
 * reviewDocumentInSlices does the same work in slices, for long documents.
 *
 *   reviewDocument(library, paragraphs, { agency: "USDA" })
 *   // → { kind: "pd", sections: [{ librarySection: "introduction", entryIds: ["pd-intro-01"],
 *   //       entries: [{ id: "pd-intro-01", state: "approved" }], … }, …],
 *   //     withLanguage: 4, total: 6, counts: { approved: 5, adapted: 2, earlier: 0 } }
 *
 * A performance plan is reviewed the same way for the parts its kind of plan takes: a GS plan the Customer Service
 * competency and the goals, an SES plan the SES requirement.
 */
import { looksLikePerformancePlan } from "./documentType";
import type { EntryState } from "./entryStates";
import type { ParagraphInfo } from "./headingLine";
import type { Library, PlaceholderValues } from "./library";
import { LIBRARY_SECTION_IDS, type LibrarySectionId } from "./pdVocabulary";
import { planKindOf, planPartSpans, type PlanKind, type PlanLibrarySectionId } from "./planSections";
import { comparableText, createEntryFinder, lookingPhase } from "./presence";
import { runPhases, runPhasesInSlices, type Phase, type SliceControl } from "./schedule";
import { sectionSpanWalk } from "./sections";

/** One CX section of the PD (or part of a plan) as the review shows it. */
export interface ReviewedSection {
  librarySection: LibrarySectionId | PlanLibrarySectionId;
  /** The library's name for it, e.g. "Factor 3 – Guidelines". */
  name: string;
  /** Paragraph index of its heading, or null when the document has no such section. */
  headingIndex: number | null;
  /** Last paragraph index of the section (where "Add suggestions" puts the cursor), or null when not found. */
  endIndex: number | null;
  /** Library items already in the section, in library order. */
  entryIds: string[];
  /** The same items, each with how it stands (approved, adapted, earlier wording). */
  entries: { id: string; state: EntryState }[];
}

/** How many of the entries found in the reviewed sections stand in each state. */
export type ReviewCounts = Record<EntryState, number>;

type Reviewed = { sections: ReviewedSection[]; withLanguage: number; total: number; counts: ReviewCounts };

export type Review =
  /** A PD: its CX sections in document order, then the ones it lacks. */
  | ({ kind: "pd" } & Reviewed)
  /** A performance plan: the parts its kind of plan takes, in document order, then the ones it lacks. */
  | ({ kind: "plan"; plan: PlanKind } & Reviewed)
  /** No PD section recognised: probably not a PD. */
  | { kind: "not-a-pd" };

/** The whole review at once. */
export function reviewDocument(library: Library, paragraphs: readonly ParagraphInfo[], values: PlaceholderValues = {}): Review {
  return runPhases(reviewPhases(library, paragraphs, values));
}

/** The same review in slices that hand the thread back (schedule.inSlices), for long documents; null when cancelled. */
export function reviewDocumentInSlices(library: Library, paragraphs: readonly ParagraphInfo[], values: PlaceholderValues, control: SliceControl): Promise<Review | null> {
  return runPhasesInSlices(reviewPhases(library, paragraphs, values), control);
}

/** The parts each kind of plan takes CX language in. */
const PLAN_PARTS_BY_KIND: Record<PlanKind, readonly PlanLibrarySectionId[]> = {
  gs: ["gs-customer-service", "gs-performance-goals"],
  ses: ["ses-requirement"],
};

type Span = { librarySection: LibrarySectionId | PlanLibrarySectionId | null; name: string; start: number; end: number };

function* reviewPhases(library: Library, paragraphs: readonly ParagraphInfo[], values: PlaceholderValues): Generator<Phase, Review, void> {
  const folded: string[] = [];
  yield { count: paragraphs.length, step: (i) => folded.push(comparableText(paragraphs[i]!.text ?? "")) };
  if (looksLikePerformancePlan([...paragraphs])) {
    const plan = planKindOf(paragraphs);
    let spans: Span[] = [];
    yield { count: 1, step: () => (spans = planPartSpans(paragraphs).map(({ part, start, end }) => ({ librarySection: part.librarySection, name: part.name, start, end }))) };
    return { kind: "plan", plan, ...(yield* reviewedSections(library, folded, spans, PLAN_PARTS_BY_KIND[plan], values)) };
  }

  const walk = sectionSpanWalk(paragraphs);
  yield { count: paragraphs.length, step: walk.step };
  const spans = walk.spans;
  if (!spans.some((span) => span.section.id !== "other")) return { kind: "not-a-pd" };
  const pdSpans = spans.map(({ section, start, end }) => ({ librarySection: section.librarySection, name: section.name, start, end }));
  return { kind: "pd", ...(yield* reviewedSections(library, folded, pdSpans, LIBRARY_SECTION_IDS, values)) };
}

/**
 * The wanted sections, each from its spans (a section may be written in several places, such as Factors 6 and 7
 * apart: its first heading to its last paragraph for navigation, every span's text for matching), in document order,
 * then the ones the document lacks.
 */
function* reviewedSections(
  library: Library,
  folded: readonly string[],
  spans: readonly Span[],
  wanted: readonly (LibrarySectionId | PlanLibrarySectionId)[],
  values: PlaceholderValues,
): Generator<Phase, Reviewed, void> {
  const byLibrary = new Map<string, { section: ReviewedSection; folded: string[] }>();
  for (const span of spans) {
    const id = span.librarySection;
    if (!id || !wanted.includes(id)) continue;
    let seen = byLibrary.get(id);
    if (!seen) {
      const section = { librarySection: id, name: library.section(id)?.name ?? span.name, headingIndex: span.start, endIndex: span.end, entryIds: [], entries: [] };
      byLibrary.set(id, (seen = { section, folded: [] }));
    }
    seen.section.endIndex = span.end;
    for (let i = span.start; i <= span.end; i++) seen.folded.push(folded[i]!);
  }
  const states = new Map<string, EntryState>(); // each entry once, in its best state, for the counts
  for (const { section, folded: text } of byLibrary.values()) {
    // All of a section's spans in one phase of groups (a span may be one paragraph: one phase each would never hand the
    // thread back). The review needs states, not paragraphs, so where the section's text stands does not matter.
    const finder = createEntryFinder(library, values);
    yield lookingPhase(finder, text);
    section.entries = library.entries().flatMap((entry) => {
      const state = finder.found.get(entry.id)?.state;
      return state ? [{ id: entry.id, state }] : [];
    });
    section.entryIds = section.entries.map((entry) => entry.id);
    for (const { id, state } of section.entries) {
      const before = states.get(id);
      if (before === undefined || STATE_ORDER.indexOf(state) < STATE_ORDER.indexOf(before)) states.set(id, state);
    }
  }
  const missing = wanted.filter((id) => !byLibrary.has(id)).map(
    (id): ReviewedSection => ({ librarySection: id, name: library.section(id)?.name ?? id, headingIndex: null, endIndex: null, entryIds: [], entries: [] }),
  );
  const sections = [...[...byLibrary.values()].map((seen) => seen.section), ...missing];
  const counts: ReviewCounts = { approved: 0, adapted: 0, earlier: 0 };
  for (const state of states.values()) counts[state]++;
  return { sections, withLanguage: sections.filter((s) => s.entryIds.length > 0).length, total: sections.length, counts };
}

/** Best state first. */
const STATE_ORDER: readonly EntryState[] = ["approved", "adapted", "earlier"];
const COUNTED: Record<EntryState, string> = { approved: "approved", adapted: "adapted", earlier: "in earlier wording" };

/**
 * "4 of 6 CX sections have CX language: 5 approved, 2 adapted" ("1 of 2 parts of the plan …"; states with no entry
 * left out), for the review's summary line.
 */
export function reviewSummary(review: Extract<Review, { kind: "pd" | "plan" }>): string {
  const line = `${review.withLanguage} of ${review.total} ${review.kind === "pd" ? "CX sections" : "parts of the plan"} have CX language`;
  const counted = STATE_ORDER.filter((state) => review.counts[state] > 0).map((state) => `${review.counts[state]} ${COUNTED[state]}`);
  return counted.length > 0 ? `${line}: ${counted.join(", ")}` : line;
}

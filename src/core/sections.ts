/**
 * Which part of a Position Description the cursor is in, and which CX library section applies there.
 *
 * Paragraphs between headings belong to the last heading above them. Headings are recognised one
 * paragraph at a time by `classifyHeading` (sectionHeadings.ts); this module adds the rules that
 * depend on what came before:
 *  - a line that may be a sub-heading of the open section is ignored there (`HeadingMatch.ignoredWithin`):
 *    inside Major Duties generic run-in labels ("Guidelines: ..."), "Supervisory Duties", list-item
 *    labels and loosely matched lines; inside Factors 6/7 a bare "Purpose" or "Contacts"; inside an
 *    evaluation statement (or factor summary) the factor names of a summary table's cells;
 *  - a "Factor N" heading with no title takes its FES/GSSG meaning from the latest earlier heading
 *    that revealed the scheme (FES when none did);
 *  - an unrecognised line styled as a heading at the same or a higher level than the heading of the
 *    open section (other than Major Duties) starts an unnamed section ("other"), so that section's
 *    suggestions stop there; a line that only states a level ("Level 1-7, 1250 Points") does not.
 */
import { isLevelStatement } from "./headingParts";
import { headingLevel, looksLikeHeadingLine, type ParagraphInfo } from "./headingLine";
import { isFactorWriteUp, makeSection, type LibrarySectionId, type RecognisedSection, type Scheme } from "./pdVocabulary";
import { inSlices, type SliceControl } from "./schedule";
import { classifyHeading, type HeadingContext } from "./sectionHeadings";

// The public face of section detection: callers import from here.
export { classifyHeading, type HeadingContext, type HeadingMatch } from "./sectionHeadings";
export { PD_SECTION_IDS, type LibrarySectionId, type PdSectionId, type RecognisedSection, type Scheme } from "./pdVocabulary";
export type { ParagraphInfo } from "./headingLine";

export interface SectionAt {
  /** null before the first recognised heading (title block) or when none is in `paragraphs`. */
  section: RecognisedSection | null;
  /** Index of the paragraph whose heading opened `section`. */
  headingIndex: number | null;
  /**
   * true when paragraphs before index 0 could change the answer: no heading was found, or the
   * opening heading's meaning depends on earlier text (a possible duty sub-heading whose enclosing
   * section is not in view, or a title-less "Factor N" with no scheme evidence in view). A caller
   * holding only a window of the document should then look further back; at the start of the
   * document the answer stands as it is.
   */
  needsEarlierContext: boolean;
}

interface Open {
  section: RecognisedSection;
  headingIndex: number;
  level: number | null;
  uncertain: boolean;
  /** An evaluation statement that follows factor write-ups and so restates them (its table rows open nothing). */
  restates: boolean;
}

const NONE: SectionAt = { section: null, headingIndex: null, needsEarlierContext: false };

/** An unrecognised heading's place is named in the pane's words, never with the heading's own text. */
const OTHER_SECTION_NAME = "A part of the PD without CX language";

/**
 * The one walk over the paragraphs that sectionAt and sectionSpans (at once or in slices) use: call the step with
 * paragraph indexes 0, 1, 2… in order; it answers the open section after that paragraph.
 */
function sectionWalk(paragraphs: readonly ParagraphInfo[]): (index: number) => Open | null {
  let open: Open | null = null;
  let scheme: Scheme | null = null;
  let factorSeen = false;
  return (i) => {
    const p = paragraphs[i];
    if (!p || typeof p.text !== "string") return open;
    const context: HeadingContext = { scheme };
    const m = classifyHeading(p, context);
    if (m) {
      // Vocabulary counts as scheme evidence even when the heading itself is ignored below, so a
      // window and the whole document agree.
      if (m.schemeEvidence) scheme = m.schemeEvidence;
      const contextual = m.ignoredWithin.length > 0;
      if (!(open && m.ignoredWithin.includes(open.section.id) && (open.section.id !== "evaluation-statement" || open.restates))) {
        let uncertain: boolean = contextual
          ? open === null || open.uncertain
          : m.schemeFromContext && context.scheme === null;
        // An evaluation statement placed before any factor is the factor write-up itself (its table
        // rows are the factors); whether factors came earlier may lie outside the paragraphs given.
        const isEvaluation = m.section.id === "evaluation-statement";
        if (isEvaluation && !factorSeen) uncertain = true;
        open = { section: m.section, headingIndex: i, level: headingLevel(p), uncertain, restates: isEvaluation && factorSeen };
        if (isFactorWriteUp(m.section.id)) factorSeen = true;
      }
    } else if (open && open.level !== null && open.section.id !== "major-duties") {
      // An unrecognised heading at the open section's level (or above) starts an unnamed section;
      // not inside Major Duties, whose duty sub-headings are often styled like its own heading.
      const level = headingLevel(p);
      if (level !== null && level <= open.level && looksLikeHeadingLine(p) && !isLevelStatement(p.text)) {
        open = { section: makeSection("other", OTHER_SECTION_NAME), headingIndex: i, level, uncertain: open.uncertain, restates: false };
      }
    }
    return open;
  };
}

function atOpen(open: Open | null): SectionAt {
  if (!open) return { section: null, headingIndex: null, needsEarlierContext: true };
  return { section: open.section, headingIndex: open.headingIndex, needsEarlierContext: open.uncertain };
}

/** The section at paragraph `index`. Linear in `index`. */
export function sectionAt(paragraphs: ParagraphInfo[], index: number): SectionAt {
  if (!Array.isArray(paragraphs) || !Number.isInteger(index) || index < 0 || index >= paragraphs.length) return NONE;
  const step = sectionWalk(paragraphs);
  let open: Open | null = null;
  for (let i = 0; i <= index; i++) open = step(i);
  return atOpen(open);
}

/** sectionAt in slices that hand the thread back (schedule.inSlices), for a long run of paragraphs; null when cancelled. */
export async function sectionAtInSlices(paragraphs: ParagraphInfo[], index: number, control: SliceControl): Promise<SectionAt | null> {
  if (!Array.isArray(paragraphs) || !Number.isInteger(index) || index < 0 || index >= paragraphs.length) return NONE;
  const step = sectionWalk(paragraphs);
  let open: Open | null = null;
  return (await inSlices(index + 1, (i) => (open = step(i)), control)) ? atOpen(open) : null;
}

/** A run of paragraphs in one section: its heading's paragraph `start` through paragraph `end`. */
export interface SectionSpan {
  section: RecognisedSection;
  start: number;
  end: number;
}

/** sectionSpans a paragraph at a time (for work in slices): call `step` with indexes 0, 1, 2… in order, then read `spans`. */
export function sectionSpanWalk(paragraphs: readonly ParagraphInfo[]): { step: (index: number) => void; spans: SectionSpan[] } {
  const spans: SectionSpan[] = [];
  const walk = sectionWalk(paragraphs);
  const step = (index: number) => {
    const open = walk(index);
    if (!open) return;
    const current = spans[spans.length - 1];
    if (current && current.start === open.headingIndex) current.end = index;
    else spans.push({ section: open.section, start: open.headingIndex, end: index });
  };
  return { step, spans };
}

/** Every section of a whole document, in order, in one pass (the paragraphs before the first heading are in none). */
export function sectionSpans(paragraphs: readonly ParagraphInfo[]): SectionSpan[] {
  const { step, spans } = sectionSpanWalk(paragraphs);
  for (let i = 0; i < paragraphs.length; i++) step(i);
  return spans;
}

/** The library section whose suggestions apply at paragraph `index`, or null where none does. */
export function librarySectionAt(paragraphs: ParagraphInfo[], index: number): LibrarySectionId | null {
  return sectionAt(paragraphs, index).section?.librarySection ?? null;
}

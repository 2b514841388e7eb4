/**
 * "What does this PD still lack?": the CX sections of a whole document, each found or not, each with the library
 * items it already holds. One pass over the paragraphs for the sections, each paragraph folded once for matching.
 *
 *   reviewDocument(library, paragraphs, { agency: "USDA" })
 *   // → { kind: "pd", sections: [{ librarySection: "introduction", found: true, entryIds: ["pd-intro-01"], … }, …],
 *   //     withLanguage: 4, total: 6 }
 */
import { looksLikePerformancePlan } from "./documentType";
import type { ParagraphInfo } from "./headingLine";
import type { Library, PlaceholderValues } from "./library";
import { LIBRARY_SECTION_IDS, type LibrarySectionId } from "./pdVocabulary";
import { comparableText, entriesInComparableText } from "./presence";
import { sectionSpans } from "./sections";

/** One CX section of the PD as the review shows it. */
export interface ReviewedSection {
  librarySection: LibrarySectionId;
  /** The library's name for it, e.g. "Factor 3 – Guidelines". */
  name: string;
  /** Paragraph index of its heading, or null when the PD has no such section. */
  headingIndex: number | null;
  /** Last paragraph index of the section (where "Add suggestions" puts the cursor), or null when not found. */
  endIndex: number | null;
  /** Library items already in the section, in library order. */
  entryIds: string[];
}

export type Review =
  /** A PD: its CX sections in document order, then the ones it lacks. */
  | { kind: "pd"; sections: ReviewedSection[]; withLanguage: number; total: number }
  /** A performance plan: which plan sections' language it already holds (reviewed as a whole). */
  | { kind: "plan"; parts: { librarySection: string; name: string; entryIds: string[] }[] }
  /** No PD section recognised: probably not a PD. */
  | { kind: "not-a-pd" };

/** Entries present in paragraphs `from`..`to` of the folded document. */
function presentIn(library: Library, folded: readonly string[], from: number, to: number, values: PlaceholderValues): string[] {
  const found = entriesInComparableText(library, folded.slice(from, to + 1).join("\n"), values);
  return library.entries().filter((entry) => found.has(entry.id)).map((entry) => entry.id);
}

export function reviewDocument(library: Library, paragraphs: readonly ParagraphInfo[], values: PlaceholderValues = {}): Review {
  const folded = paragraphs.map((p) => comparableText(p.text ?? ""));
  if (looksLikePerformancePlan([...paragraphs])) {
    const found = new Set(presentIn(library, folded, 0, folded.length - 1, values));
    return {
      kind: "plan",
      parts: library.sections("PWP").map((section) => ({
        librarySection: section.id,
        name: section.name,
        entryIds: library.entriesInSection(section.id).filter((entry) => found.has(entry.id)).map((entry) => entry.id),
      })),
    };
  }

  const spans = sectionSpans(paragraphs);
  if (!spans.some((span) => span.section.id !== "other")) return { kind: "not-a-pd" };

  // A CX section may be written in several places (Factors 6 and 7 apart): its first heading to its last paragraph
  // for navigation, every span's text for matching.
  const byLibrary = new Map<LibrarySectionId, ReviewedSection>();
  for (const span of spans) {
    const id = span.section.librarySection;
    if (!id) continue;
    const entryIds = presentIn(library, folded, span.start, span.end, values);
    const seen = byLibrary.get(id);
    if (seen) {
      seen.endIndex = span.end;
      seen.entryIds = [...new Set([...seen.entryIds, ...entryIds])];
    } else {
      byLibrary.set(id, { librarySection: id, name: library.section(id)?.name ?? span.section.name, headingIndex: span.start, endIndex: span.end, entryIds });
    }
  }
  const missing = LIBRARY_SECTION_IDS.filter((id) => !byLibrary.has(id)).map(
    (id): ReviewedSection => ({ librarySection: id, name: library.section(id)?.name ?? id, headingIndex: null, endIndex: null, entryIds: [] }),
  );
  const sections = [...byLibrary.values(), ...missing];
  return { kind: "pd", sections, withLanguage: sections.filter((s) => s.entryIds.length > 0).length, total: sections.length };
}

/** "4 of 6 CX sections have CX language", for the review's summary line. */
export function reviewSummary(review: Extract<Review, { kind: "pd" }>): string {
  return `${review.withLanguage} of ${review.total} CX sections have CX language`;
}

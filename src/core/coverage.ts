/**
 * CX coverage across many PDs: what one PD holds, section by section, and the report over a batch of them
 * (the coverage page and the `cx-coverage` command write the same report). Built on the review
 * (review.ts): one section detector and one presence and state check for the pane and the report.
 */
import type { LibrarySectionId } from "./pdVocabulary";

/** One CX section of one PD: whether the PD has it, and how many library entries it holds in each state. */
export interface SectionCoverage {
  found: boolean;
  approved: number;
  adapted: number;
  earlier: number;
}

/** One file of the batch: read (with what it holds) or not (with the reason, in plain words). */
export type FileCoverage =
  | {
      /** The file's path as given (relative to the folder chosen), "/" separated. */
      file: string;
      ok: true;
      /** What the review made of it (review.ts): a plan or a document with no PD section has every section not found. */
      kind: "pd" | "plan" | "not-a-pd";
      title: string | null;
      series: string | null;
      grade: string | null;
      sections: Record<LibrarySectionId, SectionCoverage>;
    }
  | { file: string; ok: false; reason: string };

/** The report: the command's JSON, the page's Download JSON. */
export interface CoverageReport {
  library: { version: string };
  files: FileCoverage[];
}

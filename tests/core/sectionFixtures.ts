import { isDeepStrictEqual } from "node:util";
/**
 * Shared by the section-detection tests: paragraph factories, expected-section labels, and the two checks
 * every labelled PD goes through (the library section at each paragraph, and window/whole agreement).
 */
import { librarySectionAt, sectionAt, type LibrarySectionId, type ParagraphInfo } from "../../src/core/sections";

export const body = (text: string): ParagraphInfo => ({ text, style: "Normal", styleBuiltIn: "Normal", bold: false, tableNestingLevel: 0 });
export const bold = (text: string): ParagraphInfo => ({ ...body(text), bold: true });
export const item = (text: string): ParagraphInfo => ({ ...body(text), isListItem: true, style: "List Paragraph", styleBuiltIn: "ListParagraph" });
/** A paragraph in a table cell; `isBold` for the heading cell of a row. */
export const cell = (text: string, isBold = false): ParagraphInfo => ({ ...body(text), tableNestingLevel: 1, bold: isBold });

export type Expected = LibrarySectionId | null;
/** A PD as paragraphs, each with the library section an HR specialist would expect there. */
export type Doc = Array<[ParagraphInfo, Expected]>;

export const I: Expected = "introduction";
export const MD: Expected = "major-duties";
export const F1: Expected = "factor-1";
export const F3: Expected = "factor-3";
export const F5: Expected = "factor-5";
export const F67: Expected = "factors-6-7";
export const NONE: Expected = null;

/** Every paragraph gets its expected section; a failure lists only the paragraphs at fault. */
export function expectLabelledSections(doc: Doc): void {
  const paragraphs = doc.map(([p]) => p);
  const wrong = doc
    .map(([p, expected], i) => ({ i, text: p.text, expected, actual: librarySectionAt(paragraphs, i) }))
    .filter((r) => r.actual !== r.expected);
  expect(wrong).toEqual([]);
}

/**
 * The Word layer reads a window of paragraphs before the cursor: any window that does not ask for earlier
 * context must give the whole document's answer, and the heading it names must be the same paragraph.
 */
export function expectWindowsAgree(paragraphs: ParagraphInfo[]): void {
  // Disagreements are collected and compared once: an expect per window made this quadratic walk slow.
  const disagreements: unknown[] = [];
  for (let index = 0; index < paragraphs.length; index++) {
    const whole = sectionAt(paragraphs, index);
    for (let start = 0; start <= index; start++) {
      const window = sectionAt(paragraphs.slice(start, index + 1), index - start);
      if (start === 0) {
        if (!isDeepStrictEqual(window, whole)) disagreements.push({ index, start, window, whole });
        continue;
      }
      if (window.needsEarlierContext) continue;
      const heading = window.headingIndex === null ? null : window.headingIndex + start;
      if (!isDeepStrictEqual(window.section, whole.section) || heading === null || heading !== whole.headingIndex) {
        disagreements.push({ index, start, section: window.section, heading, whole: { section: whole.section, heading: whole.headingIndex } });
      }
    }
  }
  expect(disagreements).toEqual([]);
}

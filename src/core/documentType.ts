/**
 * Tells a performance plan (Performance Work Plan, appraisal plan) from a Position Description,
 * so the pane can offer the matching part of the library. Conservative: a document that also shows
 * PD structure (Major Duties, Factor headings) is not taken for a plan unless plan headings dominate.
 */
import { plainHeadingText } from "./headingParts";
import { looksLikeHeadingLine, type ParagraphInfo } from "./headingLine";
import { isFactorSection, type PdSectionId } from "./pdVocabulary";
import { classifyHeading } from "./sectionHeadings";

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

// Heading-like lines typical of performance plans, one signal per pattern.
const PLAN_SIGNALS: RegExp[] = [
  /^(?:employee\s+)?performance\s+(?:work\s+|appraisal\s+|management\s+)?plans?\b/,
  /^performance\s+goals?\b/,
  /^performance\s+elements?\b|^element\s+(?:\d|[ivx]+\b)|^ce\s*#?\s*\d{1,2}\b/,
  /^(?:non-?)?critical\s+elements?\b/,
  /^core\s+competenc(?:y|ies)\b/,
  /^rating\s+levels?\b|^(?:summary|overall)\s+rating\b/,
  /^performance\s+(?:standards?|measures?|requirements?|expectations?)\b/,
  /^(?:appraisal|rating|performance)\s+period\b/,
  /^progress\s+reviews?\b|^mid-?\s*(?:year|cycle)\s+(?:review|progress)\b/,
  /^(?:level\s+\d\s*[-:(]?\s*)?(?:fully\s+successful|exceeds\s+fully\s+successful|minimally\s+successful|outstanding|unacceptable)\b/,
  /^customer\s+(?:service|focus|experience)\s*(?:competency|element|\(|:|$)/,
  /^goals?\s+\d/,
];

// Titles that settle the question on their own.
const PLAN_TITLE = /^(?:employee\s+)?performance\s+(?:work\s+|appraisal\s+)?plan\b/;

/** Headings only a Position Description has: Major Duties and the factors. */
function isPdStructure(id: PdSectionId): boolean {
  return id === "major-duties" || isFactorSection(id);
}

/** Only the start of a document is looked at: a plan's headings come early, and a long document costs no more. */
export const PLAN_CHECK_PARAGRAPHS = 600;

export function looksLikePerformancePlan(paragraphs: ParagraphInfo[]): boolean {
  if (!Array.isArray(paragraphs) || paragraphs.length === 0) return false;
  const plan = new Set<number>();
  const pd = new Set<string>();
  let planTitle = false;
  const count = Math.min(paragraphs.length, PLAN_CHECK_PARAGRAPHS);
  for (let i = 0; i < count; i++) {
    const p = paragraphs[i];
    if (!p || typeof p.text !== "string") continue;
    const line = plainHeadingText(p.text);
    if (line.length === 0) continue;
    // Only heading-like lines count (short, a "Label:" or formatted); prose may mention "performance standards".
    const headingLike = line.length <= 100 && (wordCount(line) <= 12 || /^[^:]{1,40}:/.test(line) || looksLikeHeadingLine(p));
    if (headingLike) {
      PLAN_SIGNALS.forEach((re, k) => {
        if (re.test(line)) plan.add(k);
      });
      if (i < 15 && PLAN_TITLE.test(line)) planTitle = true;
    }
    const heading = classifyHeading(p);
    if (heading && isPdStructure(heading.section.id)) pd.add(heading.section.id);
  }
  const planScore = plan.size + (planTitle ? 2 : 0);
  if (pd.size === 0) return planScore >= 2;
  // A PD with a stray plan-like line stays a PD.
  return pd.size <= 1 && planScore >= 4;
}

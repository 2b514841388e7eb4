/**
 * Performance plans in the layouts agencies use, typed as plain text (no heading styles, no bold) unless a layout
 * says otherwise, and documents that must not be taken for plans.
 */
import type { ParagraphInfo } from "../../src/core/headingLine";

export const plain = (text: string): ParagraphInfo => ({ text, styleBuiltIn: "Normal", bold: false, tableNestingLevel: 0 });
export const cell = (text: string): ParagraphInfo => ({ ...plain(text), tableNestingLevel: 1 });
export const bullet = (text: string): ParagraphInfo => ({ ...plain(text), isListItem: true, styleBuiltIn: "ListParagraph" });
const h = (text: string, level: number): ParagraphInfo => ({ text, styleBuiltIn: `Heading${level}`, outlineLevel: level });

/** A GS plan of numbered critical elements; `customerService` is the Customer Service element's title line. */
export function numberedElementsPlan(customerService = "Critical Element 4: Customer Service"): ParagraphInfo[] {
  return [
    plain("Performance Plan"),
    plain("Employee: Jordan Rivera, Management and Program Analyst, GS-0343-11"),
    plain("Appraisal Period: October 1, 2025 to September 30, 2026"),
    plain("Critical Element 1: Program Management"),
    plain("Plans and carries out assigned projects and studies."),
    plain("Fully Successful: Projects are completed on schedule with few revisions."),
    plain("Critical Element 2: Communication"),
    plain("Writes and speaks clearly, tailoring the message to the audience."),
    plain(customerService),
    plain("Responds to customer inquiries within two business days and follows up until they are resolved."),
    plain("Performance Standard:"),
    plain("Fully Successful: Customers receive accurate, complete answers."),
    plain("Critical Element 5: Technical Competence"),
    plain("Applies knowledge of analytical methods to program problems."),
    plain("Signatures"),
    plain("Employee: ______________________   Date: ____________"),
  ];
}
/** Paragraphs of numberedElementsPlan(): inside the Customer Service element, and in the elements around it. */
export const IN_CUSTOMER_SERVICE = [8, 9, 10, 11];
export const IN_OTHER_ELEMENTS = [3, 4, 5, 6, 7, 12, 13];

/** An elements and standards table: each row an element's name in a cell, then its standard. */
export const ELEMENTS_TABLE_PLAN: ParagraphInfo[] = [
  plain("Performance Appraisal Plan"),
  plain("Employee: Jordan Rivera, GS-0343-11"),
  cell("Critical Element"),
  cell("Performance Standard"),
  cell("Customer Service"),
  cell("Responds to customer inquiries within two business days and follows up until they are resolved."),
  cell("Fully Successful"),
  cell("Program Management"),
  cell("Completes assigned projects on schedule."),
  plain("Signatures"),
];

/** Competencies under a "Core Competencies" heading, then goals, all plain. */
export const CORE_COMPETENCIES_PLAN: ParagraphInfo[] = [
  plain("Employee Performance Plan"),
  plain("Rating Period: October 1, 2025 – September 30, 2026"),
  plain("Core Competencies"),
  plain("Each competency is rated on the five-level scale."),
  plain("Customer Service"),
  plain("Anticipates and meets the needs of internal and external customers."),
  plain("Performance Goals"),
  plain("Performance Goal 1: Reduce the time customers wait for a response"),
  plain("Analyze correspondence workload and identify the largest sources of delay."),
  plain("Performance Goal 2: Improve the clarity of customer-facing notices"),
  plain("Revise at least six notices."),
];

/** An SES plan: its title names the Senior Executive Service; elements are the ECQs; the CX requirement has its part. */
export const SES_PLAN: ParagraphInfo[] = [
  h("Senior Executive Service Performance Plan", 1),
  plain("Executive: Dana Whitfield, Deputy Director"),
  plain("Appraisal Period: October 1, 2025 to September 30, 2026"),
  plain("Critical Element 1: Leading Change"),
  plain("Develops and implements an organizational vision."),
  plain("Critical Element 2: Results Driven"),
  plain("Meets organizational goals and customer expectations."),
  plain("SES Performance Requirement"),
  plain("The customer experience requirement applies to every executive."),
];

/** A plain-text PD that mentions customer service in a duty and in a duty's heading: not a plan. */
export const PD_WITH_CUSTOMER_SERVICE: ParagraphInfo[] = [
  plain("POSITION DESCRIPTION"),
  plain("Position Title: Contact Representative, GS-0962-07"),
  plain("Introduction"),
  plain("This position is in the Customer Service Branch of the Office of Example."),
  plain("Major Duties"),
  plain("Customer Service (60%)"),
  plain("Provides customer service to callers and resolves their problems."),
  plain("Critical elements of the work are accuracy and courtesy."),
  plain("Factor 1 - Knowledge Required by the Position, Level 1-4, 550 Points"),
  plain("Knowledge of customer service principles."),
  plain("Factor 2 - Supervisory Controls, Level 2-2, 125 Points"),
  plain("The supervisor assigns work."),
];

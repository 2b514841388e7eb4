/**
 * Sample documents for the preview page, the stand-in's browser entry and the e2e suite: a non-supervisory GS position description and a
 * GS performance work plan, with the structures detection and insertion must handle (headings, bold
 * sub-headings, bulleted lists, an empty paragraph, table cells, a header band, a locked content control).
 */
import type { StandinDocumentSpec, StandinParagraphSpec } from "./types";

const heading1 = (text: string): StandinParagraphSpec => ({ text, styleBuiltIn: "Heading1" });
const heading2 = (text: string): StandinParagraphSpec => ({ text, styleBuiltIn: "Heading2" });
const body = (text: string): StandinParagraphSpec => ({ text });
const boldLine = (text: string): StandinParagraphSpec => ({ text, bold: true });
const bullet = (text: string, list: number, level = 0): StandinParagraphSpec => ({
  text,
  style: "List Paragraph",
  list: { id: list, level, bullet: true },
});
const cell = (text: string, cellId: number): StandinParagraphSpec => ({ text, body: "TableCell", tableNestingLevel: 1, cellId });

const pdParagraphs: StandinParagraphSpec[] = [
  { text: "U.S. Department of Example Services · Office of Human Capital", body: "Header", style: "Header", styleBuiltIn: "Header" },
  { text: "Position Description", styleBuiltIn: "Title", alignment: "Centered" },
  { text: "Management and Program Analyst, GS-0343-11", bold: true, alignment: "Centered" },
  { text: "Office of Customer Experience, Field Operations Division", alignment: "Centered" },
  cell("Position Number: 24-0117", 1),
  cell("FLSA Status: Exempt", 2),
  cell("Supervisory Status: Non-supervisory (8)", 3),
  cell("Competitive Level: 0343-11-04", 4),
  heading1("Introduction"),
  body(
    "This position is located in the Field Operations Division of the Office of Customer Experience. The division plans, " +
      "evaluates and improves the services the Department delivers to members of the public through its contact centers, " +
      "online channels and regional offices.",
  ),
  body(
    "The incumbent serves as a management and program analyst responsible for analyzing service delivery operations, " +
      "identifying barriers customers encounter, and recommending practical improvements to programs and processes.",
  ),
  heading1("Major Duties"),
  body("The incumbent performs the following duties, with the approximate percentage of time spent on each:"),
  boldLine("Customer Support Operations (50%)"),
  bullet("Reviews contact center, correspondence and web inquiry data to identify recurring customer questions and complaints.", 1),
  bullet("Analyzes the end-to-end process customers follow to obtain services and documents points of delay or confusion.", 1),
  bullet("Recommends changes to procedures, forms and notices, and coordinates their review with program offices.", 1),
  bullet("Drafts plain-language guidance for front-line staff on resolving common service issues.", 1, 1),
  bullet("Monitors implemented changes and reports on their effect on processing times and customer satisfaction.", 1),
  body(""),
  boldLine("Program Analysis and Reporting (30%)"),
  bullet("Designs and maintains performance measures for service delivery, including timeliness, accuracy and satisfaction.", 1),
  bullet("Prepares recurring and ad hoc reports, briefings and dashboards for division and office leadership.", 1),
  bullet("Conducts studies of workload, staffing and resource use and presents findings with supporting data.", 1),
  boldLine("Stakeholder Engagement (20%)"),
  bullet("Serves as a point of contact with program offices, regional staff and contractors on service improvement projects.", 1),
  bullet("Plans and facilitates working sessions to gather requirements and build agreement on proposed changes.", 1),
  heading1("Factor Levels"),
  heading2("Factor 1 – Knowledge Required by the Position, Level 1-7, 1250 points"),
  body("Knowledge of the theories, principles and methods of management and program analysis sufficient to:"),
  { text: "evaluate the efficiency and effectiveness of service delivery programs;", list: { id: 2, level: 0 } },
  { text: "apply qualitative and quantitative methods to measure program performance; and", list: { id: 2, level: 0 } },
  { text: "communicate findings and recommendations orally and in writing to varied audiences.", list: { id: 2, level: 0 } },
  heading2("Factor 2 – Supervisory Controls, Level 2-4, 450 points"),
  body(
    "The supervisor sets overall objectives and resources available. The incumbent independently plans and carries out " +
      "assignments, resolves most conflicts that arise, and keeps the supervisor informed of progress and controversial matters.",
  ),
  heading2("Factor 3 – Guidelines, Level 3-4, 450 points"),
  body(
    "Guidelines include Department policies, program regulations and general management literature. They are often " +
      "inadequate for specific problems, and the incumbent uses judgment and initiative to adapt or develop approaches.",
  ),
  heading2("Factor 4 – Complexity, Level 4-4, 225 points"),
  body(
    "Work involves analyzing service processes that cross several program offices and delivery channels, where " +
      "information is incomplete and the relationships between issues are not readily apparent.",
  ),
  heading2("Factor 5 – Scope and Effect, Level 5-3, 150 points"),
  body(
    "The purpose of the work is to analyze conventional problems in service delivery and recommend solutions. Results " +
      "affect the timeliness and quality of services provided to the public in the field offices served.",
  ),
  heading2("Factor 6 – Personal Contacts, Level 6-3, 60 points"),
  body("Contacts are with employees and managers throughout the Department, contractors, and members of the public."),
  heading2("Factor 7 – Purpose of Contacts, Level 7-3, 120 points"),
  body(
    "Contacts are to influence managers and staff to adopt recommended changes and to gain cooperation with projects " +
      "where participants may have differing views or priorities.",
  ),
  heading2("Factor 8 – Physical Demands, Level 8-1, 5 points"),
  body("The work is sedentary. Some walking, standing and carrying of light items such as papers and laptops is required."),
  heading2("Factor 9 – Work Environment, Level 9-1, 5 points"),
  body("Work is performed in an office setting with adequate lighting, heating and ventilation."),
  {
    text:
      "Conditions of Employment: The incumbent must successfully complete a background investigation and may be required " +
      "to file a confidential financial disclosure report.",
    contentControl: { id: 1, cannotEdit: true, cannotDelete: true, title: "Agency boilerplate", tag: "conditions" },
  },
  boldLine("Total Points: 2715"),
  boldLine("Final Grade: GS-11"),
  body("Grade conversion: 2355–2750 points = GS-11."),
  { text: "PD 24-0117 · Management and Program Analyst", body: "Footer", style: "Footer", styleBuiltIn: "Footer" },
];

/** A non-supervisory GS-0343-11 PD; the caret starts in the first Major Duties bullet. */
export const samplePositionDescription: StandinDocumentSpec = {
  paragraphs: pdParagraphs,
  selection: { start: { paragraph: 14, offset: 0 }, end: { paragraph: 14, offset: 0 } },
};

const pwpParagraphs: StandinParagraphSpec[] = [
  { text: "U.S. Department of Example Services · Performance Management Program", body: "Header", style: "Header", styleBuiltIn: "Header" },
  { text: "Performance Work Plan", styleBuiltIn: "Title", alignment: "Centered" },
  { text: "Rating Period: October 1, 2025 – September 30, 2026", alignment: "Centered" },
  cell("Employee: Jordan Rivera", 1),
  cell("Position: Management and Program Analyst, GS-0343-11", 2),
  cell("Organization: Office of Customer Experience", 3),
  cell("Rating Official: Dana Whitfield, Division Director", 4),
  heading1("Core Competencies"),
  body("Each competency is rated on the five-level scale described in the Department's performance appraisal program."),
  heading2("Customer Service"),
  body(
    "Anticipates and meets the needs of internal and external customers. Delivers high-quality products and services, " +
      "responds to inquiries promptly and courteously, and follows up to make sure issues are resolved.",
  ),
  heading2("Communication"),
  body("Writes and speaks clearly and concisely, tailoring the message to the audience and using plain language."),
  heading2("Teamwork and Collaboration"),
  body("Works cooperatively with colleagues across offices, shares information openly and contributes to group goals."),
  heading1("Performance Goals"),
  heading2("Performance Goal 1: Reduce the time customers wait for a response to written inquiries"),
  body("Critical element: Yes. Aligned to the Department's strategic objective on service delivery."),
  bullet("Analyze correspondence workload and identify the three largest sources of delay by December 31.", 1),
  bullet("Recommend and help implement process changes that reduce average response time by 15 percent.", 1),
  bullet("Report progress to the rating official each quarter.", 1),
  heading2("Performance Goal 2: Improve the clarity of customer-facing notices"),
  body("Critical element: Yes."),
  bullet("Review the ten most frequently issued notices against federal plain language guidelines.", 2),
  bullet("Revise at least six notices with program office concurrence.", 2),
  body(""),
  heading1("Critical Elements"),
  heading2("Critical Element 1 – Service Delivery Analysis"),
  boldLine("Fully Successful standard"),
  body(
    "Analyses are accurate, complete and delivered by agreed deadlines. Recommendations are supported by data and are " +
      "practical to implement. No more than two products per rating period require substantial rework.",
  ),
  heading2("Critical Element 2 – Stakeholder Engagement"),
  boldLine("Fully Successful standard"),
  body(
    "Maintains productive working relationships with program offices and regional staff. Meetings are planned with " +
      "clear objectives, and follow-up actions are documented and tracked to completion.",
  ),
  heading1("Signatures"),
  body("Employee: ______________________   Date: ____________"),
  body("Rating Official: ______________________   Date: ____________"),
];

/** A GS performance work plan; the caret starts in the Customer Service paragraph. */
export const samplePerformancePlan: StandinDocumentSpec = {
  paragraphs: pwpParagraphs,
  selection: { start: { paragraph: 10, offset: 0 }, end: { paragraph: 10, offset: 0 } },
};

export const sampleDocuments = {
  pd: { label: "Position description", spec: samplePositionDescription },
  pwp: { label: "Performance plan", spec: samplePerformancePlan },
} as const;

export type SampleDocumentKey = keyof typeof sampleDocuments;

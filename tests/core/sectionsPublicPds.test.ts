import { looksLikePerformancePlan } from "../../src/core/documentType";
import type { ParagraphInfo } from "../../src/core/sections";
import { body, bold, cell, expectLabelledSections, expectWindowsAgree, F1, F3, F5, F67, I, item, MD, NONE, type Doc } from "./sectionFixtures";

// Heading conventions taken from public federal Position Descriptions and PD cover material (agency
// PD libraries, OF-8 cover sheets, Air Force core personnel documents, supervisory evaluation
// sheets, OPM guides whose factor headings PDs copy). The headings keep their published wording
// and punctuation; the body lines are short paraphrases. Where the source is a web or PDF copy and
// the Word formatting cannot be known, each document runs twice: headings bold, and headings plain.

// ---- Paragraph factories -------------------------------------------------------------------


/** How a heading whose real formatting is unknown is typed: bold Normal, or plain Normal. */
type HeadingFormat = (text: string) => ParagraphInfo;


const FORMATS: Array<[string, HeadingFormat]> = [
  ["bold headings", bold],
  ["plain headings", body],
];

const PUBLIC_PDS: Record<string, (h: HeadingFormat) => Doc> = {
  // Commerce PD Library, Management and/or Program Analyst GS-0343-07/-11/-12: roman-numbered parts,
  // an all-caps editing note in the title block, a blank "located in" line to fill in, "FL" tails
  // with "pts." after a plain hyphen.
  "Commerce PD library: roman parts, FL n-n, pts. tails": (h) => [
    [h("Management and/or Program Analyst 07"), NONE],
    [body("GS-0343-07"), NONE],
    [body("NOTE: THE SENTENCE IN PART I DESCRIBING THE PURPOSE OF THE POSITION AND PARTS II AND III IN THEIR ENTIRETY ARE PERMANENT PARTS OF THE LIBRARY AND MAY NOT BE CHANGED OR EDITED IN ANY WAY."), NONE],
    [h("I. INTRODUCTION"), I],
    [body("This position is located in"), I],
    [body("This entry-level analyst position carries out studies of how well programs and operations work."), I],
    [h("II. MAJOR DUTIES AND RESPONSIBILITIES"), MD],
    [body("Takes part in studies of operations and prepares work-flow and cost materials."), MD],
    [body("Drafts work plans and reports from observation of the activity studied."), MD],
    [h("III. FACTOR LEVELS"), NONE],
    [h("Factor 1 - Knowledge Required by the Position FL 1-6, 950 pts."), F1],
    [body("Knowledge of agency regulations and programs to judge their effect on operations."), F1],
    [body("Skill in briefing managers on tentative findings."), F1],
    [h("Factor 2 - Supervisory Controls FL 2-2, 125 pts."), NONE],
    [body("The supervisor outlines each project and the results wanted."), NONE],
    [h("Factor 3 - Guidelines FL 3-2, 125 pts."), F3],
    [body("Guidelines are agency directives and established study methods."), F3],
    [h("Factor 4 - Complexity FL 4-3, 150 pts."), NONE],
    [body("Assignments involve several related analytical steps."), NONE],
    [h("Factor 5 - Scope and Effect FL 5-2, 75 pts."), F5],
    [body("The work improves the efficiency of the unit served."), F5],
    [h("Factor 6 - Personal Contacts FL 6-2, 25 pts."), F67],
    [body("Contacts are with employees and managers in the agency."), F67],
    [h("Factor 7 - Purpose of Contacts FL 7-a, 20 pts."), F67],
    [body("Contacts are to obtain and exchange information."), F67],
    [h("Factor 8 - Physical Demands FL 8-1, 5 pts."), NONE],
    [body("The work is sedentary."), NONE],
    [h("Factor 9 - Work Environment FL 9-1, 5 pts."), NONE],
    [body("The work is done in an office."), NONE],
    [h("Total Points: 1,455"), NONE],
  ],

  // Commerce PD Library, Management and/or Program Analyst GS-343-13: duties as "--" dashes, factor
  // heading and level with no punctuation between them ("FACTOR 1 KNOWLEDGE REQUIRED Level 1-7, ...").
  "Commerce PD library: dash duties, unpunctuated FACTOR N TITLE Level tails": (h) => [
    [h("Management and/or Program Analyst 13"), NONE],
    [body("GS-343-13"), NONE],
    [h("I. INTRODUCTION"), I],
    [body("The position exists to advise management on how effective its programs and operations are."), I],
    [h("II. MAJOR DUTIES AND RESPONSIBILITIES"), MD],
    [body("-- Measures how well line programs meet their goals."), MD],
    [body("-- Advises on organization structures, methods and procedures."), MD],
    [body("-- Develops ways to assess the effect of programs."), MD],
    [h("III. FACTOR LEVELS"), NONE],
    [h("FACTOR 1 KNOWLEDGE REQUIRED Level 1-7, 1250 points"), F1],
    [body("Knowledge of analytical and evaluative methods applied to program operations."), F1],
    [h("FACTOR 2 SUPERVISORY CONTROLS Level 2-4, 450 points"), NONE],
    [body("The supervisor sets overall objectives; the analyst plans the work."), NONE],
    [h("FACTOR 3 GUIDELINES Level 3-4, 450 points"), F3],
    [body("Guidelines are broad policy statements needing interpretation."), F3],
    [h("FACTOR 4 COMPLEXITY Level 4-5, 325 points"), NONE],
    [body("Studies involve many unrelated processes."), NONE],
    [h("FACTOR 5 SCOPE AND EFFECT Level 5-4, 225 points"), F5],
    [body("Findings change how major programs are run."), F5],
    [h("FACTOR 6 PERSONAL CONTACTS Level 6-3, 60 points"), F67],
    [body("Contacts include officials of other agencies."), F67],
    [h("FACTOR 7 PURPOSE OF CONTACTS Level 7-C, 120 points"), F67],
    [body("Contacts are to persuade managers to adopt recommendations."), F67],
    [h("FACTOR 8 PHYSICAL DEMANDS Level 8-1, 5 points"), NONE],
    [h("FACTOR 9 WORK ENVIRONMENT Level 9-1, 5 points"), NONE],
    [body("Office setting."), NONE],
  ],

  // Commerce PD Library, Management and/or Program Analyst GS-0343-14: "FACTOR 1: KNOWLEDGE REQUIRED - Level 1-8, 1550 points".
  "Commerce PD library: FACTOR N: TITLE - Level tails": (h) => [
    [h("Management and/or Program Analyst 14"), NONE],
    [h("I. INTRODUCTION"), I],
    [body("The position exists to evaluate programs and the efficiency of management."), I],
    [h("II. MAJOR DUTIES AND RESPONSIBILITIES"), MD],
    [body("Leads project teams carrying out studies."), MD],
    [body("Analyzes the information needs of management."), MD],
    [h("III. FACTOR LEVELS"), NONE],
    [h("FACTOR 1: KNOWLEDGE REQUIRED - Level 1-8, 1550 points"), F1],
    [body("Expert knowledge of methods for assessing and improving program effectiveness."), F1],
    [h("FACTOR 2: SUPERVISORY CONTROLS - Level 2-5, 650 points"), NONE],
    [body("Work is reviewed only for its effect on broad goals."), NONE],
    [h("FACTOR 3: GUIDELINES - Level 3-5, 650 points"), F3],
    [body("Guidelines are broadly stated and often absent."), F3],
    [h("FACTOR 4: COMPLEXITY - Level 4-5, 325 points"), NONE],
    [h("FACTOR 5: SCOPE AND EFFECT - Level 5-5, 325 points"), F5],
    [body("The work affects the direction of major agency programs."), F5],
    [h("FACTORS 6 & 7: PERSONAL CONTACTS AND PURPOSE OF CONTACTS - Level 4c, 220 points"), F67],
    [body("Contacts with senior officials are to justify controversial recommendations."), F67],
    [h("FACTOR 8: PHYSICAL DEMANDS - Level 8-1, 5 points"), NONE],
    [h("FACTOR 9: WORK ENVIRONMENT - Level 9-1, 5 points"), NONE],
  ],

  // Commerce PD Library, Human Resources Specialist GS-0201-13/-14: "III FACTOR LEVELS" with no
  // period, "Knowledge Required of the Position", "points" spelled out after "FL".
  "Commerce PD library: III without a period, Knowledge Required of the Position": (h) => [
    [h("Human Resources Specialist 13"), NONE],
    [body("GS-0201-13"), NONE],
    [h("I. INTRODUCTION:"), I],
    [body("The incumbent does complex personnel management work in two or more specialties."), I],
    [h("II. MAJOR DUTIES AND RESPONSIBILITIES"), MD],
    [body("Carries out complex studies of personnel programs on their own."), MD],
    [body("Represents the bureau in working groups with other agencies."), MD],
    [h("III FACTOR LEVELS"), NONE],
    [h("Factor 1 - Knowledge Required of the Position FL 1-8, 1550 points"), F1],
    [body("Knowledge of several personnel specialties to give high-level advice."), F1],
    [h("Factor 2 - Supervisory Controls FL 2-4, 450 points"), NONE],
    [body("The supervisor gives general administrative direction."), NONE],
    [h("Factor 3 - Guidelines FL 3-4, 450 points"), F3],
    [body("Guidelines are general and need to be adapted."), F3],
    [h("Factor 4 - Complexity FL 4-5, 325 points"), NONE],
    [h("Factor 5 - Scope and Effect FL 5-4, 225 points"), F5],
    [body("Recommendations affect personnel programs across the bureau."), F5],
    [h("Factor 6 - Personal Contacts FL 6-3, 60 points"), F67],
    [h("Factor 7 - Purpose of Contacts FL 7-C, 120 points"), F67],
    [body("Contacts are to persuade managers to accept changes."), F67],
    [h("Factor 8 - Physical Demands FL 8-1, 5 points"), NONE],
    [h("Factor 9 - Work Environment FL 9-1, 5 points"), NONE],
  ],

  // Commerce PD Library, Physical Scientist GS-1301-12/-14: "II. DUTIES AND RESPONSIBILITIES",
  // "located in:" with a colon, "Factor 1 - Knowledge Required FL 1-7, 1250 pts.".
  "Commerce PD library: DUTIES AND RESPONSIBILITIES, short factor 1 title": (h) => [
    [h("Physical Scientist 12"), NONE],
    [body("GS-1301-12"), NONE],
    [h("I. INTRODUCTION"), I],
    [body("This position is located in:"), I],
    [body("The position does analyses needing knowledge of several physical science fields."), I],
    [h("II. DUTIES AND RESPONSIBILITIES"), MD],
    [body("Performs difficult assessments and develops methods suited to each."), MD],
    [body("Advises scientists in other agencies on the specialty."), MD],
    [h("III. FACTOR LEVELS"), NONE],
    [h("Factor 1 - Knowledge Required FL 1-7, 1250 pts."), F1],
    [body("Knowledge of several physical sciences to adapt precedents."), F1],
    [h("Factor 2 - Supervisory Controls FL 2-4, 450 pts."), NONE],
    [h("Factor 3 - Guidelines FL 3-4, 450 pts."), F3],
    [body("Guidelines are scientific literature of limited use."), F3],
    [h("Factor 4 - Complexity FL 4-5, 325 pts."), NONE],
    [h("Factor 5 - Scope and Effect FL 5-4, 225 pts."), F5],
    [body("Results inform assessments used by other scientists."), F5],
    [h("Factor 6 - Personal Contacts FL 6-3, 60 pts."), F67],
    [h("Factor 7 - Purpose of Contacts FL 7-B, 50 pts."), F67],
    [body("Contacts are to coordinate studies."), F67],
    [h("Factor 8 - Physical Demands FL 8-1, 5 pts."), NONE],
    [h("Factor 9 - Work Environment FL 9-1, 5 pts."), NONE],
  ],

  // National Guard Bureau technician PD on the OF-8 cover sheet: numbered form fields in table
  // cells, including the employee-review and supervisory-certification sentences that mention
  // "major duties and responsibilities". The duties text follows the cover sheet.
  "National Guard OF-8 cover sheet in a table, then the PD": (h) => [
    [cell("POSITION DESCRIPTION", true), NONE],
    [cell("1. Agency PDCN 80603000 D1640000"), NONE],
    [cell("2. Reason for Submission"), NONE],
    [cell("Redescription New"), NONE],
    [cell("7. Fair Labor Standards Act"), NONE],
    [cell("Not Applicable"), NONE],
    [cell("8. Financial Statements Required"), NONE],
    [cell("10. Position Status"), NONE],
    [cell("Excepted (32 USC 709)"), NONE],
    [cell("11. Position is"), NONE],
    [cell("Supervisory"), NONE],
    [cell("12. Sensitivity"), NONE],
    [cell("Noncritical Sens"), NONE],
    [cell("15. Classified/Graded by"), NONE],
    [cell("Official Title of Position"), NONE],
    [cell("Aircraft Maintenance Officer"), NONE],
    [cell("16. Organizational Title (If different from official title)"), NONE],
    [cell("18. Dept/Agency/Establishment - National Guard Bureau"), NONE],
    [cell("19. Employee Review. This is an accurate description of the major duties and responsibilities of my position."), NONE],
    [cell("20. Supervisory Certification. I certify that this is an accurate statement of the major duties and responsibilities of this position and its organizational relationships."), NONE],
    [cell("21. Classification/Job Grading Certification."), NONE],
    [h("INTRODUCTION:"), I],
    [body("The position is at an Air National Guard wing and directs aircraft maintenance."), I],
    [h("MAJOR DUTIES:"), MD],
    [body("(1) Plans and directs maintenance of assigned aircraft."), MD],
    [body("(2) Sets priorities with operations staff."), MD],
  ],

  // Fish and Wildlife Service GSSG position evaluation point sheet: a labelled title block
  // ("Position Number:", "References:", "Background:", "Title and Series Determination:") before
  // the six supervisory factors.
  "FWS GSSG evaluation point sheet with labelled title block": (h) => [
    [h("GENERAL SCHEDULE SUPERVISORY GUIDE"), NONE],
    [h("POSITION EVALUATION POINT SHEET"), NONE],
    [body("Position Number: S000364"), NONE],
    [body("Proposed Classification: Fish & Wildlife Administrator, GS-0480-15"), NONE],
    [body("Location: U.S. Fish and Wildlife Service"), NONE],
    [body("References:"), NONE],
    [body("a. OPM Job Family Standard for Professional Work in the Natural Resources Management and Biological Sciences Group, GS-0400."), NONE],
    [body("b. OPM General Schedule Supervisory Guide (GSSG), TS-123, dated 04/98."), NONE],
    [body("Background: The position is set up as an assistant regional director for a new science program."), NONE],
    [body("Title and Series Determination: Work of this kind belongs in the GS-480 series."), NONE],
    [h("Factor 1 - Program Scope and Effect"), F5],
    [body("Scope: the program covers a multi-state region."), F5],
    [body("Effect: decisions shape conservation work across the region."), F5],
    [h("Factor 2 - Organizational Setting"), NONE],
    [body("The position reports to the regional director."), NONE],
    [h("Factor 3 - Supervisory and Managerial Authority Exercised"), NONE],
    [h("Factor 4 - Personal Contacts"), F67],
    [h("4A - Nature of Contacts"), F67],
    [body("Contacts include state officials and congressional staff."), F67],
    [h("4B - Purpose of Contacts"), F67],
    [body("Contacts are to justify and defend program decisions."), F67],
    [h("Factor 5 - Difficulty of Typical Work Directed"), NONE],
    [h("Factor 6 - Other Conditions"), NONE],
    [body("Total points: 3,555"), NONE],
  ],

  // Department of the Air Force core personnel document: certifications first, then sentences that
  // open with a run-in label ("The primary purpose of this position is:"), then the duties and factors.
  "Air Force core personnel document: certifications, then run-in purpose statements": (h) => [
    [body("CLASSIFICATION CERTIFICATION: CPD adequately and accurately reflects the local work situation."), NONE],
    [body("SUPERVISOR'S CERTIFICATION: I certify that this CPD is an accurate statement of the major duties of this position."), NONE],
    [body("*Signature acknowledges receipt. It does not indicate agreement/disagreement."), NONE],
    [body("The primary purpose of this position is: To give technical support to the publishing office."), NONE],
    [body("The organizational location of this position is: the departmental publishing office."), NONE],
    [h("MAJOR DUTIES"), MD],
    [body("1. Formats and develops departmental publications and forms. (50%)"), MD],
    [body("2. Gives customer service to staff offices. (50%)"), MD],
    [h("FACTOR 1. KNOWLEDGE REQUIRED BY THE POSITION"), F1],
    [body("Knowledge of publishing standards and tools."), F1],
    [h("FACTOR 2. SUPERVISORY CONTROLS"), NONE],
    [h("FACTOR 3. GUIDELINES"), F3],
    [body("Guidelines include departmental instructions."), F3],
  ],

  // Interior "Writing a Position Description in FES format": one-word headings followed by
  // instructions to the writer and an example introduced by "For example:".
  "Interior FES sample: plain headings with writer instructions": (h) => [
    [h("Writing a Position Description in Factor Evaluation System Format"), NONE],
    [body("The following is a sample non-supervisory Position Description in FES format:"), NONE],
    [h("Introduction"), I],
    [item("Explain the organizational location of the position"), I],
    [item("Describe the major functions of the organization"), I],
    [body("For example:"), I],
    [body("This position is located in a park's management support group, which provides administrative services."), I],
    [h("Major Duties"), MD],
    [item("List the major duties and the percentage of time spent on each"), MD],
    [h("Factor 1 - Knowledge Required by the Position"), F1],
    [body("Describe what the employee must know to do acceptable work."), F1],
    [h("Factor 2 - Supervisory Controls"), NONE],
    [h("Factor 3 - Guidelines"), F3],
    [h("Factor 4 - Complexity"), NONE],
    [h("Factor 5 - Scope and Effect"), F5],
    [h("Factor 6 - Personal Contacts"), F67],
    [h("Factor 7 - Purpose of Contacts"), F67],
    [h("Factor 8 - Physical Demands"), NONE],
    [h("Factor 9 - Work Environment"), NONE],
  ],

  // OPM guides write factor headings with a comma ("FACTOR 1, KNOWLEDGE REQUIRED BY THE POSITION")
  // or combine 6 and 7 with a slash ("FACTORS 6/7 - ..."); PDs copy them.
  "OPM guide conventions: comma after the number, FACTORS 6/7": (h) => [
    [body("Position Title: Equal Opportunity Specialist, GS-0360-11"), NONE],
    [h("INTRODUCTION"), I],
    [body("The specialist investigates compliance with civil rights laws."), I],
    [h("MAJOR DUTIES"), MD],
    [body("Reviews complaints and conducts compliance reviews."), MD],
    [h("FACTOR LEVEL DESCRIPTIONS"), NONE],
    [h("FACTOR 1, KNOWLEDGE REQUIRED BY THE POSITION"), F1],
    [body("Knowledge of equal opportunity laws and investigative methods."), F1],
    [h("FACTOR 2, SUPERVISORY CONTROLS"), NONE],
    [h("FACTOR 3, GUIDELINES"), F3],
    [body("Guidelines include statutes and precedent decisions."), F3],
    [h("FACTOR 4, COMPLEXITY"), NONE],
    [h("FACTOR 5, SCOPE AND EFFECT"), F5],
    [body("Findings affect employment practices of the organizations reviewed."), F5],
    [h("FACTORS 6/7 - PERSONAL CONTACTS AND PURPOSE OF CONTACTS"), F67],
    [body("Contacts with employers are to obtain compliance."), F67],
    [h("FACTOR 8 - PHYSICAL DEMANDS"), NONE],
    [h("FACTOR 9 - WORK ENVIRONMENT"), NONE],
  ],

  // The GSSG's own headings ("FACTOR 1 - PROGRAM SCOPE AND EFFECT", "SUBFACTOR 4A"), as supervisory PDs reuse them,
  // after an FES part for the non-supervisory work: the title decides the scheme, not the number.
  "supervisory PD reusing GSSG headings after FES factors": (h) => [
    [body("Position Title: Supervisory Management Analyst, GS-0343-14"), NONE],
    [h("MAJOR DUTIES"), MD],
    [body("Directs a staff of analysts and plans their work. (60%)"), MD],
    [body("Personally leads the most sensitive studies. (40%)"), MD],
    [h("FACTOR 1 - KNOWLEDGE REQUIRED BY THE POSITION - Level 1-8"), F1],
    [body("Expert knowledge of management analysis."), F1],
    [h("FACTOR 5 - SCOPE AND EFFECT - Level 5-5"), F5],
    [h("GRADE EVALUATION FACTORS"), NONE],
    [h("FACTOR 1 - PROGRAM SCOPE AND EFFECT"), F5],
    [body("The unit's studies shape bureau-wide administrative programs."), F5],
    [h("FACTOR 2 - ORGANIZATIONAL SETTING"), NONE],
    [h("FACTOR 3 - SUPERVISORY AND MANAGERIAL AUTHORITY EXERCISED"), NONE],
    [h("FACTOR 4 - PERSONAL CONTACTS"), F67],
    [h("SUBFACTOR 4A - NATURE OF CONTACTS"), F67],
    [body("Contacts are with senior officials of the bureau."), F67],
    [h("SUBFACTOR 4B - PURPOSE OF CONTACTS"), F67],
    [body("Contacts are to defend the unit's recommendations."), F67],
    [h("FACTOR 5 - DIFFICULTY OF TYPICAL WORK DIRECTED"), NONE],
    [body("Base level of work is GS-13."), NONE],
    [h("FACTOR 6 - OTHER CONDITIONS"), NONE],
  ],
};

describe.each(Object.entries(PUBLIC_PDS))("public PD: %s", (_name, build) => {
  describe.each(FORMATS)("%s", (_format, h) => {
    const doc = build(h);
    const paragraphs = doc.map(([p]) => p);

    it("gives the expected library section at every paragraph", () => expectLabelledSections(doc));
    it("agrees with the whole document in any window that does not ask for earlier context", () => expectWindowsAgree(paragraphs));
    it("is not taken for a performance plan", () => expect(looksLikePerformancePlan(paragraphs)).toBe(false));
  });
});

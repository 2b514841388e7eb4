import {
  classifyHeading,
  librarySectionAt,
  sectionAt,
  sectionAtInSlices,
  PD_SECTION_IDS,
  type LibrarySectionId,
  type ParagraphInfo,
  type PdSectionId,
} from "../../src/core/sections";
import { body, bold, cell, expectLabelledSections, expectWindowsAgree, item, type Doc } from "./sectionFixtures";

// ---- Paragraph factories -------------------------------------------------------------------

/** A heading typed as plain Normal text, no formatting. */
const h = body;
const heading1 = (text: string): ParagraphInfo => ({
  text,
  style: "Heading 1",
  styleBuiltIn: "Heading1",
  outlineLevel: 1,
  bold: true,
  tableNestingLevel: 0,
});
const heading2 = (text: string): ParagraphInfo => ({ ...heading1(text), style: "Heading 2", styleBuiltIn: "Heading2", outlineLevel: 2 });

const TITLE = body("Position Title: Management and Program Analyst, GS-0343-11");

/** it.each rows titled by the paragraph's text and formatting. */
function rows<T>(table: Array<[ParagraphInfo, T]>): Array<[string, T, ParagraphInfo]> {
  return table.map(([p, expected]) => {
    const tags = [p.bold ? "bold" : "", p.outlineLevel ? `heading ${p.outlineLevel}` : "", p.tableNestingLevel ? "cell" : "", p.isListItem ? "list" : ""];
    const tag = tags.filter(Boolean).join(", ");
    return [`${JSON.stringify(p.text)}${tag ? ` (${tag})` : ""}`, expected, p];
  });
}

function idOf(p: ParagraphInfo): PdSectionId | null {
  return classifyHeading(p)?.section.id ?? null;
}

/** The library section of a body paragraph placed right after `heading`, in a document with a title block. */
function libraryAfter(heading: ParagraphInfo): LibrarySectionId | null {
  return librarySectionAt([TITLE, heading, body("The incumbent performs the work described here.")], 2);
}

// ---- Single headings -----------------------------------------------------------------------

describe("classifyHeading: introduction", () => {
  it.each(rows<PdSectionId | null>([
    [h("Introduction"), "introduction"],
    [h("I. INTRODUCTION"), "introduction"],
    [h("INTRODUCTION:"), "introduction"],
    [h("1. INTRODUCTION"), "introduction"],
    [h("A. Introduction"), "introduction"],
    [h("Part I - Introduction"), "introduction"],
    [h("Introductory Statement:"), "introduction"],
    [h("Introductory Statement: The incumbent serves as a program analyst."), "introduction"],
    [h("INTRODUCTION: This position is located in the Office of Finance."), "introduction"],
    [h("Introduction \u2013 This position is located in the Office of Finance."), "introduction"],
    [h("\u201cIntroduction\u201d"), "introduction"],
    [h("Introduction\u00a0:"), "introduction"],
    [bold("POSITION INTRODUCTION"), "introduction"],
    [h("Position Number: 12345 Introductory Statement: The incumbent serves customers."), "introduction"],
    [h("Position Number: 12345\tINTRODUCTION: This position is in the Benefits Branch."), "introduction"],
    [h("The introduction of new tools is a frequent part of this work."), null],
    [h("introductory training is provided to new staff:"), null],
    [h("Introduction to the Position"), "introduction"],
    [h("INTRODUCTION\u000bThis position is located in the Office of Finance."), "introduction"],
    [h("Position Title: Program Analyst"), null],
    [h("Position Description"), null],
  ]))("%s -> %s", (_title, expected, p) => {
    expect(idOf(p)).toBe(expected);
  });
});

describe("classifyHeading: major duties", () => {
  it.each(rows<PdSectionId | null>([
    [h("Major Duties"), "major-duties"],
    [h("II. MAJOR DUTIES AND RESPONSIBILITIES"), "major-duties"],
    [h("II. DUTIES AND RESPONSIBILITIES"), "major-duties"],
    [h("Duties and Responsibilities:"), "major-duties"],
    [h("MAJOR DUTIES:"), "major-duties"],
    [h("Major Duties and Responsibilities of the Position"), "major-duties"],
    [h("(a) Major Duties"), "major-duties"],
    [h("MAJOR DUTIES: The incumbent performs the following duties."), "major-duties"],
    [bold("Summary of Major Duties"), "major-duties"],
    [h("Major Duties (100%)"), "major-duties"],
    [bold("Customer Support Operations (50%)"), null],
    [bold("Financial Disbursement Activities 100%"), null],
    [bold("Supervisory Duties (25%)"), null],
    [h("Duties include reviewing claims and answering inquiries."), null],
  ]))("%s -> %s", (_title, expected, p) => {
    expect(idOf(p)).toBe(expected);
  });
});

describe("classifyHeading: factor part headers", () => {
  it.each(rows<PdSectionId | null>([
    [h("III. FACTOR LEVELS"), "factor-levels"],
    [h("III FACTOR LEVELS"), "factor-levels"],
    [h("FACTOR LEVEL DESCRIPTIONS"), "factor-levels"],
    [h("Factor Evaluation System (FES)"), "factor-levels"],
    [h("Factor analysis of survey data is performed quarterly."), null],
  ]))("%s -> %s", (_title, expected, p) => {
    expect(idOf(p)).toBe(expected);
  });
});

describe("classifyHeading: FES factor headings with every punctuation", () => {
  it.each(rows<PdSectionId | null>([
    [h("Factor 1 - Knowledge Required by the Position FL 1-7, 1250 points"), "factor-1"],
    [h("FACTOR 1 KNOWLEDGE REQUIRED Level 1-7, 1250 points"), "factor-1"],
    [h("FACTOR 1: KNOWLEDGE REQUIRED - Level 1-8, 1550 points"), "factor-1"],
    [h("Factor 1 - Knowledge Required FL 1-7, 1250 pts."), "factor-1"],
    [h("Factor 1. Knowledge Required by the Position (FL 1-8, 1550 pts)"), "factor-1"],
    [h("Factor 1 \u2014 Knowledge Required by the Position, Level 1-6, 950 Points"), "factor-1"],
    [h("Knowledge Required by the Position: Level 1-5, 750 points"), "factor-1"],
    [h("Factor 2 - Supervisory Controls FL 2-4, 450 points"), "factor-2"],
    [h("SUPERVISORY CONTROLS"), "factor-2"],
    [h("Factor 3 \u2013 Guidelines\tLevel 3-3, 275 Points"), "factor-3"],
    [h("Guidelines: Level 3-2, 125 points"), "factor-3"],
    [h("Factor 4 - Complexity FL 4-4, 225 points"), "factor-4"],
    [h("Complexity"), "factor-4"],
    [h("Factor 5 - Scope and Effect FL 5-3, 150 points"), "factor-5"],
    [h("Scope and Effect:"), "factor-5"],
    [h("Factor 6 - Personal Contacts FL 6-2, 25 points"), "factor-6"],
    [h("Factor 7 - Purpose of Contacts\tLevel 7-D, 220 Points"), "factor-7"],
    [h("Factors 6 & 7"), "factors-6-7"],
    [h("Factors 6 and 7 - Personal Contacts and Purpose of Contacts, Level 3b, 110 points"), "factors-6-7"],
    [h("Factor 6/7"), "factors-6-7"],
    [h("Factors 6/7 Personal Contacts/Purpose of Contacts"), "factors-6-7"],
    [h("Factor 8- 1 Physical Demands Most work is performed while sitting at a desk."), "factor-8"],
    [h("Factor 8 - Physical Demands FL 8-1, 5 points"), "factor-8"],
    [h("Factor 9 - Work Environment FL 9-1, 5 points"), "factor-9"],
    [h("Work Environment:"), "factor-9"],
    [bold("Factor 3 Guides Used"), "factor-3"],
    [h("Factor 2: The supervisor assigns work in terms of broad objectives."), "factor-2"],
    [h("Factor 1 is the most heavily weighted factor in the evaluation of this position."), null],
    [h("Factor 10 - Something Else"), null],
    [h("Factor IV - Complexity"), "factor-4"],
    [h("Factor One - Knowledge Required by the Position"), "factor-1"],
    [h("Factor 4 (Complexity) was evaluated at Level 4-4 because the work is varied."), null],
    [h("Factor 5 considers the scope and effect"), null],
    [h("Factor Level 1-7, 1250 Points"), null],
    [h("Level 1-7, 1250 points"), null],
  ]))("%s -> %s", (_title, expected, p) => {
    expect(idOf(p)).toBe(expected);
  });
});

describe("classifyHeading: GSSG (supervisory) factors", () => {
  it.each(rows<PdSectionId | null>([
    [h("FACTOR 1 - PROGRAM SCOPE AND EFFECT"), "gssg-factor-1"],
    [h("Factor 1 - Program Scope and Effect: Level 1-3, 550 points"), "gssg-factor-1"],
    [h("FACTOR 2 - ORGANIZATIONAL SETTING"), "gssg-factor-2"],
    [h("FACTOR 3 - SUPERVISORY AND MANAGERIAL AUTHORITY EXERCISED"), "gssg-factor-3"],
    [h("FACTOR 4 - PERSONAL CONTACTS"), "gssg-factor-4"],
    [h("4A - Nature of Contacts"), "gssg-factor-4"],
    [h("4B - Purpose of Contacts"), "gssg-factor-4"],
    [h("Factor 4B \u2013 Purpose of Contacts, Level 4B-2, 75 points"), "gssg-factor-4"],
    [h("FACTOR 5 - DIFFICULTY OF TYPICAL WORK DIRECTED"), "gssg-factor-5"],
    [h("FACTOR 6 - OTHER CONDITIONS"), "gssg-factor-6"],
    // The title wins over the number.
    [h("Factor 2 - Complexity"), "factor-4"],
    [h("Factor 5 - Program Scope and Effect"), "gssg-factor-1"],
    // Title-less: level and points tell the scheme.
    [h("Factor 1 - Level 1-3, 550 points"), "gssg-factor-1"],
    [h("Factor 1 - Level 1-3, 350 points"), "factor-1"],
  ]))("%s -> %s", (_title, expected, p) => {
    expect(idOf(p)).toBe(expected);
  });
});

describe("classifyHeading: end matter and other parts", () => {
  it.each(rows<PdSectionId | null>([
    [h("Total Points: 2,755"), "total-points"],
    [h("TOTAL POINTS 3010"), "total-points"],
    [h("Final Grade: GS-11"), "final-grade"],
    [h("FINAL GRADE GS-0343-11"), "final-grade"],
    [h("Conditions of Employment"), "conditions-of-employment"],
    [h("Other Significant Facts"), "other-significant-facts"],
    [h("OTHER SIGNIFICANT FACTS: The incumbent must obtain a security clearance."), "other-significant-facts"],
    [h("Title and Series Determination"), "title-and-series-determination"],
    [h("Fair Labor Standards Act Determination"), "flsa-determination"],
    [h("Evaluation Statement"), "evaluation-statement"],
    [h("Position Evaluation Summary"), "evaluation-statement"],
    [h("Classifier's Evaluation Statement:"), "evaluation-statement"],
    [h("Background"), "background"],
    [h("Purpose of Position:"), "purpose"],
    [h("Primary Purpose"), "purpose"],
    [h("Knowledge, Skills and Abilities"), "knowledge-skills-abilities"],
    [h("Supervisory Responsibilities"), "supervisory-responsibilities"],
    [h("KNOWLEDGE, SKILLS, AND ABILITIES REQUIRED"), "knowledge-skills-abilities"],
    [h("Physical Demands and Work Environment"), "factor-8"],
    [h("Fair Labor Standards Act: Exempt"), "flsa-determination"],
    [h("Position Sensitivity: Non-critical sensitive"), "requirements"],
    [h("Position Classification Standards Used:"), "classification"],
  ]))("%s -> %s", (_title, expected, p) => {
    expect(idOf(p)).toBe(expected);
  });
});

describe("classifyHeading: body text that mentions a section word", () => {
  it.each<string>([
    "Guidelines include agency policy, regulations and precedent decisions.",
    "The introduction of new tools requires the incumbent to retrain staff.",
    "Knowledge sharing: develops guides and job aids for new staff.",
    "Personal contacts are also made with representatives of other agencies.",
    "Factor analysis of survey data is used to identify trends.",
    "Complexity of the work requires the incumbent to weigh competing priorities.",
    "Scope and effect of the work is agency-wide.",
    "Supervisory controls are minimal; the incumbent works independently.",
    "Major duties are performed in an office setting.",
    "Total points were calculated by the classifier using the standard.",
    "Work environment considerations include safety of the public.",
    "Guidelines-based reviews are completed monthly.",
    "",
    "   ",
  ])("%j is not a heading", (text) => {
    expect(classifyHeading(h(text))).toBeNull();
    expect(classifyHeading(bold(text))).toBeNull();
  });
});

// ---- Library section of the paragraph after a heading ---------------------------------------

describe("librarySectionAt: suggestions after each heading", () => {
  it.each(rows<LibrarySectionId | null>([
    [heading1("Introduction"), "introduction"],
    [bold("MAJOR DUTIES"), "major-duties"],
    [cell("Major Duties", true), "major-duties"],
    [h("Factor 1 - Knowledge Required by the Position FL 1-7, 1250 points"), "factor-1"],
    [h("Factor 2 - Supervisory Controls FL 2-4, 450 points"), null],
    [h("Factor 3 - Guidelines FL 3-3, 275 points"), "factor-3"],
    [h("Factor 4 - Complexity FL 4-4, 225 points"), null],
    [h("Factor 5 - Scope and Effect FL 5-3, 150 points"), "factor-5"],
    [h("Factor 6 - Personal Contacts FL 6-2, 25 points"), "factors-6-7"],
    [h("Factor 7 - Purpose of Contacts FL 7-2, 50 points"), "factors-6-7"],
    [h("Factors 6 & 7"), "factors-6-7"],
    [h("Factor 8 - Physical Demands FL 8-1, 5 points"), null],
    [h("Factor 9 - Work Environment FL 9-1, 5 points"), null],
    [h("FACTOR 1 - PROGRAM SCOPE AND EFFECT"), "factor-5"],
    [h("FACTOR 2 - ORGANIZATIONAL SETTING"), null],
    [h("FACTOR 3 - SUPERVISORY AND MANAGERIAL AUTHORITY EXERCISED"), null],
    [h("FACTOR 4 - PERSONAL CONTACTS"), "factors-6-7"],
    [h("4A - Nature of Contacts"), "factors-6-7"],
    [h("4B - Purpose of Contacts"), "factors-6-7"],
    [h("FACTOR 5 - DIFFICULTY OF TYPICAL WORK DIRECTED"), null],
    [h("FACTOR 6 - OTHER CONDITIONS"), null],
    [h("III. FACTOR LEVELS"), null],
    [h("Total Points: 2,755"), null],
    [h("Final Grade: GS-11"), null],
    [h("Conditions of Employment"), null],
    [h("Other Significant Facts"), null],
    [h("Title and Series Determination"), null],
    [h("Fair Labor Standards Act Determination"), null],
    [h("Evaluation Statement"), null],
  ]))("after %s -> %s", (_title, expected, heading) => {
    expect(libraryAfter(heading)).toBe(expected);
  });
});

describe("Major Duties sub-headings do not end the section", () => {
  it.each(rows([
    bold("Customer Support Operations (50%)"),
    bold("Financial Disbursement Activities 100%"),
    h("PROGRAM ANALYSIS AND EVALUATION"),
    bold("Customer Service"),
    bold("Supervisory Duties (25%)"),
    bold("Supervisory Responsibilities"),
    h("Guidelines: Develops guidelines for field offices on claims handling."),
    item("Complexity: Resolves complex customer cases."),
    item("Personal Contacts: Serves as liaison to state agencies."),
    bold("Safe Work Environment Program"),
    heading2("Records Management (15%)"),
    heading1("Customer Support Operations"),
  ].map((p): [ParagraphInfo, null] => [p, null])))("%s", (_title, _none, sub) => {
    const doc = [TITLE, bold("MAJOR DUTIES"), body("Serves as the lead analyst."), sub, body("Answers inquiries from the public.")];
    expect(librarySectionAt(doc, 3)).toBe("major-duties");
    expect(librarySectionAt(doc, 4)).toBe("major-duties");
  });
});

describe("Known parts do end Major Duties", () => {
  it.each(rows<PdSectionId>([
    [h("SUPERVISORY CONTROLS"), "factor-2"],
    [bold("OTHER SIGNIFICANT FACTS"), "other-significant-facts"],
    [h("Conditions of Employment:"), "conditions-of-employment"],
    [h("KNOWLEDGE, SKILLS AND ABILITIES"), "knowledge-skills-abilities"],
    [h("Factor 1 - Knowledge Required by the Position FL 1-7, 1250 points"), "factor-1"],
    [h("III. FACTOR LEVELS"), "factor-levels"],
    [h("Knowledge Required by the Position: Level 1-5, 750 points"), "factor-1"],
    [h("Supervisory Controls: The supervisor sets overall objectives."), "factor-2"],
  ]))("%s -> %s", (_title, expected, next) => {
    const doc = [TITLE, h("MAJOR DUTIES"), body("Serves as the lead analyst."), next, body("More text.")];
    expect(sectionAt(doc, 4).section?.id).toBe(expected);
    expect(sectionAt(doc, 4).headingIndex).toBe(3);
  });
});

describe("Prose keeps the section it is in", () => {
  it.each<[string, string, LibrarySectionId]>([
    ["Factor 3 - Guidelines", "Guidelines include agency policy and precedent decisions.", "factor-3"],
    ["Introduction", "The introduction of new tools is part of the mission.", "introduction"],
    ["Factor 1 - Knowledge Required by the Position", "Knowledge sharing: develops guides for new staff.", "factor-1"],
    ["Factor 7 - Purpose of Contacts", "Personal contacts are also made with members of Congress.", "factors-6-7"],
    ["Major Duties", "Factor analysis of survey data to identify customer trends.", "major-duties"],
    ["Factor 5 - Scope and Effect", "Complexity of the work requires the incumbent to weigh competing priorities.", "factor-5"],
  ])("%s then %s", (heading, prose, expected) => {
    expect(librarySectionAt([TITLE, h(heading), body(prose)], 2)).toBe(expected);
  });
});

// ---- Edge cases ----------------------------------------------------------------------------

describe("sectionAt: edge cases", () => {
  const doc = [TITLE, h("Introduction"), body("Text.")];

  it("is null for an empty array", () => {
    expect(sectionAt([], 0)).toEqual({ section: null, headingIndex: null, needsEarlierContext: false });
    expect(librarySectionAt([], 0)).toBeNull();
  });

  it.each([-1, 3, 99, 1.5, Number.NaN])("is null for index %p out of range", (index) => {
    expect(sectionAt(doc, index).section).toBeNull();
    expect(librarySectionAt(doc, index)).toBeNull();
  });

  it("tolerates empty paragraphs", () => {
    const withBlanks = [body(""), TITLE, body("  "), h("Introduction"), body(""), body("Text.")];
    expect(librarySectionAt(withBlanks, 0)).toBeNull();
    expect(librarySectionAt(withBlanks, 4)).toBe("introduction");
    expect(sectionAt(withBlanks, 5).headingIndex).toBe(3);
  });

  it("is null in the title block and reports that no heading was seen", () => {
    const r = sectionAt(doc, 0);
    expect(r.section).toBeNull();
    expect(r.headingIndex).toBeNull();
    expect(r.needsEarlierContext).toBe(true);
  });

  it("answers on the heading paragraph itself", () => {
    expect(sectionAt(doc, 1)).toMatchObject({ headingIndex: 1, section: { id: "introduction" }, needsEarlierContext: false });
  });

  it("gives a plain-English name for sections without suggestions", () => {
    const d = [TITLE, h("Factor 4 - Complexity FL 4-4, 225 points"), body("The work consists of varied duties.")];
    const r = sectionAt(d, 2).section;
    expect(r?.librarySection).toBeNull();
    expect(r?.name).toMatch(/Factor 4/);
    expect(r?.name).toMatch(/Complexity/);
    const g = sectionAt([h("FACTOR 1 - PROGRAM SCOPE AND EFFECT"), body("x")], 1).section;
    expect(g?.name).toMatch(/Program Scope and Effect/);
    expect(g?.name).toMatch(/supervisory/i);
  });

  it("every section id it can return is listed in PD_SECTION_IDS", () => {
    const ids = new Set<string>(PD_SECTION_IDS);
    for (const doc of Object.values(MINI_PDS)) {
      const paragraphs = doc.map(([p]) => p);
      paragraphs.forEach((_, i) => {
        const id = sectionAt(paragraphs, i).section?.id;
        if (id) expect(ids.has(id)).toBe(true);
      });
    }
  });
});

describe("number-only factor headings take the scheme from earlier headings", () => {
  it("FES document: bare Factor 4 is Complexity", () => {
    const doc = [h("Factor 3 - Guidelines"), body("x"), h("Factor 4"), body("The work consists of ...")];
    expect(sectionAt(doc, 3).section?.id).toBe("factor-4");
    expect(sectionAt(doc, 3).needsEarlierContext).toBe(false);
  });

  it("supervisory document: bare Factor 4 is Personal Contacts", () => {
    const doc = [h("Factor 3 - Supervisory and Managerial Authority Exercised"), body("x"), h("Factor 4"), body("Contacts are with ...")];
    expect(sectionAt(doc, 3).section?.id).toBe("gssg-factor-4");
    expect(librarySectionAt(doc, 3)).toBe("factors-6-7");
  });

  it("a GSSG part header sets the scheme for bare factor numbers", () => {
    const doc = [h("SUPERVISORY FACTORS"), h("Factor 1"), body("The program serves the region."), h("Factor 2"), body("x")];
    expect(librarySectionAt(doc, 2)).toBe("factor-5");
    expect(sectionAt(doc, 4).section?.id).toBe("gssg-factor-2");
    expect(sectionAt(doc, 4).needsEarlierContext).toBe(false);
  });

  it("asks for earlier context when no scheme evidence is in view", () => {
    const r = sectionAt([h("Factor 4"), body("Contacts are with ...")], 1);
    expect(r.section?.id).toBe("factor-4");
    expect(r.needsEarlierContext).toBe(true);
  });

  it("a factor 7-9 heading needs no scheme", () => {
    expect(sectionAt([h("Factor 8"), body("x")], 1)).toMatchObject({ section: { id: "factor-8" }, needsEarlierContext: false });
  });
});

// ---- Whole mini-PDs ------------------------------------------------------------------------

const MINI_PDS: Record<string, Doc> = {
  "standard FES PD with Heading styles": [
    [heading1("Position Description"), null],
    [body("Management and Program Analyst, GS-0343-11"), null],
    [heading1("Introduction"), "introduction"],
    [body("This position is located in the Office of Customer Experience."), "introduction"],
    [heading1("Major Duties"), "major-duties"],
    [heading2("Customer Support Operations (50%)"), "major-duties"],
    [item("Answers inquiries from the public."), "major-duties"],
    [heading2("Program Analysis (50%)"), "major-duties"],
    [item("Analyzes survey data."), "major-duties"],
    [heading1("Factor Levels"), null],
    [heading2("Factor 1 - Knowledge Required by the Position"), "factor-1"],
    [item("Knowledge of analytical methods."), "factor-1"],
    [heading2("Factor 2 - Supervisory Controls"), null],
    [body("The supervisor assigns work in terms of objectives."), null],
    [heading2("Factor 3 - Guidelines"), "factor-3"],
    [body("Guidelines include agency policy."), "factor-3"],
    [heading2("Factor 4 - Complexity"), null],
    [body("The work involves varied duties."), null],
    [heading2("Factor 5 - Scope and Effect"), "factor-5"],
    [body("The purpose of the work is to improve services."), "factor-5"],
    [heading2("Factor 6 - Personal Contacts"), "factors-6-7"],
    [body("Contacts are with the public."), "factors-6-7"],
    [heading2("Factor 7 - Purpose of Contacts"), "factors-6-7"],
    [body("The purpose is to resolve problems."), "factors-6-7"],
    [heading2("Factor 8 - Physical Demands"), null],
    [body("The work is sedentary."), null],
    [heading2("Factor 9 - Work Environment"), null],
    [body("The work is performed in an office."), null],
    [heading1("Other Significant Facts"), null],
    [body("Telework eligible."), null],
  ],

  "bold Normal headings and ALL CAPS": [
    [bold("POSITION DESCRIPTION"), null],
    [body("Position Title: Contact Representative"), null],
    [bold("I. INTRODUCTION"), "introduction"],
    [body("The incumbent serves customers of the Benefits Office."), "introduction"],
    [bold("II. MAJOR DUTIES AND RESPONSIBILITIES"), "major-duties"],
    [bold("Customer Support Operations (50%)"), "major-duties"],
    [body("Responds to inquiries by phone and email."), "major-duties"],
    [bold("CASE MANAGEMENT"), "major-duties"],
    [body("Guidelines: Follows procedures for case intake."), "major-duties"],
    [bold("Supervisory Responsibilities"), "major-duties"],
    [body("Leads a team of three."), "major-duties"],
    [bold("III FACTOR LEVELS"), null],
    [bold("FACTOR 1 KNOWLEDGE REQUIRED Level 1-6, 950 points"), "factor-1"],
    [body("Knowledge sharing: develops guides for staff."), "factor-1"],
    [bold("FACTOR 2 SUPERVISORY CONTROLS Level 2-3, 275 points"), null],
    [body("The supervisor provides assignments."), null],
    [bold("FACTOR 3 GUIDELINES Level 3-3, 275 points"), "factor-3"],
    [body("Guidelines include agency policy."), "factor-3"],
    [bold("FACTOR 4 COMPLEXITY Level 4-3, 150 points"), null],
    [body("Complexity of the work requires judgment."), null],
    [bold("FACTOR 5 SCOPE AND EFFECT Level 5-3, 150 points"), "factor-5"],
    [body("The work affects the accuracy of benefits."), "factor-5"],
    [bold("FACTORS 6 & 7 PERSONAL CONTACTS AND PURPOSE OF CONTACTS Level 2b, 75 points"), "factors-6-7"],
    [body("Personal contacts are also made with vendors."), "factors-6-7"],
    [bold("FACTOR 8 PHYSICAL DEMANDS Level 8-1, 5 points"), null],
    [body("The work is sedentary."), null],
    [bold("FACTOR 9 WORK ENVIRONMENT Level 9-1, 5 points"), null],
    [body("Office setting."), null],
    [bold("TOTAL POINTS: 1,855"), null],
    [bold("FINAL GRADE: GS-9"), null],
    [bold("CONDITIONS OF EMPLOYMENT"), null],
    [body("Must pass a background check."), null],
  ],

  "table-formatted PD": [
    [cell("Position Title"), null],
    [cell("Customer Experience Specialist"), null],
    [cell("Introduction", true), "introduction"],
    [cell("This position is in the Customer Experience Office."), "introduction"],
    [cell("Major Duties", true), "major-duties"],
    [cell("Customer Journey Mapping (40%)", true), "major-duties"],
    [cell("Leads journey mapping efforts."), "major-duties"],
    [cell("Factor 1. Knowledge Required by the Position (FL 1-8, 1550 pts)", true), "factor-1"],
    [cell("Mastery of human-centered design."), "factor-1"],
    [cell("Factor 2. Supervisory Controls (FL 2-4, 450 pts)", true), null],
    [cell("The supervisor sets objectives."), null],
    [cell("Factor 3. Guidelines (FL 3-4, 450 pts)", true), "factor-3"],
    [cell("Guidelines are broad."), "factor-3"],
    [cell("Factor 4. Complexity (FL 4-5, 325 pts)", true), null],
    [cell("The work involves ..."), null],
    [cell("Factor 5. Scope and Effect (FL 5-4, 225 pts)", true), "factor-5"],
    [cell("The work affects ..."), "factor-5"],
    [cell("Factor 6/7. Personal Contacts and Purpose of Contacts (3c, 180 pts)", true), "factors-6-7"],
    [cell("Contacts are with ..."), "factors-6-7"],
    [cell("Factor 8. Physical Demands (FL 8-1, 5 pts)", true), null],
    [cell("Sedentary."), null],
    [cell("Factor 9. Work Environment (FL 9-1, 5 pts)", true), null],
    [cell("Office."), null],
    [cell("Total Points", true), null],
    [cell("3,155"), null],
  ],

  "supervisory GSSG PD": [
    [body("Position Title: Supervisory Contact Representative, GS-0962-12"), null],
    [h("INTRODUCTION:"), "introduction"],
    [body("The incumbent supervises a contact center."), "introduction"],
    [h("MAJOR DUTIES:"), "major-duties"],
    [bold("Supervisory Duties (60%)"), "major-duties"],
    [body("Plans work to be accomplished by subordinates."), "major-duties"],
    [bold("Program Duties (40%)"), "major-duties"],
    [body("Manages the customer feedback program."), "major-duties"],
    [h("FACTOR 1 - PROGRAM SCOPE AND EFFECT"), "factor-5"],
    [bold("Scope:"), "factor-5"],
    [body("Directs a program serving the region."), "factor-5"],
    [bold("Effect:"), "factor-5"],
    [body("Services affect a large population."), "factor-5"],
    [h("FACTOR 2 - ORGANIZATIONAL SETTING"), null],
    [body("The position reports to a GS-15."), null],
    [h("FACTOR 3 - SUPERVISORY AND MANAGERIAL AUTHORITY EXERCISED"), null],
    [body("Exercises all authorities at 3-2c."), null],
    [h("FACTOR 4 - PERSONAL CONTACTS"), "factors-6-7"],
    [h("4A - Nature of Contacts"), "factors-6-7"],
    [body("Contacts are with members of the public."), "factors-6-7"],
    [h("4B - Purpose of Contacts"), "factors-6-7"],
    [body("To resolve complaints."), "factors-6-7"],
    [h("FACTOR 5 - DIFFICULTY OF TYPICAL WORK DIRECTED"), null],
    [body("The base level is GS-9."), null],
    [h("FACTOR 6 - OTHER CONDITIONS"), null],
    [body("Coordination is required."), null],
    [h("Factor 4"), "factors-6-7"],
    [body("A repeat of factor 4 with no title."), "factors-6-7"],
    [h("Evaluation Statement"), null],
    [body("The position is properly classified."), null],
  ],

  "factor headings with level/points tails and tabs": [
    [body("Organization: Office of Financial Management"), null],
    [h("Introduction"), "introduction"],
    [body("This position serves ..."), "introduction"],
    [h("Duties and Responsibilities:"), "major-duties"],
    [bold("Financial Disbursement Activities 100%"), "major-duties"],
    [body("Processes payments."), "major-duties"],
    [h("Factor 1 - Knowledge Required by the Position\tLevel 1-6, 950 Points"), "factor-1"],
    [body("Knowledge of accounting."), "factor-1"],
    [h("Factor 2 - Supervisory Controls\tLevel 2-3, 275 Points"), null],
    [body("x"), null],
    [h("Guidelines: Level 3-2, 125 points"), "factor-3"],
    [body("Guidelines are specific."), "factor-3"],
    [h("Complexity\u00a0\u2013 Level 4-2, 75 points"), null],
    [body("y"), null],
    [h("Scope and Effect:"), "factor-5"],
    [body("z"), "factor-5"],
    [h("Factor 6 - Personal Contacts\tLevel 6-2, 25 Points"), "factors-6-7"],
    [h("Factor 7 - Purpose of Contacts\tLevel 7-D, 220 Points"), "factors-6-7"],
    [body("Contacts resolve issues."), "factors-6-7"],
    [h("Factor 8- 1 Physical Demands Most work is performed sitting."), null],
    [h("Factor 9- 1 Work Environment The work is performed in an office."), null],
    [h("Total Points: 1,420"), null],
    [h("Title and Series Determination"), null],
    [body("The position is titled Financial Technician."), null],
    [h("Fair Labor Standards Act Determination"), null],
    [body("Non-exempt."), null],
  ],

  "run-in labels with an end block of conditions": [
    [body("PD#: AB123456 Sequence#: VARIES"), null],
    [body("ADMINISTRATIVE SUPPORT ASSISTANT (OA)"), null],
    [body("GS-0303-06"), null],
    [body("Introduction: The incumbent provides support to the Customer Service Division."), "introduction"],
    [body("Major Duties:"), "major-duties"],
    [item("1. Receives visitors and answers telephone inquiries (40%)."), "major-duties"],
    [item("2. Maintains files and records (30%)."), "major-duties"],
    [body("Factor Level Descriptions:"), null],
    [body("Factor 1 - Knowledge Required by the Position Level 1-4 550 Points"), "factor-1"],
    [body("Knowledge of office procedures and customer service practices."), "factor-1"],
    [body("Factor 2 - Supervisory Controls Level 2-2 125 Points"), null],
    [body("The supervisor provides instructions."), null],
    [body("Factor 3 - Guidelines Level 3-2 125 Points"), "factor-3"],
    [body("Guidelines include office manuals."), "factor-3"],
    [body("Factor 4 - Complexity Level 4-2 75 Points"), null],
    [body("Factor 5 - Scope and Effect Level 5-2 75 Points"), "factor-5"],
    [body("The work affects the efficiency of the office."), "factor-5"],
    [body("Factor 6 - Personal Contacts and Factor 7 - Purpose of Contacts Level 2a 45 Points"), "factors-6-7"],
    [body("Contacts are with employees and the public to exchange information."), "factors-6-7"],
    [body("Position Sensitivity: Non-critical sensitive"), null],
    [body("Total Points: 1105"), null],
    [body("Grade: GS-06"), null],
    [body("Conditions of Employment"), null],
    [body("Must complete a background investigation."), null],
  ],

  "title block with run-in Introductory Statement": [
    [body("Position Title: Program Support Assistant"), null],
    [body("Series and Grade: GS-0303-07"), null],
    [body("Position Number: 12345 Introductory Statement: The incumbent provides administrative support to the customer experience team."), "introduction"],
    [body("The incumbent also greets visitors."), "introduction"],
    [body("Major Duties: The incumbent performs the following:"), "major-duties"],
    [item("Schedules meetings."), "major-duties"],
    [h("Knowledge Required by the Position: Level 1-4, 550 points"), "factor-1"],
    [body("Knowledge of office procedures."), "factor-1"],
    [h("Supervisory Controls: Level 2-2, 125 points"), null],
    [body("The supervisor provides instructions."), null],
    [h("Guidelines: Level 3-2, 125 points"), "factor-3"],
    [body("Guidelines are readily available."), "factor-3"],
    [h("Personal Contacts: Level 6-2, 25 points"), "factors-6-7"],
    [body("Contacts are within the agency."), "factors-6-7"],
    [h("Other Significant Facts"), null],
  ],
};

describe.each(Object.entries(MINI_PDS))("mini-PD: %s", (_name, doc) => {
  it("gives the expected library section at every paragraph", () => expectLabelledSections(doc));
  it("agrees with the whole document in any window that does not ask for earlier context", () =>
    expectWindowsAgree(doc.map(([p]) => p)));
});

describe("window vs whole document", () => {
  it("a window that starts inside Major Duties asks for more context at a possible duty sub-heading", () => {
    const doc = [TITLE, h("MAJOR DUTIES"), body("Lead analyst."), bold("Supervisory Responsibilities"), body("Leads a team.")];
    expect(sectionAt(doc, 4).section?.id).toBe("major-duties");
    const window = sectionAt(doc.slice(2), 2);
    expect(window.needsEarlierContext).toBe(true);
  });

  it("a window holding the Major Duties heading needs nothing more", () => {
    const doc = [TITLE, h("MAJOR DUTIES"), body("Lead analyst."), bold("Supervisory Responsibilities"), body("Leads a team.")];
    const window = sectionAt(doc.slice(1), 3);
    expect(window).toEqual({ section: sectionAt(doc, 4).section, headingIndex: 0, needsEarlierContext: false });
  });

  it("a window with no heading asks for more context", () => {
    expect(sectionAt([body("a"), body("b")], 1)).toEqual({ section: null, headingIndex: null, needsEarlierContext: true });
  });

  it("an unrecognised heading at the level of the open section ends it (outside Major Duties)", () => {
    const doc = [heading1("Introduction"), body("x"), heading1("Organizational Context"), body("y")];
    expect(sectionAt(doc, 3)).toMatchObject({ section: { id: "other", name: "A part of the PD without CX language", librarySection: null }, headingIndex: 2 });
    const sub = [heading1("Introduction"), body("x"), heading2("Our Mission"), body("y")];
    expect(librarySectionAt(sub, 3)).toBe("introduction");
  });
});

describe("sub-headings of a factor section", () => {
  it("a level line under a factor title keeps the factor", () => {
    const doc = [h("Knowledge Required by the Position"), h("Factor Level 1-7, 1250 Points"), body("Knowledge of ...")];
    expect(librarySectionAt(doc, 2)).toBe("factor-1");
  });

  it("Contacts: and Purpose: inside Factors 6 & 7 stay in it", () => {
    const doc = [h("Factors 6 & 7"), bold("Contacts:"), body("With the public."), bold("Purpose:"), body("To resolve problems.")];
    expect(doc.map((_, i) => librarySectionAt(doc, i))).toEqual(Array(5).fill("factors-6-7"));
  });

  it("a bare Purpose heading elsewhere opens the Purpose section", () => {
    const doc = [h("Introduction"), body("x"), bold("Purpose"), body("The purpose of this position is ...")];
    expect(sectionAt(doc, 3).section?.id).toBe("purpose");
  });

  it("Scope: and Effect: inside GSSG Factor 1 stay in it", () => {
    const doc = [h("Factor 1 - Program Scope and Effect"), bold("Scope:"), body("a"), bold("Effect:"), body("b")];
    expect(doc.map((_, i) => librarySectionAt(doc, i))).toEqual(Array(5).fill("factor-5"));
  });
});

describe("section detection in slices", () => {
  it("answers as sectionAt does, at every paragraph, however often it hands the thread back", async () => {
    const doc: ParagraphInfo[] = [
      bold("POSITION DESCRIPTION"),
      heading1("Introduction"),
      body("This position is in the Office of Example."),
      heading1("Major Duties"),
      item("Guidelines: follows agency policy."),
      bold("Factor 1 - Knowledge Required by the Position, Level 1-7, 1250 Points"),
      body("Knowledge of analytical methods."),
      bold("Factor 4"),
      body("The work involves varied duties."),
      bold("Factor 6 - Personal Contacts"),
      bold("Factor 7 - Purpose of Contacts"),
      body("Contacts are to plan work."),
    ];
    let t = 0;
    const yields = jest.fn(async () => undefined);
    const control = { cancelled: () => false, yieldToHost: yields, now: () => (t += 100) }; // every clock check ends a slice
    for (let index = -1; index <= doc.length; index++) {
      expect(await sectionAtInSlices(doc, index, control)).toEqual(sectionAt(doc, index));
    }
    const long = Array.from({ length: 200 }, (_, i) => (i === 0 ? heading1("Major Duties") : body(`Duty ${i}.`)));
    await sectionAtInSlices(long, long.length - 1, control);
    expect(yields).toHaveBeenCalled();
    expect(await sectionAtInSlices(long, long.length - 1, { ...control, cancelled: () => true })).toBeNull();
  });
});

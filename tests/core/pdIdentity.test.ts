import { pdIdentity, PD_IDENTITY_MAX_PARAGRAPHS } from "../../src/core/pdIdentity";
import type { ParagraphInfo } from "../../src/core/headingLine";
import { body, bold, cell, item } from "./sectionFixtures";

const NONE = { title: null, series: null, grade: null };
const identity = (title: string | null, series: string | null, grade: string | null) => ({ title, series, grade });
/** A short PD after the cover material: its sections, whose text must never be read as the cover's. */
const sections = (...duties: string[]): ParagraphInfo[] => [
  bold("I. INTRODUCTION"),
  body("This position is located in the Office of the Chief Information Officer."),
  bold("II. MAJOR DUTIES"),
  ...duties.map(item),
  bold("Factor 1 - Knowledge Required by the Position, Level 1-7, 1250 points"),
  body("Knowledge of network security principles."),
];

describe("pdIdentity: labels in a paragraph", () => {
  test.each<[string, ParagraphInfo[], ReturnType<typeof identity>]>([
    ["title with its code after a comma", [body("Position Title: Equal Opportunity Specialist, GS-0360-11")], identity("Equal Opportunity Specialist", "0360", "11")],
    ["a supervisory title, grade 14", [body("Position Title: Supervisory Management Analyst, GS-0343-14")], identity("Supervisory Management Analyst", "0343", "14")],
    ["Title of Position, a series line and a grade line", [body("Title of Position: Contact Representative"), body("Series: 0962"), body("Grade: 7")], identity("Contact Representative", "0962", "7")],
    ["Official Title, Occupational Series with its name, Grade Level", [body("Official Title: Program Analyst"), body("Occupational Series: 343 - Management and Program Analysis"), body("Grade Level: 09")], identity("Program Analyst", "0343", "9")],
    ["Pay Plan/Series/Grade", [body("Position Title: Human Resources Specialist (Classification)"), body("Pay Plan/Series/Grade: GS-0201-12")], identity("Human Resources Specialist (Classification)", "0201", "12")],
    ["several labels on one line apart by tabs", [body("Title: Program Analyst\tSeries: 0343\tGrade: 11")], identity("Program Analyst", "0343", "11")],
    ["several labels on one line apart by single spaces", [body("Title: Program Analyst Series: 0343 Grade: 11")], identity("Program Analyst", "0343", "11")],
    ["a combined label", [body("Official Title, Series, and Grade: Budget Analyst, GS-0560-9/11/12")], identity("Budget Analyst", "0560", "9/11/12")],
    ["three-digit series and a career ladder with dashes", [body("Position: Management and/or Program Analyst, GS-343-07/-11/-12")], identity("Management and/or Program Analyst", "0343", "7/11/12")],
    ["grade written with the pay plan", [body("Position Title: Contact Representative"), body("Grade: GS-8")], identity("Contact Representative", null, "8")],
    ["series written with the pay plan", [body("Series: GS-2210"), body("Grade: 13")], identity(null, "2210", "13")],
    ["numbered OF-8 items", [body("15. Title of Position: Information Technology Specialist (CUSTSPT)"), body("17. Occupational Code: 2210"), body("18. Grade: 11")], identity("Information Technology Specialist (CUSTSPT)", "2210", "11")],
    ["dashes and non-breaking spaces as Word writes them", [body("Position Title:\u00a0IT Specialist (INFOSEC), GS\u20112210\u201312")], identity("IT Specialist (INFOSEC)", "2210", "12")],
    ["a combined label's value without the pay plan", [body("Title/Series/Grade: Program Analyst/0343/12")], identity("Program Analyst", "0343", "12")],
    ["Series/Grade without the pay plan", [body("Position Title: Program Analyst"), body("Series/Grade: 0343-9/11")], identity("Program Analyst", "0343", "9/11")],
    ["a grade label whose value is the whole code", [body("Position Title: Management and Program Analyst"), body("Grade: GS-0343-12")], identity("Management and Program Analyst", "0343", "12")],
    ["a title on a Position Description line", [bold("Position Description: Human Resources Assistant, GS-0203-07")], identity("Human Resources Assistant", "0203", "7")],
    ["a proposed classification (an evaluation sheet)", [body("Position Number: S000364"), body("Proposed Classification: Fish & Wildlife Administrator, GS-0480-15")], identity("Fish & Wildlife Administrator", "0480", "15")],
    ["other labels around the identity ones", [body("Position Number: 12345-A   Organization: OCIO   Series: 2210   Pay Plan: GS   Grade: 12")], identity(null, "2210", "12")],
  ])("%s", (_name, cover, expected) => {
    expect(pdIdentity([...cover, ...sections("Maintains the agency's networks.")])).toEqual(expected);
  });
});

describe("pdIdentity: tables (cell by cell)", () => {
  test("a label cell followed by its value cell, row by row", () => {
    const cover = [cell("Position Title", true), cell("Customer Experience Strategist"), cell("Series"), cell("0301"), cell("Grade:"), cell("13")];
    expect(pdIdentity([...cover, ...sections("Leads journey mapping.")])).toEqual(identity("Customer Experience Strategist", "0301", "13"));
  });
  test("a header row of labels, then the row of values in the same order", () => {
    const cover = [cell("Title of Position"), cell("Pay Plan"), cell("Occupational Series"), cell("Grade"), cell("Contact Representative"), cell("GS"), cell("0962"), cell("6/7")];
    // "Pay Plan" is no identity label: the header run is the title only, so the series and grade are not paired wrongly.
    const { title } = pdIdentity([...cover, ...sections("Answers calls.")]);
    expect(title).toBe("Contact Representative");
  });
  test("a header row of identity labels only pairs each value with its label", () => {
    const cover = [cell("Position Title"), cell("Series"), cell("Grade"), cell("Contact Representative"), cell("0962"), cell("6/7")];
    expect(pdIdentity([...cover, ...sections("Answers calls.")])).toEqual(identity("Contact Representative", "0962", "6/7"));
  });
  test("a combined label cell (Pay Plan/Series/Grade) and its value", () => {
    const cover = [cell("Official Title"), cell("IT Specialist (SYSADMIN)"), cell("Pay Plan/Series/Grade"), cell("GS-2210-11")];
    expect(pdIdentity([...cover, ...sections("Administers servers.")])).toEqual(identity("IT Specialist (SYSADMIN)", "2210", "11"));
  });
  test("a label cell whose value cell is empty states nothing, and the next label is not read as its value", () => {
    const cover = [cell("Position Title"), cell(""), cell("Series"), cell("2210"), cell("Grade"), cell("")];
    expect(pdIdentity([...cover, ...sections("Administers servers.")])).toEqual(identity(null, "2210", null));
  });
  test("an OF-8 cover sheet whose Fair Labor Standards Act box comes before the title (a section, but no CX section)", () => {
    const cover = [cell("POSITION DESCRIPTION", true), cell("7. Fair Labor Standards Act"), cell("Not Applicable"), cell("12. Sensitivity"), cell("Noncritical Sens"), cell("Official Title of Position"), cell("Aircraft Maintenance Officer")];
    expect(pdIdentity([...cover, ...sections("Directs maintenance.")])).toEqual(identity("Aircraft Maintenance Officer", null, null));
  });
  test("a label line ending in a colon, its value on the next line", () => {
    expect(pdIdentity([body("Position Title:"), body("Supervisory Contact Representative"), ...sections("Leads a team.")])).toEqual(identity("Supervisory Contact Representative", null, null));
  });
});

describe("pdIdentity: unlabelled title blocks", () => {
  test.each<[string, ParagraphInfo[], ReturnType<typeof identity>]>([
    ["a title line with its code", [bold("IT Specialist (INFOSEC), GS-2210-12")], identity("IT Specialist (INFOSEC)", "2210", "12")],
    ["a code line under its title (Commerce PD library), the grade after the title dropped", [bold("Management and/or Program Analyst 07"), body("GS-0343-07")], identity("Management and/or Program Analyst", "0343", "7")],
    ["a code line under POSITION DESCRIPTION and its title", [bold("POSITION DESCRIPTION"), bold("Customer Experience Specialist"), body("GS-0301-12")], identity("Customer Experience Specialist", "0301", "12")],
    ["a code line under the agency's name only", [bold("U.S. Department of Commerce"), body("GS-0343-11")], identity(null, "0343", "11")],
    ["a title with a pay plan and grade, no series", [bold("Program Analyst, GS-12")], identity("Program Analyst", null, "12")],
    ["a career ladder", [bold("Contact Representative, GS-301-9/11/12")], identity("Contact Representative", "0301", "9/11/12")],
    ["a dash between title and code", [bold("Budget Analyst – GS-0560-11")], identity("Budget Analyst", "0560", "11")],
    ["a labelled title wins over an unlabelled line", [bold("Analyst, GS-0343-11"), body("Official Title: Management Analyst")], identity("Management Analyst", "0343", "11")],
  ])("%s", (_name, cover, expected) => {
    expect(pdIdentity([...cover, ...sections("Analyzes programs.")])).toEqual(expected);
  });
});

describe("pdIdentity: near misses", () => {
  test("duties that mention grades, series and numbers are not the PD's", () => {
    const doc = sections(
      "Advises managers on grade levels of GS-0343-12 positions.",
      "Series: the employee reviews the 2210 series standards.",
      "Grade: 15 percent of the work is travel.",
    );
    expect(pdIdentity(doc)).toEqual(NONE);
  });
  test("a cover note in sentences, a classifier's own title and grade, position numbers and points", () => {
    const cover = [
      body("NOTE: This position description replaces PD GS-0343-11 dated March 2019."),
      body("Classified by: Jane Doe, HR Specialist, GS-0201-12"),
      body("Position Number: 2210-0042"),
      body("PD Number: 0343"),
      body("Total Points: 1,455"),
      body("Grade: to be determined"),
      body("Title and Series Determination: Work of this kind belongs in the GS-480 series"),
      body("Series: see the evaluation statement"),
    ];
    expect(pdIdentity([...cover, ...sections("Analyzes programs.")])).toEqual(NONE);
  });
  test("a grade of 0, a five-digit series and a two-digit series are not read", () => {
    expect(pdIdentity([body("Series: 22101"), body("Grade: 0"), body("Occupational Series: 22"), ...sections("Works.")])).toEqual(NONE);
  });
  test("the words title, series and grade in running cover text are not labels", () => {
    const cover = [body("The title, series and grade of this position were reviewed by the classifier in 2024"), body("Grade and series determination is attached")];
    expect(pdIdentity([...cover, ...sections("Works.")])).toEqual(NONE);
  });
  test("a document with no paragraphs or no cover states nothing", () => {
    expect(pdIdentity([])).toEqual(NONE);
    expect(pdIdentity(sections("Works."))).toEqual(NONE);
  });
});

describe("pdIdentity: where it looks", () => {
  test("only before the PD's first section: a title block inside the Introduction is not read", () => {
    const doc = [bold("I. INTRODUCTION"), body("Position Title: IT Specialist, GS-2210-12"), bold("II. MAJOR DUTIES"), item("Maintains networks.")];
    expect(pdIdentity(doc)).toEqual(NONE);
  });
  test(`at most the first ${PD_IDENTITY_MAX_PARAGRAPHS} paragraphs of a document without sections`, () => {
    const filler = Array.from({ length: PD_IDENTITY_MAX_PARAGRAPHS }, (_, i) => body(`Line ${i} of a long preamble`));
    expect(pdIdentity([...filler, body("Position Title: IT Specialist, GS-2210-12")])).toEqual(NONE);
    expect(pdIdentity([...filler.slice(1), body("Position Title: IT Specialist, GS-2210-12")])).toEqual(identity("IT Specialist", "2210", "12"));
  });
  test("the first value of a field wins among equally sure ones", () => {
    expect(pdIdentity([body("Grade: 12"), body("Grade: 13"), ...sections("Works.")]).grade).toBe("12");
  });
});

test("pdIdentity: a value cell that starts like another label (an office's name) is still the value", () => {
  const cover = [cell("Organization"), cell("Office of the Chief Information Officer"), cell("Position Title"), cell("IT Specialist"), cell("Grade"), cell("12")];
  expect(pdIdentity([...cover, ...sections("Works.")])).toEqual(identity("IT Specialist", null, "12"));
});

import { looksLikePerformancePlan } from "../../src/core/documentType";
import type { ParagraphInfo } from "../../src/core/sections";
import { CORE_COMPETENCIES_PLAN, ELEMENTS_TABLE_PLAN, numberedElementsPlan, PD_WITH_CUSTOMER_SERVICE, plain, SES_PLAN } from "./planFixtures";

const body = (text: string): ParagraphInfo => ({ text, styleBuiltIn: "Normal", bold: false, tableNestingLevel: 0 });
const bold = (text: string): ParagraphInfo => ({ ...body(text), bold: true });
const docOf = (lines: Array<string | ParagraphInfo>): ParagraphInfo[] => lines.map((l) => (typeof l === "string" ? body(l) : l));

const PERFORMANCE_WORK_PLAN = docOf([
  bold("PERFORMANCE WORK PLAN"),
  "Employee Name: Jane Doe",
  "Appraisal Period: October 1 to September 30",
  bold("Critical Element 1: Customer Service"),
  "Performance Goal: Responds to customer inquiries within two business days.",
  bold("Rating Levels"),
  "Fully Successful: Meets the standard in most cases.",
  "Outstanding: Consistently exceeds the standard.",
]);

const COMPETENCY_PLAN = docOf([
  bold("Core Competencies"),
  bold("Customer Service"),
  "Anticipates and meets the needs of internal and external customers.",
  bold("Performance Elements"),
  "Element 1 - Program Management",
  "Performance Standards: Work is accurate and timely.",
]);

const STANDARD_PD = docOf([
  bold("POSITION DESCRIPTION"),
  "Position Title: Management and Program Analyst",
  bold("I. INTRODUCTION"),
  "The incumbent serves the customer experience office.",
  bold("II. MAJOR DUTIES"),
  "Conducts studies of customer service delivery.",
  bold("III. FACTOR LEVELS"),
  bold("Factor 1 - Knowledge Required by the Position FL 1-7, 1250 points"),
  "Knowledge of performance measurement methods.",
  bold("Factor 3 - Guidelines FL 3-3, 275 points"),
  "Guidelines include agency performance standards.",
  bold("Other Significant Facts"),
  "Performance standards will be established within 30 days.",
]);

describe("looksLikePerformancePlan", () => {
  it("recognises a Performance Work Plan", () => {
    expect(looksLikePerformancePlan(PERFORMANCE_WORK_PLAN)).toBe(true);
  });

  it("recognises a competency-based plan without a title", () => {
    expect(looksLikePerformancePlan(COMPETENCY_PLAN)).toBe(true);
  });

  it("does not take a PD for a plan, even when it mentions performance", () => {
    expect(looksLikePerformancePlan(STANDARD_PD)).toBe(false);
  });

  it("does not take a PD with a stray plan-like heading for a plan", () => {
    expect(looksLikePerformancePlan([...STANDARD_PD, bold("Performance Standards"), bold("Rating Levels")])).toBe(false);
  });

  it("needs more than one plan signal", () => {
    expect(looksLikePerformancePlan(docOf([bold("Customer Service"), "We value our customers."]))).toBe(false);
    expect(looksLikePerformancePlan(docOf([bold("Performance Goals"), "Improve response times."]))).toBe(false);
  });

  it("a plan title alone in the first lines is enough", () => {
    expect(looksLikePerformancePlan(docOf([bold("Employee Performance Plan"), "Name: John Smith"]))).toBe(true);
  });

  it("ignores plan words inside prose", () => {
    const prose = docOf([
      "The supervisor discusses the performance plan, performance goals, critical elements and rating levels with each employee at the start of the appraisal period, as agency policy requires for every position.",
      "Core competencies are reviewed at the progress review and summarized in the rating.",
      "Performance standards are discussed with each employee at the start of every year.",
    ]);
    expect(looksLikePerformancePlan(prose)).toBe(false);
  });

  it("is false for empty input", () => {
    expect(looksLikePerformancePlan([])).toBe(false);
    expect(looksLikePerformancePlan(docOf(["", "  "]))).toBe(false);
  });
});

describe("plans typed as plain text, in the layouts agencies use", () => {
  // Without their title lines: the parts' names alone say "plan".
  const untitled = (plan: ParagraphInfo[]) => plan.slice(1);

  it.each([
    ["numbered critical elements", numberedElementsPlan()],
    ["elements numbered “Element 3 – …”", numberedElementsPlan("Element 3 – Customer Focus").map((p) => ({ ...p, text: p.text.replace(/^Critical Element (\d)/, "Element $1") }))],
    ["elements numbered “CE 1 (…)”", numberedElementsPlan().map((p) => ({ ...p, text: p.text.replace(/^Critical Element (\d): (.*)$/, "CE $1 ($2)") }))],
    ["an elements and standards table", ELEMENTS_TABLE_PLAN],
    ["competencies under a Core Competencies heading", CORE_COMPETENCIES_PLAN],
    ["an SES plan", SES_PLAN],
  ])("%s", (_label, plan) => {
    expect(looksLikePerformancePlan(plan)).toBe(true);
    expect(looksLikePerformancePlan(untitled(plan))).toBe(true);
  });

  it("elements numbered “CE 1” count as a plan's parts", () => {
    expect(looksLikePerformancePlan([plain("CE 1 (Customer Service)"), plain("Answers inquiries."), plain("Fully Successful: Answers are accurate.")])).toBe(true);
  });

  it("a PD that mentions customer service in a duty, and critical elements in prose, stays a PD", () => {
    expect(looksLikePerformancePlan(PD_WITH_CUSTOMER_SERVICE)).toBe(false);
  });

  it("a memo about customer service and goals is no plan", () => {
    const memo = [plain("Customer Service Week"), plain("Our goals for the week are listed below."), plain("Element 1 of the program is training.")];
    expect(looksLikePerformancePlan(memo)).toBe(false);
  });
});

import type { ParagraphInfo } from "../../src/core/headingLine";
import { classifyPlanHeading, planPartAt } from "../../src/core/planSections";

const title = (text: string): ParagraphInfo => ({ text, styleBuiltIn: "Title" });
const h = (text: string, level = 1): ParagraphInfo => ({ text, styleBuiltIn: `Heading${level}`, outlineLevel: level });
const bold = (text: string): ParagraphInfo => ({ text, bold: true });
const body = (text: string): ParagraphInfo => ({ text });
const bullet = (text: string): ParagraphInfo => ({ text, isListItem: true, styleBuiltIn: "ListParagraph" });

/** The library section offered with the cursor in the last paragraph. */
function offeredAtEnd(paragraphs: ParagraphInfo[]): string | null | "before" {
  const place = planPartAt(paragraphs, paragraphs.length - 1);
  return place.kind === "part" ? place.part.librarySection : "before";
}

describe("the part of a performance plan under the cursor", () => {
  const plan = [
    title("Performance Work Plan"),
    body("Rating Period: October 1, 2025 – September 30, 2026"),
    h("Core Competencies"),
    body("Each competency is rated on a five-level scale."),
    h("Customer Service", 2),
    body("Anticipates and meets the needs of customers."),
    h("Communication", 2),
    body("Writes clearly."),
    h("Performance Goals"),
    h("Performance Goal 1: Reduce the time customers wait for a response", 2),
    body("Critical element: Yes. Aligned to the strategic objective."),
    bullet("Analyze correspondence workload."),
    h("Critical Elements"),
    h("Critical Element 1 – Service Delivery Analysis", 2),
    bold("Fully Successful standard"),
    body("Analyses are accurate."),
    h("Signatures"),
    body("Employee: ________"),
  ];

  it.each([
    [1, "before"],
    [3, "gs-customer-service"],
    [5, "gs-customer-service"],
    // Another competency sits inside Core Competencies: the CX competency can be added there.
    [7, "gs-customer-service"],
    [9, "gs-performance-goals"],
    [11, "gs-performance-goals"],
    [15, null],
    [17, null],
  ])("paragraph %i offers %s", (index, expected) => {
    expect(offeredAtEnd(plan.slice(0, index + 1))).toBe(expected);
  });

  it("names parts in the pane's words, never with the heading's own text", () => {
    const place = planPartAt(plan, 11);
    expect(place).toEqual({ kind: "part", part: { id: "performance-goals", name: "Performance goals", librarySection: "gs-performance-goals" } });
    const elsewhere = planPartAt(plan, 15);
    expect(elsewhere.kind === "part" && elsewhere.part.name).toBe("Performance elements");
  });

  it.each([
    ["bold run-in goals", [bold("PERFORMANCE GOALS"), bold("Goal 2: Improve notices"), bullet("Revise six notices.")], "gs-performance-goals"],
    ["a competency numbered in a table-less plan", [bold("Competency 3: Customer Service"), body("Level 3: Demonstrates knowledge.")], "gs-customer-service"],
    ["an SES plan's requirement", [h("Senior Executive Service Performance Requirements"), body("Text.")], "ses-requirement"],
    ["an unknown heading with no known part above", [h("Telework Agreement"), body("Text.")], null],
    ["a sentence that mentions goals", [h("Performance Goals"), body("Goals are set with the employee."), body("More.")], "gs-performance-goals"],
  ] as const)("%s", (_label, paragraphs, expected) => {
    expect(offeredAtEnd([...paragraphs])).toBe(expected);
  });

  it("does not take body sentences or list items for headings", () => {
    expect(classifyPlanHeading(body("Customer service is part of every goal this year, as the plan says."))).toBeNull();
    expect(classifyPlanHeading(bullet("Customer Service"))).toBeNull();
    expect(classifyPlanHeading(body("Employee: Jordan Rivera"))).toBeNull();
  });
});

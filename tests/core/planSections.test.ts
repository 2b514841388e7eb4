import type { ParagraphInfo } from "../../src/core/headingLine";
import { classifyPlanHeading, goalFormIn, planKindOf, planPartAt, planPartSpans } from "../../src/core/planSections";
import {
  CORE_COMPETENCIES_PLAN,
  ELEMENTS_TABLE_PLAN,
  IN_CUSTOMER_SERVICE,
  IN_OTHER_ELEMENTS,
  numberedElementsPlan,
  plain,
  SES_PLAN,
} from "./planFixtures";

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

describe("plans typed as plain text, recognised by how their parts are named", () => {
  const offeredAt = (paragraphs: ParagraphInfo[], index: number) => offeredAtEnd(paragraphs.slice(0, index + 1));

  it.each([
    "Critical Element 4: Customer Service",
    "Critical element 4: customer service",
    "Element 3 – Customer Focus",
    "Element 3 Customer Focus",
    "CE 1 (Customer Service)",
    "CE 1: Customer Experience",
    "4. Critical Element 4 - Customer Service",
  ])("%s: the Customer Service element offers the competency language, the other elements none", (title) => {
    const plan = numberedElementsPlan(title);
    for (const index of IN_CUSTOMER_SERVICE) expect([index, offeredAt(plan, index)]).toEqual([index, "gs-customer-service"]);
    for (const index of IN_OTHER_ELEMENTS) expect([index, offeredAt(plan, index)]).toEqual([index, null]);
    expect(offeredAt(plan, 1)).toBe("before");
  });

  it("an elements and standards table: the element named in a cell holds the row", () => {
    expect(offeredAt(ELEMENTS_TABLE_PLAN, 5)).toBe("gs-customer-service");
    expect(offeredAt(ELEMENTS_TABLE_PLAN, 6)).toBe("gs-customer-service");
    // The next row's element is another one.
    expect(offeredAt(ELEMENTS_TABLE_PLAN, 8)).toBeNull();
  });

  it("competencies under a Core Competencies heading, and numbered goals", () => {
    expect(offeredAt(CORE_COMPETENCIES_PLAN, 3)).toBe("gs-customer-service");
    expect(offeredAt(CORE_COMPETENCIES_PLAN, 5)).toBe("gs-customer-service");
    expect(offeredAt(CORE_COMPETENCIES_PLAN, 8)).toBe("gs-performance-goals");
    expect(offeredAt(CORE_COMPETENCIES_PLAN, 10)).toBe("gs-performance-goals");
  });

  it("an SES plan's requirement, and its other elements offer nothing", () => {
    expect(offeredAt(SES_PLAN, 8)).toBe("ses-requirement");
    expect(offeredAt(SES_PLAN, 6)).toBeNull();
  });

  it.each([
    "Element 2 is rated at the Fully Successful level.",
    "Customer service is part of every element this year.",
    "Elements are discussed at the progress review",
    "Fully Successful: Customers receive accurate answers.",
  ])("a line that only mentions a part is no heading: %s", (text) => {
    expect(classifyPlanHeading(plain(text))).toBeNull();
  });

  it("the plan's own title names no part of it, however it is typed", () => {
    expect(classifyPlanHeading(plain("Senior Executive Service Performance Plan"))?.id).toBe("other");
    expect(classifyPlanHeading(plain("Customer Service Performance Agreement"))?.id).toBe("other");
  });

  it("a bold label inside a plain numbered element stays in that element", () => {
    const plan = [plain("Critical Element 4: Customer Service"), { text: "Fully Successful Standard", bold: true }, plain("Answers are accurate.")];
    expect(offeredAtEnd(plan)).toBe("gs-customer-service");
  });
});

describe("the parts of a whole plan, for the review", () => {
  it("spans each part from its heading to its last paragraph", () => {
    const plan = numberedElementsPlan();
    const spans = planPartSpans(plan);
    const customerService = spans.find((span) => span.part.librarySection === "gs-customer-service");
    expect(customerService).toMatchObject({ start: 8, end: 11 });
    expect(spans.map((span) => span.part.id)).toEqual(["elements", "elements", "customer-service-competency", "elements", "signatures"]);
  });

  it("agrees with the part under the cursor at every paragraph", () => {
    for (const plan of [numberedElementsPlan(), ELEMENTS_TABLE_PLAN, CORE_COMPETENCIES_PLAN, SES_PLAN]) {
      const spans = planPartSpans(plan);
      plan.forEach((_, index) => {
        const span = spans.find((s) => s.start <= index && index <= s.end);
        const at = planPartAt(plan, index);
        expect(span?.part ?? null).toEqual(at.kind === "part" ? at.part : null);
      });
    }
  });
});

describe("what kind of plan", () => {
  it.each([
    ["numbered elements with a GS grade", numberedElementsPlan(), "gs"],
    ["competencies and goals", CORE_COMPETENCIES_PLAN, "gs"],
    ["an SES plan", SES_PLAN, "ses"],
  ] as const)("%s", (_label, plan, kind) => {
    expect(planKindOf(plan)).toBe(kind);
  });
});

describe("how the plan's goals are numbered", () => {
  it.each([
    ["Performance Goal 2: Improve notices", { label: "Performance Goal", next: 3, separator: ": " }],
    ["Goal 7 – Reduce wait times", { label: "Goal", next: 8, separator: " – " }],
    ["GOAL 1", { label: "GOAL", next: 2, separator: ": " }],
  ])("%s", (title, numbering) => {
    expect(goalFormIn([plain("Performance Goals"), plain(title), plain("An activity.")])).toEqual({ style: "Normal", bold: false, numbering });
  });

  it("the last goal before the cursor counts; unnumbered goals give no numbering", () => {
    expect(goalFormIn(CORE_COMPETENCIES_PLAN)?.numbering?.next).toBe(3);
    expect(goalFormIn(CORE_COMPETENCIES_PLAN.slice(0, 9))?.numbering?.next).toBe(2);
    expect(goalFormIn([plain("Goals"), { text: "Goal II: Improve notices", bold: true }])).toEqual({ style: "Normal", bold: true, numbering: null });
  });
});

import { DETECTION_WINDOW } from "../../src/word/detection";
import { samplePerformancePlan } from "../../src/word/standin/sampleDocuments";
import { WordActionError } from "../../src/word/gateway";
import type { StandinBehaviours, StandinParagraphSpec } from "../../src/word/standin/types";
import { body, bold, bullet, caretAt, DETECTION_BEHAVIOURS, gatewayOver, heading, openDocument } from "./wordHarness";

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const pd: StandinParagraphSpec[] = [
  { text: "POSITION DESCRIPTION", style: "Title", styleBuiltIn: "Title" }, // 0
  body("Position Title: Program Analyst, GS-0343-11"), // 1
  heading("I. INTRODUCTION"), // 2
  body("This position is located in the Office of Customer Experience."), // 3
  heading("II. MAJOR DUTIES AND RESPONSIBILITIES"), // 4
  bold("Customer Support Operations (50%)"), // 5
  bullet("Plans and carries out analyses of service delivery."), // 6
  bullet("Prepares reports for program managers."), // 7
  heading("III. FACTOR LEVELS"), // 8
  bold("Factor 1 - Knowledge Required by the Position FL 1-7, 1250 points"), // 9
  body("Knowledge of analytical methods."), // 10
  bold("Factor 2 - Supervisory Controls FL 2-4, 450 points"), // 11
  body("The supervisor sets overall objectives."), // 12
  bold("Factor 3 - Guidelines FL 3-3, 275 points"), // 13
  body("Guidelines include agency policy and precedent."), // 14
  bold("Factors 6 and 7 - Personal Contacts and Purpose of Contacts 3c, 180 points"), // 15
  body("Contacts are with the public."), // 16
  { text: "Department of Example", body: "Header" }, // 17
];

let behaviours: StandinBehaviours = {};

function gatewayFor(paragraphs: StandinParagraphSpec[], cursor: number, extra: object = {}) {
  const standin = openDocument({ paragraphs, selection: caretAt(cursor, 3), behaviours, ...extra });
  return { standin, gateway: gatewayOver(standin) };
}

/**
 * Round trips of the first detection in a document when the cursor is within the window of its start: one, or on
 * a Word where calls through null objects fail the batch, the failed window read plus the from-start read.
 */
const firstNearStart = () => (behaviours.nullChain === "fails" ? 2 : 1);

describe.each(DETECTION_BEHAVIOURS)("with Word behaving: %s", (_name, chosen) => {
  beforeEach(() => {
    behaviours = chosen;
  });
describe("detecting the section under the cursor", () => {
  it.each([
    [1, "before-sections", null],
    [3, "introduction", "introduction"],
    [2, "introduction", "introduction"],
    [6, "major-duties", "major-duties"],
    [7, "major-duties", "major-duties"],
    [8, "factor-levels", null],
    [10, "factor-1", "factor-1"],
    [12, "factor-2", null],
    [14, "factor-3", "factor-3"],
    [16, "factors-6-7", "factors-6-7"],
  ])("paragraph %i is %s (library section %s), in one round trip once settled", async (cursor, sectionId, librarySection) => {
    const { standin, gateway } = gatewayFor(pd, cursor);
    for (const round of [1, 2]) {
      const before = standin.syncCount;
      const detection = await gateway.detect();
      if (sectionId === "before-sections") {
        expect(detection.place).toEqual({ kind: "before-sections" });
      } else {
        expect(detection.place).toMatchObject({ kind: "section", sectionId, librarySection });
      }
      const expected = round === 1 ? firstNearStart() : 1;
      expect(detection.syncs).toBe(expected);
      expect(standin.syncCount - before).toBe(expected);
    }
  });

  it("reads a performance plan's parts and how its goals look from the same paragraphs", async () => {
    const plan = samplePerformancePlan.paragraphs;
    const goalBullet = plan.findIndex((p) => p.text.startsWith("Analyze correspondence workload"));
    const { gateway } = gatewayFor(plan, goalBullet);
    expect((await gateway.detect()).plan).toBeUndefined(); // read in plan terms only when asked
    const detection = await gateway.detect({ plan: true });
    expect(detection.plan?.place).toMatchObject({ kind: "section", librarySection: "gs-performance-goals", sectionName: "Performance goals" });
    expect(detection.plan?.goalForm).toEqual({ style: "Heading 2", bold: false, numbering: { label: "Performance Goal", next: 2, separator: ": " } });
  });

  it("never names a place after a label line's text", async () => {
    const { gateway } = gatewayFor([...pd.slice(0, 17), bold("Total Points: 2715"), body("Grade GS-11")], 18);
    const { place } = await gateway.detect();
    expect(place.kind === "section" && place.sectionName).not.toMatch(/Total Points/);
  });

  it("names the section in plain words", async () => {
    const { gateway } = gatewayFor(pd, 12);
    const { place } = await gateway.detect();
    expect(place.kind === "section" && place.sectionName).toMatch(/Factor 2/);
  });

  it("says the cursor is outside the body in a header, and reads nothing else", async () => {
    const { standin, gateway } = gatewayFor(pd, 17);
    const detection = await gateway.detect();
    expect(detection.place).toEqual({ kind: "outside-body", where: "header" });
    // Where a header's first paragraph fails the window read, the from-start read fails too (no union) and a
    // last read says where the cursor is.
    expect(standin.syncCount).toBe(behaviours.nullChain === "fails" ? 3 : 1);
  });

  it.each([
    ["a text box that reports an undocumented body type", { text: "Boxed text", body: "TextBox" }, { textBoxBodyType: "TextFrame" }],
    ["a text box that reports Unknown", { text: "Boxed text", body: "TextBox" }, { textBoxBodyType: "Unknown" }],
    ["a footnote on WordApi 1.3, typed MainDoc", { text: "Note text", body: "Footnote" }, { noteBodyTypeBefore15: "MainDoc" }],
    ["a footnote on WordApi 1.3, typed Unknown", { text: "Note text", body: "Footnote" }, { noteBodyTypeBefore15: "Unknown" }],
  ] as const)("never treats %s as the document body", async (_label, where, extraBehaviours) => {
    behaviours = { ...behaviours, ...extraBehaviours };
    const { gateway } = gatewayFor([...pd.slice(0, 5), where as StandinParagraphSpec], 5, { requirementSets: { WordApi: "1.3" } });
    expect((await gateway.detect()).place).toMatchObject({ kind: "outside-body" });
  });

  it("stays one round trip near the top of the document, however this Word answers calls through null objects", async () => {
    const { standin, gateway } = gatewayFor(pd, 3);
    await gateway.detect();
    for (const cursor of [2, 6, 10, 14]) {
      standin.setSelection(caretAt(cursor, 1));
      expect((await gateway.detect()).syncs).toBe(1);
    }
  });

  it("reads back to the document start, in a second round trip, when the heading is beyond the window", async () => {
    const duties = Array.from({ length: DETECTION_WINDOW + 25 }, (_, i) => bullet(`Performs duty number ${i + 1} for the program.`));
    const paragraphs = [body("Position Title: Analyst"), heading("Major Duties"), ...duties, heading("Factor 1 - Knowledge Required")];
    const { standin, gateway } = gatewayFor(paragraphs, paragraphs.length - 2);
    const detection = await gateway.detect();
    expect(detection.place).toMatchObject({ kind: "section", librarySection: "major-duties" });
    expect(detection.syncs).toBe(2);
    expect(standin.syncCount).toBe(2);
  });

  it("reads further back when a duty sub-heading is the only heading-like line in the window", async () => {
    const filler = Array.from({ length: DETECTION_WINDOW }, (_, i) => bullet(`Duty statement ${i + 1}.`));
    const paragraphs = [heading("Major Duties"), ...filler, bold("Financial Disbursement Activities 100%"), bullet("Reviews payments.")];
    const { gateway } = gatewayFor(paragraphs, paragraphs.length - 1);
    const detection = await gateway.detect();
    expect(detection.place).toMatchObject({ librarySection: "major-duties" });
    expect(detection.syncs).toBe(2);
  });

  it("finds a heading in the first cell of a table row", async () => {
    const paragraphs: StandinParagraphSpec[] = [
      body("Position Description"),
      { text: "Factor 3 – Guidelines", tableNestingLevel: 1, body: "TableCell", cellId: 1 },
      { text: "Written guidelines are available but not always applicable.", tableNestingLevel: 1, body: "TableCell", cellId: 2 },
    ];
    const { gateway } = gatewayFor(paragraphs, 2);
    expect((await gateway.detect()).place).toMatchObject({ kind: "section", librarySection: "factor-3" });
  });

  it("does not mistake the edge of a table cell for the start of the document", async () => {
    const filler = Array.from({ length: DETECTION_WINDOW + 5 }, (_, i) => body(`Background paragraph ${i + 1}.`));
    const paragraphs: StandinParagraphSpec[] = [
      body("Position Description"),
      heading("Major Duties"),
      ...filler,
      { text: "Leads customer research.", tableNestingLevel: 1, body: "TableCell", cellId: 1 },
      { text: "Analyses survey results for the program.", tableNestingLevel: 1, body: "TableCell", cellId: 2 },
    ];
    const { gateway } = gatewayFor(paragraphs, paragraphs.length - 1);
    const detection = await gateway.detect();
    expect(detection.place).toMatchObject({ kind: "section", librarySection: "major-duties" });
    expect(detection.syncs).toBeLessThanOrEqual(2);
  });

  it("reports track changes without changing them", async () => {
    const { standin, gateway } = gatewayFor(pd, 6, { changeTrackingMode: "TrackAll" });
    expect((await gateway.detect()).trackChanges).toBe(true);
    expect(standin.spec().changeTrackingMode).toBe("TrackAll");
  });

  it("keeps the same place object when the cursor's surroundings did not change", async () => {
    const { standin, gateway } = gatewayFor(pd, 6);
    const first = await gateway.detect();
    standin.setSelection(caretAt(6, 10));
    const second = await gateway.detect();
    expect(second.place).toBe(first.place);
    standin.setSelection(caretAt(14, 0));
    expect((await gateway.detect()).place).not.toBe(first.place);
  });

  it("turns a Word without WordApi 1.3 into a plain-language problem", async () => {
    const { gateway } = gatewayFor(pd, 6, { requirementSets: { WordApi: "1.1" } });
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const failure = await gateway.detect().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WordActionError);
    expect((failure as WordActionError).problem.kind).toBe("unsupported");
    expect((failure as WordActionError).problem.details).toMatch(/ApiNotFound/);
    expect(logged).toHaveBeenCalled(); // the raw error stays available to IT in the console
    logged.mockRestore();
  });
});

});

describe("reading the whole document", () => {
  it("gives every paragraph's text and whether it reads as a performance plan", async () => {
    const { gateway } = gatewayFor(pd, 0);
    const overview = await gateway.readOverview();
    expect(overview.paragraphTexts).toContain("Prepares reports for program managers.");
    expect(overview.paragraphTexts).not.toContain("Department of Example"); // header text is not body text
    expect(overview.looksLikePerformancePlan).toBe(false);

    const plan = gatewayFor(
      [heading("Performance Work Plan"), heading("Core Competencies", 2), body("Customer Service"), heading("Performance Goal 1", 2), body("Deliver the annual report.")],
      0,
    );
    expect((await plan.gateway.readOverview()).looksLikePerformancePlan).toBe(true);
  });
});

describe("selection events", () => {
  it("subscribes and unsubscribes through Office's DocumentSelectionChanged event", async () => {
    const { standin, gateway } = gatewayFor(pd, 3);
    const listener = jest.fn();
    const unsubscribe = gateway.onSelectionChanged(listener);
    expect(standin.selectionHandlerCount()).toBe(1);
    standin.setSelection(caretAt(6));
    await new Promise((r) => setTimeout(r, 5));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    expect(standin.selectionHandlerCount()).toBe(0);
  });
});

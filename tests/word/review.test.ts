/** The review's reads and moves against the stand-in: what it reads, where it moves the cursor, and at what cost. */
import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { reviewDocument } from "../../src/core/review";
import { WordActionError } from "../../src/word/gateway";
import { PARAGRAPH_PAGE } from "../../src/word/paragraphs";
import { samplePositionDescription } from "../../src/word/standin/sampleDocuments";
import { body, caretAt, DETECTION_BEHAVIOURS, gatewayOver, heading, openDocument } from "./wordHarness";

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

describe("reading the whole document for the review (the overview's reading)", () => {
  it("reads the sample PD, headers and footers left out, in one round trip", async () => {
    const standin = openDocument(samplePositionDescription);
    const { paragraphs } = await gatewayOver(standin).readOverview();
    const main = standin.paragraphs().filter((p) => p.body === "MainDoc" || p.body === "TableCell");
    expect(paragraphs.map((p) => p.text)).toEqual(main.map((p) => p.text));
    expect(paragraphs.find((p) => p.text === "Major Duties")).toMatchObject({ styleBuiltIn: "Heading1" });
    expect(standin.syncCount).toBe(1);
    expect(reviewDocument(library, paragraphs).kind).toBe("pd");
  });

  it("pages through a long document in a few round trips", async () => {
    const count = PARAGRAPH_PAGE * 2 + 10;
    const standin = openDocument({ paragraphs: Array.from({ length: count }, (_, i) => body(`Paragraph ${i}`)) });
    const { paragraphs } = await gatewayOver(standin).readOverview();
    expect(paragraphs).toHaveLength(count);
    expect(standin.syncCount).toBe(3);
  });
});

describe("going to a section the review found", () => {
  const doc = () => [heading("Introduction"), body("Intro text."), heading("Factor 3 - Guidelines"), body("Guidelines text.")];

  describe.each(DETECTION_BEHAVIOURS)("with Word behaving: %s", (_name, behaviours) => {
    it("puts the caret at the end of a section's heading, selecting nothing, and the cursor is then in that section", async () => {
      const standin = openDocument({ paragraphs: doc(), selection: caretAt(0), behaviours });
      const gateway = gatewayOver(standin);
      await gateway.goToParagraph({ index: 2, text: "Factor 3 - Guidelines" });
      expect(standin.selection()).toEqual(caretAt(2, "Factor 3 - Guidelines".length));
      expect(standin.syncCount).toBe(2);
      expect((await gateway.detect()).place).toMatchObject({ kind: "section", sectionId: "factor-3" });
    });
  });

  it("puts the caret at the end of a section", async () => {
    const standin = openDocument({ paragraphs: doc(), selection: caretAt(0) });
    await gatewayOver(standin).goToParagraph({ index: 3, text: "Guidelines text." });
    expect(standin.selection()).toEqual(caretAt(3, "Guidelines text.".length));
  });

  it("refuses, leaving the cursor alone, when the document changed since the review", async () => {
    const standin = openDocument({ paragraphs: doc(), selection: caretAt(1, 2) });
    const error = await gatewayOver(standin).goToParagraph({ index: 3, text: "Other text." }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WordActionError);
    expect((error as WordActionError).problem.message).toMatch(/Review again/);
    expect(standin.selection()).toEqual(caretAt(1, 2));
  });
});

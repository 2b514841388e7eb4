import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { createLibrary, type LibraryData } from "../../src/core/library";
import libraryJson from "../../content/library.json";
import type { ParagraphInfo } from "../../src/core/headingLine";
import { reviewDocument, reviewDocumentInSlices, reviewSummary, type Review } from "../../src/core/review";
import type { SliceControl } from "../../src/core/schedule";
import { CORE_COMPETENCIES_PLAN, numberedElementsPlan, plain, SES_PLAN } from "./planFixtures";

const libraryData = libraryJson as LibraryData;
const h = (text: string): ParagraphInfo => ({ text, styleBuiltIn: "Heading1", outlineLevel: 1 });
const bold = (text: string): ParagraphInfo => ({ text, bold: true });
const body = (text: string): ParagraphInfo => ({ text });
const entry = (id: string, agency = "DHS") => body(library.renderEntry(id, { agency }));
/** The bundled library with `text` as an earlier version's text of entry `id`. */
const withPreviousText = (id: string, version: string, text: string) =>
  createLibrary({ ...libraryData, version: "2.0.0", entries: libraryData.entries.map((e) => (e.id === id ? { ...e, previousTexts: [{ version, text }] } : e)) });

/** A PD with every CX section and, where given, extra paragraphs in them. */
function pd(extra: Partial<Record<"intro" | "duties" | "f1" | "f3" | "f5" | "f67", ParagraphInfo[]>> = {}): ParagraphInfo[] {
  return [
    body("POSITION DESCRIPTION"),
    h("Introduction"),
    body("This position is in the Office of Example."),
    ...(extra.intro ?? []),
    h("Major Duties"),
    body("Plans analyses of service delivery."),
    ...(extra.duties ?? []),
    h("Factor Levels"),
    bold("Factor 1 - Knowledge Required by the Position, Level 1-7, 1250 Points"),
    body("Knowledge of analytical methods."),
    ...(extra.f1 ?? []),
    bold("Factor 2 - Supervisory Controls, Level 2-4, 450 Points"),
    body("The supervisor sets objectives."),
    bold("Factor 3 - Guidelines, Level 3-3, 275 Points"),
    body("Guidelines include agency policy."),
    ...(extra.f3 ?? []),
    bold("Factor 4 - Complexity, Level 4-4, 225 Points"),
    body("The work involves varied duties."),
    bold("Factor 5 - Scope and Effect, Level 5-3, 150 Points"),
    body("The purpose of the work is to analyze."),
    ...(extra.f5 ?? []),
    bold("Factor 6 - Personal Contacts, Level 6-2, 25 Points"),
    body("Contacts are with employees."),
    bold("Factor 7 - Purpose of Contacts, Level 7-b, 50 Points"),
    body("Contacts are to plan work."),
    ...(extra.f67 ?? []),
  ];
}

const pdReview = (review: Review) => {
  if (review.kind !== "pd") throw new Error(`expected a PD review, got ${review.kind}`);
  return review;
};
const byId = (review: Review) => new Map(pdReview(review).sections.map((s) => [s.librarySection, s]));

describe("reviewing a PD for CX language", () => {
  it("finds every CX section and none of them with CX language in a plain PD", () => {
    const review = pdReview(reviewDocument(library, pd()));
    expect(review.sections.map((s) => s.librarySection)).toEqual(["introduction", "major-duties", "factor-1", "factor-3", "factor-5", "factors-6-7"]);
    expect(review.sections.every((s) => s.headingIndex !== null && s.entryIds.length === 0)).toBe(true);
    expect(reviewSummary(review)).toBe("0 of 6 CX sections have CX language");
  });

  it("says which items each section holds, and counts sections with CX language", () => {
    const paragraphs = pd({ intro: [entry("pd-intro-01")], duties: [entry("pd-duties-04"), entry("pd-duties-06")], f1: [entry("pd-knowledge-01")] });
    const review = pdReview(reviewDocument(library, paragraphs));
    const sections = byId(review);
    expect(sections.get("major-duties")!.entryIds).toEqual(["pd-duties-04", "pd-duties-06"]);
    expect(sections.get("introduction")!.entryIds).toEqual(["pd-intro-01"]);
    expect(sections.get("factor-3")!.entryIds).toEqual([]);
    expect(reviewSummary(review)).toBe("3 of 6 CX sections have CX language: 4 approved");
  });

  it("recognises CX language edited a little, in another agency's name or case, as adapted", () => {
    const duty = library.renderEntry("pd-duties-06", { agency: "USDA" }).toUpperCase().replace("MEETING", "ALWAYS MEETING");
    const review = pdReview(reviewDocument(library, pd({ duties: [body(duty)] })));
    expect(byId(review).get("major-duties")!.entries).toEqual([{ id: "pd-duties-06", state: "adapted" }]);
    expect(review.counts).toEqual({ approved: 0, adapted: 1, earlier: 0 });
  });

  it("lists each section's entries with their state and counts them in the summary, leaving out states with none", () => {
    const edited = library.renderEntry("pd-duties-04").replace("guided", "informed");
    const earlier = withPreviousText("pd-knowledge-01", "1.0.0", "Knowledge of customer experience methods, tools and practices sufficient to apply them in daily work.");
    const paragraphs = pd({
      intro: [entry("pd-intro-01")],
      duties: [body(edited), entry("pd-duties-06")],
      f1: [body("Knowledge of customer experience methods, tools and practices sufficient to apply them in daily work.")],
    });
    const review = pdReview(reviewDocument(earlier, paragraphs));
    const sections = byId(review);
    expect(sections.get("major-duties")!.entries).toEqual([
      { id: "pd-duties-04", state: "adapted" },
      { id: "pd-duties-06", state: "approved" },
    ]);
    expect(sections.get("major-duties")!.entryIds).toEqual(["pd-duties-04", "pd-duties-06"]);
    expect(sections.get("factor-1")!.entries).toEqual([{ id: "pd-knowledge-01", state: "earlier" }]);
    expect(review.counts).toEqual({ approved: 2, adapted: 1, earlier: 1 });
    expect(reviewSummary(review)).toBe("3 of 6 CX sections have CX language: 2 approved, 1 adapted, 1 in earlier wording");
  });

  it("counts Factors 6 and 7 written apart as one CX section, ending after Factor 7", () => {
    const paragraphs = pd({ f67: [entry("pd-contacts-01")] });
    const section = byId(reviewDocument(library, paragraphs)).get("factors-6-7")!;
    expect(paragraphs[section.headingIndex!]!.text).toMatch(/^Factor 6/);
    expect(section.endIndex).toBe(paragraphs.length - 1);
    expect(section.entryIds).toEqual(["pd-contacts-01"]);
  });

  it("lists sections the PD lacks after the ones it has", () => {
    const without = pd().filter((p) => !/^Factor 3|^Guidelines include/.test(p.text));
    const review = pdReview(reviewDocument(library, without));
    expect(review.sections.at(-1)).toEqual({ librarySection: "factor-3", name: library.section("factor-3")!.name, headingIndex: null, endIndex: null, entryIds: [], entries: [] });
  });

  it("warns when nothing looks like a PD, and reviews a performance plan as a plan", () => {
    expect(reviewDocument(library, [body("Meeting notes"), body("Agenda item one.")])).toEqual({ kind: "not-a-pd" });
    const plan = [
      { text: "Performance Work Plan", styleBuiltIn: "Title" },
      h("Core Competencies"),
      h("Performance Goals"),
      body(library.renderEntry("pwp-goal-3")),
    ];
    const review = reviewDocument(library, plan);
    expect(review.kind).toBe("plan");
    expect(review.kind === "plan" && review.sections.find((p) => p.librarySection === "gs-performance-goals")!.entryIds).toEqual(["pwp-goal-3"]);
  });
});

describe("reviewing a performance plan", () => {
  const planReview = (review: Review) => {
    if (review.kind !== "plan") throw new Error(`expected a plan review, got ${review.kind}`);
    return review;
  };

  it("a GS plan in plain text: the Customer Service element and the goals, never the SES requirement", () => {
    const plan = numberedElementsPlan();
    const review = planReview(reviewDocument(library, plan));
    expect(review.plan).toBe("gs");
    expect(review.sections.map((s) => s.librarySection)).toEqual(["gs-customer-service", "gs-performance-goals"]);
    // The Customer Service element is found, from its title to its last paragraph; the plan has no goals part.
    expect(review.sections[0]).toMatchObject({ headingIndex: 8, endIndex: 11, entryIds: [] });
    expect(review.sections[1]).toMatchObject({ headingIndex: null, endIndex: null });
    expect(reviewSummary(review)).toBe("0 of 2 parts of the plan have CX language");
  });

  it("says which items each part holds", () => {
    const plan = [...CORE_COMPETENCIES_PLAN.slice(0, 6), plain(library.renderEntry("pwp-gs-requirement", { agency: "DHS" })), ...CORE_COMPETENCIES_PLAN.slice(6)];
    const review = planReview(reviewDocument(library, plan));
    const parts = new Map(review.sections.map((s) => [s.librarySection, s]));
    expect(parts.get("gs-customer-service")).toMatchObject({ headingIndex: 2, entryIds: ["pwp-gs-requirement"] });
    expect(parts.get("gs-performance-goals")).toMatchObject({ headingIndex: 7, endIndex: plan.length - 1, entryIds: [] });
    expect(reviewSummary(review)).toBe("1 of 2 parts of the plan have CX language: 1 approved");
  });

  it("an SES plan: the SES requirement only, never the GS competency or goals", () => {
    const review = planReview(reviewDocument(library, SES_PLAN));
    expect(review.plan).toBe("ses");
    expect(review.sections).toEqual([
      { librarySection: "ses-requirement", name: library.section("ses-requirement")!.name, headingIndex: 7, endIndex: 8, entryIds: [], entries: [] },
    ]);
  });
});

describe("the review in slices", () => {
  /** A clock that moves 1 ms per reading, so slices end after a known number of steps. */
  const tickingClock = () => {
    let t = 0;
    return () => (t += 1);
  };
  const sliced = (paragraphs: ParagraphInfo[], control: Partial<SliceControl> = {}) =>
    reviewDocumentInSlices(library, paragraphs, { agency: "USDA" }, { cancelled: () => false, yieldToHost: async () => undefined, now: tickingClock(), ...control });

  /** A long PD: CX language at the far end of sections, some of it in several places (Factors 6 and 7 apart). */
  const longPd = () => {
    const filler = (n: number, what: string) => Array.from({ length: n }, (_, i) => body(`${what} ${i}: analyzes customer feedback and reports findings to program staff.`));
    return pd({
      intro: filler(400, "Introduction"),
      duties: [...filler(3000, "Duty"), entry("pd-duties-04", "USDA")],
      f1: [entry("pd-knowledge-01", "USDA"), ...filler(500, "Knowledge")],
      f67: [...filler(700, "Contact"), entry("pd-contacts-01", "USDA")],
    });
  };

  it("gives the whole review's result, for a PD, a long PD, a plan and a document that is neither", async () => {
    const plan = [{ text: "Performance Work Plan", styleBuiltIn: "Title" }, h("Core Competencies"), h("Performance Goals"), body(library.renderEntry("pwp-goal-3"))];
    for (const paragraphs of [pd({ f3: [entry("pd-guidelines-01", "USDA")] }), longPd(), plan, [body("Meeting notes"), body("Agenda item one.")]]) {
      expect(await sliced(paragraphs)).toEqual(reviewDocument(library, paragraphs, { agency: "USDA" }));
    }
    expect(pdReview(reviewDocument(library, longPd(), { agency: "USDA" })).withLanguage).toBe(3);
  });

  it("hands the thread back while matching a section written in many short spans (a run-in heading each)", async () => {
    const factorLines = Array.from({ length: 1000 }, (_, i) => [
      bold(i % 2 ? "Factor 3 - Guidelines, Level 3-3, 275 Points" : "Factor 1 - Knowledge Required by the Position, Level 1-7, 1250 Points"),
      body(`Paragraph ${i} on customer experience methods applied across regional offices.`),
    ]).flat();
    let reads = 0;
    let mostReadsBetweenYields = 0;
    const review = await sliced(pd({ f1: factorLines }), {
      now: () => ++reads,
      yieldToHost: async () => {
        mostReadsBetweenYields = Math.max(mostReadsBetweenYields, reads);
        reads = 0;
      },
    });
    expect(review?.kind).toBe("pd");
    expect(Math.max(mostReadsBetweenYields, reads)).toBeLessThan(50); // the last stretch too
  });

  it("hands the thread back between slices of a long document, and stops once cancelled", async () => {
    const yields = jest.fn(async () => undefined);
    await sliced(longPd(), { yieldToHost: yields });
    expect(yields.mock.calls.length).toBeGreaterThan(20); // the fold and the sections, each in slices
    let cancelled = false;
    const stop = jest.fn(async () => {
      cancelled = true;
    });
    expect(await sliced(longPd(), { yieldToHost: stop, cancelled: () => cancelled })).toBeNull();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});

/**
 * The bundled library against the source document it was taken from (issue #3). The expected
 * numbers and texts come from the issue and the seed, never from the library itself.
 */
import fs from "fs";
import path from "path";
import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import type { LanguageKind, LibraryEntry } from "../../src/core/library";
import { parseSeed, GS_REQUIREMENT_LABEL, SES_REQUIREMENT_LABEL, type SeedPiece } from "./seedParser";

const live = () => library.entries();
const ofKind = (section: string, kind: LanguageKind) =>
  library.entriesInSection(section).filter((entry) => entry.kind === kind);
const render = (entry: LibraryEntry, agency?: string) => library.renderEntry(entry, agency === undefined ? {} : { agency });
const findByText = (start: string) => {
  const found = live().filter((entry) => render(entry).startsWith(start));
  expect(found).toHaveLength(1);
  return found[0];
};

describe("bundled library content (issue #3)", () => {
  test.each([
    ["introduction", "introduction-statement", 1],
    ["major-duties", "duty-statement", 21],
    ["factor-1", "knowledge-skill", 12],
    ["factor-3", "factor-statement", 3],
    ["factor-5", "factor-statement", 2],
    ["factors-6-7", "factor-statement", 4],
  ] as const)("PD section %s holds %s x%i and nothing else", (section, kind, count) => {
    expect(ofKind(section, kind)).toHaveLength(count);
    expect(library.entriesInSection(section)).toHaveLength(count);
    expect(library.entriesInSection(section).every((entry) => entry.documentType === "PD")).toBe(true);
  });

  test("the GS Customer Service group has the requirement and the Level 1, 3 and 5 descriptions", () => {
    const requirement = ofKind("gs-customer-service", "competency-requirement");
    expect(requirement).toHaveLength(1);
    expect(requirement[0].label).toBe(GS_REQUIREMENT_LABEL);
    expect(render(requirement[0]).startsWith("Supports DHS’s commitment to transforming the customer experience")).toBe(true);
    const levels = ofKind("gs-customer-service", "rating-level");
    expect(levels.map((entry) => entry.label)).toEqual(["Level 1", "Level 3", "Level 5"]);
    expect(render(levels[0]).startsWith("Unaware / does not demonstrate basic knowledge")).toBe(true);
    expect(library.entriesInSection("gs-customer-service")).toHaveLength(4);
  });

  test("four performance goals with 6, 7, 3 and 4 example activities as their children", () => {
    const goals = library.topLevelEntriesInSection("gs-performance-goals");
    expect(goals.map((goal) => goal.kind)).toEqual(Array(4).fill("performance-goal"));
    expect(render(goals[0])).toBe("Understand what CX is and why it’s important at DHS");
    expect(goals.map((goal) => library.children(goal).length)).toEqual([6, 7, 3, 4]);
    for (const goal of goals) {
      expect(library.children(goal).every((child) => child.kind === "example-activity")).toBe(true);
    }
    expect(ofKind("gs-performance-goals", "example-activity")).toHaveLength(20);
    expect(library.entriesInSection("gs-performance-goals")).toHaveLength(24);
  });

  test("the SES requirement, with Section 280", () => {
    const ses = ofKind("ses-requirement", "ses-requirement");
    expect(ses).toHaveLength(1);
    expect(ses[0].label).toBe(SES_REQUIREMENT_LABEL);
    expect(render(ses[0])).toContain("OMB A-11 Section 280.");
    expect(library.entriesInSection("ses-requirement")).toHaveLength(1);
  });

  test("72 pieces of language in all, each live entry in a declared section of its own document type", () => {
    expect(live()).toHaveLength(72);
    for (const entry of live()) {
      expect(library.section(entry.section)?.documentType).toBe(entry.documentType);
    }
  });

  test("the Major Duties lead-in brings its three-statement list, and each statement stays insertable alone", () => {
    const leadIn = findByText("The incumbent will integrate levers that improve CX and trust in government");
    expect(leadIn.text.endsWith("Those may include…:")).toBe(true);
    const list = [
      findByText("The incumbent will incorporate CX practices when leading public facing interactions"),
      findByText("The incumbent will strive to adopt and apply recommendations"),
      findByText("Incumbent realizes the role they play in delivering citizen and business facing government services"),
    ];
    expect(library.children(leadIn)).toEqual(list);
    expect(library.entryWithChildren(leadIn)).toEqual([leadIn, ...list]);
    for (const item of list) {
      expect(item.kind).toBe("duty-statement");
      expect(library.parent(item)).toBe(leadIn);
      expect(library.entryWithChildren(item)).toEqual([item]);
      expect(library.entriesInSection("major-duties")).toContain(item);
    }
    // Only the lead-in, the goals and the GS requirement (with its rating levels) have children.
    const parents = live().filter((entry) => (entry.children ?? []).length > 0);
    expect(parents.map((entry) => entry.kind).sort()).toEqual(
      ["duty-statement", "competency-requirement", ...Array(4).fill("performance-goal")].sort(),
    );
    const requirement = ofKind("gs-customer-service", "competency-requirement")[0];
    expect(library.children(requirement).map((level) => level.label)).toEqual(["Level 1", "Level 3", "Level 5"]);
  });

  test("the GS requirement cites Section 280 and an editorial note records the correction", () => {
    const requirement = ofKind("gs-customer-service", "competency-requirement")[0];
    const text = render(requirement);
    expect(text).toContain("OMB A-11 Section 280.");
    expect(text).not.toContain("Section 28.");
    const notes = library.notesFor(requirement);
    expect(notes.some((note) => note.note.includes("Section 28") && note.note.includes("280"))).toBe(true);
  });

  test("the agency is a placeholder whose default is DHS; DHS-only resources stay verbatim and are flagged", () => {
    expect(library.placeholders.agency.default).toBe("DHS");
    for (const entry of live()) {
      const rendered = render(entry);
      expect(rendered).not.toMatch(/\{\{|\}\}/);
      // Every mention of DHS outside a flagged entry comes from the placeholder.
      if (!entry.agencySpecific) expect(entry.text).not.toContain("DHS");
      if (/dhs\.gov|learning hub|CX COP/.test(rendered)) expect(entry.agencySpecific).toBe(true);
    }
    expect(live().filter((entry) => entry.agencySpecific)).toHaveLength(3);
  });

  test("rendering for another agency changes the DHS mentions but not the DHS-only references", () => {
    const usda = (start: string) => render(findByText(start), "USDA");
    expect(usda("Upholds DHS' commitment")).toBe(
      "Upholds USDA's commitment to CX by meeting CX standards and elevating the bar across government.",
    );
    const requirement = render(ofKind("gs-customer-service", "competency-requirement")[0], "USDA");
    expect(requirement).toContain("Supports USDA’s commitment to transforming the customer experience across the Department");
    expect(requirement).toContain("Improves and enhances USDA’s customer experience");
    expect(requirement).toContain("informed of USDA customer needs");
    expect(usda("Understand what CX is")).toBe("Understand what CX is and why it’s important at USDA");
    expect(usda("Consistently engages CX practices")).toContain("join USDA's CX community of practitioners");
    expect(usda("Review https://www.dhs.gov/cx")).toBe("Review https://www.dhs.gov/cx and subscribe to CX Newsletter");
    expect(usda("Complete CX and accessibility learning tutorials")).toBe(
      "Complete CX and accessibility learning tutorials on DHS’ learning hub CX Learning | Homeland Security (dhs.gov)",
    );
    expect(usda("Join DHS’ CX COP")).toBe("Join DHS’ CX COP, CX open hours, CX workgroups");
    for (const entry of live().filter((candidate) => !candidate.agencySpecific)) {
      expect(render(entry, "USDA")).not.toContain("DHS");
    }
  });
});

const seedPath = path.resolve(__dirname, "../../../shared/seed/cx-templates-for-pds-and-pwps.txt");
const describeWithSeed = fs.existsSync(seedPath) ? describe : describe.skip;

describeWithSeed("bundled library against the seed document", () => {
  const pieces = () => parseSeed(fs.readFileSync(seedPath, "utf8"));
  const wrongSection = "OMB A-11 Section 28.";
  const corrected = (piece: SeedPiece) =>
    piece.kind === "competency-requirement" ? piece.text.replace(wrongSection, "OMB A-11 Section 280.") : piece.text;

  test("the seed holds the 72 pieces the issue lists", () => {
    const counts: Record<string, number> = {};
    for (const piece of pieces()) counts[`${piece.section}/${piece.kind}`] = (counts[`${piece.section}/${piece.kind}`] ?? 0) + 1;
    expect(counts).toEqual({
      "introduction/introduction-statement": 1,
      "major-duties/duty-statement": 21,
      "factor-1/knowledge-skill": 12,
      "factor-3/factor-statement": 3,
      "factor-5/factor-statement": 2,
      "factors-6-7/factor-statement": 4,
      "gs-customer-service/competency-requirement": 1,
      "gs-customer-service/rating-level": 3,
      "gs-performance-goals/performance-goal": 4,
      "gs-performance-goals/example-activity": 20,
      "ses-requirement/ses-requirement": 1,
    });
  });

  test("every seed piece is the default rendering of exactly one entry, in the right section and kind", () => {
    const matched = new Set<string>();
    for (const piece of pieces()) {
      const expected = corrected(piece);
      const hits = live().filter((entry) => render(entry) === expected);
      expect({ piece: expected, hits: hits.length }).toEqual({ piece: expected, hits: 1 });
      const [entry] = hits;
      expect({ id: entry.id, section: entry.section, kind: entry.kind }).toEqual({ id: entry.id, section: piece.section, kind: piece.kind });
      if (piece.label) expect(entry.label).toBe(piece.label);
      if (piece.goal) expect(library.parent(entry) && render(library.parent(entry)!)).toBe(piece.goal);
      matched.add(entry.id);
    }
    // ...and the library holds nothing the seed does not.
    expect(live().filter((entry) => !matched.has(entry.id)).map((entry) => entry.id)).toEqual([]);
  });

  test("the only departure from the seed is the documented Section 28 → 280 correction", () => {
    const requirement = pieces().find((piece) => piece.kind === "competency-requirement")!;
    expect(requirement.text.split(wrongSection)).toHaveLength(2);
    const entry = ofKind("gs-customer-service", "competency-requirement")[0];
    expect(render(entry)).not.toBe(requirement.text);
    expect(render(entry)).toBe(requirement.text.replace(wrongSection, "OMB A-11 Section 280."));
    expect(library.notesFor(entry).map((note) => note.note).join(" ")).toMatch(/Section 28\b.*280/);
    const ses = pieces().find((piece) => piece.kind === "ses-requirement")!;
    expect(ses.text).toContain("OMB A-11 Section 280.");
  });

  test("example activities follow their goal in seed order", () => {
    const goals = pieces().filter((piece) => piece.kind === "performance-goal");
    const libraryGoals = library.topLevelEntriesInSection("gs-performance-goals");
    expect(libraryGoals.map((goal) => render(goal))).toEqual(goals.map((goal) => goal.text));
    for (const goal of libraryGoals) {
      const activities = pieces().filter((piece) => piece.goal === render(goal)).map((piece) => piece.text);
      expect(library.children(goal).map((child) => render(child))).toEqual(activities);
    }
  });

  test("each PD section lists its statements in seed order", () => {
    for (const section of library.sections("PD")) {
      const expected = pieces().filter((piece) => piece.section === section.id).map((piece) => piece.text);
      expect(library.entriesInSection(section.id).map((entry) => render(entry))).toEqual(expected);
    }
  });
});

import type { CursorState } from "../../src/taskpane/hooks/useCursorSection";
import type { ViewMode } from "../../src/taskpane/hooks/useLibraryView";
import { emptyMessage, placeSummary, shownKey, shownView, viewAnnouncement, type ShownInput } from "../../src/taskpane/shownSection";
import type { CursorPlace, Detection } from "../../src/word/gateway";
import { PLACES, wordProblem } from "./fakeGateway";
import { library } from "./renderPane";

const detected = (place: CursorPlace, planPlace: CursorPlace = { kind: "before-sections" }): Detection => ({
  place,
  plan: { place: planPlace, goalForm: null },
  trackChanges: false,
  syncs: 1,
});
const ready = (place: CursorPlace): CursorState => ({ status: "ready", detection: detected(place) });
const follow: ViewMode = { kind: "follow" };
const PLAN_PLACES = {
  goals: { kind: "section", sectionId: "performance-goals", sectionName: "Performance goals", librarySection: "gs-performance-goals" },
  elements: { kind: "section", sectionId: "elements", sectionName: "Performance elements", librarySection: null },
} as const satisfies Record<string, CursorPlace>;
const picked = (sectionId: string): ViewMode => ({ kind: "picked", sectionId });

function input(overrides: Partial<ShownInput>): ShownInput {
  return { library, documentType: "PD", mode: follow, cursor: ready(PLACES.majorDuties), canDetectSections: true, documentRead: true, ...overrides };
}

describe("shownView", () => {
  it.each<[string, Partial<ShownInput>, ReturnType<typeof shownView>]>([
    ["the detected library section", {}, { kind: "section", sectionId: "major-duties", name: "Major Duties", source: "cursor" }],
    ["a section without CX language", { cursor: ready(PLACES.factor4) }, { kind: "no-language", placeName: "Factor 4 – Complexity" }],
    ["the title block", { cursor: ready(PLACES.titleBlock) }, { kind: "before-sections" }],
    // Perhaps a plan typed as plain text, whose view opens once the document is read: not "before the first section".
    ["no PD section before the document is read", { cursor: ready(PLACES.titleBlock), documentRead: false }, { kind: "finding" }],
    ["a footer", { cursor: ready(PLACES.footer) }, { kind: "outside-body", where: "footer" }],
    ["the first detection still running", { cursor: { status: "detecting" } }, { kind: "finding" }],
    ["nothing yet", { cursor: { status: "idle" } }, { kind: "finding" }],
    ["the last answer after a failure", { cursor: { status: "error", problem: wordProblem(), detection: detected(PLACES.factor3) } }, { kind: "section", sectionId: "factor-3", name: "Factor 3 – Guidelines", source: "cursor" }],
    ["a failure before any answer", { cursor: { status: "error", problem: wordProblem(), detection: null } }, { kind: "choose", reason: "detect-failed" }],
    ["no WordApi 1.3", { canDetectSections: false, cursor: { status: "idle" } }, { kind: "choose", reason: "cannot-detect" }],
    ["a pick over the cursor", { mode: picked("factor-5"), cursor: ready(PLACES.factor4) }, { kind: "section", sectionId: "factor-5", name: "Factor 5 – Scope and Effect", source: "picked" }],
    ["a pick without WordApi 1.3", { mode: picked("factor-1"), canDetectSections: false }, { kind: "section", sectionId: "factor-1", name: "Factor 1 – Knowledge Required by the Position", source: "picked" }],
    ["PWP: all sections before the plan's first part, whatever the PD reading says", { documentType: "PWP", cursor: ready(PLACES.factor3) }, { kind: "all-sections", documentType: "PWP" }],
    [
      "PWP: follows the cursor into the plan's goals",
      { documentType: "PWP", cursor: { status: "ready", detection: detected(PLACES.factor3, PLAN_PLACES.goals) } },
      { kind: "section", sectionId: "gs-performance-goals", name: expect.any(String), source: "cursor" },
    ],
    [
      "PWP: a part of the plan without CX language is named in the pane's words",
      { documentType: "PWP", cursor: { status: "ready", detection: detected(PLACES.factor3, PLAN_PLACES.elements) } },
      { kind: "no-language", placeName: "Performance elements" },
    ],
    ["PWP: a picked PWP section", { documentType: "PWP", mode: picked("ses-requirement") }, { kind: "section", sectionId: "ses-requirement", name: "SES Performance Requirement", source: "picked" }],
    ["PWP ignores a PD pick", { documentType: "PWP", mode: picked("major-duties") }, { kind: "all-sections", documentType: "PWP" }],
    ["an unknown pick falls back to the cursor", { mode: picked("no-such-section") }, { kind: "section", sectionId: "major-duties", name: "Major Duties", source: "cursor" }],
  ])("shows %s", (_name, overrides, expected) => {
    expect(shownView(input(overrides))).toEqual(expected);
  });
});

describe("words for the view", () => {
  it("names where the cursor is, or what was picked", () => {
    expect(placeSummary(shownView(input({})))).toBe("Cursor in Major Duties");
    expect(placeSummary(shownView(input({ mode: picked("factor-3") })))).toBe("Showing Factor 3 – Guidelines (your choice)");
    expect(placeSummary(shownView(input({ cursor: ready(PLACES.factor4) })))).toBe("Cursor in Factor 4 – Complexity");
    expect(placeSummary(shownView(input({ cursor: ready(PLACES.footer) })))).toBe("Cursor in the page footer");
  });

  it("announces section changes and empty states in plain language", () => {
    expect(viewAnnouncement(shownView(input({})))).toBe("Now showing Major Duties language");
    expect(viewAnnouncement(shownView(input({ cursor: ready(PLACES.factor4) })))).toBe(
      "You are in Factor 4 – Complexity: no CX language is suggested here.",
    );
    expect(viewAnnouncement(shownView(input({ cursor: { status: "idle" } })))).toBeNull();
    expect(emptyMessage(shownView(input({ cursor: ready(PLACES.titleBlock) })))).toMatch(/^Put the cursor in a section of the position description, such as Major Duties/);
    expect(emptyMessage(shownView(input({ cursor: ready({ kind: "outside-body", where: "footnote" }) })))).toMatch(/a footnote\. Suggestions are for the body of the document/);
    expect(emptyMessage(shownView(input({})))).toBeNull();
  });

  it("keys tell real changes from re-renders", () => {
    const a = shownKey(shownView(input({})));
    expect(shownKey(shownView(input({ cursor: ready({ ...PLACES.majorDuties }) })))).toBe(a);
    expect(shownKey(shownView(input({ mode: picked("major-duties") })))).not.toBe(a);
    expect(shownKey(shownView(input({ cursor: ready(PLACES.factor4) })))).not.toBe(shownKey(shownView(input({ cursor: ready(PLACES.titleBlock) }))));
  });
});

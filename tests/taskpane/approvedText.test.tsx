import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { approvedText } from "../../src/taskpane/approvedText";

describe("the approved wording a paragraph gets", () => {
  const goal = library.entries("PWP").find((entry) => entry.kind === "performance-goal")!;
  const level = library.entries("PWP").find((entry) => entry.kind === "rating-level" && entry.label)!;

  it("keeps the goal number of the paragraph it replaces", () => {
    const approved = library.renderEntry(goal);
    expect(approvedText(library, goal, {}, `Performance Goal 3: ${approved.replace(/\w+\.?$/, "soon.")}`)).toBe(`Performance Goal 3: ${approved}`);
  });

  it("keeps a bullet typed by hand, and adds nothing to a paragraph without one", () => {
    const approved = library.renderEntry(goal);
    expect(approvedText(library, goal, {}, `• ${approved}`)).toBe(`• ${approved}`);
    expect(approvedText(library, goal, {}, "Something else entirely.")).toBe(approved);
  });

  it("names a rating level's level", () => {
    expect(approvedText(library, level, {}, "")).toBe(`${library.renderText(level.label!)}: ${library.renderEntry(level)}`);
  });
});

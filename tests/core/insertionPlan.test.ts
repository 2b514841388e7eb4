import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { insertedMessage, planInsertion } from "../../src/core/insertionPlan";

const ids = (lines: { entryId: string }[]) => lines.map((l) => l.entryId);

describe("planInsertion", () => {
  it("puts entries in library order whatever the order they were picked in", () => {
    const lines = planInsertion(library, ["pd-duties-05", "pd-duties-02"]);
    expect(ids(lines)).toEqual(["pd-duties-02", "pd-duties-05"]);
    expect(lines.every((l) => l.depth === 0)).toBe(true);
  });

  it("brings the lead-in's list one level deeper, and inserts a picked child only once", () => {
    const lines = planInsertion(library, ["pd-duties-11", "pd-duties-09"]);
    expect(ids(lines)).toEqual(["pd-duties-09", "pd-duties-10", "pd-duties-11", "pd-duties-12"]);
    expect(lines.map((l) => l.depth)).toEqual([0, 1, 1, 1]);
  });

  it("a list item picked alone is an ordinary line", () => {
    expect(planInsertion(library, ["pd-duties-11"])).toEqual([
      { entryId: "pd-duties-11", depth: 0, paragraph: false, kind: "duty-statement", text: library.renderEntry("pd-duties-11") },
    ]);
  });

  it("a performance goal brings its activities as items under it", () => {
    const goal = library.entry("pwp-goal-3")!;
    const lines = planInsertion(library, [goal.id]);
    expect(lines[0]).toEqual({ entryId: goal.id, depth: 0, paragraph: true, kind: "performance-goal", text: library.renderEntry(goal) });
    expect(lines.slice(1).map((l) => l.entryId)).toEqual(goal.children);
    expect(lines.slice(1).every((l) => l.depth === 1)).toBe(true);
  });

  it("the competency requirement brings Level 1, 3 and 5 as labelled paragraphs", () => {
    const lines = planInsertion(library, ["pwp-gs-requirement"]);
    expect(lines.map((l) => l.depth)).toEqual([0, 0, 0, 0]);
    expect(lines.slice(1).map((l) => l.text.slice(0, 9))).toEqual(["Level 1: ", "Level 3: ", "Level 5: "]);
    expect(lines[2].text).toBe(`Level 3: ${library.renderEntry("pwp-gs-level-3")}`);
  });

  it("fills the agency name", () => {
    const [line] = planInsertion(library, ["pd-duties-06"], { agency: "USDA" });
    expect(line.text).toContain("USDA");
    expect(line.text).not.toContain("DHS");
  });

  it("ignores unknown ids and gives nothing for nothing", () => {
    expect(planInsertion(library, ["no-such-id"])).toEqual([]);
    expect(planInsertion(library, [])).toEqual([]);
  });
});

describe("items written for another agency", () => {
  const goal = library.entry("pwp-goal-1")!;
  const specific = library.children(goal).filter((child) => child.agencySpecific);

  it("come with their goal for the agency they were written for", () => {
    const lines = planInsertion(library, [goal.id], { agency: "DHS" });
    expect(lines.map((l) => l.entryId)).toEqual([goal.id, ...library.children(goal).map((c) => c.id)]);
  });

  it("are left out of a goal's activities for another agency, and marked", () => {
    expect(specific.length).toBeGreaterThan(0);
    const lines = planInsertion(library, [goal.id], { agency: "USDA" });
    expect(lines.map((l) => l.entryId)).toEqual([goal.id, ...library.children(goal).filter((c) => !c.agencySpecific).map((c) => c.id)]);
    expect(library.writtenForOtherAgency(specific[0]!, { agency: "USDA" })).toBe("DHS");
    expect(library.writtenForOtherAgency(specific[0]!, { agency: "dhs" })).toBeNull();
    expect(library.writtenForOtherAgency(goal, { agency: "USDA" })).toBeNull();
  });

  it("can still be inserted on purpose, with their goal or alone", () => {
    const chosen = specific[0]!.id;
    expect(planInsertion(library, [goal.id, chosen], { agency: "USDA" }).map((l) => l.entryId)).toContain(chosen);
    expect(planInsertion(library, [chosen], { agency: "USDA" })).toEqual([expect.objectContaining({ entryId: chosen, depth: 0 })]);
  });
});

describe("goals in a plan that numbers its goals", () => {
  const numbering = { label: "Performance Goal", next: 3, separator: ": " };

  it("take the next numbers, in the plan's own words; their activities and other lines stay as written", () => {
    const lines = planInsertion(library, ["pwp-goal-4", "pwp-goal-1", "pwp-gs-requirement"], { agency: "DHS" }, numbering);
    const goals = lines.filter((line) => line.kind === "performance-goal");
    expect(goals.map((line) => line.text)).toEqual([
      `Performance Goal 3: ${library.renderEntry("pwp-goal-1", { agency: "DHS" })}`,
      `Performance Goal 4: ${library.renderEntry("pwp-goal-4", { agency: "DHS" })}`,
    ]);
    const others = lines.filter((line) => line.kind !== "performance-goal");
    for (const line of others) expect(line.text).not.toMatch(/^Performance Goal/);
  });

  it("stay unnumbered where the plan's goals are not numbered", () => {
    expect(planInsertion(library, ["pwp-goal-3"])[0]!.text).toBe(library.renderEntry("pwp-goal-3"));
  });
});

describe("insertedMessage", () => {
  const message = (ids: string[]) => insertedMessage(library, planInsertion(library, ids, { agency: "DHS" }));

  it.each([
    [["pd-duties-01"], "Inserted 1 item into Major Duties"],
    [["pd-duties-01", "pd-duties-02"], "Inserted 2 items into Major Duties"],
    [["pd-duties-01", "pwp-goal-3"], "Inserted 5 items into the document"],
    [["pwp-goal-1"], "Inserted 1 goal with 6 activities"],
    [["pwp-goal-1", "pwp-goal-3"], "Inserted 2 goals with 9 activities"],
    [["pwp-goal-1-activity-01"], "Inserted 1 item into GS Performance Goals and Example Activities"],
  ])("%j → %s", (ids, expected) => {
    expect(message(ids)).toBe(expected);
  });

  it("says the text went in after the selected text when text was selected", () => {
    expect(insertedMessage(library, planInsertion(library, ["pd-duties-01"]), true)).toBe("Inserted 1 item into Major Duties, after the selected text");
    expect(insertedMessage(library, planInsertion(library, ["pwp-goal-1"], { agency: "DHS" }), true)).toBe("Inserted 1 goal with 6 activities, after the selected text");
  });
});

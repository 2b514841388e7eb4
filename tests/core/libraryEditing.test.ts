import fs from "fs";
import path from "path";
import { createLibrary, type LibraryData, type LibraryEntry } from "../../src/core/library";
import {
  applyEdit,
  changeSummaryText,
  libraryChanges,
  LibraryEditError,
  newEntryId,
  raisedVersion,
  releaseKind,
  releasedLibrary,
  siblingIds,
  type LibraryChanges,
  type LibraryEdit,
} from "../../src/core/libraryEditing";
import { findLibraryProblems, LIBRARY_LEVEL } from "../../src/core/libraryValidation";

const bundledText = fs.readFileSync(path.resolve(__dirname, "../../content/library.json"), "utf8");

/** A fresh copy of the bundled library, frozen deeply so that any mutation by an edit throws. */
function opened(): LibraryData {
  return deepFreeze(JSON.parse(bundledText) as LibraryData);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function entry(data: LibraryData, id: string): LibraryEntry {
  const found = data.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

function edits(data: LibraryData, ...list: LibraryEdit[]): LibraryData {
  return list.reduce(applyEdit, data);
}

/** What the pane lists for a section: top-level live entries, each followed by its live children. */
function paneOrder(data: LibraryData, sectionId: string): string[] {
  const library = createLibrary(data);
  return library.topLevelEntriesInSection(sectionId).flatMap((top) => library.entryWithChildren(top).map((shown) => shown.id));
}

function newDuty(id: string, text = "Answers every customer within two days at {{agency}}."): LibraryEntry {
  return { id, documentType: "PD", section: "major-duties", kind: "duty-statement", text };
}

describe("applyEdit", () => {
  test("an entry edit changes text, label, keywords and the agency-specific flag, and leaves the input as it was", () => {
    const before = opened();
    const after = edits(
      before,
      { kind: "entry", id: "pd-duties-02", text: "Leads {{agency}} customer work.", keywords: ["customers", "service"], agencySpecific: true },
      { kind: "entry", id: "pwp-gs-level-3", label: "Level 3 (fully successful)" },
    );
    expect(entry(after, "pd-duties-02")).toMatchObject({ text: "Leads {{agency}} customer work.", keywords: ["customers", "service"], agencySpecific: true });
    expect(entry(after, "pwp-gs-level-3").label).toBe("Level 3 (fully successful)");
    expect(after).not.toBe(before);
    expect(JSON.parse(bundledText)).toEqual(before);
    expect(findLibraryProblems(after)).toEqual([]);
  });

  test("an empty label or keyword list, and agency-specific false, remove the field (the schema wants none empty)", () => {
    const after = edits(
      opened(),
      { kind: "entry", id: "pwp-gs-level-3", label: "" },
      { kind: "entry", id: "pwp-goal-1-activity-02", agencySpecific: false, keywords: [] },
    );
    expect(entry(after, "pwp-gs-level-3")).not.toHaveProperty("label");
    expect(entry(after, "pwp-goal-1-activity-02")).not.toHaveProperty("agencySpecific");
    expect(entry(after, "pwp-goal-1-activity-02")).not.toHaveProperty("keywords");
    expect(findLibraryProblems(after)).toEqual([]);
  });

  test("an empty text stays empty, and validation names the entry", () => {
    const after = applyEdit(opened(), { kind: "entry", id: "pd-duties-07", text: "" });
    expect(findLibraryProblems(after)).toContainEqual({ entry: "pd-duties-07", reason: "text must not be empty" });
  });

  test("an edit of an unknown entry is refused", () => {
    expect(() => applyEdit(opened(), { kind: "entry", id: "pd-duties-99", text: "x" })).toThrow(LibraryEditError);
    expect(() => applyEdit(opened(), { kind: "retire", id: "nope" })).toThrow('No entry with id "nope"');
  });

  test("a new entry goes after the one named, or last in its section", () => {
    const data = opened();
    const afterThird = applyEdit(data, { kind: "add", entry: newDuty("pd-duties-22"), after: "pd-duties-03" });
    expect(paneOrder(afterThird, "major-duties").slice(0, 5)).toEqual(["pd-duties-01", "pd-duties-02", "pd-duties-03", "pd-duties-22", "pd-duties-04"]);
    const last = applyEdit(data, { kind: "add", entry: newDuty("pd-duties-22") });
    expect(paneOrder(last, "major-duties").at(-1)).toBe("pd-duties-22");
    expect(findLibraryProblems(last)).toEqual([]);
    expect(data.entries).toHaveLength(JSON.parse(bundledText).entries.length);
  });

  test("a new entry after a child joins that list; with a parent, it goes last in the parent's list", () => {
    const data = opened();
    const activity = (id: string): LibraryEntry => ({ id, documentType: "PWP", section: "gs-performance-goals", kind: "example-activity", text: "Shadow a front-line colleague for a day" });
    const inList = applyEdit(data, { kind: "add", entry: activity("pwp-goal-2-activity-08"), after: "pwp-goal-2-activity-01" });
    expect(entry(inList, "pwp-goal-2").children!.slice(0, 3)).toEqual(["pwp-goal-2-activity-01", "pwp-goal-2-activity-08", "pwp-goal-2-activity-02"]);
    const lastOfList = applyEdit(data, { kind: "add", entry: activity("pwp-goal-3-activity-04"), parent: "pwp-goal-3" });
    expect(entry(lastOfList, "pwp-goal-3").children!.at(-1)).toBe("pwp-goal-3-activity-04");
    expect(createLibrary(lastOfList).parent("pwp-goal-3-activity-04")?.id).toBe("pwp-goal-3");
    expect(findLibraryProblems(inList)).toEqual([]);
    expect(findLibraryProblems(lastOfList)).toEqual([]);
    expect(entry(data, "pwp-goal-2").children).toHaveLength(7);
  });

  test("an id already in the library, retired ones included, cannot be added again", () => {
    const data = applyEdit(opened(), { kind: "retire", id: "pd-duties-05" });
    expect(() => applyEdit(data, { kind: "add", entry: newDuty("pd-duties-05") })).toThrow(/already taken/);
  });

  test("moving within a section reorders its top-level entries; children stay with their parent", () => {
    const data = opened();
    const moved = applyEdit(data, { kind: "move", id: "pd-duties-13", to: 0 });
    const order = paneOrder(moved, "major-duties");
    expect(order.slice(0, 3)).toEqual(["pd-duties-13", "pd-duties-01", "pd-duties-02"]);
    expect(order.slice(order.indexOf("pd-duties-09"), order.indexOf("pd-duties-09") + 4)).toEqual(["pd-duties-09", "pd-duties-10", "pd-duties-11", "pd-duties-12"]);
    expect(siblingIds(moved, "pd-duties-13")[0]).toBe("pd-duties-13");
    const toEnd = applyEdit(data, { kind: "move", id: "pd-duties-01", to: 999 });
    expect(paneOrder(toEnd, "major-duties").at(-1)).toBe("pd-duties-01");
    expect(paneOrder(data, "major-duties")[0]).toBe("pd-duties-01");
    expect(findLibraryProblems(moved)).toEqual([]);
  });

  test("moving a child reorders its parent's list", () => {
    const data = opened();
    const moved = applyEdit(data, { kind: "move", id: "pwp-gs-level-5", to: 0 });
    expect(entry(moved, "pwp-gs-requirement").children).toEqual(["pwp-gs-level-5", "pwp-gs-level-1", "pwp-gs-level-3"]);
    expect(siblingIds(moved, "pwp-gs-level-1")).toEqual(["pwp-gs-level-5", "pwp-gs-level-1", "pwp-gs-level-3"]);
    expect(entry(data, "pwp-gs-requirement").children).toEqual(["pwp-gs-level-1", "pwp-gs-level-3", "pwp-gs-level-5"]);
  });

  test("retiring keeps the entry, leaves its parent's list, and unretiring offers it again", () => {
    const data = opened();
    const retired = applyEdit(data, { kind: "retire", id: "pwp-goal-1-activity-02" });
    expect(entry(retired, "pwp-goal-1-activity-02").retired).toBe(true);
    expect(entry(retired, "pwp-goal-1").children).not.toContain("pwp-goal-1-activity-02");
    expect(findLibraryProblems(retired)).toEqual([]);
    expect(retired.entries).toHaveLength(data.entries.length);
    const back = applyEdit(retired, { kind: "unretire", id: "pwp-goal-1-activity-02" });
    expect(entry(back, "pwp-goal-1-activity-02")).not.toHaveProperty("retired");
    expect(createLibrary(back).entry("pwp-goal-1-activity-02")?.retired).toBeUndefined();
    expect(findLibraryProblems(back)).toEqual([]);
  });

  test("retiring a parent retires its list with it; unretiring brings both back", () => {
    const retired = applyEdit(opened(), { kind: "retire", id: "pwp-goal-3" });
    expect(paneOrder(retired, "gs-performance-goals").filter((id) => id.startsWith("pwp-goal-3"))).toEqual([]);
    expect(findLibraryProblems(retired)).toEqual([]);
    const back = applyEdit(retired, { kind: "unretire", id: "pwp-goal-3" });
    expect(paneOrder(back, "gs-performance-goals")).toEqual(paneOrder(opened(), "gs-performance-goals"));
  });

  test("a placeholder's label and default change, and a new placeholder is declared", () => {
    const data = opened();
    const after = edits(data, { kind: "placeholder", name: "agency", default: "USDA" }, { kind: "placeholder", name: "office", label: "Office", default: "CX Office" });
    expect(after.placeholders.agency).toMatchObject({ label: "Agency name", default: "USDA" });
    expect(after.placeholders.office).toEqual({ label: "Office", default: "CX Office" });
    expect(data.placeholders.agency!.default).toBe("DHS");
    expect(findLibraryProblems(after)).toEqual([]);
    const unnamed = applyEdit(data, { kind: "placeholder", name: "office" });
    expect(findLibraryProblems(unnamed).map((problem) => problem.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/^placeholders\.office\.label/)]));
  });
});

describe("newEntryId", () => {
  test("takes the section's prefix and the next number", () => {
    expect(newEntryId(opened(), "major-duties")).toBe("pd-duties-22");
    expect(newEntryId(opened(), "factor-1")).toBe("pd-knowledge-13");
    expect(newEntryId(opened(), "gs-performance-goals")).toBe("pwp-goal-5");
  });

  test("takes a list's prefix for a child, and the section's pattern for a list that has none yet", () => {
    expect(newEntryId(opened(), "gs-performance-goals", "pwp-goal-3")).toBe("pwp-goal-3-activity-04");
    expect(newEntryId(opened(), "gs-performance-goals", "pwp-goal-9")).toBe("pwp-goal-9-activity-01");
    expect(newEntryId(opened(), "ses-requirement")).toBe("pwp-ses-requirement-2");
  });

  test("never reuses an id: retired entries and entries with earlier texts keep theirs", () => {
    let data = applyEdit(opened(), { kind: "add", entry: newDuty("pd-duties-30") });
    data = applyEdit(data, { kind: "retire", id: "pd-duties-30" });
    expect(newEntryId(data, "major-duties")).toBe("pd-duties-31");
    const reworded = releasedLibrary(opened(), applyEdit(opened(), { kind: "entry", id: "pd-duties-21", text: "Reworded at {{agency}}." }), "2026-12-02");
    expect(entry(reworded, "pd-duties-21").previousTexts).toHaveLength(1);
    expect(newEntryId(reworded, "major-duties")).toBe("pd-duties-22");
    const fresh = newEntryId(data, "major-duties");
    expect(data.entries.some((candidate) => candidate.id === fresh)).toBe(false);
  });
});

describe("releaseKind and raisedVersion", () => {
  const none: LibraryChanges = { added: [], retired: [], unretired: [], reworded: [], otherwise: [] };
  test.each<[string, Partial<LibraryChanges>, string | null]>([
    ["nothing", {}, null],
    ["a reworded entry", { reworded: [{ id: "a", before: "x", after: "y", changes: [] }] }, "patch"],
    ["a label", { otherwise: [{ id: "a", fields: ["label"] }] }, "patch"],
    ["an added entry", { added: ["a"] }, "minor"],
    ["an entry offered again", { unretired: ["a"] }, "minor"],
    ["a retirement, even with additions", { added: ["a"], retired: ["b"] }, "major"],
  ])("%s", (_name, changes, kind) => {
    expect(releaseKind({ ...none, ...changes })).toBe(kind);
  });

  test.each([
    ["1.0.0", "patch", "1.0.1"],
    ["1.0.0", "minor", "1.1.0"],
    ["1.4.2", "major", "2.0.0"],
    ["1.2.0-rc.1", "patch", "1.2.0"],
    ["1.2.0-rc.1", "minor", "1.2.0"],
    ["1.2.3-rc.1", "minor", "1.3.0"],
    ["2.0.0-rc.1", "major", "2.0.0"],
    ["1.2.0-rc.1", "major", "2.0.0"],
  ] as const)("%s raised for a %s change is %s", (version, kind, raised) => {
    expect(raisedVersion(version, kind)).toBe(raised);
  });
});

describe("releasedLibrary", () => {
  const today = "2026-12-02";

  test("a reworded entry keeps its old text under the opened version; patch; the date is today; the result is valid", () => {
    const data = opened();
    const before = entry(data, "pwp-goal-1").text;
    const released = releasedLibrary(data, applyEdit(data, { kind: "entry", id: "pwp-goal-1", text: "Know what CX is and why it matters at {{agency}}" }), today);
    expect(released.version).toBe(raisedVersion(data.version, "patch"));
    expect(released.date).toBe(today);
    expect(entry(released, "pwp-goal-1").previousTexts).toEqual([{ version: data.version, text: before }]);
    expect(findLibraryProblems(released)).toEqual([]);
    expect(entry(data, "pwp-goal-1").previousTexts).toBeUndefined();
  });

  test("a retirement with an addition is a major release; an addition alone is minor", () => {
    const data = opened();
    const added = applyEdit(data, { kind: "add", entry: newDuty(newEntryId(data, "major-duties")) });
    expect(releasedLibrary(data, added, today).version).toBe(raisedVersion(data.version, "minor"));
    const both = releasedLibrary(data, applyEdit(added, { kind: "retire", id: "pd-duties-04" }), today);
    expect(both.version).toBe(raisedVersion(data.version, "major"));
    expect(findLibraryProblems(both)).toEqual([]);
  });

  test("a pre-release opened library is released at a higher version, its earlier texts under the pre-release", () => {
    const data = deepFreeze({ ...JSON.parse(bundledText), version: "1.1.0-rc.2" } as LibraryData);
    const released = releasedLibrary(data, applyEdit(data, { kind: "entry", id: "pd-duties-02", text: "Leads {{agency}} customer work." }), today);
    expect(released.version).toBe("1.1.0");
    expect(entry(released, "pd-duties-02").previousTexts).toEqual([{ version: "1.1.0-rc.2", text: entry(data, "pd-duties-02").text }]);
    expect(findLibraryProblems(released)).toEqual([]);
  });

  test("saving twice from the same opened library records the old text once and raises the version once", () => {
    const data = opened();
    const first = releasedLibrary(data, applyEdit(data, { kind: "entry", id: "pd-duties-02", text: "Leads {{agency}} customer work." }), today);
    const second = releasedLibrary(data, applyEdit(first, { kind: "entry", id: "pd-duties-02", text: "Leads all {{agency}} customer work." }), today);
    expect(second.version).toBe(first.version);
    expect(entry(second, "pd-duties-02").previousTexts).toEqual([{ version: data.version, text: entry(data, "pd-duties-02").text }]);
    expect(findLibraryProblems(second)).toEqual([]);
    const reverted = releasedLibrary(data, applyEdit(first, { kind: "entry", id: "pd-duties-02", text: entry(data, "pd-duties-02").text }), today);
    expect(reverted).toEqual(data);
  });

  test("earlier texts from before the opened version are kept, oldest first", () => {
    const first = releasedLibrary(opened(), applyEdit(opened(), { kind: "entry", id: "pd-duties-02", text: "Leads {{agency}} customer work." }), "2026-12-01");
    deepFreeze(first);
    const second = releasedLibrary(first, applyEdit(first, { kind: "entry", id: "pd-duties-02", text: "Leads all {{agency}} customer work." }), today);
    expect(entry(second, "pd-duties-02").previousTexts!.map((previous) => previous.version)).toEqual([opened().version, first.version]);
    expect(findLibraryProblems(second)).toEqual([]);
  });
});

describe("libraryChanges and changeSummaryText", () => {
  function edited(): { data: LibraryData; released: LibraryData } {
    const data = opened();
    const changed = edits(
      data,
      { kind: "entry", id: "pwp-goal-1", text: "Know what CX is and why it matters at {{agency}}" },
      { kind: "entry", id: "pd-duties-03", keywords: ["plain language"] },
      { kind: "add", entry: newDuty("pd-duties-22") },
      { kind: "retire", id: "pd-duties-05" },
      { kind: "move", id: "pd-duties-13", to: 0 },
      { kind: "placeholder", name: "agency", default: "USDA" },
    );
    return { data, released: releasedLibrary(data, changed, "2026-12-02") };
  }

  test("lists what was added, retired, reworded (word by word) and changed otherwise", () => {
    const { data, released } = edited();
    const changes = libraryChanges(data, released);
    expect(changes.added).toEqual(["pd-duties-22"]);
    expect(changes.retired).toEqual(["pd-duties-05"]);
    expect(changes.unretired).toEqual([]);
    expect(changes.reworded).toHaveLength(1);
    const [reworded] = changes.reworded;
    expect(reworded!.id).toBe("pwp-goal-1");
    expect(reworded!.changes.filter((change) => change.kind === "deleted").map((change) => change.text.trim())).toContain("Understand");
    expect(reworded!.changes.filter((change) => change.kind === "inserted").map((change) => change.text.trim())).toContain("Know");
    expect(changes.otherwise).toEqual([
      { id: "pd-duties-03", fields: ["keywords"] },
      { id: "pd-duties-13", fields: ["order"] },
      { id: LIBRARY_LEVEL, fields: ["placeholder:agency"] },
    ]);
    expect(libraryChanges(data, data)).toEqual({ added: [], retired: [], unretired: [], reworded: [], otherwise: [] });
  });

  test("the summary is plain text a reviewer can read: versions, date, each change with before and after", () => {
    const { data, released } = edited();
    const summary = changeSummaryText(data, released);
    const lines = summary.split("\n");
    expect(lines[0]).toBe(`CX language library ${released.version} (2026-12-02), changed from ${data.version} (${data.date})`);
    expect(lines[1]).toBe("Version change: major: an entry was retired");
    expect(summary).toContain(`Added (1):\n  - pd-duties-22: “${entry(released, "pd-duties-22").text}”`);
    expect(summary).toContain(`Retired (1):\n  - pd-duties-05: “${entry(data, "pd-duties-05").text}”`);
    expect(summary).toContain(`Reworded (1):\n  - pwp-goal-1: replaced “Understand” with “Know”; replaced “it’s important” with “it matters”\n`);
    expect(summary).toContain(`      Before: ${entry(data, "pwp-goal-1").text}\n      After:  Know what CX is and why it matters at {{agency}}`);
    expect(summary).toContain("Other changes (3):\n  - pd-duties-03: keywords\n  - pd-duties-13: order\n  - placeholders: agency");
    expect(summary).not.toMatch(/<[a-z/]/i);
    expect(changeSummaryText(data, data)).toBe(`CX language library ${data.version} (${data.date}), changed from ${data.version} (${data.date})\n\nNo changes.`);
  });
});

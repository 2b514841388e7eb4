import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { planInsertion, type InsertionLine } from "../../src/core/insertionPlan";
import { WordActionError } from "../../src/word/gateway";
import type { Standin } from "../../src/word/standin";
import type { StandinBehaviours, StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { body, bullet, caretAt, gatewayOver, heading, INSERTION_BEHAVIOURS, openDocument } from "./wordHarness";

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const lines = (...texts: string[]): InsertionLine[] => texts.map((text, i) => ({ text, depth: 0, paragraph: false, kind: "duty-statement", entryId: `e${i}` }));
const duties = planInsertion(library, ["pd-duties-01", "pd-duties-04"]);
const leadIn = planInsertion(library, ["pd-duties-09"]);

let behaviours: StandinBehaviours = {};

function setUp(paragraphs: StandinParagraphSpec[], selection: StandinDocumentSpec["selection"], extra: Partial<StandinDocumentSpec> = {}) {
  const standin = openDocument({ paragraphs, selection, behaviours, ...extra });
  return { standin, gateway: gatewayOver(standin) };
}

const view = (p: StandinParagraphSpec) => ({ text: p.text, list: p.list ? p.list.level : null });

/** What the user sees of each paragraph: text, list and level, and indentation in points. */
function layout(standin: Standin) {
  const indents = standin.indents();
  return standin.paragraphs().map((p, i) => ({
    text: p.text,
    list: p.list ? { id: p.list.id, level: p.list.level } : null,
    indent: indents[i],
  }));
}

/** The stand-in's list indentation: 36 pt per level, 18 pt hanging. */
const itemIndent = (level: number) => ({ left: 36 * (level + 1), firstLine: -18 });
const bodyIndent = { left: 0, firstLine: 0 };


describe.each(INSERTION_BEHAVIOURS)("with Word behaving: %s", (_name, chosen) => {
  beforeEach(() => {
    behaviours = chosen;
  });

describe("inserting library text", () => {
  it("fills an empty paragraph at the cursor, then adds the rest after it", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body(""), body("Next part")], caretAt(1));
    const outcome = await gateway.insert(duties, { form: "match" });
    expect(standin.paragraphs().map(view)).toEqual([
      { text: "Major Duties", list: null },
      { text: duties[0].text, list: null },
      { text: duties[1].text, list: null },
      { text: "Next part", list: null },
    ]);
    expect(outcome).toEqual({ paragraphsInserted: 2, tracked: false, afterSelection: false, syncs: 2, commented: false });
    expect(standin.syncCount).toBe(2);
  });

  it("adds new paragraphs after the cursor's paragraph when the cursor is in text, in its style", async () => {
    const { standin, gateway } = setUp([{ text: "Existing duty text.", style: "Body Text", styleBuiltIn: "BodyText" }, body("After")], caretAt(0, 5));
    await gateway.insert(duties, { form: "match" });
    const after = standin.paragraphs();
    expect(after.map((p) => p.text)).toEqual(["Existing duty text.", duties[0].text, duties[1].text, "After"]);
    expect(after[1].style).toBe("Body Text");
    expect(after[2].style).toBe("Body Text");
  });

  it("leaves the cursor after the inserted text", async () => {
    const { standin, gateway } = setUp([body("Existing duty text."), body("After")], caretAt(0, 5));
    await gateway.insert(duties, { form: "match" });
    const { start, end } = standin.selection();
    expect(start).toEqual(end);
    expect(start.paragraph).toBe(2);
    expect(start.offset).toBe(duties[1].text.length);
  });

  describe("with text selected, never replacing it", () => {
    const factor5 = "Factor 5 – Scope and Effect, Level 5-3, 150 points";
    const span = (paragraph: number, from: number, toParagraph: number, to: number) => ({ start: { paragraph, offset: from }, end: { paragraph: toParagraph, offset: to } });
    const cell = (text: string, cellId: number): StandinParagraphSpec => ({ text, body: "TableCell", cellId, style: "Table Text" });

    it("a heading: the heading stays, the text goes in under it as body text, and the outcome says after the selection", async () => {
      const { standin, gateway } = setUp([heading("Factor 4 – Complexity"), body("Complex work."), heading(factor5), body("Scope text.")], span(2, 0, 2, factor5.length));
      const outcome = await gateway.insert(duties.slice(0, 1), { form: "match" });
      const after = standin.paragraphs();
      expect(after.map((p) => p.text)).toEqual(["Factor 4 – Complexity", "Complex work.", factor5, duties[0].text, "Scope text."]);
      expect(after[2]).toMatchObject({ styleBuiltIn: "Heading1" });
      expect(after[3].styleBuiltIn).not.toMatch(/^Heading/);
      expect(outcome).toMatchObject({ afterSelection: true, paragraphsInserted: 1, syncs: 2 });
    });

    it("part of a paragraph: the paragraph stays whole, the text follows it", async () => {
      const { standin, gateway } = setUp([heading("Introduction"), body("[Add intro] and more."), body("Tail")], span(1, 0, 1, 11));
      const outcome = await gateway.insert(lines("Work is also evaluated."), { form: "match" });
      expect(standin.texts()).toEqual(["Introduction", "[Add intro] and more.", "Work is also evaluated.", "Tail"]);
      expect(outcome.afterSelection).toBe(true);
    });

    it("several paragraphs: all stay, the text follows the last of them", async () => {
      const paragraphs = [heading("Major Duties"), body("First duty."), body("Second duty."), body("Third duty."), body("Tail")];
      const { standin, gateway } = setUp(paragraphs, span(1, 3, 3, 5));
      const outcome = await gateway.insert(duties, { form: "match" });
      expect(standin.texts()).toEqual(["Major Duties", "First duty.", "Second duty.", "Third duty.", duties[0].text, duties[1].text, "Tail"]);
      expect(outcome.afterSelection).toBe(true);
    });

    it("an empty paragraph among the selection is not filled: the selection is left exactly as it was", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("First duty."), body(""), body("Tail")], span(1, 0, 2, 0));
      await gateway.insert(lines("Work is also evaluated."), { form: "match" });
      expect(standin.texts()).toEqual(["Major Duties", "First duty.", "", "Work is also evaluated.", "Tail"]);
    });

    it.each(["crosses", "stops"] as const)("a table cell (siblingAtCellBoundary=%s): the text goes in that cell after its paragraph, the table otherwise as it was", async (siblingAtCellBoundary) => {
      const paragraphs = [heading("Factor 5"), cell("Level 5-3", 1), cell("150 points", 2), body("After the table.")];
      const { standin, gateway } = setUp(paragraphs, span(1, 0, 1, 5), { behaviours: { ...behaviours, siblingAtCellBoundary } });
      const outcome = await gateway.insert(lines("Work is also evaluated."), { form: "match" });
      const after = standin.paragraphs();
      expect(after.map((p) => p.text)).toEqual(["Factor 5", "Level 5-3", "Work is also evaluated.", "150 points", "After the table."]);
      expect(after[2]).toMatchObject({ body: "TableCell", cellId: 1, tableNestingLevel: 1, style: "Table Text" });
      expect(after[3]).toMatchObject({ body: "TableCell", cellId: 2 });
      expect(after[4]).toMatchObject({ body: "MainDoc", tableNestingLevel: 0 });
      expect(outcome.afterSelection).toBe(true);
    });

    it("a caret is not a selection: the outcome does not say after the selection", async () => {
      const { gateway } = setUp([heading("Introduction"), body("Intro text.")], caretAt(1, 3));
      expect((await gateway.insert(lines("Work is also evaluated."), { form: "match" })).afterSelection).toBe(false);
    });
  });

  it("does not give inserted paragraphs a heading's style when the cursor is on a heading", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body("First duty.")], caretAt(0, 3));
    await gateway.insert(duties, { form: "match" });
    const after = standin.paragraphs();
    expect(after[1].text).toBe(duties[0].text);
    expect(after[1].styleBuiltIn).not.toMatch(/^Heading/);
    expect(after[2].styleBuiltIn).not.toMatch(/^Heading/);
  });

  describe("in a list", () => {
    const doc = () => [heading("Major Duties"), bullet("Duty one.", 0, 7), bullet("Duty two.", 0, 7), body("Factor 1")];

    it("continues the list at the cursor's level, indented like its items", async () => {
      const { standin, gateway } = setUp(doc(), caretAt(1, 4));
      const outcome = await gateway.insert(duties, { form: "match" });
      expect(layout(standin)).toEqual([
        { text: "Major Duties", list: null, indent: bodyIndent },
        { text: "Duty one.", list: { id: 7, level: 0 }, indent: itemIndent(0) },
        { text: duties[0].text, list: { id: 7, level: 0 }, indent: itemIndent(0) },
        { text: duties[1].text, list: { id: 7, level: 0 }, indent: itemIndent(0) },
        { text: "Duty two.", list: { id: 7, level: 0 }, indent: itemIndent(0) },
        { text: "Factor 1", list: null, indent: bodyIndent },
      ]);
      // Where Word carries the list over, items stay as Word made them: no repair round trip.
      const expected = behaviours.insertNextToListItem === "inherits" ? 2 : 3;
      expect(outcome.syncs).toBe(expected);
      expect(standin.syncCount).toBe(expected);
    });

    it("matches the indentation of a list whose items carry their own", async () => {
      const indented = (text: string) => ({ ...bullet(text, 0, 7), indent: { left: 54, firstLine: -27 } });
      const { standin, gateway } = setUp([heading("Major Duties"), indented("Duty one."), indented("Duty two.")], caretAt(2, 4));
      await gateway.insert(duties, { form: "match" });
      expect(layout(standin).slice(3)).toEqual(
        duties.map((line) => ({ text: line.text, list: { id: 7, level: 0 }, indent: { left: 54, firstLine: -27 } })),
      );
    });

    it("puts the lead-in's list one level deeper, indented one level further", async () => {
      const { standin, gateway } = setUp(doc(), caretAt(2, 4));
      const outcome = await gateway.insert(leadIn, { form: "list" });
      expect(layout(standin).slice(3, 7)).toEqual(
        leadIn.map((line, i) => ({ text: line.text, list: { id: 7, level: i === 0 ? 0 : 1 }, indent: itemIndent(i === 0 ? 0 : 1) })),
      );
      expect(outcome.syncs).toBe(3); // the deeper items always need their level set
    });

    it("fills an empty list item and keeps it in the list", async () => {
      const paragraphs = [heading("Major Duties"), bullet("Duty one.", 0, 7), bullet("", 0, 7)];
      const { standin, gateway } = setUp(paragraphs, caretAt(2));
      await gateway.insert(duties, { form: "match" });
      expect(standin.paragraphs().slice(1).map(view)).toEqual([
        { text: "Duty one.", list: 0 },
        { text: duties[0].text, list: 0 },
        { text: duties[1].text, list: 0 },
      ]);
    });
  });

  describe("in the form of the text around the cursor", () => {
    const activities = () => [
      heading("Performance Goals"),
      { text: "Performance Goal 1: Reduce wait times", style: "Heading 2", styleBuiltIn: "Heading2" },
      bullet("Analyze the workload.", 0, 4),
      bullet("Report each quarter.", 0, 4),
    ];

    it("keeps a competency requirement and its levels paragraphs when the cursor is in an activity list", async () => {
      const block = planInsertion(library, ["pwp-gs-requirement"]);
      const { standin, gateway } = setUp(activities(), caretAt(2, 3));
      await gateway.insert(block, { form: "match" });
      const after = layout(standin);
      expect(after.map((p) => p.text)).toEqual([...activities().slice(0, 3).map((p) => p.text), ...block.map((l) => l.text), "Report each quarter."]);
      expect(after.slice(3, 3 + block.length).every((p) => p.list === null && p.indent.left === 0)).toBe(true);
    });

    it("inserts paragraphs in a list when the user overrides the form", async () => {
      const { standin, gateway } = setUp(activities(), caretAt(3, 3));
      await gateway.insert(duties, { form: "paragraphs" });
      const after = layout(standin).slice(4);
      expect(after).toEqual(duties.map((line) => ({ text: line.text, list: null, indent: bodyIndent })));
    });

    it("gives a new goal the form of the goals before it, on the empty item after their activities", async () => {
      const goal = planInsertion(library, ["pwp-goal-3"]);
      const paragraphs = [...activities(), bullet("", 0, 4)];
      const { standin, gateway } = setUp(paragraphs, caretAt(4));
      await gateway.insert(goal, { form: "match", goalForm: { style: "Heading 2", bold: false } });
      const after = standin.paragraphs().slice(4);
      expect(after.map((p) => p.text)).toEqual(goal.map((l) => l.text));
      expect(after[0]).toMatchObject({ style: "Heading 2", styleBuiltIn: "Heading2" });
      expect(after[0].list).toBeUndefined();
      expect(standin.indents()[4]).toEqual(bodyIndent);
      expect(after.slice(1).every((p) => p.list?.level === 0 && p.list.id !== 4)).toBe(true);
    });
  });

  describe("outside a list", () => {
    it("makes a new bulleted list when the user inserts as a list", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("Intro text."), body("Next")], caretAt(1, 2));
      const outcome = await gateway.insert(duties, { form: "list" });
      const after = standin.paragraphs();
      expect(after.map((p) => p.text)).toEqual(["Major Duties", "Intro text.", duties[0].text, duties[1].text, "Next"]);
      expect(after[1].list).toBeUndefined();
      expect(after[2].list).toEqual(expect.objectContaining({ level: 0, bullet: true }));
      expect(after[3].list?.id).toBe(after[2].list?.id);
      expect(after[4].list).toBeUndefined();
      expect(standin.indents().slice(1)).toEqual([bodyIndent, itemIndent(0), itemIndent(0), bodyIndent]);
      expect(outcome.syncs).toBe(3); // a new list is finished after the sync that made it
    });

    it("returns to the top level after a nested block in a new list", async () => {
      const mixed = planInsertion(library, ["pd-duties-09", "pd-duties-13"]);
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1));
      await gateway.insert(mixed, { form: "list" });
      expect(standin.paragraphs().slice(1).map((p) => p.list?.level)).toEqual([0, 1, 1, 1, 0]);
      expect(standin.indents().slice(1)).toEqual([0, 1, 1, 1, 0].map(itemIndent));
    });

    it("inserts a performance goal as a paragraph followed by its activities as bullets", async () => {
      const goal = planInsertion(library, ["pwp-goal-3"]);
      const { standin, gateway } = setUp([heading("Performance Goals"), body("")], caretAt(1));
      const outcome = await gateway.insert(goal, { form: "match" });
      const after = standin.paragraphs();
      expect(after.map((p) => p.text)).toEqual(["Performance Goals", ...goal.map((l) => l.text)]);
      expect(after[1].list).toBeUndefined();
      expect(after.slice(2).every((p) => p.list && p.list.level === 0 && p.list.bullet)).toBe(true);
      expect(new Set(after.slice(2).map((p) => p.list?.id)).size).toBe(1);
      expect(standin.indents().slice(1)).toEqual([bodyIndent, ...goal.slice(1).map(() => itemIndent(0))]);
      expect(outcome.syncs).toBe(3);
    });

    it("keeps a goal a paragraph with bullets under it even when inserting as a list", async () => {
      const goal = planInsertion(library, ["pwp-goal-1"]);
      const { standin, gateway } = setUp([heading("Performance Goals"), body("")], caretAt(1));
      await gateway.insert(goal, { form: "list" });
      const after = standin.paragraphs();
      expect(after[1].list).toBeUndefined();
      expect(after.slice(2).map((p) => p.list?.level)).toEqual(goal.slice(1).map(() => 0));
    });

    it("inserts the competency requirement with its levels as labelled paragraphs", async () => {
      const block = planInsertion(library, ["pwp-gs-requirement"]);
      const { standin, gateway } = setUp([heading("Core Competency: Customer Service"), body("")], caretAt(1));
      await gateway.insert(block, { form: "match" });
      const after = standin.paragraphs().slice(1);
      expect(after.map((p) => p.text.slice(0, 8))).toEqual([block[0].text.slice(0, 8), "Level 1:", "Level 3:", "Level 5:"]);
      expect(after.every((p) => !p.list)).toBe(true);
    });

    it("costs two round trips for one paragraph or many", async () => {
      const many = planInsertion(library, library.topLevelEntriesInSection("major-duties").map((e) => e.id)).filter((l) => l.depth === 0);
      expect(many.length).toBeGreaterThan(15);
      for (const count of [1, many.length]) {
        const { standin, gateway } = setUp([heading("Major Duties"), body("Intro."), body("")], caretAt(2));
        await gateway.insert(many.slice(0, count), { form: "match" });
        expect(standin.syncCount).toBe(2);
        expect(standin.texts().slice(2)).toEqual(many.slice(0, count).map((l) => l.text));
      }
    });
  });

  describe("refusing, with the document left as it was", () => {
    async function refusal(spec: Partial<StandinDocumentSpec> & { paragraphs: StandinParagraphSpec[] }) {
      const { standin, gateway } = setUp(spec.paragraphs, spec.selection ?? caretAt(1), spec);
      const before = JSON.stringify(standin.paragraphs());
      const error = await gateway.insert(duties, { form: "match" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WordActionError);
      expect(JSON.stringify(standin.paragraphs())).toBe(before);
      return { problem: (error as WordActionError).problem, standin };
    }

    it("in a read-only document (Viewing mode), without claiming to know why", async () => {
      const { problem } = await refusal({ paragraphs: [heading("Major Duties"), body("Text")], readOnly: true });
      expect(problem.kind).toBe("refused");
      expect(problem.message).toMatch(/copy the text/);
      expect(problem.details).toMatch(/GeneralException/);
      // Word refused the first write; a check after the failure shows that nothing landed.
      expect(problem.documentState).toBe("unchanged");
      expect(problem.message).toMatch(/not changed/);
    });

    it("in a locked content control, without trying to write", async () => {
      const locked = { text: "Approved wording", contentControl: { id: 3, cannotEdit: true, title: "Approved duties" } };
      const { problem, standin } = await refusal({ paragraphs: [heading("Major Duties"), locked] });
      expect(problem.kind).toBe("locked-content");
      expect(problem.message).toContain("Approved duties");
      expect(problem.message).toMatch(/not changed/);
      expect(standin.syncCount).toBe(1);
    });

    it.each(["DatePicker", "Picture"])("in a locked %s control, which Word does not report around the cursor", async (type) => {
      const locked = { text: "2026-01-01", contentControl: { id: 4, cannotEdit: true, type } };
      const { problem, standin } = await refusal({ paragraphs: [heading("Major Duties"), locked] });
      // Word itself refuses the write; the check after the failure (a third round trip) shows nothing landed.
      expect(problem.documentState).toBe("unchanged");
      expect(problem.message).toMatch(/not changed/);
      expect(standin.syncCount).toBe(3);
    });

    it.each(["Header", "Footer", "Footnote"] as const)("in a %s", async (where) => {
      const { problem } = await refusal({ paragraphs: [heading("Major Duties"), { text: "Page text", body: where }] });
      expect(problem.kind).toBe("outside-body");
      expect(problem.message).toContain(where.toLowerCase());
      expect(problem.message).toMatch(/not changed/);
    });

    it.each([
      ["a text box", { text: "Boxed", body: "TextBox" }, {}],
      ["a footnote on WordApi 1.3 typed MainDoc", { text: "Note", body: "Footnote" }, { requirementSets: { WordApi: "1.3" } }],
    ] as const)("in %s", async (_label, where, extra) => {
      const { problem } = await refusal({ paragraphs: [heading("Major Duties"), where as StandinParagraphSpec], behaviours: { ...behaviours, noteBodyTypeBefore15: "MainDoc" }, ...extra });
      expect(problem.kind).toBe("outside-body");
    });
  });

  describe("when the writing round trip fails part-way", () => {
    it.each(["GeneralException", "AccessDenied", "Timeout", "RequestAborted", "InvalidOrTimedOutSession", "NotAllowed"] as const)(
      "%s after some writes landed never says the document is unchanged",
      async (code) => {
        const { standin, gateway } = setUp([heading("Major Duties"), body("Intro."), body("Next")], caretAt(1, 2), {
          failNextWrite: { afterWrites: 2, code },
        });
        const error = await gateway.insert(duties, { form: "match" }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WordActionError);
        const { problem } = error as WordActionError;
        expect(standin.texts()).toContain(duties[0].text); // part of it is in the document
        expect(problem.documentState).toBe("may-have-changed");
        expect(problem.message).not.toMatch(/not changed/);
        expect(problem.message).toMatch(/Undo/);
      },
    );

    it("says so when every write landed and the sync was still rejected", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("Intro.")], caretAt(1, 2), {
        failNextWrite: { afterWrites: 1000, code: "GeneralException" },
      });
      const error = (await gateway.insert(duties, { form: "match" }).catch((e: unknown) => e)) as WordActionError;
      expect(standin.texts().slice(2)).toEqual(duties.map((l) => l.text));
      expect(error.problem.message).toMatch(/may have inserted part of the text/);
    });

    describe("with the entry's text already in the paragraph after the cursor", () => {
      // What the pane showed as "In document": the same words the insertion writes, right after the cursor.
      const entry = duties.slice(0, 1);
      const doc = (anchorText: string) => [heading("Major Duties"), body(anchorText), body(entry[0].text), body("Factor 1")];

      it.each([1, 2, 3])("after %i writes landed, it does not say the document is unchanged", async (afterWrites) => {
        const { standin, gateway } = setUp(doc("Intro."), caretAt(1, 2), { failNextWrite: { afterWrites, code: "GeneralException" } });
        const error = (await gateway.insert(entry, { form: "match" }).catch((e: unknown) => e)) as WordActionError;
        expect(error).toBeInstanceOf(WordActionError);
        expect(standin.texts()).toHaveLength(5); // one paragraph more than before
        expect(error.problem.documentState).toBe("may-have-changed");
        expect(error.problem.message).not.toMatch(/not changed/);
        expect(error.problem.message).toMatch(/Undo/);
      });

      it("filling an empty paragraph, after 1 write, it does not say the document is unchanged", async () => {
        const { standin, gateway } = setUp(doc(""), caretAt(1), { failNextWrite: { afterWrites: 1, code: "GeneralException" } });
        const error = (await gateway.insert(entry, { form: "match" }).catch((e: unknown) => e)) as WordActionError;
        expect(standin.texts()[1]).toBe(entry[0].text);
        expect(error.problem.documentState).toBe("may-have-changed");
      });

      it.each([
        ["after the cursor's paragraph", "Intro.", caretAt(1, 2)],
        ["into an empty paragraph", "", caretAt(1)],
      ])("when Word refused the first write %s, it still says the document was not changed", async (_where, anchorText, selection) => {
        const { standin, gateway } = setUp(doc(anchorText), selection, { failNextWrite: { afterWrites: 0, code: "GeneralException" } });
        const before = standin.texts();
        const error = (await gateway.insert(entry, { form: "match" }).catch((e: unknown) => e)) as WordActionError;
        expect(standin.texts()).toEqual(before);
        expect(error.problem.documentState).toBe("unchanged");
        expect(error.problem.message).toMatch(/not changed/);
      });
    });

    it.each([
      [0, "unchanged"],
      [1, "may-have-changed"],
    ] as const)("at the end of the document, after %i writes, says %s", async (afterWrites, state) => {
      const { gateway } = setUp([heading("Major Duties"), body("Intro.")], caretAt(1, 2), { failNextWrite: { afterWrites, code: "GeneralException" } });
      const error = (await gateway.insert(duties, { form: "match" }).catch((e: unknown) => e)) as WordActionError;
      expect(error.problem.documentState).toBe(state);
    });

    it("a failure before any write is sent says the document was not changed", async () => {
      const { gateway } = setUp([heading("Major Duties"), body("Intro.")], caretAt(1, 2), { requirementSets: { WordApi: "1.1" } });
      const error = (await gateway.insert(duties, { form: "match" }).catch((e: unknown) => e)) as WordActionError;
      expect(error.problem.documentState).toBe("unchanged");
      expect(error.problem.message).toMatch(/not changed/);
    });
  });

  it("says insertions will be tracked when track changes is on, and leaves tracking alone", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1), { changeTrackingMode: "TrackMineOnly" });
    const outcome = await gateway.insert(duties, { form: "match" });
    expect(outcome.tracked).toBe(true);
    expect(standin.spec().changeTrackingMode).toBe("TrackMineOnly");
  });

  describe("for review workflows (WordApi 1.4)", () => {
    const source = "CX language library 1.1.0 – Major Duties";

    it("as a tracked change where track changes is off: every written line is a revision, the user's mode is back, and no round trip is added", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1));
      const outcome = await gateway.insert(duties, { form: "match", asTrackedChange: true });
      expect(outcome).toMatchObject({ tracked: true, syncs: 2 });
      expect(standin.trackedChanges()).toEqual(duties.map((line, i) => ({ type: "Added", text: line.text, paragraph: 1 + i })));
      expect(standin.changeTrackingMode()).toBe("Off");
    });

    it("as a tracked change when the insertion needs its third round trip (a new list): the repairs are tracked too and the mode is back", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1));
      const modes: string[] = [];
      standin.onChange((change) => {
        if (change.kind === "sync") modes.push(standin.changeTrackingMode());
      });
      const outcome = await gateway.insert(leadIn, { form: "match", asTrackedChange: true });
      expect(outcome).toMatchObject({ tracked: true, syncs: 3 });
      expect(standin.trackedChanges().map((c) => c.text)).toEqual(leadIn.map((line) => line.text));
      // Off between the round trips and after them: tracking is on only while the add-in's own writes run.
      expect(modes).toEqual(["Off", "Off", "Off"]);
    });

    it("leaves a user's own track changes mode alone", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1), { changeTrackingMode: "TrackMineOnly" });
      const outcome = await gateway.insert(duties, { form: "match", asTrackedChange: true });
      expect(outcome.tracked).toBe(true);
      expect(standin.changeTrackingMode()).toBe("TrackMineOnly");
      expect(standin.syncLog.flatMap((entry) => entry.operations).some((op) => op.startsWith("Document.changeTrackingMode="))).toBe(false);
    });

    it("on a Word that ignores the switch (office-js#6450), does not claim the insertion was tracked", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1), { behaviours: { ...behaviours, trackingModeWrite: "ignored" } });
      const outcome = await gateway.insert(duties, { form: "match", asTrackedChange: true });
      expect(outcome.tracked).toBe(false);
      expect(standin.trackedChanges()).toEqual([]);
    });

    it.each([0, 1, 3])("puts the user's mode back after the writing round trip failed after %i writes", async (afterWrites) => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("Intro.")], caretAt(1, 2), { failNextWrite: { afterWrites, code: "GeneralException" } });
      const error = (await gateway.insert(duties, { form: "match", asTrackedChange: true }).catch((e: unknown) => e)) as WordActionError;
      expect(error).toBeInstanceOf(WordActionError);
      expect(standin.changeTrackingMode()).toBe("Off");
      expect(error.problem.message).not.toMatch(/left on/);
    });

    it("in a read-only document, refuses with the mode as it was and says the document was not changed", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("Intro.")], caretAt(1, 2), { readOnly: true });
      const error = (await gateway.insert(duties, { form: "match", asTrackedChange: true }).catch((e: unknown) => e)) as WordActionError;
      expect(standin.changeTrackingMode()).toBe("Off");
      expect(error.problem.documentState).toBe("unchanged");
      expect(error.problem.message).not.toMatch(/left on/);
    });

    it("with a comment naming the source on all the inserted text, in the same two round trips", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("Intro."), body("Next")], caretAt(1, 2));
      const outcome = await gateway.insert(duties, { form: "match", comment: source });
      expect(outcome).toMatchObject({ commented: true, tracked: false, syncs: 2 });
      expect(standin.comments()).toEqual([{ text: source, start: { paragraph: 2, offset: 0 }, end: { paragraph: 3, offset: duties[1].text.length } }]);
    });

    it("with both settings: tracked and commented, no round trip added", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1));
      const outcome = await gateway.insert(duties, { form: "match", comment: source, asTrackedChange: true });
      expect(outcome).toMatchObject({ commented: true, tracked: true, syncs: 2 });
      expect(standin.comments()).toHaveLength(1);
      expect(standin.changeTrackingMode()).toBe("Off");
    });

    it("without a comment asked for, adds none", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1));
      const outcome = await gateway.insert(duties, { form: "match", comment: null });
      expect(outcome.commented).toBe(false);
      expect(standin.comments()).toEqual([]);
    });

    it("on a Word without WordApi 1.4, skips both and inserts as usual", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1), { requirementSets: { WordApi: "1.3" } });
      const outcome = await gateway.insert(duties, { form: "match", comment: source, asTrackedChange: true });
      expect(outcome).toMatchObject({ commented: false, tracked: false, syncs: 2 });
      expect(standin.texts().slice(1)).toEqual(duties.map((line) => line.text));
      expect(standin.comments()).toEqual([]);
      expect(standin.trackedChanges()).toEqual([]);
    });
  });

  it("inserts plain text: markup in library text stays literal", async () => {
    const { standin, gateway } = setUp([body("")], caretAt(0));
    await gateway.insert(lines("<b>Bold?</b> & {{agency}}"), { form: "match" });
    expect(standin.texts()).toEqual(["<b>Bold?</b> & {{agency}}"]);
  });
});

});

describe("every library entry", () => {
  it.each(library.entries().map((entry) => [entry.id]))("%s inserts word for word with what comes with it", async (id) => {
    const planned = planInsertion(library, [id]);
    const { standin, gateway } = setUp([heading("Section"), body("")], caretAt(1));
    const outcome = await gateway.insert(planned, { form: "match" });
    expect(standin.texts().slice(1)).toEqual(planned.map((line) => line.text));
    // Entries that bring a bulleted list (a goal's activities, a lead-in's items) start a new list.
    expect(outcome.syncs).toBe(planned.some((line) => line.depth === 1) ? 3 : 2);
  });
});

import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { planInsertion, type InsertionLine } from "../../src/core/insertionPlan";
import { WordActionError } from "../../src/word/gateway";
import { createWordGateway } from "../../src/word/wordGateway";
import type { StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { body, bullet, caretAt, closeDocument, heading, openDocument } from "./wordHarness";

afterEach(closeDocument);
beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const lines = (...texts: string[]): InsertionLine[] => texts.map((text, i) => ({ text, depth: 0, paragraph: false, entryId: `e${i}` }));
const duties = planInsertion(library, ["pd-duties-01", "pd-duties-04"]);
const leadIn = planInsertion(library, ["pd-duties-09"]);

function setUp(paragraphs: StandinParagraphSpec[], selection: StandinDocumentSpec["selection"], extra: Partial<StandinDocumentSpec> = {}) {
  const standin = openDocument({ paragraphs, selection, ...extra });
  return { standin, gateway: createWordGateway({ canReadTrackChanges: true }) };
}

const view = (p: StandinParagraphSpec) => ({ text: p.text, list: p.list ? p.list.level : null });

describe("inserting library text", () => {
  it("fills an empty paragraph at the cursor, then adds the rest after it", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body(""), body("Next part")], caretAt(1));
    const outcome = await gateway.insert(duties, { asList: false });
    expect(standin.paragraphs().map(view)).toEqual([
      { text: "Major Duties", list: null },
      { text: duties[0].text, list: null },
      { text: duties[1].text, list: null },
      { text: "Next part", list: null },
    ]);
    expect(outcome).toEqual({ paragraphsInserted: 2, tracked: false, syncs: 2 });
    expect(standin.syncCount).toBe(2);
  });

  it("adds new paragraphs after the cursor's paragraph when the cursor is in text, in its style", async () => {
    const { standin, gateway } = setUp([{ text: "Existing duty text.", style: "Body Text", styleBuiltIn: "BodyText" }, body("After")], caretAt(0, 5));
    await gateway.insert(duties, { asList: false });
    const after = standin.paragraphs();
    expect(after.map((p) => p.text)).toEqual(["Existing duty text.", duties[0].text, duties[1].text, "After"]);
    expect(after[1].style).toBe("Body Text");
    expect(after[2].style).toBe("Body Text");
  });

  it("leaves the cursor after the inserted text", async () => {
    const { standin, gateway } = setUp([body("Existing duty text."), body("After")], caretAt(0, 5));
    await gateway.insert(duties, { asList: false });
    const { start, end } = standin.selection();
    expect(start).toEqual(end);
    expect(start.paragraph).toBe(2);
    expect(start.offset).toBe(duties[1].text.length);
  });

  it("replaces a non-empty selection, as typing over it would", async () => {
    const selection = { start: { paragraph: 1, offset: 0 }, end: { paragraph: 1, offset: 11 } };
    const { standin, gateway } = setUp([heading("Introduction"), body("[Add intro]"), body("Tail")], selection);
    await gateway.insert(lines("Work is also evaluated."), { asList: false });
    expect(standin.texts()).toEqual(["Introduction", "Work is also evaluated.", "Tail"]);
  });

  it("does not give inserted paragraphs a heading's style when the cursor is on a heading", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body("First duty.")], caretAt(0, 3));
    await gateway.insert(duties, { asList: false });
    const after = standin.paragraphs();
    expect(after[1].text).toBe(duties[0].text);
    expect(after[1].styleBuiltIn).not.toMatch(/^Heading/);
    expect(after[2].styleBuiltIn).not.toMatch(/^Heading/);
  });

  describe("in a list", () => {
    const doc = () => [heading("Major Duties"), bullet("Duty one.", 0, 7), bullet("Duty two.", 0, 7), body("Factor 1")];

    it.each([false, true])("continues the list at the cursor's level (Word drops list formatting: %s)", async (dropsList) => {
      const { standin, gateway } = setUp(doc(), caretAt(1, 4), { quirks: { insertParagraphDropsList: dropsList } });
      const outcome = await gateway.insert(duties, { asList: false });
      const after = standin.paragraphs();
      expect(after.map((p) => p.text)).toEqual(["Major Duties", "Duty one.", duties[0].text, duties[1].text, "Duty two.", "Factor 1"]);
      expect(after.slice(1, 5).map((p) => p.list)).toEqual(Array(4).fill(expect.objectContaining({ id: 7, level: 0 })));
      expect(outcome.syncs).toBe(2);
      expect(standin.syncCount).toBe(2);
    });

    it("puts the lead-in's list one level deeper", async () => {
      const { standin, gateway } = setUp(doc(), caretAt(2, 4));
      await gateway.insert(leadIn, { asList: true });
      const inserted = standin.paragraphs().slice(3, 7);
      expect(inserted.map((p) => p.text)).toEqual(leadIn.map((l) => l.text));
      expect(inserted.map((p) => p.list?.level)).toEqual([0, 1, 1, 1]);
      expect(inserted.every((p) => p.list?.id === 7)).toBe(true);
    });

    it("fills an empty list item and keeps it in the list", async () => {
      const paragraphs = [heading("Major Duties"), bullet("Duty one.", 0, 7), bullet("", 0, 7)];
      const { standin, gateway } = setUp(paragraphs, caretAt(2));
      await gateway.insert(duties, { asList: false });
      expect(standin.paragraphs().slice(1).map(view)).toEqual([
        { text: "Duty one.", list: 0 },
        { text: duties[0].text, list: 0 },
        { text: duties[1].text, list: 0 },
      ]);
    });
  });

  describe("outside a list", () => {
    it("makes a new bulleted list when the user inserts as a list", async () => {
      const { standin, gateway } = setUp([heading("Major Duties"), body("Intro text."), body("Next")], caretAt(1, 2));
      await gateway.insert(duties, { asList: true });
      const after = standin.paragraphs();
      expect(after.map((p) => p.text)).toEqual(["Major Duties", "Intro text.", duties[0].text, duties[1].text, "Next"]);
      expect(after[1].list).toBeUndefined();
      expect(after[2].list).toEqual(expect.objectContaining({ level: 0 }));
      expect(after[3].list?.id).toBe(after[2].list?.id);
      expect(after[4].list).toBeUndefined();
    });

    it("returns to the top level after a nested block in a new list", async () => {
      const mixed = planInsertion(library, ["pd-duties-09", "pd-duties-13"]);
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1));
      await gateway.insert(mixed, { asList: true });
      expect(standin.paragraphs().slice(1).map((p) => p.list?.level)).toEqual([0, 1, 1, 1, 0]);
    });

    it("inserts a performance goal as a paragraph followed by its activities as bullets", async () => {
      const goal = planInsertion(library, ["pwp-goal-3"]);
      const { standin, gateway } = setUp([heading("Performance Goals"), body("")], caretAt(1));
      const outcome = await gateway.insert(goal, { asList: false });
      const after = standin.paragraphs();
      expect(after.map((p) => p.text)).toEqual(["Performance Goals", ...goal.map((l) => l.text)]);
      expect(after[1].list).toBeUndefined();
      expect(after.slice(2).every((p) => p.list && p.list.level === 0 && p.list.bullet)).toBe(true);
      expect(outcome.syncs).toBe(2);
    });

    it("keeps a goal a paragraph with bullets under it even when inserting as a list", async () => {
      const goal = planInsertion(library, ["pwp-goal-1"]);
      const { standin, gateway } = setUp([heading("Performance Goals"), body("")], caretAt(1));
      await gateway.insert(goal, { asList: true });
      const after = standin.paragraphs();
      expect(after[1].list).toBeUndefined();
      expect(after.slice(2).map((p) => p.list?.level)).toEqual(goal.slice(1).map(() => 0));
    });

    it("inserts the competency requirement with its levels as labelled paragraphs", async () => {
      const block = planInsertion(library, ["pwp-gs-requirement"]);
      const { standin, gateway } = setUp([heading("Core Competency: Customer Service"), body("")], caretAt(1));
      await gateway.insert(block, { asList: false });
      const after = standin.paragraphs().slice(1);
      expect(after.map((p) => p.text.slice(0, 8))).toEqual([block[0].text.slice(0, 8), "Level 1:", "Level 3:", "Level 5:"]);
      expect(after.every((p) => !p.list)).toBe(true);
    });

    it("costs two round trips for one item or many", async () => {
      const many = planInsertion(library, library.topLevelEntriesInSection("major-duties").map((e) => e.id));
      expect(many.length).toBeGreaterThan(20);
      const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1));
      await gateway.insert(many, { asList: true });
      expect(standin.syncCount).toBe(2);
      expect(standin.texts().slice(1)).toEqual(many.map((l) => l.text));
    });
  });

  describe("refusing, with the document left as it was", () => {
    async function refusal(spec: Partial<StandinDocumentSpec> & { paragraphs: StandinParagraphSpec[] }) {
      const { standin, gateway } = setUp(spec.paragraphs, spec.selection ?? caretAt(1), spec);
      const before = JSON.stringify(standin.paragraphs());
      const error = await gateway.insert(duties, { asList: false }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WordActionError);
      expect(JSON.stringify(standin.paragraphs())).toBe(before);
      return { problem: (error as WordActionError).problem, standin };
    }

    it("in a read-only document (Viewing mode)", async () => {
      const { problem } = await refusal({ paragraphs: [heading("Major Duties"), body("Text")], readOnly: true });
      expect(problem.kind).toBe("read-only");
      expect(problem.message).toMatch(/not changed/);
      expect(problem.details).toMatch(/GeneralException/);
    });

    it("in a locked content control, without trying to write", async () => {
      const locked = { text: "Approved wording", contentControl: { id: 3, cannotEdit: true, title: "Approved duties" } };
      const { problem, standin } = await refusal({ paragraphs: [heading("Major Duties"), locked] });
      expect(problem.kind).toBe("locked-content");
      expect(problem.message).toContain("Approved duties");
      expect(standin.syncCount).toBe(1);
    });

    it.each(["Header", "Footer", "Footnote"] as const)("in a %s", async (where) => {
      const { problem } = await refusal({ paragraphs: [heading("Major Duties"), { text: "Page text", body: where }] });
      expect(problem.kind).toBe("outside-body");
      expect(problem.message).toContain(where.toLowerCase());
    });
  });

  it("says insertions will be tracked when track changes is on, and leaves tracking alone", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body("")], caretAt(1), { changeTrackingMode: "TrackMineOnly" });
    const outcome = await gateway.insert(duties, { asList: false });
    expect(outcome.tracked).toBe(true);
    expect(standin.spec().changeTrackingMode).toBe("TrackMineOnly");
  });

  it("inserts plain text: markup in library text stays literal", async () => {
    const { standin, gateway } = setUp([body("")], caretAt(0));
    await gateway.insert(lines("<b>Bold?</b> & {{agency}}"), { asList: false });
    expect(standin.texts()).toEqual(["<b>Bold?</b> & {{agency}}"]);
  });
});

describe("every library entry", () => {
  it.each(library.entries().map((entry) => [entry.id]))("%s inserts word for word with what comes with it", async (id) => {
    const planned = planInsertion(library, [id]);
    const { standin, gateway } = setUp([heading("Section"), body("")], caretAt(1));
    const outcome = await gateway.insert(planned, { asList: false });
    expect(standin.texts().slice(1)).toEqual(planned.map((line) => line.text));
    expect(outcome.syncs).toBe(2);
  });
});

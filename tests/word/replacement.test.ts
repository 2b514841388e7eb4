import { WordActionError } from "../../src/word/gateway";
import type { StandinBehaviours, StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { body, bullet, caretAt, combinations, gatewayOver, heading, openDocument } from "./wordHarness";

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const approved = "Provides courteous, accurate and timely service to customers at USDA.";
const adapted = "Provides courteous and timely service to customers at DHS.";

/** Answers to the undocumented questions replacement depends on. */
const REPLACE_BEHAVIOURS = combinations({ paragraphReplace: ["keeps", "drops-list", "resets-form"], attachToListIndent: ["level", "own"] });

let behaviours: StandinBehaviours = {};

function setUp(paragraphs: StandinParagraphSpec[], extra: Partial<StandinDocumentSpec> = {}) {
  const standin = openDocument({ paragraphs, selection: caretAt(0), behaviours, ...extra });
  return { standin, gateway: gatewayOver(standin) };
}

/** What the user sees of each paragraph: text, style, list and level, and indentation. */
function layout(standin: ReturnType<typeof openDocument>) {
  const indents = standin.indents();
  return standin.paragraphs().map((p, i) => ({ text: p.text, style: p.style, list: p.list ? { id: p.list.id, level: p.list.level } : null, indent: indents[i] }));
}

describe.each(REPLACE_BEHAVIOURS)("with Word behaving: %s", (_name, chosen) => {
  beforeEach(() => {
    behaviours = chosen;
  });

  it("puts the approved text in a body paragraph, which keeps its custom style, in two round trips", async () => {
    const styled = { text: adapted, style: "Duty Text", styleBuiltIn: "Other" };
    const { standin, gateway } = setUp([heading("Major Duties"), styled, body("Next")]);
    const before = layout(standin);
    const outcome = await gateway.replaceParagraphText({ index: 1, text: adapted }, approved);
    expect(layout(standin)).toEqual([before[0], { ...before[1], text: approved }, before[2]]);
    // Where Word's Replace loses the form, one more round trip puts it back.
    expect(outcome).toEqual({ tracked: false, syncs: chosen.paragraphReplace === "resets-form" ? 3 : 2 });
    expect(standin.syncCount).toBe(outcome.syncs);
  });

  it("keeps a list item in its list, at its level and indentation, with its style", async () => {
    const items = [bullet("Serves customers.", 0, 4), bullet(adapted, 1, 4), bullet("Keeps records.", 0, 4)];
    const { standin, gateway } = setUp([heading("Major Duties"), ...items]);
    const before = layout(standin);
    const outcome = await gateway.replaceParagraphText({ index: 2, text: adapted }, approved);
    expect(layout(standin)).toEqual([before[0], before[1], { ...before[2], text: approved }, before[3]]);
    expect(outcome.syncs).toBe(chosen.paragraphReplace === "keeps" ? 2 : 3);
  });

  it("keeps a list item's own indentation", async () => {
    const item = { ...bullet(adapted, 0, 2), indent: { left: 54, firstLine: -27 } };
    const { standin, gateway } = setUp([heading("Major Duties"), item, bullet("Keeps records.", 0, 2)]);
    await gateway.replaceParagraphText({ index: 1, text: adapted }, approved);
    expect(standin.indents()[1]).toEqual({ left: 54, firstLine: -27 });
    expect(standin.paragraphs()[1].list).toEqual({ id: 2, level: 0, bullet: true });
  });

  it("the only item of a list: where Word's Replace takes it out of the list, says to check the paragraph", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), bullet(adapted, 0, 2)]);
    const outcome = await gateway.replaceParagraphText({ index: 1, text: adapted }, approved).catch((e: unknown) => e);
    expect(standin.texts()[1]).toBe(approved);
    if (chosen.paragraphReplace === "keeps") {
      expect(standin.paragraphs()[1].list).toEqual({ id: 2, level: 0, bullet: true });
      return;
    }
    // The list had no other item to join again (the stand-in's Word forgets an empty list): not claimed to be right.
    expect(outcome).toBeInstanceOf(WordActionError);
    expect((outcome as WordActionError).problem.documentState).toBe("may-have-changed");
  });

  it("matches the paragraph as goToParagraph does: spacing at its ends does not count as a change", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body(`  ${adapted} `)]);
    await gateway.replaceParagraphText({ index: 1, text: adapted }, approved);
    expect(standin.texts()[1]).toBe(approved);
  });

  it("with track changes on, is a tracked revision and says so", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body(adapted)], { changeTrackingMode: "TrackAll" });
    const outcome = await gateway.replaceParagraphText({ index: 1, text: adapted }, approved);
    expect(outcome.tracked).toBe(true);
    expect(standin.trackedChanges()).toEqual([
      { type: "Deleted", text: adapted, paragraph: 1 },
      { type: "Added", text: approved, paragraph: 1 },
    ]);
    expect(standin.changeTrackingMode()).toBe("TrackAll");
  });

  it("with track changes off, records no revision and leaves tracking off", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body(adapted)]);
    const outcome = await gateway.replaceParagraphText({ index: 1, text: adapted }, approved);
    expect(outcome.tracked).toBe(false);
    expect(standin.trackedChanges()).toEqual([]);
    expect(standin.changeTrackingMode()).toBe("Off");
  });

  it("leaves the cursor where the user had it", async () => {
    const { standin, gateway } = setUp([heading("Major Duties"), body(adapted), body("Next")], { selection: caretAt(2, 3) });
    await gateway.replaceParagraphText({ index: 1, text: adapted }, approved);
    expect(standin.selection()).toEqual(caretAt(2, 3));
  });

  it("puts plain text in: markup stays literal", async () => {
    const { standin, gateway } = setUp([body(adapted)]);
    await gateway.replaceParagraphText({ index: 0, text: adapted }, "<b>Serves</b> & {{agency}}");
    expect(standin.texts()).toEqual(["<b>Serves</b> & {{agency}}"]);
  });

  describe("refusing, with the document left as it was", () => {
    async function refusal(paragraphs: StandinParagraphSpec[], target: { index: number; text: string }, text = approved, extra: Partial<StandinDocumentSpec> = {}) {
      const { standin, gateway } = setUp(paragraphs, extra);
      const before = JSON.stringify(standin.paragraphs());
      const error = await gateway.replaceParagraphText(target, text).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WordActionError);
      expect(JSON.stringify(standin.paragraphs())).toBe(before);
      return { problem: (error as WordActionError).problem, standin };
    }

    it("when the paragraph's text changed since the pane read it, after one round trip and without writing", async () => {
      const { problem, standin } = await refusal([heading("Major Duties"), body(`${adapted} Edited meanwhile.`)], { index: 1, text: adapted });
      expect(problem).toMatchObject({ kind: "paragraph-changed", message: "The paragraph changed since it was read; nothing was replaced.", documentState: "unchanged" });
      expect(standin.syncCount).toBe(1);
      expect(standin.syncLog.flatMap((entry) => entry.operations).some((op) => op.startsWith("Paragraph.insertText"))).toBe(false);
    });

    it("when paragraphs were added before it, so another paragraph is at that position", async () => {
      const { problem } = await refusal([heading("Major Duties"), body("A new first duty."), body(adapted)], { index: 1, text: adapted });
      expect(problem.kind).toBe("paragraph-changed");
    });

    it("when the document no longer has that many paragraphs", async () => {
      const { problem } = await refusal([heading("Major Duties")], { index: 4, text: adapted });
      expect(problem.kind).toBe("paragraph-changed");
    });

    it("when the text would split the paragraph, before asking Word anything", async () => {
      const { problem, standin } = await refusal([body(adapted)], { index: 0, text: adapted }, "First line.\nSecond line.");
      expect(problem.documentState).toBe("unchanged");
      expect(problem.message).toMatch(/nothing was replaced/);
      expect(standin.syncCount).toBe(0);
    });

    it("in a read-only document (Viewing mode): a check after the failure shows nothing changed", async () => {
      const { problem } = await refusal([heading("Major Duties"), body(adapted)], { index: 1, text: adapted }, approved, { readOnly: true });
      expect(problem).toMatchObject({ kind: "refused", title: "Word could not replace the text", documentState: "unchanged" });
      expect(problem.message).toMatch(/not changed/);
    });

    it("in a locked content control", async () => {
      const locked = { text: adapted, contentControl: { id: 3, cannotEdit: true, title: "Approved duties" } };
      const { problem } = await refusal([heading("Major Duties"), locked], { index: 1, text: adapted });
      expect(problem.documentState).toBe("unchanged");
      expect(problem.message).toMatch(/not changed/);
    });
  });

  it.each(["GeneralException", "Timeout"] as const)("when Word rejects the writing round trip (%s) after the text landed, never says the document is unchanged", async (code) => {
    const { standin, gateway } = setUp([heading("Major Duties"), body(adapted)], { failNextWrite: { afterWrites: 1, code } });
    const error = (await gateway.replaceParagraphText({ index: 1, text: adapted }, approved).catch((e: unknown) => e)) as WordActionError;
    expect(error).toBeInstanceOf(WordActionError);
    expect(standin.texts()[1]).toBe(approved);
    expect(error.problem.documentState).toBe("may-have-changed");
    expect(error.problem.message).toMatch(/Undo puts it back/);
  });
});

import plainWordsJson from "../../content/plain-words.json";
import { createPlainMatcher, plainHints, preparePlainDocument, replaceAllEdits, type PlainHint } from "../../src/core/plainLanguage";
import type { PlainWordsData } from "../../src/core/plainWords";
import type { TextEdit } from "../../src/core/textEdit";
import { WordActionError } from "../../src/word/gateway";
import type { StandinBehaviours, StandinDocumentSpec, StandinParagraphSpec } from "../../src/word/standin/types";
import { body, caretAt, combinations, gatewayOver, heading, openDocument } from "./wordHarness";

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

const matcher = createPlainMatcher(plainWordsJson as PlainWordsData);

/** Answers to the undocumented questions replacing words depends on. */
const SEARCH_BEHAVIOURS = combinations({
  longSearch: ["fails", "finds"],
  searchAcrossRuns: ["finds", "misses"],
  wholeWordAtJoiners: ["separates", "joins"],
});

let behaviours: StandinBehaviours = {};

function setUp(paragraphs: StandinParagraphSpec[], extra: Partial<StandinDocumentSpec> = {}) {
  const standin = openDocument({ paragraphs, selection: caretAt(0), behaviours, ...extra });
  return { standin, gateway: gatewayOver(standin) };
}

/** The hints the pane would show for these paragraphs. */
function hintsFor(paragraphs: StandinParagraphSpec[]): PlainHint[] {
  return plainHints(matcher, preparePlainDocument(paragraphs.map((p) => ({ text: p.text, styleBuiltIn: p.styleBuiltIn }))));
}

const firstEdit = (hint: PlainHint | undefined): TextEdit => hint!.alternatives[0]!.edit;
const writes = (standin: ReturnType<typeof openDocument>) => standin.syncLog.flatMap((entry) => entry.operations).filter((op) => op.includes("insertText"));

describe.each(SEARCH_BEHAVIOURS)("with Word behaving: %s", (_name, chosen) => {
  beforeEach(() => {
    behaviours = chosen;
  });

  it("replaces that occurrence only, in three round trips, the rest of the paragraph as it was", async () => {
    const paragraphs = [heading("Major Duties"), body("Utilize tools to serve customers."), body("Next duty.")];
    const { standin, gateway } = setUp(paragraphs);
    const outcome = await gateway.replaceText([firstEdit(hintsFor(paragraphs)[0])]);
    expect(standin.texts()).toEqual(["Major Duties", "Use tools to serve customers.", "Next duty."]);
    expect(outcome).toEqual({ replaced: 1, tracked: false, syncs: 3 });
    expect(standin.syncCount).toBe(3);
  });

  it("replaces the n-th occurrence in a paragraph, not the first", async () => {
    const paragraphs = [body("We utilize A. We utilize B. We utilize C.")];
    const { standin, gateway } = setUp(paragraphs);
    await gateway.replaceText([firstEdit(hintsFor(paragraphs)[1])]);
    expect(standin.texts()).toEqual(["We utilize A. We use B. We utilize C."]);
  });

  it("counts occurrences as Word does next to a hyphen or an apostrophe", async () => {
    // "re-utilize" is one word to the pane (no hint); to Word's whole-word search it may hold the word "utilize".
    const paragraphs = [body("Staff re-utilize forms and utilize the utilize-list; they utilize it.")];
    const hints = hintsFor(paragraphs);
    expect(hints.map((h) => h.start)).toEqual([27, 58]);
    const { standin, gateway } = setUp(paragraphs);
    await gateway.replaceText([firstEdit(hints[1])]);
    expect(standin.texts()).toEqual(["Staff re-utilize forms and utilize the utilize-list; they use it."]);
  });

  it("keeps the formatting of the rest of the paragraph: runs before and after move with their text", async () => {
    const text = "Important: utilize the system daily.";
    const paragraphs = [{ ...body(text), formatted: [{ start: 0, end: 10, bold: true }, { start: 23, end: 29, italic: true }] }];
    const { standin, gateway } = setUp(paragraphs);
    await gateway.replaceText([firstEdit(hintsFor(paragraphs)[0])]);
    expect(standin.paragraphs()[0]).toMatchObject({
      text: "Important: use the system daily.",
      formatted: [{ start: 0, end: 10, bold: true }, { start: 19, end: 25, italic: true }],
    });
  });

  it("replaces a phrase whose words are in different runs", async () => {
    const text = "Acts in order to help.";
    const paragraphs = [{ ...body(text), formatted: [{ start: 8, end: 13, bold: true }] }];
    const { standin, gateway } = setUp(paragraphs);
    await gateway.replaceText([firstEdit(hintsFor(paragraphs)[0])]);
    expect(standin.texts()).toEqual(["Acts to help."]);
  });

  it("replaces words longer than Word's 255-character search", async () => {
    const long = `${"very ".repeat(60)}long phrase`;
    const text = `Before ${long} after.`;
    const edit: TextEdit = { paragraphIndex: 0, paragraphText: text, start: 7, end: 7 + long.length, before: long, after: "short" };
    const { standin, gateway } = setUp([body(text)]);
    await gateway.replaceText([edit]);
    expect(standin.texts()).toEqual(["Before short after."]);
  });

  it("leaves words out, with the space after them, capitalising the next word", async () => {
    const paragraphs = [body("There are many forms to file.")];
    const { standin, gateway } = setUp(paragraphs);
    await gateway.replaceText([firstEdit(hintsFor(paragraphs)[0])]);
    expect(standin.texts()).toEqual(["Many forms to file."]);
  });

  it("replaces all occurrences of a phrase, several in one paragraph and in others, in three round trips", async () => {
    const paragraphs = [body("We utilize tools and utilize data."), body("Nothing here."), body("They utilized it; utilizing more.")];
    const hints = hintsFor(paragraphs);
    const { standin, gateway } = setUp(paragraphs);
    const outcome = await gateway.replaceText(replaceAllEdits(hints, hints[0]!, 0));
    expect(standin.texts()).toEqual(["We use tools and use data.", "Nothing here.", "They used it; using more."]);
    expect(outcome).toEqual({ replaced: 4, tracked: false, syncs: 3 });
  });

  it("with track changes on, makes tracked revisions of the words alone and says so", async () => {
    const paragraphs = [body("We utilize tools.")];
    const { standin, gateway } = setUp(paragraphs, { changeTrackingMode: "TrackAll" });
    const outcome = await gateway.replaceText([firstEdit(hintsFor(paragraphs)[0])]);
    expect(outcome.tracked).toBe(true);
    expect(standin.trackedChanges()).toEqual([
      { type: "Deleted", text: "utilize", paragraph: 0 },
      { type: "Added", text: "use", paragraph: 0 },
    ]);
  });

  it("puts plain text in: markup stays literal", async () => {
    const edit: TextEdit = { paragraphIndex: 0, paragraphText: "We utilize tools.", start: 3, end: 10, before: "utilize", after: "<b>use</b> & ^p" };
    const { standin, gateway } = setUp([body("We utilize tools.")]);
    await gateway.replaceText([edit]);
    expect(standin.texts()).toEqual(["We <b>use</b> & ^p tools."]);
  });

  describe("refusing, with the document left as it was", () => {
    async function refusal(paragraphs: StandinParagraphSpec[], edits: TextEdit[], extra: Partial<StandinDocumentSpec> = {}) {
      const { standin, gateway } = setUp(paragraphs, extra);
      const before = JSON.stringify(standin.paragraphs());
      const error = await gateway.replaceText(edits).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WordActionError);
      expect(JSON.stringify(standin.paragraphs())).toBe(before);
      expect(writes(standin)).toEqual([]);
      return { problem: (error as WordActionError).problem, standin };
    }

    it("when the paragraph changed since the pane read it, after one round trip", async () => {
      const edit = firstEdit(hintsFor([body("We utilize tools.")])[0]);
      const { problem, standin } = await refusal([body("We utilize tools, edited meanwhile.")], [edit]);
      expect(problem).toMatchObject({ kind: "paragraph-changed", message: "The paragraph changed since it was read; nothing was replaced.", documentState: "unchanged" });
      expect(standin.syncCount).toBe(1);
    });

    it("all of Replace all, when one of its paragraphs changed", async () => {
      const paragraphs = [body("We utilize tools."), body("They utilize data.")];
      const hints = hintsFor(paragraphs);
      const { problem } = await refusal([paragraphs[0]!, body("They utilize data now.")], replaceAllEdits(hints, hints[0]!, 0));
      expect(problem.message).toMatch(/nothing was replaced/);
    });

    it("when Word does not find the words where the pane read them", async () => {
      // The word's own letters are in two runs ("util" bold): a Word whose search misses text across runs cannot find it.
      const paragraphs = [{ ...body("We utilize tools."), formatted: [{ start: 3, end: 7, bold: true }] }];
      const edit = firstEdit(hintsFor(paragraphs)[0]);
      if (chosen.searchAcrossRuns === "finds") {
        const { standin, gateway } = setUp(paragraphs);
        await gateway.replaceText([edit]);
        expect(standin.paragraphs()[0]).toMatchObject({ text: "We use tools.", formatted: [{ start: 3, end: 6, bold: true }] });
        return;
      }
      const { problem, standin } = await refusal(paragraphs, [edit]);
      expect(problem).toMatchObject({ kind: "paragraph-changed", documentState: "unchanged" });
      expect(problem.message).toMatch(/nothing was replaced/);
      expect(standin.syncCount).toBe(2);
    });
  });
});

describe("when writing fails", () => {
  beforeEach(() => {
    behaviours = {};
  });

  it("in a read-only document, says nothing was changed (checked by reading the paragraphs again)", async () => {
    const paragraphs = [body("We utilize tools.")];
    const { standin, gateway } = setUp(paragraphs, { readOnly: true });
    const error = (await gateway.replaceText([firstEdit(hintsFor(paragraphs)[0])]).catch((e: unknown) => e)) as WordActionError;
    expect(error).toBeInstanceOf(WordActionError);
    expect(error.problem.documentState).toBe("unchanged");
    expect(standin.texts()).toEqual(["We utilize tools."]);
  });

  it("part-way through Replace all, says the document may have changed", async () => {
    const paragraphs = [body("We utilize tools."), body("They utilize data.")];
    const hints = hintsFor(paragraphs);
    const { gateway } = setUp(paragraphs, { failNextWrite: { afterWrites: 1, code: "GeneralException" } });
    const error = (await gateway.replaceText(replaceAllEdits(hints, hints[0]!, 0)).catch((e: unknown) => e)) as WordActionError;
    expect(error.problem.documentState).toBe("may-have-changed");
  });
});

describe("ignored hints in the document's settings", () => {
  it("are kept with the document and read back", async () => {
    const { standin, gateway } = setUp([body("We utilize tools.")]);
    await gateway.saveIgnoredHints(["utilize:abc:0", "in-order-to:k1:1"]);
    const reopened = openDocument({ paragraphs: [body("We utilize tools.")], settings: standin.savedSettings() });
    expect(await gatewayOver(reopened).loadIgnoredHints()).toEqual(["utilize:abc:0", "in-order-to:k1:1"]);
  });

  it("are cleaned when a document holds something else under the key", async () => {
    const crafted = openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.plainIgnored": ["ok:abc:0", { evil: true }, "<img src=x>", 5] } });
    expect(await gatewayOver(crafted).loadIgnoredHints()).toEqual(["ok:abc:0"]);
    const notAList = openDocument({ paragraphs: [body("x")], settings: { "cxLanguage.plainIgnored": "ok:abc:0" } });
    expect(await gatewayOver(notAList).loadIgnoredHints()).toEqual([]);
  });
});

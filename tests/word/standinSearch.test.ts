/** The stand-in's Paragraph/Range.search, Range.text and Range.insertText, and formatting runs under edits. */
import { respan } from "../../src/word/standin/model";
import type { StandinBehaviours } from "../../src/word/standin/types";
import { body, openDocument } from "./wordHarness";

async function found(text: string, searchText: string, options: Word.SearchOptions | object, behaviours: StandinBehaviours = {}, formatted = [] as { start: number; end: number; bold?: boolean }[]) {
  const standin = openDocument({ paragraphs: [{ ...body(text), formatted }], behaviours });
  return standin.run(async (context) => {
    const paragraph = context.document.body.getRange("Whole").paragraphs.getFirst();
    const results = paragraph.search(searchText, options).load("text");
    await context.sync();
    return results.items.map((r) => r.text);
  });
}

describe("search in the stand-in", () => {
  it("finds every occurrence left to right, case-insensitive unless asked", async () => {
    expect(await found("Use, USE, reuse", "use", {})).toEqual(["Use", "USE", "use"]);
    expect(await found("Use, USE, reuse", "use", { matchCase: true })).toEqual(["use"]);
    expect(await found("aaaa", "aa", {})).toEqual(["aa", "aa"]);
  });

  it("finds whole words, a hyphen separating or joining words as the behaviour says", async () => {
    expect(await found("re-use use", "use", { matchWholeWord: true })).toEqual(["use", "use"]);
    expect(await found("re-use use", "use", { matchWholeWord: true }, { wholeWordAtJoiners: "joins" })).toEqual(["use"]);
  });

  it("refuses a search string over 255 characters, or finds it, as the behaviour says", async () => {
    const long = "x ".repeat(130).trim();
    await expect(found(long, long, {})).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
    expect(await found(long, long, {}, { longSearch: "finds" })).toEqual([long]);
  });

  it("misses text across runs where the behaviour says so", async () => {
    const runs = [{ start: 3, end: 5, bold: true }];
    expect(await found("We utilize it", "utilize", {}, {}, runs)).toEqual(["utilize"]);
    expect(await found("We utilize it", "utilize", {}, { searchAcrossRuns: "misses" }, runs)).toEqual([]);
    expect(await found("We utilize it", "We", {}, { searchAcrossRuns: "misses" }, runs)).toEqual(["We"]);
  });

  it("reads ^^ as a caret and refuses Word's other special characters", async () => {
    expect(await found("a^b", "a^^b", {})).toEqual(["a^b"]);
    await expect(found("a\tb", "a^tb", {})).rejects.toMatchObject({ code: "NotImplemented" });
  });
});

describe("replacing a range's text in the stand-in", () => {
  it("changes those characters only, and hands back the new text's range", async () => {
    const standin = openDocument({ paragraphs: [body("Before."), body("We utilize tools.")] });
    const text = await standin.run(async (context) => {
      const [hit] = (await (async () => {
        // Range.search over the whole body, which holds two paragraphs.
        const r = context.document.body.getRange("Whole").search("utilize").load("text");
        await context.sync();
        return r.items;
      })())!;
      const made = hit!.insertText("use", "Replace").load("text");
      await context.sync();
      return made.text;
    });
    expect(text).toBe("use");
    expect(standin.texts()).toEqual(["Before.", "We use tools."]);
  });

  it("moves formatting runs with their text; the new text takes the formatting of the first character it replaces", () => {
    const runs = [{ start: 0, end: 2, bold: true }, { start: 3, end: 10, italic: true }, { start: 11, end: 16, underline: true }];
    // "We utilize tools": "utilize" (3..10) becomes "use".
    expect(respan(runs, 3, 10, 3)).toEqual([{ start: 0, end: 2, bold: true }, { start: 3, end: 6, italic: true }, { start: 7, end: 12, underline: true }]);
    // A replacement from inside the bold run to inside the italic one: bold takes the new text, italic keeps its rest.
    expect(respan(runs, 1, 5, 1)).toEqual([{ start: 0, end: 2, bold: true }, { start: 2, end: 7, italic: true }, { start: 8, end: 13, underline: true }]);
    // An insertion takes the formatting of the character before it.
    expect(respan(runs, 2, 2, 3)).toEqual([{ start: 0, end: 5, bold: true }, { start: 6, end: 13, italic: true }, { start: 14, end: 19, underline: true }]);
  });
});

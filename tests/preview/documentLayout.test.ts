import { caretAfterKey, isCaretKey, mainBlocks, selectionInParagraph, storyIndexes, storyOf } from "../../src/preview/documentLayout";
import type { StandinParagraphSpec } from "../../src/word/standin/types";

const p = (text: string, extra: Partial<StandinParagraphSpec> = {}): StandinParagraphSpec => ({ text, ...extra });

// 0 header, 1-2 body, 3-5 a table (cells by run and by id), 6-7 a control, 8 body, 9 footer, 10 body
const DOC: StandinParagraphSpec[] = [
  p("Header", { body: "Header" }),
  p("Title"),
  p("Intro"),
  p("Cell A", { body: "TableCell", tableNestingLevel: 1 }),
  p("Cell B1", { body: "TableCell", tableNestingLevel: 1, cellId: 7 }),
  p("Cell B2", { body: "TableCell", tableNestingLevel: 1, cellId: 7 }),
  p("Locked 1", { contentControl: { id: 1, title: "Boilerplate", cannotEdit: true } }),
  p("Locked 2", { contentControl: { id: 1, title: "Boilerplate", cannotEdit: true } }),
  p("Duties"),
  p("Footer", { body: "Footer" }),
  p("Last"),
];

describe("stories and blocks", () => {
  it("puts table cells in the main story and each band in its own", () => {
    expect(DOC.map(storyOf)).toEqual(["Header", "Main", "Main", "Main", "Main", "Main", "Main", "Main", "Main", "Footer", "Main"]);
    expect(storyIndexes(DOC, "Header")).toEqual([0]);
    expect(storyIndexes(DOC, "Footnote")).toEqual([]);
  });

  it("groups the body into paragraphs, tables of cells and content controls", () => {
    expect(mainBlocks(DOC)).toEqual([
      { kind: "paragraph", index: 1 },
      { kind: "paragraph", index: 2 },
      { kind: "table", cells: [[3], [4, 5]] },
      { kind: "control", title: "Boilerplate", locked: true, indexes: [6, 7] },
      { kind: "paragraph", index: 8 },
      { kind: "paragraph", index: 10 },
    ]);
  });

  it("starts a new table after a paragraph between cells, and a new control for another id", () => {
    const doc = [p("a", { body: "TableCell" }), p("b"), p("c", { body: "TableCell" }), p("d", { contentControl: { id: 1 } }), p("e", { contentControl: { id: 2 } })];
    expect(mainBlocks(doc)).toEqual([
      { kind: "table", cells: [[0]] },
      { kind: "paragraph", index: 1 },
      { kind: "table", cells: [[2]] },
      { kind: "control", title: "Content control", locked: false, indexes: [3] },
      { kind: "control", title: "Content control", locked: false, indexes: [4] },
    ]);
  });
});

describe("caret keys", () => {
  it("knows which keys move the caret", () => {
    expect(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"].every(isCaretKey)).toBe(true);
    expect(isCaretKey("Tab")).toBe(false);
    expect(isCaretKey("PageDown")).toBe(false);
  });

  it("moves up and down within the story, keeping the offset where it fits", () => {
    expect(caretAfterKey(DOC, { paragraph: 8, offset: 5 }, "ArrowDown")).toEqual({ paragraph: 10, offset: 4 });
    expect(caretAfterKey(DOC, { paragraph: 1, offset: 3 }, "ArrowUp")).toEqual({ paragraph: 1, offset: 3 });
    expect(caretAfterKey(DOC, { paragraph: 0, offset: 2 }, "ArrowDown")).toEqual({ paragraph: 0, offset: 2 });
    expect(caretAfterKey(DOC, { paragraph: 2, offset: 4 }, "ArrowDown")).toEqual({ paragraph: 3, offset: 4 });
  });

  it("moves left and right by a character and across paragraph ends of the same story", () => {
    expect(caretAfterKey(DOC, { paragraph: 2, offset: 2 }, "ArrowLeft")).toEqual({ paragraph: 2, offset: 1 });
    expect(caretAfterKey(DOC, { paragraph: 2, offset: 0 }, "ArrowLeft")).toEqual({ paragraph: 1, offset: 5 });
    expect(caretAfterKey(DOC, { paragraph: 8, offset: 6 }, "ArrowRight")).toEqual({ paragraph: 10, offset: 0 });
    expect(caretAfterKey(DOC, { paragraph: 10, offset: 4 }, "ArrowRight")).toEqual({ paragraph: 10, offset: 4 });
    expect(caretAfterKey(DOC, { paragraph: 1, offset: 0 }, "ArrowLeft")).toEqual({ paragraph: 1, offset: 0 });
  });

  it("goes to the paragraph's ends with Home and End", () => {
    expect(caretAfterKey(DOC, { paragraph: 6, offset: 3 }, "Home")).toEqual({ paragraph: 6, offset: 0 });
    expect(caretAfterKey(DOC, { paragraph: 6, offset: 3 }, "End")).toEqual({ paragraph: 6, offset: 8 });
  });
});

describe("selection per paragraph", () => {
  it("marks the caret's paragraph only", () => {
    const caret = { start: { paragraph: 2, offset: 3 }, end: { paragraph: 2, offset: 3 } };
    expect(selectionInParagraph(DOC, caret, 2)).toEqual({ kind: "caret", from: 3 });
    expect(selectionInParagraph(DOC, caret, 1)).toEqual({ kind: "none" });
  });

  it("covers the selected part of each paragraph of a range, skipping other stories", () => {
    const range = { start: { paragraph: 8, offset: 2 }, end: { paragraph: 10, offset: 3 } };
    expect(selectionInParagraph(DOC, range, 8)).toEqual({ kind: "range", from: 2, to: 6 });
    expect(selectionInParagraph(DOC, range, 9)).toEqual({ kind: "none" });
    expect(selectionInParagraph(DOC, range, 10)).toEqual({ kind: "range", from: 0, to: 3 });
    expect(selectionInParagraph(DOC, range, 7)).toEqual({ kind: "none" });
  });
});

import { applyEdits, substringOccurrences, wholeWordOccurrences } from "../../src/core/textEdit";

describe("text edits", () => {
  it("finds every occurrence, and the whole-word ones", () => {
    expect(substringOccurrences("use, reuse, user, use", "use")).toEqual([0, 7, 12, 18]);
    expect(wholeWordOccurrences("use, reuse, user, use", "use")).toEqual([0, 18]);
    expect(substringOccurrences("aaaa", "aa")).toEqual([0, 2]);
    expect(substringOccurrences("abc", "")).toEqual([]);
  });

  it("applies edits in place, in any order, the first of two overlapping ones only", () => {
    const text = "We utilize and utilize.";
    expect(applyEdits(text, [{ start: 15, end: 22, after: "use" }, { start: 3, end: 10, after: "use" }])).toBe("We use and use.");
    expect(applyEdits(text, [{ start: 3, end: 10, after: "x" }, { start: 5, end: 12, after: "y" }])).toBe("We x and utilize.");
  });
});

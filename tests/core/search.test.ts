import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { createSearch, highlightRuns, mergeRanges } from "../../src/core/search";
import { foldText, foldWithMap } from "../../src/core/textMatch";

const search = createSearch(library);
const marked = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe("library search", () => {
  it("finds every live entry by a distinctive part of its own text", () => {
    for (const entry of library.entries()) {
      const text = library.renderEntry(entry);
      const probe = text.split(/\s+/).slice(0, 6).join(" ");
      expect(search(probe).map((h) => h.entry.id)).toContain(entry.id);
    }
  });

  it("needs every word, in any order, and ignores case", () => {
    const hits = search("EMPATHY listening");
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const folded = foldText(hit.text);
      expect(folded.includes("empathy") || foldText((hit.entry.keywords ?? []).join(" ")).includes("empathy")).toBe(true);
    }
    expect(search("empathy zzzz")).toEqual([]);
  });

  it("highlights the matched words in the text as it will be inserted", () => {
    const [hit] = search("plain language");
    expect(hit.entry.id).toBe("pd-duties-15");
    expect(marked(hit.text, hit.highlights)).toEqual(["plain language"]);
  });

  it("matches curly apostrophes with straight ones and the reverse", () => {
    const hits = search("government's public perception");
    expect(hits.map((h) => h.entry.id)).toContain("pd-duties-02");
    const [hit] = hits;
    expect(marked(hit.text, hit.highlights)).toContain("government’s public perception");
  });

  it("renders the agency name it was built with, and finds it", () => {
    const usda = createSearch(library, { agency: "USDA" });
    const hits = usda("USDA customer");
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.text.includes("USDA"))).toBe(true);
  });

  it("ranks an exact phrase in the text above scattered words", () => {
    const hits = search("continuous learning");
    expect(foldText(hits[0].text)).toContain("continuous learning");
  });

  it("an empty or blank query finds nothing", () => {
    expect(search("")).toEqual([]);
    expect(search("   ")).toEqual([]);
  });
});

describe("text folding and highlight runs", () => {
  it("maps folded positions back to the original text", () => {
    const original = "  Don’t\u00A0 stop—now ";
    const { folded, map } = foldWithMap(original);
    expect(folded).toBe("don't stop-now");
    expect(original[map[3]]).toBe("’");
    expect(original[map[folded.length - 1]]).toBe("w");
  });

  it("merges overlapping ranges and splits text into runs", () => {
    expect(mergeRanges([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 7, end: 10 }])).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 10 },
    ]);
    expect(highlightRuns("abcdef", [{ start: 1, end: 3 }])).toEqual([
      { text: "a", match: false },
      { text: "bc", match: true },
      { text: "def", match: false },
    ]);
  });
});

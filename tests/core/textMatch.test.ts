/**
 * The one normalisation behind detection, search and the "in document" marks: the same characters fold
 * the same way in all three.
 */
import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { entriesInDocument } from "../../src/core/presence";
import { createSearch } from "../../src/core/search";
import { classifyHeading } from "../../src/core/sections";
import { FOLDABLE, FOLDING_CHARACTERS, foldText, foldWithMap, normaliseText } from "../../src/core/textMatch";

const hex = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

describe("the folding pattern", () => {
  it.each(FOLDING_CHARACTERS.map((ch) => [hex(ch), ch]))("finds %s", (_, ch) => {
    expect(new RegExp(FOLDABLE.source).test(`a${ch}b`)).toBe(true);
  });

  it("folds each character the same way for detection and for matching", () => {
    for (const ch of FOLDING_CHARACTERS) {
      const detected = normaliseText(`a${ch}b`).replace(/\t/g, " ").toLowerCase();
      expect({ ch: hex(ch), folded: foldText(`a${ch}b`) }).toEqual({ ch: hex(ch), folded: detected });
    }
  });
});

describe("normaliseText", () => {
  it("makes Word and PDF punctuation plain, keeps breaks as one tab and case as typed", () => {
    expect(normaliseText("\u00ADMajor\u00A0 Duties \v\u2014 \u201CSignificant\u201D e\uFB00ort\u2026 ")).toBe('Major Duties\t- "Significant" effort...');
    expect(normaliseText("Factor 1\uFF1A Knowledge\u200B")).toBe("Factor 1: Knowledge");
  });

  it("recognises a heading pasted from a PDF with ligatures", () => {
    expect(classifyHeading({ text: "Other Signi\uFB01cant Facts", bold: true })?.section.id).toBe("other-significant-facts");
  });
});

describe("foldText and foldWithMap", () => {
  const samples = [
    "",
    "  Don’t\u00A0 stop—now ",
    "Line\vbreak\u2028and\ttab",
    "\uFEFFso\u00ADft hy\u200Bphen",
    "e\uFB03cient \uFB02ow",
    "ＦＵＬＬ\uFF0Dwidth\uFF1A\u3000x",
    "ΟΔΟΣ Straße İstanbul",
    "“quoted” ‘single’ \u2032 \u2033 \u2212 \u2026",
  ];

  it.each(samples.map((s) => [JSON.stringify(s), s]))("agree on %s, and every mapped position is in the original", (_, text) => {
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe(foldText(text));
    expect(map).toHaveLength(folded.length);
    expect(map.every((i, k) => i >= 0 && i < text.length && (k === 0 || i >= map[k - 1]))).toBe(true);
  });

  it("folds ligatures, soft hyphens and zero-width marks", () => {
    expect(foldText("E\uFB03cient\u00AD  O\uFB00ice\u200B")).toBe("efficient office");
    const { folded, map } = foldWithMap("a \uFB01ne day");
    expect(folded).toBe("a fine day");
    expect(map.slice(2, 4)).toEqual([2, 2]);
  });
});

describe("search and the in-document marks fold as detection does", () => {
  const entry = library.entries().find((e) => /fi/.test(library.renderEntry(e)))!;
  const withLigatures = library.renderEntry(entry).replace(/fi/g, "\uFB01").replace(/ /g, "\u00A0");

  it("marks an entry pasted from a PDF as in the document", () => {
    expect(entriesInDocument(library, [withLigatures]).has(entry.id)).toBe(true);
  });

  it("finds the entry when the search is typed with a ligature", () => {
    const word = library.renderEntry(entry).match(/\b\w*fi\w*\b/)![0];
    const hits = createSearch(library)(word.replace("fi", "\uFB01"));
    expect(hits.map((hit) => hit.entry.id)).toContain(entry.id);
  });
});
describe("foldText on whole texts", () => {
  it.each([
    ["  Customer\u00A0Experience\u2014“Plain”  Language\u2026 ", 'customer experience-"plain" language...'],
    ["DHS\u2019 \u2018CX\u2019 \u2212 1\u20132", "dhs' 'cx' - 1-2"],
    ["\tline one\n\u2007line\u202Ftwo\r\n", "line one line two"],
    ["", ""],
    [" \u00A0 ", ""],
  ])("folds %j to %j", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it("gives the same text as foldWithMap, whose map the search highlights rely on", () => {
    const samples = [
      ...library.entries().map((entry) => library.renderEntry(entry)),
      "Ünïcödé ÀÉÎ straße \u2032 \u2033 \u201A \u201E \u2010\u2011\u2012\u2015  ends with space ",
    ];
    for (const text of samples) expect(foldText(text)).toBe(foldWithMap(text).folded);
  });
});


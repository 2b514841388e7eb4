import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { foldText, foldWithMap } from "../../src/core/textMatch";

describe("foldText", () => {
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


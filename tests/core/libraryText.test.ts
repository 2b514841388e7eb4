import fs from "fs";
import path from "path";
import type { LibraryData } from "../../src/core/library";
import { ENTRY_TEXT_MAX_LENGTH } from "../../src/core/libraryText";
import { findLibraryProblems, LIBRARY_LEVEL, LibraryValidationError, parseLibraryJson } from "../../src/core/libraryValidation";

const FILE = "agency/library.json";
const realText = fs.readFileSync(path.resolve(__dirname, "../../content/library.json"), "utf8");
const real = JSON.parse(realText) as LibraryData;

/** The real library with one change; entries[3] is the one tests break. */
function broken(change: (data: LibraryData) => void): LibraryData {
  const data = structuredClone(real);
  change(data);
  return data;
}
const target = real.entries[3]!;

/** The build's message for `data`: parsing the JSON text exactly as the webpack config does. */
function buildMessage(data: LibraryData): string {
  try {
    parseLibraryJson(JSON.stringify(data, null, 2), FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(LibraryValidationError);
    return (error as LibraryValidationError).message;
  }
  throw new Error("expected the library to be rejected");
}

describe("text in the library", () => {
  it("the real library passes, and its longest entry leaves ample room under the limit", () => {
    expect(findLibraryProblems(real)).toEqual([]);
    const longest = Math.max(...real.entries.map((entry) => entry.text.length));
    expect(longest * 4).toBeLessThan(ENTRY_TEXT_MAX_LENGTH);
  });

  it.each([
    ["a line feed", "Serves customers.\nAnd more.", /text contains a line break \(U\+000A\) at character 18/],
    ["a carriage return", "Serves customers.\r\nAnd more.", /text contains a line break \(U\+000D\)/],
    ["a line separator", "Serves\u2028customers.", /text contains a line break \(U\+2028\)/],
    ["NUL", "Serves\u0000customers.", /text contains the control character U\+0000 at character 7/],
    ["a tab", "Serves\tcustomers.", /text contains the control character U\+0009/],
    ["an escape character", "Serves\u001bcustomers.", /text contains the control character U\+001B/],
    ["a right-to-left override", "Serves \u202Esremotsuc.", /text contains the bidirectional control U\+202E at character 8/],
    ["a directional isolate", "Serves \u2067customers\u2069.", /text contains the bidirectional control U\+2067/],
    ["a lone high surrogate", "Serves \uD83D customers.", /text contains half of a character \(lone surrogate U\+D83D\)/],
    ["a lone low surrogate", "Serves \uDE00 customers.", /text contains half of a character \(lone surrogate U\+DE00\)/],
    ["only zero-width characters", "\u200B\u200C\u200D\u2060\uFEFF", /text has no visible letter or digit/],
    ["only zero-width joiners and spaces", "\u200C \u200D\u00A0\u3000", /text has no visible letter or digit/],
    ["only Hangul fillers", "\u3164\u115F\u1160\uFFA0", /text has no visible letter or digit/],
    ["only Braille blanks", "\u2800\u2800\u2800", /text has no visible letter or digit/],
    ["only variation selectors and a combining grapheme joiner", "\uFE0F\u034F\u{E0020}", /text has no visible letter or digit/],
    ["only punctuation", "... ;", /text has no visible letter or digit/],
    ["100,000 characters", "Serves customers. ".repeat(5556).slice(0, 100_000), /text is 100,000 characters long; at most 5,000 are allowed/],
  ])("an entry whose text holds %s fails the build, naming the entry", (_, text, reason) => {
    const message = buildMessage(
      broken((d) => {
        d.entries[3]!.text = text;
      }),
    );
    expect(message).toContain(FILE);
    expect(message).toMatch(new RegExp(`entry ${target.id}: ${reason.source}`));
  });

  it("keeps text that only looks unusual: curly quotes, dashes, accents, emoji, a right-to-left mark", () => {
    const data = broken((d) => {
      d.entries[3]!.text = "Serves “customers” — café clients 🙂 and \u200Fעברית readers.";
    });
    expect(findLibraryProblems(data)).toEqual([]);
  });

  it("rejects an agency default or a keyword that shows no letter", () => {
    const data = broken((d) => {
      d.placeholders.agency!.default = "\u3164\u3164";
      d.entries[3]!.keywords = ["ok", "\u2800"];
    });
    const reasons = findLibraryProblems(data).map((problem) => `${problem.entry}: ${problem.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(new RegExp(`^${target.id}: keywords\\[1\\] has no visible letter or digit`)),
      expect.stringMatching(/^\(library\): placeholders\.agency\.default has no visible letter or digit/),
    ]);
  });

  it("checks labels, keywords, section names and placeholder defaults too", () => {
    const data = broken((d) => {
      d.entries[3]!.label = "Level\n3";
      d.entries[3]!.keywords = ["ok", "\u202Ekeyword"];
      d.sections[0]!.name = "Intro\u0000";
      d.placeholders.agency!.default = "D".repeat(81);
    });
    const reasons = findLibraryProblems(data).map((problem) => `${problem.entry}: ${problem.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(new RegExp(`^${target.id}: label contains a line break`)),
      expect.stringMatching(new RegExp(`^${target.id}: keywords\\[1\\] contains the bidirectional control U\\+202E`)),
      expect.stringMatching(new RegExp(`^\\(library\\): section "${real.sections[0]!.id}": name contains the control character U\\+0000`)),
      `${LIBRARY_LEVEL}: placeholders.agency.default is 81 characters long; at most 80 are allowed`,
    ]);
  });

  it("checks notes for editors for control and bidirectional characters, but allows them line breaks and any length", () => {
    const data = broken((d) => {
      d.entries[3]!.note = "Reviewed by\u0007 the CX office.";
      d.editorialNotes![0]!.note = "Typo\u202E fixed.";
    });
    expect(findLibraryProblems(data).map((problem) => `${problem.entry}: ${problem.reason}`)).toEqual([
      `${target.id}: note contains the control character U+0007 at character 12`,
      `${LIBRARY_LEVEL}: editorialNotes[0].note contains the bidirectional control U+202E at character 5, which changes how the text after it is displayed`,
    ]);
    const fine = broken((d) => {
      d.entries[3]!.note = `First line.\nSecond line: ${"long ".repeat(2000)}`;
    });
    expect(findLibraryProblems(fine)).toEqual([]);
  });

  it("reports a lone surrogate written as a JSON escape in the file", () => {
    const text = realText.replace(JSON.stringify(target.text), JSON.stringify(target.text).replace(/"$/, '\\ud800"'));
    expect(text).not.toBe(realText);
    expect(() => parseLibraryJson(text, FILE)).toThrow(new RegExp(`entry ${target.id}: text contains half of a character`));
  });
});

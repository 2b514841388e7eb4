import fs from "node:fs";
import path from "node:path";
import { findPlainWordsProblems, parsePlainWordsJson, PlainWordsValidationError } from "../../src/core/plainWordsValidation";
import type { PlainWordsData } from "../../src/core/plainWords";

const bundled: PlainWordsData = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../content/plain-words.json"), "utf8"));

function problemsOf(data: unknown): string {
  try {
    parsePlainWordsJson(typeof data === "string" ? data : JSON.stringify(data), "agency-words.json");
  } catch (error) {
    expect(error).toBeInstanceOf(PlainWordsValidationError);
    return (error as Error).message;
  }
  throw new Error("expected the list to be refused");
}

const withRows = (rows: unknown[]) => ({ ...structuredClone(bundled), words: rows });

describe("parsePlainWordsJson", () => {
  it("accepts the bundled list and a minimal agency list", () => {
    expect(findPlainWordsProblems(bundled)).toEqual([]);
    const minimal = { source: { title: "Our words", publisher: "USDA", url: "https://example.gov/words", licence: "Public domain", retrieved: "2026-01-05" }, words: [{ id: "leverage", dontSay: ["leverage"], say: ["use"] }] };
    expect(parsePlainWordsJson(JSON.stringify(minimal), "ours.json").words).toHaveLength(1);
  });

  it("names the file and the place of a JSON syntax error", () => {
    const message = problemsOf('{ "source": {}, "words": [ }');
    expect(message).toContain("agency-words.json");
    expect(message).toMatch(/not valid JSON: Unexpected token/);
  });

  it("refuses an empty file", () => {
    expect(problemsOf("  \n")).toContain("the file is empty");
  });

  it("names the row and the field of a schema problem", () => {
    const message = problemsOf(withRows([{ id: "utilize", dontSay: ["utilize"], say: ["use"] }, { id: "Bad Id", dontSay: [], say: ["x"], extra: 1 }]));
    expect(message).toContain("row 2 (Bad Id)");
    expect(message).toContain('unknown field "extra"');
    expect(message).toMatch(/row 2 \(Bad Id\): dontSay: must NOT have fewer than 1 items/);
    expect(message).toMatch(/row 2 \(Bad Id\): id: not allowed here/);
  });

  it("refuses a wording on two lines or with markup-like edges, told once per item", () => {
    const message = problemsOf(withRows([{ id: "a", dontSay: ["utilize"], say: ["use\nit"] }, { id: "b", dontSay: ["<b>"], say: ["x"] }]));
    expect(message.match(/row 1 \(a\): say\.0: not allowed here/g)).toHaveLength(1);
    expect(message).toContain("row 2 (b): dontSay.0: not allowed here");
  });

  it("refuses duplicate ids, a word listed by two rows, and a wording that is the word itself", () => {
    const message = problemsOf(
      withRows([
        { id: "utilize", dontSay: ["utilize"], say: ["use"] },
        { id: "utilize", dontSay: ["make use of"], say: ["use"] },
        { id: "employ", dontSay: ["Utilize", "employ"], say: ["use", "use"] },
        { id: "remain", dontSay: ["remain"], say: ["Remain"] },
      ]),
    );
    expect(message).toContain("row 2 (utilize): duplicate id: row 1 has the same id");
    expect(message).toContain('row 3 (employ): "Utilize" is also listed by row utilize');
    expect(message).toContain("row 3 (employ): a wording is listed twice");
    expect(message).toContain('row 4 (remain): the wording "Remain" is one of the words it replaces');
    expect(message).toMatch(/\(4 problems\)/);
    expect(message).not.toMatch(/^\s+at /m);
  });

  it("refuses a missing source and a list over 1 MB", () => {
    const { source: _source, ...noSource } = structuredClone(bundled);
    expect(problemsOf(noSource)).toContain('(word list): missing field "source"');
    const huge = JSON.stringify(withRows(Array.from({ length: 4000 }, (_, i) => ({ id: `w${i}`, dontSay: [`word${i} ${"x".repeat(300)}`], say: ["y"] }))));
    expect(problemsOf(huge)).toMatch(/at most 1 MB/);
  });
});

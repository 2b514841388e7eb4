/**
 * The probe snippet a person with Word runs (docs/word-behaviour-probes.yaml) must answer every behaviour the
 * stand-in models, and its script must be valid TypeScript.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import ts from "typescript";
import { DEFAULT_BEHAVIOURS } from "../../src/word/standin/model";

type Snippet = { host: string; api_set: Record<string, string>; script: { content: string; language: string }; libraries: string };

const snippet = load(readFileSync(join(__dirname, "../../docs/word-behaviour-probes.yaml"), "utf8")) as Snippet;

describe("the Word behaviour probes snippet", () => {
  it("is a Word snippet for WordApi 1.3 that loads office.js from Office's CDN", () => {
    expect(snippet.host).toBe("WORD");
    expect(snippet.api_set).toEqual({ WordApi: "1.3" });
    expect(snippet.libraries).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it.each(Object.keys(DEFAULT_BEHAVIOURS))("prints an answer for %s", (behaviour) => {
    expect(snippet.script.content).toMatch(new RegExp(`\\b${behaviour}\\b[^\\n]*:`));
  });

  it("has a script that parses as TypeScript", () => {
    const result = ts.transpileModule(snippet.script.content, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2020 } });
    expect(result.diagnostics ?? []).toEqual([]);
  });
});

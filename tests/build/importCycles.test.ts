/**
 * The lint configuration forbids import cycles in src/ (import-x/no-cycle), dynamic imports included: the
 * library validator and its text rules, and the later-loaded search results and the cards, once imported
 * each other in a circle.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");
const eslintBin = path.join(root, "node_modules/eslint/bin/eslint.js");

type LintResult = { filePath: string; messages: { ruleId: string | null; message: string }[] };

/** Cycle messages for `files`; `stdin` lints that text in place of the first file. */
function cycleMessages(files: string[], stdin?: string): string[] {
  const args = [eslintBin, "--format", "json", ...(stdin === undefined ? files : ["--stdin", "--stdin-filename", files[0]])];
  let output: string;
  try {
    output = execFileSync(process.execPath, args, { cwd: root, input: stdin, encoding: "utf8" });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? ""); // eslint exits 1 when it reports errors
  }
  const results = JSON.parse(output) as LintResult[];
  return results.flatMap((result) =>
    result.messages.filter((m) => m.ruleId === "import-x/no-cycle").map((m) => `${path.relative(root, result.filePath)}: ${m.message}`),
  );
}

describe("import cycles", () => {
  it("are reported, dynamic imports included", () => {
    const card = "src/taskpane/components/SuggestionCard.tsx";
    expect(cycleMessages([card], 'export const later = () => import("./LaterParts");\n')).toEqual([expect.stringContaining("Dependency cycle")]);
  }, 60_000);

  it("are none between the library validator and its text rules, nor among the later-loaded parts and the cards", () => {
    const files = [
      "src/core/libraryText.ts",
      "src/core/libraryValidation.ts",
      "src/taskpane/components/LaterParts.tsx",
      "src/taskpane/components/SearchResults.tsx",
      "src/taskpane/components/SuggestionCard.tsx",
    ];
    expect(cycleMessages(files)).toEqual([]);
  }, 60_000);
});

/**
 * The lint configuration forbids import cycles in src/ (import-x/no-cycle), dynamic imports included: the
 * library validator and its text rules, and the later-loaded search results and the cards, once imported
 * each other in a circle.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

type Messages = Record<string, string[]>;

/**
 * The cycle messages eslint gives for `files` as they are, and for `changed` (file → text to lint in its place). One
 * eslint process with the project's configuration, running only the cycle rule: the rest of the lint is `npm run lint`.
 */
function cycleMessages(files: string[], changed: Record<string, string>): { files: Messages; changed: Messages } {
  const script = `
    const { ESLint } = require("eslint");
    const [files, changed] = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ ruleFilter: ({ ruleId }) => ruleId === "import-x/no-cycle" });
    const messages = (results) => Object.fromEntries(results.map((r) => [require("node:path").relative(process.cwd(), r.filePath), r.messages.map((m) => m.message)]));
    (async () => {
      const asChanged = [];
      for (const [filePath, text] of Object.entries(changed)) asChanged.push(...(await eslint.lintText(text, { filePath })));
      process.stdout.write(JSON.stringify({ files: messages(await eslint.lintFiles(files)), changed: messages(asChanged) }));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, JSON.stringify([files, changed])], { cwd: root, encoding: "utf8" }));
}

describe("import cycles", () => {
  const card = "src/taskpane/components/SuggestionCard.tsx";
  const files = [
    "src/core/libraryText.ts",
    "src/core/libraryValidation.ts",
    "src/taskpane/components/LaterParts.tsx",
    "src/taskpane/components/SearchResults.tsx",
    card,
  ];
  let result: { files: Messages; changed: Messages };
  beforeAll(() => {
    result = cycleMessages(files, { [card]: 'export const later = () => import("./LaterParts");\n' });
  }, 60_000);

  it("are reported, dynamic imports included", () => {
    expect(result.changed[card]).toEqual([expect.stringContaining("Dependency cycle")]);
  });

  it("are none between the library validator and its text rules, nor among the later-loaded parts and the cards", () => {
    expect(Object.keys(result.files).sort()).toEqual([...files].sort());
    expect(Object.values(result.files).flat()).toEqual([]);
  });
});

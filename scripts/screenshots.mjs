// `npm run screenshots`: redraws the README's pictures in assets/screenshots by running the browser tests
// that take them. Plain `npm test` saves its screenshots under test-results/ and leaves these alone.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const jest = path.join(root, "node_modules/jest/bin/jest.js");
const files = ["tests/e2e/pane.test.ts", "tests/e2e/form.test.ts", "tests/e2e/review.test.ts", "tests/e2e/plainLanguage.test.ts", "tests/e2e/preview.test.ts", "tests/e2e/shell.test.ts", "tests/e2e/coverage.test.ts", "tests/e2e/libraryEditor.test.ts"];
// The files come first: --selectProjects takes every name after it.
const run = spawnSync(process.execPath, [jest, ...files, "--selectProjects", "e2e"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, CX_SCREENSHOTS_DIR: "assets/screenshots" },
});
process.exit(run.status ?? 1);

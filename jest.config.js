// Three projects so each test file runs in the environment it needs:
// core/word/content logic in plain Node, React components in jsdom, and the
// browser end-to-end suite (which builds and serves the real bundle) on its own.
// swc strips the types and nothing more (`npm run typecheck` checks them): many times faster than ts-jest.
const os = require("node:os");

const transform = {
  "^.+\\.tsx?$": [
    "@swc/jest",
    {
      jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" },
      module: { type: "commonjs" },
    },
  ],
  // syllable (the reading grade's syllable counts) ships only as ES modules, which jest runs only once compiled.
  "node_modules/syllable/.+\\.js$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }],
};
// Every other package in node_modules is loaded as it is.
const transformIgnorePatterns = ["/node_modules/(?!syllable/)"];
const moduleNameMapper = {
  // office-addin-mock requires office-addin-manifest, whose ESM-only dependency
  // jest cannot load on Node 20; the mock only needs the OfficeApp enum.
  "^office-addin-manifest$": "<rootDir>/tests/support/officeAddinManifestStub.js",
  // The bundled library; webpack points the same name at CX_LIBRARY when that is set.
  "^cx-library$": "<rootDir>/content/library.json",
  "^cx-plain-words$": "<rootDir>/content/plain-words.json",
  "^@fluentui/react-icons$": "<rootDir>/tests/support/fluentIconsOnDemand.js",
  "^@fluentui/react-components$": "<rootDir>/tests/support/fluentComponentsOnDemand.js",
};

module.exports = {
  // jest's default is one worker fewer than the cores: a single worker on a 2-core machine, with the main process
  // idle and one core unused. At least two, so both are used, by the browser suite too: its test that times the
  // pane's tasks runs last and alone (tests/support/testSequencer.js).
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testSequencer: "<rootDir>/tests/support/testSequencer.js",
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["<rootDir>/tests/{core,word,content,manifest,preview,build,docx,cli,coverage,library-editor}/**/*.test.ts"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/tests"],
      testMatch: ["<rootDir>/tests/taskpane/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/tests/support/setupDom.ts"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/tests"],
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/e2e/globalSetup.js",
      setupFilesAfterEnv: ["<rootDir>/tests/e2e/setup.ts"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
  ],
};

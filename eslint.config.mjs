// Lint: TypeScript rules, React hooks rules, OfficeDev's Office.js rules (load before read, no sync
// in loops, isNullObject checks), and the dependency direction of the layers:
//   src/core     plain TypeScript: no React, no Office, no UI or Word layer imports;
//   src/word     the only code that names Word, Office or OfficeExtension;
//   src/taskpane React UI, reaching Office only through src/word;
//   src/coverage the coverage page, outside Word: no Word layer at all;
// and no import cycles anywhere in src/ (dynamic imports included: a lazily loaded part must not import
// what loads it).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import importX, { createNodeResolver } from "eslint-plugin-import-x";

const OFFICE_GLOBALS = ["Word", "Office", "OfficeExtension"].map((name) => ({
  name,
  message: `Only src/word may use ${name}; call a function from src/word instead.`,
}));
const OFFICE_NAMESPACE_TYPES = {
  selector: "TSQualifiedName[left.name=/^(Word|Office|OfficeExtension)$/]",
  message: "Only src/word may use Office.js types; describe the data with a type of your own.",
};

export default tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "tests/e2e/.build/", "bench/.build/", "src/core/librarySchemaValidator.generated.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Build DOM with React or textContent; never HTML from strings." },
        { property: "outerHTML", message: "Build DOM with React or textContent; never HTML from strings." },
        { property: "insertHtml", message: "Insert plain text (insertText/insertParagraph); never HTML." },
        { property: "insertOoxml", message: "Insert plain text (insertText/insertParagraph); never OOXML." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "No dangerouslySetInnerHTML: render text." },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}", "tests/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "office-addins": officeAddins },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: { "import-x/no-cycle": "error" },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/word/**"],
    rules: {
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS],
      "no-restricted-syntax": [
        "error",
        OFFICE_NAMESPACE_TYPES,
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "No dangerouslySetInnerHTML: render text." },
      ],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "src/core is UI-free." },
            { group: ["office-js", "@microsoft/office-js", "office-addin-*"], message: "src/core is Office-free." },
            { group: ["**/word", "**/word/**", "**/taskpane", "**/taskpane/**", "**/preview/**"], message: "src/core imports only src/core." },
            { group: ["node:*", "fs", "path"], message: "src/core runs in the browser too." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/word/standin", "**/word/standin/**", "**/preview/**"], message: "The pane never depends on the stand-in." }] },
      ],
    },
  },
  {
    // The coverage page reads .docx files in the browser: it never needs Word, Office.js or the stand-in.
    files: ["src/coverage/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/word", "**/word/**", "**/preview", "**/preview/**", "@microsoft/office-js"], message: "The coverage page runs outside Word: no Word layer, stand-in or preview." }] },
      ],
    },
  },
  {
    // The Word layer sits below the pane and the preview; its production code never reaches the stand-in.
    files: ["src/word/**/*.ts"],
    ignores: ["src/word/standin/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/taskpane", "**/taskpane/**", "**/preview", "**/preview/**"], message: "src/word never imports the pane or the preview." },
            { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "src/word is UI-free." },
            { group: ["./standin", "./standin/**"], message: "Production code never depends on the stand-in." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/word/standin/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/taskpane", "**/taskpane/**", "**/preview", "**/preview/**"], message: "The stand-in never imports the pane or the preview." }] },
      ],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);

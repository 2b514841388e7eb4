import fs from "node:fs";
import { GENERATED_FILE, librarySchemaValidatorSource } from "../../scripts/librarySchemaValidator";

describe("the library schema's generated validator", () => {
  const source = librarySchemaValidatorSource();

  test("is up to date with content/library.schema.json (after a schema change, run npm run library:schema)", () => {
    expect(fs.readFileSync(GENERATED_FILE, "utf8") === source).toBe(true);
  });

  test("compiles nothing at run time, so it works under the pages' Content-Security-Policy (no unsafe-eval)", () => {
    expect(source).not.toMatch(/new Function|\beval\(|\bFunction\(|\brequire\(/);
    expect(source).toMatch(/^import func\d+ from "ajv\/dist\/runtime\/[a-z0-9]+";$/m);
  });
});

/**
 * The library's schema check the browser bundles get (scripts/librarySchemaLoader.js: ajv's code, compiled at build
 * time because the pages' Content-Security-Policy refuses eval) is the check the build runs: the same verdict and
 * the same errors on a valid library and on broken ones, and no eval in its code.
 */
import fs from "node:fs";
import path from "node:path";
import type { ValidateFunction } from "ajv/dist/2020";
import { librarySchemaValidator } from "../../src/core/librarySchemaValidator";

const ROOT = path.resolve(__dirname, "../..");
const MODULE = path.join(ROOT, "src/core/librarySchemaValidator.ts");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is a CommonJS webpack loader
const loader = require("../../scripts/librarySchemaLoader.js") as (this: object) => Promise<string>;
const bundled = JSON.parse(fs.readFileSync(path.join(ROOT, "content/library.json"), "utf8"));

let code: string;
let compiled: ValidateFunction;
beforeAll(async () => {
  const dependencies: string[] = [];
  code = await loader.call({ resourcePath: MODULE, cacheable: () => undefined, addDependency: (file: string) => dependencies.push(file) });
  expect(dependencies).toEqual([path.join(ROOT, "content/library.schema.json")]); // a changed schema rebuilds it
  // The module as webpack would run it (CommonJS), with its runtime helpers from ajv.
  const module = { exports: {} as { librarySchemaValidator?: () => ValidateFunction } };
  new Function("module", "exports", "require", code)(module, module.exports, require);
  compiled = module.exports.librarySchemaValidator!();
}, 30_000);

const broken: [string, (data: typeof bundled) => void][] = [
  ["a missing field", (data) => delete data.entries[3].text],
  ["a wrong type", (data) => (data.entries[0].keywords = "cx")],
  ["an unknown field", (data) => (data.sections[0].colour = "blue")],
  ["a bad kind and id", (data) => Object.assign(data.entries[5], { kind: "poem", id: "Not Kebab" })],
  ["a bad version", (data) => (data.version = "one")],
];

describe("the schema check compiled for the browser", () => {
  it("takes the bundled library, as the build's check does", () => {
    expect([compiled(bundled), librarySchemaValidator()(bundled)]).toEqual([true, true]);
  });

  it.each(broken)("reports %s with the same errors as the build's check", (_name, breakIt) => {
    const data = structuredClone(bundled);
    breakIt(data);
    const errorsOf = (check: ValidateFunction) => {
      expect(check(data)).toBe(false);
      return check.errors!.map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message }));
    };
    const build = errorsOf(librarySchemaValidator());
    expect(build.length).toBeGreaterThan(0);
    expect(errorsOf(compiled)).toEqual(build);
  });

  it("is plain code: nothing that needs eval, which the pages' policy refuses", () => {
    expect(code).not.toMatch(/new Function|\beval\(/);
  });
});

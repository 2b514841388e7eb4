// A webpack loader for src/core/librarySchemaValidator.ts in the browser bundles: the same ajv check of a library
// file, with the same options, compiled into plain code at build time (ajv's standalone code). Compiling in the
// browser would need `new Function`, which the pages' Content-Security-Policy ('unsafe-eval' absent) refuses.
const fs = require("node:fs");
const path = require("node:path");
const Ajv2020 = require("ajv/dist/2020").default;
const standaloneCode = require("ajv/dist/standalone").default;
const { createJiti } = require("jiti");

const SCHEMA = path.resolve(__dirname, "../content/library.schema.json");

module.exports = async function librarySchemaLoader() {
  this.cacheable(true);
  this.addDependency(SCHEMA);
  const { LIBRARY_SCHEMA_OPTIONS } = await createJiti(__filename, { moduleCache: false }).import(this.resourcePath);
  const ajv = new Ajv2020({ ...LIBRARY_SCHEMA_OPTIONS, code: { source: true } });
  const code = standaloneCode(ajv, ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, "utf8"))));
  // The standalone code exports the check itself (CommonJS); the module's interface is librarySchemaValidator().
  return `${code}\nconst compiledCheck = module.exports;\nmodule.exports = { librarySchemaValidator: () => compiledCheck };\n`;
};

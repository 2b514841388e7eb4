// webpack loader for src/core/librarySchema.ts in browser bundles: the schema compiled now, with the module's own
// options, into plain code (ajv's standalone output), since a page's Content-Security-Policy lets no code be compiled
// at run time. The module's exports stay the same.
const fs = require("node:fs");
const path = require("node:path");
const { createJiti } = require("jiti");
const Ajv2020 = require("ajv/dist/2020").default;
const standaloneCode = require("ajv/dist/standalone").default;

const SCHEMA = path.resolve(__dirname, "../content/library.schema.json");

module.exports = function librarySchemaLoader() {
  const done = this.async();
  this.addDependency(SCHEMA);
  createJiti(__filename)
    .import(this.resourcePath)
    .then(({ LIBRARY_SCHEMA_OPTIONS }) => {
      const ajv = new Ajv2020({ ...LIBRARY_SCHEMA_OPTIONS, code: { source: true, esm: true } });
      const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, "utf8")));
      done(
        null,
        `${standaloneCode(ajv, validate)}\nexport const LIBRARY_SCHEMA_OPTIONS = ${JSON.stringify(LIBRARY_SCHEMA_OPTIONS)};\nexport function compileLibrarySchema() { return validate; }\n`,
      );
    }, done);
};

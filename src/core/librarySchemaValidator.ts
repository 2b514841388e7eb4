/**
 * The JSON Schema check of a library file (content/library.schema.json, with ajv). In Node (the build, tests, the
 * command) ajv compiles the schema on first use. Browser bundles get this same check compiled at build time instead
 * (scripts/librarySchemaLoader.js replaces this module): ajv's compiler makes its function with `new Function`,
 * which the pages' Content-Security-Policy refuses, having no 'unsafe-eval'.
 */
import Ajv2020, { type Options, type ValidateFunction } from "ajv/dist/2020";
import schema from "../../content/library.schema.json";

/** verbose: the validator's translation of each problem reads the failing schema's description and the failing value. */
export const LIBRARY_SCHEMA_OPTIONS: Options = { allErrors: true, strict: true, verbose: true };

let compiled: ValidateFunction | undefined;

export function librarySchemaValidator(): ValidateFunction {
  compiled ??= new Ajv2020(LIBRARY_SCHEMA_OPTIONS).compile(schema);
  return compiled;
}

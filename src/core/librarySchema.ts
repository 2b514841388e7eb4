/**
 * The library file's JSON Schema (content/library.schema.json), compiled with ajv. Compiling writes code and runs it,
 * which the pages' Content-Security-Policy forbids: browser bundles get this module compiled at build time instead
 * (scripts/librarySchemaLoader.js), with these options, so a page validates exactly as the build does.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import schema from "../../content/library.schema.json";

// verbose: the validator's translation reads each failing schema's description and the failing value.
export const LIBRARY_SCHEMA_OPTIONS = { allErrors: true, strict: true, verbose: true } as const;

export function compileLibrarySchema(): ValidateFunction {
  return new Ajv2020(LIBRARY_SCHEMA_OPTIONS).compile(schema);
}

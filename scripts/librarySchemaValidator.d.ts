/** The text src/core/librarySchemaValidator.generated.ts must have for the current schema. */
export function librarySchemaValidatorSource(): string;
export const GENERATED_FILE: string;

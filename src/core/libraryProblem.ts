/** One problem found in a library file, shared by the validator and its text rules. */
export interface LibraryProblem {
  /** Entry id, "entries[12]" when the entry has no usable id, or "(library)" for the file as a whole. */
  entry: string;
  reason: string;
}

/** The `entry` of problems that concern the file rather than one entry. */
export const LIBRARY_LEVEL = "(library)";

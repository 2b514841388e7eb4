/** The six PD sections the report covers, named as the report names them (short forms for column headers). */
import { COVERAGE_SECTION_NAMES } from "../core/coverage";
import { LIBRARY_SECTION_IDS, type LibrarySectionId } from "../core/pdVocabulary";

export type SectionName = { id: LibrarySectionId; name: string; short: string };

export const SECTION_NAMES: readonly SectionName[] = LIBRARY_SECTION_IDS.map((id) => {
  const name = COVERAGE_SECTION_NAMES[id];
  // "Factor 1 – Knowledge Required by the Position" is "Factor 1" in a column header.
  return { id, name, short: name.split(" – ")[0]! };
});

/** The six PD sections the report covers, named as the library names them (short forms for table headers). */
import type { Library } from "../core/library";
import { LIBRARY_SECTION_IDS, type LibrarySectionId } from "../core/pdVocabulary";

export type SectionName = { id: LibrarySectionId; name: string; short: string };

export function sectionNames(library: Library): SectionName[] {
  return LIBRARY_SECTION_IDS.map((id) => {
    const name = library.section(id)?.name ?? id;
    // "Factor 1 – Knowledge Required by the Position" is "Factor 1" in a column header.
    return { id, name, short: name.split(" – ")[0]! };
  });
}

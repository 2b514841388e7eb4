/**
 * The library an agency hosts beside taskpane.html: whether the pane uses it instead of the bundled one. It is
 * checked by the same validator as the build, so a file the build would refuse is refused here too.
 */
import type { LibraryData } from "./library";
import { compareSemver, LibraryValidationError, parseLibraryJson } from "./libraryValidation";

/** The hosted file's name, beside taskpane.html (and its name in messages). */
export const HOSTED_LIBRARY_FILE = "library.json";

export type HostedLibraryCheck =
  | { use: "hosted"; data: LibraryData }
  /** reason null: nothing was hosted (a 404), which is normal and not reported. */
  | { use: "bundled"; reason: string | null };

/**
 * What to do with what the host answered: `text` null when there was no file (404). Never throws. Refuses, with a
 * reason naming the file and each entry's problem: not JSON, too large, any validation problem (every one listed),
 * a renamed or missing PD section, control characters, or a version not higher than the bundled one.
 */
export function checkHostedLibrary(text: string | null, bundled: LibraryData): HostedLibraryCheck {
  if (text === null) return { use: "bundled", reason: null };
  let data: LibraryData;
  try {
    data = parseLibraryJson(text, HOSTED_LIBRARY_FILE);
  } catch (error) {
    const reason = error instanceof LibraryValidationError ? error.message : `Library file ${HOSTED_LIBRARY_FILE} could not be checked: ${String(error)}`;
    return { use: "bundled", reason };
  }
  if (compareSemver(data.version, bundled.version) <= 0) {
    const relation = compareSemver(data.version, bundled.version) === 0 ? "the same as" : "older than";
    return {
      use: "bundled",
      reason: `Library file ${HOSTED_LIBRARY_FILE} has version ${data.version}, ${relation} the bundled library's ${bundled.version}: a hosted library is used only when its version is higher (raise "version" when editing it).`,
    };
  }
  return { use: "hosted", data };
}

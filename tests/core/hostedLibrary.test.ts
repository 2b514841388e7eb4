import fs from "fs";
import path from "path";
import type { LibraryData } from "../../src/core/library";
import { checkHostedLibrary, HOSTED_LIBRARY_FILE } from "../../src/core/hostedLibrary";
import { LIBRARY_MAX_BYTES } from "../../src/core/libraryValidation";

const bundled = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../content/library.json"), "utf8")) as LibraryData;

/** The bundled library at `version`, changed by `change`, as the host would serve it. */
function hosted(version: string, change: (data: LibraryData) => void = () => {}): string {
  const data = structuredClone(bundled);
  data.version = version;
  change(data);
  return JSON.stringify(data, null, 2);
}

function higher(): string {
  const [major] = bundled.version.split(".");
  return `${Number(major) + 1}.0.0`;
}

/** The reason the hosted file was refused (it must be refused, with a reason). */
function refusal(text: string | null, base: LibraryData = bundled): string {
  const check = checkHostedLibrary(text, base);
  if (check.use !== "bundled" || check.reason === null) throw new Error(`expected a refusal, got ${JSON.stringify(check).slice(0, 200)}`);
  return check.reason;
}

describe("checkHostedLibrary", () => {
  test("a valid library with a higher version is used, as the host sent it", () => {
    const text = hosted(higher(), (data) => (data.entries[0]!.text = "Serves {{agency}} customers well."));
    const check = checkHostedLibrary(text, bundled);
    expect(check.use).toBe("hosted");
    if (check.use !== "hosted") return;
    expect(check.data.version).toBe(higher());
    expect(check.data.entries[0]!.text).toBe("Serves {{agency}} customers well.");
  });

  test("nothing hosted (a 404) uses the bundled library and reports nothing", () => {
    expect(checkHostedLibrary(null, bundled)).toEqual({ use: "bundled", reason: null });
  });

  test("a file that is not JSON (an HTML page served in its place) is refused, naming the file", () => {
    const reason = refusal("<!doctype html><html><body>Not found</body></html>");
    expect(reason).toMatch(new RegExp(`^Library file ${HOSTED_LIBRARY_FILE} is invalid \\(1 problem\\(s\\)\\):`));
    expect(reason).toContain("entry (library): not valid JSON");
    expect(refusal("")).toContain("the file is empty");
  });

  test("a 10 MB file is refused for its size, without reading its entries", () => {
    const padding = "x".repeat(10 * 1024 * 1024);
    const reason = refusal(hosted(higher(), (data) => (data.entries[0]!.note = padding)));
    expect(reason).toContain(`the file is 10 MB; a library may be at most ${LIBRARY_MAX_BYTES / (1024 * 1024)} MB`);
    expect(reason).toContain("(1 problem(s))");
  });

  test("every schema and rule problem is listed, each naming its entry", () => {
    const reason = refusal(
      hosted(higher(), (data) => {
        data.entries.find((entry) => entry.id === "pd-duties-07")!.text = "";
        (data.entries.find((entry) => entry.id === "pd-duties-02") as unknown as Record<string, unknown>).kind = "duty";
        data.entries.find((entry) => entry.id === "pd-knowledge-01")!.text = "Knows {{agancy}} well.";
      }),
    );
    expect(reason).toContain("(3 problem(s))");
    expect(reason).toContain("  - entry pd-duties-07: text must not be empty");
    expect(reason).toMatch(/ {2}- entry pd-duties-02: kind must be one of .* \(found "duty"\)/);
    expect(reason).toContain("  - entry pd-knowledge-01: text uses unknown placeholder {{agancy}}");
  });

  test("a renamed PD section is refused, naming the section the add-in looks for", () => {
    const reason = refusal(
      hosted(higher(), (data) => {
        data.sections.find((section) => section.id === "factor-3")!.id = "factor-3-guidelines";
        for (const entry of data.entries) if (entry.section === "factor-3") entry.section = "factor-3-guidelines";
      }),
    );
    expect(reason).toContain('entry (library): PD section "factor-3" is missing');
  });

  test("control characters in a text, a label or a note are refused, naming the entry", () => {
    const reason = refusal(
      hosted(higher(), (data) => {
        data.entries.find((entry) => entry.id === "pd-duties-03")!.text = "Serves\u0007customers.";
        data.entries.find((entry) => entry.id === "pwp-gs-level-3")!.label = "Level\u00003";
        data.entries.find((entry) => entry.id === "pd-duties-09")!.note = "Lead-in\u001b for the list";
      }),
    );
    expect(reason).toContain("entry pd-duties-09: note contains the control character U+001B");
    expect(reason).toContain("entry pd-duties-03: text contains the control character U+0007");
    expect(reason).toContain("entry pwp-gs-level-3: label contains the control character U+0000");
  });

  test.each([
    ["older", "1.1.9", "older than"],
    ["equal", "1.2.0", "the same as"],
  ])("an %s version than the bundled library's is refused, saying both versions", (_name, version, relation) => {
    const reason = refusal(hosted(version), { ...bundled, version: "1.2.0" });
    expect(reason).toBe(
      `Library file ${HOSTED_LIBRARY_FILE} has version ${version}, ${relation} the bundled library's 1.2.0: a hosted library is used only when its version is higher (raise "version" when editing it).`,
    );
  });

  test("versions compare as semantic versions: a release is newer than its pre-release, 1.10.0 newer than 1.9.0", () => {
    const base = { ...bundled, version: "1.9.0" };
    expect(checkHostedLibrary(hosted("1.10.0"), base).use).toBe("hosted");
    expect(refusal(hosted("1.9.0-rc.1"), base)).toContain("older than");
    expect(checkHostedLibrary(hosted("1.9.0"), { ...bundled, version: "1.9.0-rc.1" }).use).toBe("hosted");
  });
});

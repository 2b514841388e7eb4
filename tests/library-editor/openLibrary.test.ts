import { bundledLibraryData } from "../../src/core/bundledLibrary";
import type { LibraryData } from "../../src/core/library";
import { LIBRARY_MAX_BYTES } from "../../src/core/libraryValidation";
import { openLibraryText } from "../../src/library-editor/openLibrary";

const copy = (): LibraryData => structuredClone(bundledLibraryData);

describe("openLibraryText", () => {
  it("opens a valid library with no problems", () => {
    const attempt = openLibraryText(JSON.stringify(copy()), "library.json");
    expect(attempt).toEqual({ ok: true, opened: { data: bundledLibraryData, from: "library.json" }, problems: [] });
  });

  it("opens a library with problems, listing every one with the entry it names", () => {
    const data = copy();
    data.entries.find((e) => e.id === "pd-duties-02")!.text = "";
    data.entries.find((e) => e.id === "pd-duties-04")!.text = "Help {{agancy}} customers";
    const attempt = openLibraryText(JSON.stringify(data), "agency.json");
    if (!attempt.ok) throw new Error("not opened");
    expect(attempt.opened.data).toEqual(data);
    expect(attempt.problems.map((p) => p.entry).sort()).toEqual(["pd-duties-02", "pd-duties-04"]);
  });

  it("refuses what it cannot show, in the validator's words or saying what is missing", () => {
    expect(openLibraryText("{ not json", "notes.json")).toEqual({ ok: false, from: "notes.json", reasons: [expect.stringMatching(/^not valid JSON: .* at line 1, column \d+$/)] });
    expect(openLibraryText("", "empty.json")).toEqual({ ok: false, from: "empty.json", reasons: ["the file is empty"] });
    expect(openLibraryText("[1, 2]", "list.json")).toEqual({ ok: false, from: "list.json", reasons: [expect.stringContaining("not a library")] });
    const { entries: _entries, ...noEntries } = copy();
    expect(openLibraryText(JSON.stringify(noEntries), "half.json")).toEqual({ ok: false, from: "half.json", reasons: ["it has no list of entries"] });
  });

  it("refuses a file over the size limit even when it is JSON of a library's shape", () => {
    const data = copy();
    data.entries[0]!.note = "x".repeat(LIBRARY_MAX_BYTES);
    const attempt = openLibraryText(JSON.stringify(data), "huge.json");
    expect(attempt).toEqual({ ok: false, from: "huge.json", reasons: [expect.stringMatching(/^the file is 2 MB; a library may be at most 2 MB/)] });
  });
});

import { entryShortNames } from "../../src/taskpane/entryNames";
import { createLibrary, type LibraryData } from "../../src/core/library";
import { library } from "./renderPane";

function tinyLibrary(texts: { id: string; text: string; kind?: "duty-statement" | "ses-requirement" }[]) {
  const data: LibraryData = {
    version: "1",
    date: "2025-01-01",
    placeholders: { agency: { label: "Agency", default: "DHS" } },
    sections: [{ id: "major-duties", documentType: "PD", name: "Major Duties" }],
    entries: texts.map(({ id, text, kind }) => ({ id, documentType: "PD", section: "major-duties", kind: kind ?? "duty-statement", text })),
  };
  return createLibrary(data);
}

describe("entryShortNames", () => {
  it("gives every entry of the bundled library a distinct name, with or without an agency", () => {
    for (const values of [{}, { agency: "USDA" }]) {
      const names = entryShortNames(library, values);
      expect(names.size).toBe(library.entries().length);
      expect(new Set(names.values()).size).toBe(names.size);
    }
  });

  it("uses the first eight words, and the level for rating levels", () => {
    const names = entryShortNames(library, { agency: "USDA" });
    expect(names.get("pd-duties-04")).toBe("Make decisions that are guided by CX standards…");
    expect(names.get("pd-duties-15")).toBe("Reduce government speak and incorporate plain language into…");
    expect(names.get("pwp-gs-level-3")).toMatch(/^Level 3: /);
    expect(names.get("pd-duties-06")).toMatch(/^Upholds USDA's commitment/);
  });

  it("tells apart entries that start alike: by kind, then by more words, then by id", () => {
    const same = "One two three four five six seven eight nine";
    const names = entryShortNames(
      tinyLibrary([
        { id: "a", text: `${same} alpha` },
        { id: "b", text: `${same} beta` },
        { id: "c", text: `${same} alpha`, kind: "ses-requirement" },
        { id: "d", text: "Short." },
        { id: "e", text: "Short." },
      ]),
    );
    expect(names.get("c")).toBe(`SES performance requirement: One two three four five six seven eight…`);
    expect(names.get("a")).toBe(`Duty statement: ${same} alpha`);
    expect(names.get("b")).toBe(`Duty statement: ${same} beta`);
    expect(names.get("d")).toBe("Duty statement: Short. (d)");
    expect(new Set(names.values()).size).toBe(5);
  });
});

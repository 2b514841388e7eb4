import libraryJson from "../../content/library.json";
import { comparedText, entryStateLabel, type FoundEntry } from "../../src/core/entryStates";
import { createLibrary, type LibraryData } from "../../src/core/library";

const found = (state: FoundEntry["state"], more: Partial<FoundEntry> = {}): FoundEntry => ({
  id: "pwp-goal-1",
  state,
  paragraphs: [3],
  changedWords: 0,
  namesAgency: null,
  version: null,
  ...more,
});

describe("entryStateLabel", () => {
  it.each([
    [found("approved"), "Approved"],
    [found("adapted", { changedWords: 3 }), "Adapted · 3 words changed"],
    [found("adapted", { changedWords: 1 }), "Adapted · 1 word changed"],
    [found("adapted", { changedWords: 1, namesAgency: "DHS" }), "Adapted · names DHS"],
    [found("earlier", { version: "1.0.0" }), "Earlier wording (1.0.0)"],
    [found("earlier", { version: "1.0.0", changedWords: 2 }), "Earlier wording (1.0.0)"],
  ])("%j says %s", (entry, label) => {
    expect(entryStateLabel(entry)).toBe(label);
  });
});

describe("comparedText", () => {
  const data = libraryJson as LibraryData;
  const library = createLibrary({
    ...data,
    version: "2.0.0",
    entries: data.entries.map((e) => (e.id === "pwp-goal-1" ? { ...e, previousTexts: [{ version: "1.0.0", text: "Know why CX matters at {{agency}}" }] } : e)),
  });

  it("is the approved text, placeholders filled in, for approved and adapted entries", () => {
    const approved = library.renderEntry("pwp-goal-1", { agency: "USDA" });
    expect(approved).toContain("at USDA");
    expect(comparedText(library, found("approved"), { agency: "USDA" })).toBe(approved);
    expect(comparedText(library, found("adapted", { namesAgency: "DHS" }), { agency: "USDA" })).toBe(approved);
  });

  it("is the earlier version's text for earlier wording", () => {
    expect(comparedText(library, found("earlier", { version: "1.0.0" }), { agency: "USDA" })).toBe("Know why CX matters at USDA");
  });
});

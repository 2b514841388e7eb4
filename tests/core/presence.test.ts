import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { comparableText, createEntryFinder, entriesInComparableText, entriesInDocument, paragraphGroups } from "../../src/core/presence";

describe("entriesInDocument", () => {
  const duty = library.renderEntry("pd-duties-04");

  it("finds an entry typed with straight quotes, other spacing, case and a final period", () => {
    const typed = library.renderEntry("pd-duties-02").replace(/’/g, "'").toUpperCase().replace(/ /g, "  ");
    const present = entriesInDocument(library, ["MAJOR DUTIES", typed, duty + "."]);
    expect(present).toEqual(new Set(["pd-duties-02", "pd-duties-04"]));
  });

  it("does not count an entry whose text is only partly there", () => {
    expect(entriesInDocument(library, [duty.slice(0, duty.length - 15)]).size).toBe(0);
  });

  it("finds an entry in the middle of a long document, but not one split over two paragraphs", () => {
    const words = duty.split(" ");
    const half = Math.floor(words.length / 2);
    expect(entriesInDocument(library, [words.slice(0, half).join(" "), words.slice(half).join(" ")]).size).toBe(0);
    const long = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} of the position description.`);
    long[1500] = `  ${duty.toUpperCase()}  `;
    expect(entriesInDocument(library, long)).toEqual(new Set(["pd-duties-04"]));
  });

  it("uses the agency name the user set, and still knows an entry written with another agency's name", () => {
    const withUsda = library.renderEntry("pd-duties-06", { agency: "USDA" });
    expect(entriesInDocument(library, [withUsda], { agency: "USDA" }).has("pd-duties-06")).toBe(true);
    expect(entriesInDocument(library, [withUsda]).has("pd-duties-06")).toBe(true);
  });

  describe("short entries count only as a paragraph of their own", () => {
    const activity = library.renderEntry("pwp-goal-2-activity-02"); // "Plain language"

    it.each([
      ["its own paragraph", [activity], true],
      ["its own paragraph with a typed bullet and a period", [`• ${activity}.`], true],
      ["a numbered item typed by hand", [`3) ${activity}`], true],
      ["inside a longer sentence", [`Uses ${activity.toLowerCase()} in every customer notice.`], false],
      ["the start of a longer paragraph", [`${activity} reviews are held monthly`], false],
    ])("%s", (_label, paragraphs, expected) => {
      expect(entriesInDocument(library, paragraphs).has("pwp-goal-2-activity-02")).toBe(expected);
    });
  });

  it.each(["Performance Goal 3: ", "Goal 3 – ", "GOAL 12. "])("finds a short goal under the number a plan gives it: %s…", (prefix) => {
    const goal = library.renderEntry("pwp-goal-3"); // five words
    expect(entriesInDocument(library, [`${prefix}${goal}`]).has("pwp-goal-3")).toBe(true);
    expect(entriesInDocument(library, [`Our goal 3 is to ${goal.toLowerCase()}`]).has("pwp-goal-3")).toBe(false);
  });

  describe("long entries tolerate small edits", () => {
    const long = library.renderEntry("pd-duties-06");
    const words = long.split(" ");

    it("with a word changed", () => {
      const edited = [...words.slice(0, 5), "carefully", ...words.slice(6)].join(" ");
      expect(entriesInDocument(library, [edited]).has("pd-duties-06")).toBe(true);
    });

    it("with a word added", () => {
      const edited = [...words.slice(0, 8), "always", ...words.slice(8)].join(" ");
      expect(entriesInDocument(library, ["Intro.", edited, "Outro."]).has("pd-duties-06")).toBe(true);
    });

    it("but not a paragraph that shares only its opening", () => {
      const rewritten = [...words.slice(0, 3), "a", "different", "set", "of", "duties", "about", "records", "and", "filing."].join(" ");
      expect(entriesInDocument(library, [rewritten]).has("pd-duties-06")).toBe(false);
    });

    it("nor one with many words changed", () => {
      const edited = words.map((word, i) => (i % 3 === 1 ? "other" : word)).join(" ");
      expect(entriesInDocument(library, [edited]).has("pd-duties-06")).toBe(false);
    });
  });
});

describe("looking for entries a few paragraphs at a time", () => {
  it("finds what the whole document holds, however the paragraphs are grouped", () => {
    const edited = library.renderEntry("pd-duties-06").replace("meeting", "always meeting");
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} of the position description, with some more words in it.`);
    const paragraphs = [...filler(2000), library.renderEntry("pd-duties-04"), ...filler(2000), edited, "Plain language", ...filler(3000)].map(comparableText);
    const whole = entriesInComparableText(library, paragraphs.join("\n"));
    expect(whole.size).toBeGreaterThanOrEqual(2);
    const groups = paragraphGroups(paragraphs);
    expect(groups.length).toBeGreaterThan(5);
    expect(groups.flat()).toEqual(paragraphs);
    const finder = createEntryFinder(library);
    groups.forEach((group) => finder.look(group));
    expect(finder.found).toEqual(whole);
  });
});

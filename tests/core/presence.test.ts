import libraryJson from "../../content/library.json";
import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { createLibrary, type LibraryData } from "../../src/core/library";
import { comparableText, createEntryFinder, entriesInDocument, lookingPhase, paragraphGroups } from "../../src/core/presence";

describe("entriesInDocument", () => {
  const duty = library.renderEntry("pd-duties-04");

  it("finds an entry typed with straight quotes, other spacing, case and a final period", () => {
    const typed = library.renderEntry("pd-duties-02").replace(/’/g, "'").toUpperCase().replace(/ /g, "  ");
    const present = entriesInDocument(library, ["MAJOR DUTIES", typed, duty + "."]);
    expect([...present.keys()]).toEqual(["pd-duties-02", "pd-duties-04"]);
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
    expect([...entriesInDocument(library, long).values()]).toEqual([
      { id: "pd-duties-04", state: "approved", paragraphs: [1500], changedWords: 0, namesAgency: null, version: null },
    ]);
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
    const whole = createEntryFinder(library);
    whole.look(paragraphs, 0);
    expect(whole.found.size).toBeGreaterThanOrEqual(2);
    const groups = paragraphGroups(paragraphs);
    expect(groups.length).toBeGreaterThan(5);
    expect(groups.flat()).toEqual(paragraphs);
    const finder = createEntryFinder(library);
    const looking = lookingPhase(finder, paragraphs);
    for (let g = 0; g < looking.count; g++) looking.step(g);
    expect(finder.found).toEqual(whole.found);
    expect(finder.found.get("pd-duties-04")!.paragraphs).toEqual([2000]);
    expect(finder.found.get("pd-duties-06")!.paragraphs).toEqual([4001]);
  });
});

describe("how each entry found stands", () => {
  const usda = { agency: "USDA" };
  const goal = library.renderEntry("pwp-goal-1", usda); // "Understand what CX is and why it’s important at USDA"
  const found = (paragraphs: string[], values = {}, lib = library) => entriesInDocument(lib, paragraphs, values);

  it("approved: the current text as it is, ignoring what presence ignores, in the paragraph it stands in", () => {
    const typed = `  • ${goal.replace("’", "'").toUpperCase()}.`;
    expect(found(["Goals", typed], usda).get("pwp-goal-1")).toEqual({
      id: "pwp-goal-1",
      state: "approved",
      paragraphs: [1],
      changedWords: 0,
      namesAgency: null,
      version: null,
    });
  });

  it("approved inside a longer paragraph, with the paragraph's index", () => {
    const level = library.renderEntry("pwp-gs-level-3", usda);
    const filler = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} describes customer experience initiatives and their measurement.`);
    const paragraphs = [...filler, `Level 3 (Fully Successful): ${level} Reviewed yearly.`];
    expect(found(paragraphs, usda).get("pwp-gs-level-3")).toMatchObject({ state: "approved", paragraphs: [400] });
  });

  it("adapted: another agency's name where the entry has {{agency}}, named as the document writes it", () => {
    for (const name of ["DHS", "NASA", "the Department of Agriculture"]) {
      const entry = found(["Goals", goal.replace("USDA", name)], usda).get("pwp-goal-1");
      expect(entry).toMatchObject({ state: "adapted", paragraphs: [1], namesAgency: name });
      expect(entry!.changedWords).toBe(name.split(" ").length);
    }
  });

  it("finders made one after another for other agencies each use their own agency's name", () => {
    // Finders share the texts they look for while the library and the values stay the same (a review makes one a
    // section); a change of agency in between must never leave one finder with another's name.
    const withDhs = goal.replace("USDA", "DHS");
    for (let round = 0; round < 2; round++) {
      expect(found(["Goals", goal], usda).get("pwp-goal-1")?.state).toBe("approved");
      expect(found(["Goals", goal], { agency: "DHS" }).get("pwp-goal-1")).toMatchObject({ state: "adapted", namesAgency: "USDA" });
      expect(found(["Goals", withDhs], { agency: "DHS" }).get("pwp-goal-1")?.state).toBe("approved");
      expect(found(["Goals", withDhs], usda).get("pwp-goal-1")).toMatchObject({ state: "adapted", namesAgency: "DHS" });
    }
  });

  it("adapted with the same other agency in every place of a long entry, possessives written either way", () => {
    const level = library.renderEntry("pwp-gs-level-3", usda).replace(/USDA/g, "DHS");
    expect(found([level], usda).get("pwp-gs-level-3")).toMatchObject({ state: "adapted", namesAgency: "DHS", changedWords: 3 });
    const duty = library.renderEntry("pd-duties-06", usda); // "Upholds USDA's commitment …"
    expect(found([duty.replace("USDA's", "DHS'")], usda).get("pd-duties-06")).toMatchObject({ state: "adapted", namesAgency: "DHS" });
    expect(found([duty.replace("USDA's", "DHS's")], usda).get("pd-duties-06")).toMatchObject({ state: "adapted", namesAgency: "DHS" });
  });

  it("adapted: words changed, with how many, as long as the rest is the entry", () => {
    const words = library.renderEntry("pwp-gs-level-3", usda).split(" ");
    const edited = [...words.slice(0, 10), "clearly", ...words.slice(10, 20), ...words.slice(21, 30), "team", ...words.slice(31)].join(" ");
    expect(found(["Intro.", edited], usda).get("pwp-gs-level-3")).toMatchObject({ state: "adapted", paragraphs: [1], changedWords: 3, namesAgency: null });
  });

  it("adapted: another agency's name and a word changed together", () => {
    const duty = library.renderEntry("pd-duties-06").replace("meeting", "always meeting"); // DHS' …
    expect(found([duty], usda).get("pd-duties-06")).toMatchObject({ state: "adapted", changedWords: 2 });
  });

  it("near-misses both ways: one edit past the limit is not the entry; at the limit it is", () => {
    const words = library.renderEntry("pwp-gs-level-3", usda).split(" "); // 50 words: 5 edits allowed
    const changeable = words.flatMap((word, i) => (word.includes("USDA") ? [] : [i])).filter((_, k) => k % 7 === 3);
    const changed = (n: number) => words.map((word, i) => (changeable.slice(0, n).includes(i) ? "other" : word)).join(" ");
    expect(found([changed(5)], usda).get("pwp-gs-level-3")).toMatchObject({ state: "adapted", changedWords: 5 });
    expect(found([changed(6)], usda).has("pwp-gs-level-3")).toBe(false);
  });

  it("never takes unrelated text sharing the entry's words for another agency's name", () => {
    const text = "Understand what CX is and why it’s important at the start of every customer interaction and each call";
    expect(found([text], usda).has("pwp-goal-1")).toBe(false);
    expect(found([`Goals: ${goal.replace("USDA", "DHS")}`], usda).get("pwp-goal-1")).toMatchObject({ namesAgency: "DHS" });
    expect(found(["Why it’s important at USDA"], usda).has("pwp-goal-1")).toBe(false);
  });

  describe("earlier wording: an earlier library version's text", () => {
    const previous = "Understand what customer experience is and why it matters at {{agency}}";
    const versioned = createLibrary({
      ...(libraryJson as LibraryData),
      version: "2.0.0",
      entries: (libraryJson as LibraryData).entries.map((e) => (e.id === "pwp-goal-1" ? { ...e, previousTexts: [{ version: "1.0.0", text: previous }] } : e)),
    });
    const earlierText = versioned.renderText(previous, usda);

    it("as it is, with placeholders filled in", () => {
      expect(found([earlierText], usda, versioned).get("pwp-goal-1")).toEqual({
        id: "pwp-goal-1",
        state: "earlier",
        paragraphs: [0],
        changedWords: 0,
        namesAgency: null,
        version: "1.0.0",
      });
    });

    it("adapted, or with another agency's name: still earlier wording", () => {
      expect(found([earlierText.replace("USDA", "DHS")], usda, versioned).get("pwp-goal-1")).toMatchObject({ state: "earlier", namesAgency: "DHS", version: "1.0.0" });
      expect(found([earlierText.replace("matters", "counts")], usda, versioned).get("pwp-goal-1")).toMatchObject({ state: "earlier", changedWords: 1 });
    });

    it("counts once, in its best state, listing the paragraphs of that state", () => {
      const both = found([earlierText, "Other text.", goal, goal.replace("USDA", "DHS"), goal], usda, versioned);
      expect(both.get("pwp-goal-1")).toMatchObject({ state: "approved", paragraphs: [2, 4] });
      const adaptedAndEarlier = found([earlierText, goal.replace("USDA", "DHS")], usda, versioned);
      expect(adaptedAndEarlier.get("pwp-goal-1")).toMatchObject({ state: "adapted", paragraphs: [1], version: null });
    });

    it("is not found when the library has no earlier text", () => {
      expect(found([earlierText], usda).has("pwp-goal-1")).toBe(false);
    });
  });

  it("short entries: only as a whole paragraph, in any state", () => {
    const activity = library.renderEntry("pwp-goal-2-activity-02"); // "Plain language"
    expect(found(["Intro", activity]).get("pwp-goal-2-activity-02")).toMatchObject({ state: "approved", paragraphs: [1] });
    expect(found([`We use ${activity} in letters`]).has("pwp-goal-2-activity-02")).toBe(false);
  });
});

import { bundledLibrary as library } from "../../src/core/bundledLibrary";
import { entriesInDocument } from "../../src/core/presence";

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

  it("uses the agency name the user set", () => {
    const withUsda = library.renderEntry("pd-duties-06", { agency: "USDA" });
    expect(entriesInDocument(library, [withUsda], { agency: "USDA" }).has("pd-duties-06")).toBe(true);
    expect(entriesInDocument(library, [withUsda]).has("pd-duties-06")).toBe(false);
  });
});

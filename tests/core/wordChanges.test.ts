import { wordChanges } from "../../src/core/wordChanges";

describe("wordChanges", () => {
  it("marks words only in the approved text as inserted and words only in the document's as deleted", () => {
    const changes = wordChanges("Treats every customer kindly at DHS.", "Treats every customer with respect at USDA.");
    expect(changes.filter((c) => c.kind === "deleted").map((c) => c.text.trim())).toEqual(["kindly", "DHS"]);
    expect(changes.filter((c) => c.kind === "inserted").map((c) => c.text.trim())).toEqual(["with respect", "USDA"]);
  });

  it("reads back as the document's text without the inserted runs, and as the approved text without the deleted ones", () => {
    const documentText = "Seeks customer feedback often and acts on it.";
    const approvedText = "Seeks and acts on customer feedback.";
    const changes = wordChanges(documentText, approvedText);
    expect(changes.filter((c) => c.kind !== "inserted").map((c) => c.text).join("")).toBe(documentText);
    expect(changes.filter((c) => c.kind !== "deleted").map((c) => c.text).join("")).toBe(approvedText);
  });

  it("is one run of the same words when nothing changed", () => {
    expect(wordChanges("Plain language", "Plain language")).toEqual([{ kind: "same", text: "Plain language" }]);
  });
});

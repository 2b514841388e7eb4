import { paragraphLead, withoutLead } from "../../src/core/paragraphLead";
import { comparableText } from "../../src/core/presence";

describe("a paragraph's lead", () => {
  it.each([
    ["Performance Goal 3: Improve the customer experience.", "Performance Goal 3: "],
    ["Goal 12 – Improve the customer experience.", "Goal 12 – "],
    ["• Analyzes customer feedback.", "• "],
    ["a) Analyzes customer feedback.", "a) "],
    ["  1.  Analyzes customer feedback.", "  1.  "],
    ["Analyzes customer feedback.", ""],
    ["Goals of the office are set yearly.", ""],
  ])("of %j is %j, as written", (text, lead) => {
    expect(paragraphLead(text)).toBe(lead);
  });

  it("is what presence leaves out when it compares", () => {
    const text = "Performance Goal 3: Improve the “Customer” Experience";
    expect(comparableText(text)).toBe(withoutLead(comparableText(paragraphLead(text) + text.slice(paragraphLead(text).length))));
    expect(comparableText(text.slice(paragraphLead(text).length))).toBe(comparableText(text));
  });
});

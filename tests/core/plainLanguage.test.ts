import plainWordsJson from "../../content/plain-words.json";
import { cleanIgnoredKeys, IGNORED_KEYS_LIMIT } from "../../src/core/ignoredHints";
import {
  bodyTexts,
  createPlainMatcher,
  hintCounts,
  plainHints,
  plainHintsInSection,
  plainSectionAt,
  preparePlainDocument,
  replaceAllEdits,
  BEFORE_SECTIONS_ID,
  type PlainHint,
} from "../../src/core/plainLanguage";
import type { PlainWordsData } from "../../src/core/plainWords";
import type { ParagraphInfo } from "../../src/core/sections";
import { applyEdits } from "../../src/core/textEdit";

const data = plainWordsJson as PlainWordsData;
const matcher = createPlainMatcher(data);

/** Hints in paragraphs given as text (body text, no headings). */
function hintsIn(...texts: string[]): PlainHint[] {
  return plainHints(matcher, preparePlainDocument(texts.map((text) => ({ text }))));
}

/** What each hint offers: "matched -> first suggestion". */
const offered = (hints: PlainHint[]) => hints.map((h) => `${h.text} -> ${h.alternatives.map((a) => a.text).join(" | ")}`);

/** The paragraph after making a hint's first suggestion (or the one at `choice`). */
const madeOver = (hint: PlainHint, choice = 0) => applyEdits(hint.alternatives[choice].edit.paragraphText, [hint.alternatives[choice].edit]);

describe("matching words and phrases", () => {
  it("finds whole words only, in any case", () => {
    expect(offered(hintsIn("We utilize tools."))).toEqual(["utilize -> use"]);
    expect(offered(hintsIn("Reutilize, underutilized and utilizer are other words."))).toEqual([]);
    expect(offered(hintsIn("re-utilize is one word with a hyphen"))).toEqual([]);
  });

  it("finds a phrase across any number of spaces, and only with spaces between its words", () => {
    expect(offered(hintsIn("Acts in  order   to help."))).toEqual(["in  order   to -> to"]);
    expect(offered(hintsIn("Acts in order, to help."))).toEqual([]);
    expect(offered(hintsIn("Assist and/or advise."))).toEqual(["Assist -> Aid | Help", "and/or -> or | and", "advise -> recommend | tell"]);
  });

  it("prefers the longest phrase where several start at one word", () => {
    // "it is", "it is essential" and "it is requested" all start at "It".
    expect(offered(hintsIn("It is essential to act."))).toEqual(["It is essential -> Must | Need to"]);
    expect(offered(hintsIn("It is requested that you call."))).toEqual(["It is requested -> Please | We request | I request"]);
    expect(offered(hintsIn("In view of the above, stop."))).toEqual(["In view of the above -> So"]);
  });

  it("gives every alternative the list gives, best first", () => {
    const [hint] = hintsIn("Staff disseminate the notes.");
    expect(hint.alternatives.map((a) => a.text)).toEqual(["give", "issue", "pass", "send"]);
    expect(hint.alternatives.map((a) => a.sayIndex)).toEqual([0, 1, 2, 3]);
  });

  it("finds each occurrence, several in one paragraph", () => {
    const hints = hintsIn("Utilize A. Utilize B. utilize C.");
    expect(hints.map((h) => h.start)).toEqual([0, 11, 22]);
    expect(hints.map((h) => madeOver(h))).toEqual(["Use A. Utilize B. utilize C.", "Utilize A. Use B. utilize C.", "Utilize A. Utilize B. use C."]);
  });
});

describe("inflected forms", () => {
  it("matches -s, -ed and -ing forms and suggests the same form", () => {
    expect(offered(hintsIn("Utilizes tools; utilized tools; utilizing tools."))).toEqual(["Utilizes -> Uses", "utilized -> used", "utilizing -> using"]);
    expect(offered(hintsIn("She facilitates, facilitated and is facilitating."))).toEqual([
      "facilitates -> eases | helps",
      "facilitated -> eased | helped",
      "facilitating -> easing | helping",
    ]);
  });

  it("follows the spelling rules: y to ies and ied, a doubled consonant, a dropped e", () => {
    expect(offered(hintsIn("He modifies and modified plans."))).toEqual(["modifies -> changes", "modified -> changed"]);
    // "terminate" -> "stop" doubles the p; "eliminate" -> "cut" is irregular.
    expect(offered(hintsIn("She terminated and eliminated it."))).toEqual(["terminated -> ended | stopped", "eliminated -> cut | dropped | ended"]);
    expect(offered(hintsIn("Relocating is hard."))).toEqual(["Relocating -> Moving"]);
  });

  it("finds a doubled consonant either way ('benefited', 'benefitted')", () => {
    expect(offered(hintsIn("It benefited us; it benefitted them."))).toEqual(["benefited -> helped", "benefitted -> helped"]);
  });

  it("uses the list's irregular verbs, and the past participle after be and have", () => {
    expect(offered(hintsIn("The team accomplished it."))).toEqual(["accomplished -> carried out | did"]);
    expect(offered(hintsIn("It has been accomplished."))).toEqual(["accomplished -> carried out | done"]);
    expect(offered(hintsIn("Staff were furnished the forms."))).toEqual(["furnished -> given | sent"]);
    expect(offered(hintsIn("He furnished the forms."))).toEqual(["furnished -> gave | sent"]);
    expect(offered(hintsIn("He accompanies her."))).toEqual(["accompanies -> goes with"]);
  });

  it("puts the form on the first word of a suggestion of several words", () => {
    expect(offered(hintsIn("Expedited review."))).toEqual(["Expedited -> Hastened | Sped up"]);
    expect(offered(hintsIn("They ascertained it."))).toEqual(["ascertained -> found out | learned"]);
  });

  it("does not offer a suggestion that cannot take the form of the words it replaces", () => {
    // "interpose no objection" -> "don't object": "interposed no objection" has no "don't" form.
    expect(offered(hintsIn("We interpose no objection."))).toEqual(["interpose no objection -> don't object"]);
    expect(offered(hintsIn("We interposed no objection."))).toEqual([]);
  });

  it("does not inflect a phrase's first word where it is a function word ('ins order to')", () => {
    expect(offered(hintsIn("Ins order to is not English."))).toEqual([]);
    expect(offered(hintsIn("Its is not a phrase of the list."))).toEqual([]);
  });
});

describe("case", () => {
  it("writes the suggestion in the case of the original", () => {
    expect(offered(hintsIn("Utilize."))).toEqual(["Utilize -> Use"]);
    expect(offered(hintsIn("UTILIZE."))).toEqual(["UTILIZE -> USE"]);
    expect(offered(hintsIn("IN ORDER TO act."))).toEqual(["IN ORDER TO -> TO"]);
    expect(offered(hintsIn("Prior To this."))).toEqual(["Prior To -> Before"]);
  });

  it("keeps a suggestion's own capitals ('I')", () => {
    expect(offered(hintsIn("Signed, the undersigned."))).toEqual(["the undersigned -> I"]);
  });
});

describe("leaving words out", () => {
  it("takes the words out with the spaces after them, and capitalises the next word where they began a sentence", () => {
    const [hint] = hintsIn("There are many forms.");
    expect(hint.alternatives[0].label).toBe("Leave out “There are”");
    expect(madeOver(hint)).toBe("Many forms.");
    expect(madeOver(hintsIn("Note: There are forms.")[0])).toBe("Note: Forms.");
    // Written in lower case after a colon, the next word stays so.
    expect(madeOver(hintsIn("Note: there are forms.")[0])).toBe("Note: forms.");
    expect(madeOver(hintsIn("He knows there are forms.")[0])).toBe("He knows forms.");
  });

  it("takes the spaces before the words where nothing follows them", () => {
    const hint = hintsIn("Submit forms be advised").find((h) => h.rowId === "be-advised")!;
    const edit = hint.alternatives[0].edit;
    expect(edit.before).toBe("forms be advised");
    expect(applyEdits(edit.paragraphText, [edit])).toBe("Submit forms");
  });

  it("offers leaving out beside words where the list gives both", () => {
    const [hint] = hintsIn("Staff is responsible for records.");
    expect(hint.alternatives.map((a) => a.label)).toEqual(["Leave out “is responsible for”", "handles"]);
  });

  it("edits only the words and what it says, the rest of the paragraph as it was", () => {
    const text = "First part. It is the rule, and it is fine.";
    const hints = hintsIn(text);
    expect(hints).toHaveLength(2);
    for (const hint of hints) {
      const edit = hint.alternatives[0].edit;
      expect(text.slice(edit.start, edit.end)).toBe(edit.before);
      const out = applyEdits(text, [edit]);
      expect(out.slice(0, edit.start)).toBe(text.slice(0, edit.start));
      expect(out.slice(out.length - (text.length - edit.end))).toBe(text.slice(edit.end));
    }
  });
});

describe("what is kept out, and why", () => {
  const pd: ParagraphInfo[] = [
    { text: "Position Description" },
    { text: "Major Duties", styleBuiltIn: "Heading1" }, // 1: a heading: the PD's own structure
    { text: "Utilizes data to facilitate decisions." }, // 2: body text: hints
    { text: "Serves as a subject-matter expert and performs other duties as assigned." }, // 3: terms of art
    { text: "Conducts reviews in accordance with 5 CFR 430." }, // 4: a legal citation is cited as written
    { text: "Factor 1 - Knowledge Required by the Position", styleBuiltIn: "Heading2" }, // 5: a factor title
    { text: "Level 1-7, 1250 Points" }, // 6: a level statement
    { text: "Knowledge of regulations at Level 1-7, 1250 Points, to ensure accuracy." }, // 7: a level inside a line
    { text: "Demonstrates expertise when serving customers." }, // 8: library language (found by the presence check)
    { text: "Factor 5 - Scope and Effect", styleBuiltIn: "Heading2" }, // 9
    { text: "The Knowledge Required by the Position is broad." }, // 10: a factor title within a sentence
    { text: "Customer Service Duties", bold: true }, // 11: a bold heading line inside a section
  ];
  const doc = preparePlainDocument(pd, [8]);
  const hints = plainHints(matcher, doc);
  const inParagraph = (i: number) => offered(hints.filter((h) => h.paragraphIndex === i));

  it("gives hints in body text", () => {
    expect(inParagraph(2)).toEqual(["Utilizes -> Uses", "facilitate -> ease | help"]);
  });

  it("keeps out headings and bold heading lines: they are the PD's structure, which classifiers read", () => {
    expect(inParagraph(1)).toEqual([]);
    expect(inParagraph(5)).toEqual([]);
    expect(inParagraph(11)).toEqual([]);
  });

  it("keeps out terms of art ('subject-matter expert', 'performs other duties as assigned', 'in accordance with 5 CFR')", () => {
    // "performs" (-> "does") and "in accordance with" (-> "under") would match outside these terms.
    expect(inParagraph(3)).toEqual([]);
    expect(inParagraph(4)).toEqual([]);
    expect(offered(hintsIn("Performs reviews in accordance with policy."))).toEqual(["Performs -> Does", "in accordance with -> by | following | per | under"]);
  });

  it("keeps out level statements, on their own line and inside one, but not the rest of that line", () => {
    expect(inParagraph(6)).toEqual([]);
    expect(inParagraph(7)).toEqual(["ensure -> make sure"]);
  });

  it("keeps out paragraphs holding the library's language: that wording is the CX office's", () => {
    expect(inParagraph(8)).toEqual([]);
    expect(offered(hintsIn(pd[8].text))).toEqual(["Demonstrates -> Proves | Shows", "expertise -> ability"]);
  });

  it("keeps out factor titles written in a sentence", () => {
    expect(inParagraph(10)).toEqual([]);
    // Outside the title the same word is a hint; "must" has no past form, so only "needed" is offered.
    expect(offered(hintsIn("Training is required by the position."))).toEqual(["required -> needed"]);
    expect(offered(hintsIn("Knowledge required for it."))).toEqual(["required -> needed"]);
  });

  it("counts hints by section, the text before the first section included", () => {
    const counts = hintCounts(doc, hints).map(({ section, count }) => [section.sectionId, count]);
    expect(counts).toEqual([
      [BEFORE_SECTIONS_ID, 0],
      ["major-duties", 2],
      ["factor-1", 1],
      ["factor-5", 0],
    ]);
  });

  it("reads headings and level statements out of the body text the reading grade reads, library language in", () => {
    const texts = bodyTexts(doc);
    expect(texts).toContain(pd[8].text);
    expect(texts).not.toContain(pd[1].text);
    expect(texts).not.toContain(pd[6].text);
  });

  it("gives the hints of the cursor's section alone, as the whole document has them", () => {
    const section = plainSectionAt(doc, 7)!;
    expect(section.sectionId).toBe("factor-1");
    const named = (list: PlainHint[]) => list.map((h) => [h.key, h.paragraphIndex, h.start, h.end, h.alternatives.map((a) => a.edit)]);
    expect(named(plainHintsInSection(matcher, doc, section.key))).toEqual(named(hints.filter((h) => h.sectionKey === section.key)));
    expect(named(plainHintsInSection(matcher, doc, section.key))).toHaveLength(1);
    expect(plainHintsInSection(matcher, doc, "no-such-section")).toEqual([]);
  });
});

describe("sentences and ignore keys", () => {
  it("shows the sentence with the words marked", () => {
    const [hint] = hintsIn("First sentence here. Then we utilize tools! Last one.");
    expect(hint.sentence.text).toBe("Then we utilize tools!");
    expect(hint.sentence.text.slice(hint.sentence.markStart, hint.sentence.markEnd)).toBe("utilize");
  });

  it("cuts a long sentence around the words", () => {
    const long = `${"word ".repeat(80)}we utilize ${"tools ".repeat(80)}end.`;
    const [hint] = hintsIn(long);
    expect(hint.sentence.text.length).toBeLessThan(320);
    expect(hint.sentence.text.startsWith("…")).toBe(true);
    expect(hint.sentence.text.endsWith("…")).toBe(true);
    expect(hint.sentence.text.slice(hint.sentence.markStart, hint.sentence.markEnd)).toBe("utilize");
  });

  it("keys a hint by its words and sentence, so it stays the same elsewhere in the document and changes with the sentence", () => {
    const [a] = hintsIn("We utilize tools.");
    const [b] = hintsIn("Intro paragraph.", "We utilize tools.");
    const [c] = hintsIn("We utilize more tools.");
    expect(a.key).toBe(b.key);
    expect(a.key).not.toBe(c.key);
    const twice = hintsIn("We utilize and utilize tools.");
    expect(new Set(twice.map((h) => h.key)).size).toBe(2);
  });

  it("keeps only well-formed ignore keys, without repeats, the newest up to the limit", () => {
    expect(cleanIgnoredKeys(["utilize:abc:0", "utilize:abc:0", 7, "<script>", "x".repeat(90), null])).toEqual(["utilize:abc:0"]);
    expect(cleanIgnoredKeys("utilize:abc:0")).toEqual([]);
    const many = Array.from({ length: IGNORED_KEYS_LIMIT + 5 }, (_, i) => `utilize:k${i}:0`);
    const kept = cleanIgnoredKeys(many);
    expect(kept).toHaveLength(IGNORED_KEYS_LIMIT);
    expect(kept[kept.length - 1]).toBe(many[many.length - 1]);
  });
});

describe("replace all", () => {
  it("makes the same choice for every occurrence of the phrase, each in its own form", () => {
    const hints = hintsIn("We utilize tools.", "It utilized data and is utilizing more. Facilitate it.");
    const edits = replaceAllEdits(hints, hints[0], 0);
    expect(edits.map((e) => `${e.before}->${e.after}`)).toEqual(["utilize->use", "utilized->used", "utilizing->using"]);
    expect(edits.map((e) => e.paragraphIndex)).toEqual([0, 1, 1]);
  });

  it("leaves out an occurrence that has no such choice", () => {
    const hints = hintsIn("We interpose no objection.", "They interpose no objection.");
    expect(replaceAllEdits(hints, hints[0], 0)).toHaveLength(2);
    expect(replaceAllEdits(hints, hints[0], 5)).toHaveLength(0);
  });
});

describe("another list", () => {
  it("works with an agency's own list, its irregular verbs and terms", () => {
    const own = createPlainMatcher({
      source: { title: "Agency list", publisher: "Agency", url: "https://example.gov/list", licence: "public domain", retrieved: "2026-01-01" },
      irregularVerbs: { write: { past: "wrote", participle: "written" } },
      termsOfArt: [{ text: "pen the report", why: "a form's name" }],
      words: [{ id: "pen", dontSay: ["pen"], say: ["write"] }],
    });
    const doc = preparePlainDocument([{ text: "She penned notes; it was penned; pen the report." }]);
    expect(offered(plainHints(own, doc))).toEqual(["penned -> wrote", "penned -> written"]);
  });
});

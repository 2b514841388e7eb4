import fs from "fs";
import path from "path";
import schema from "../../content/library.schema.json";
import { bundledLibrary } from "../../src/core/bundledLibrary";
import {
  createLibrary,
  DOCUMENT_TYPES,
  kindLabel,
  LANGUAGE_KINDS,
  levelPrefix,
  renderPlaceholders,
  scanPlaceholders,
  type LibraryData,
} from "../../src/core/library";

/** A small library exercising lists, retirement and placeholders. */
function sampleData(): LibraryData {
  return {
    version: "2.1.0",
    date: "2026-01-15",
    placeholders: { agency: { label: "Agency name", default: "DHS" } },
    editorialNotes: [{ entryId: "duty-b", note: "Reworded." }],
    sections: [
      { id: "duties", documentType: "PD", name: "Major Duties" },
      { id: "goals", documentType: "PWP", name: "Goals" },
      { id: "knowledge", documentType: "PD", name: "Knowledge" },
    ],
    entries: [
      { id: "duty-a", documentType: "PD", section: "duties", kind: "duty-statement", text: "Serves {{agency}} customers." },
      { id: "duty-lead", documentType: "PD", section: "duties", kind: "duty-statement", text: "Those may include:", children: ["duty-c", "duty-old", "duty-b"] },
      { id: "duty-b", documentType: "PD", section: "duties", kind: "duty-statement", text: "B." },
      { id: "duty-c", documentType: "PD", section: "duties", kind: "duty-statement", text: "C." },
      { id: "duty-old", documentType: "PD", section: "duties", kind: "duty-statement", text: "Old.", retired: true },
      { id: "goal-old", documentType: "PWP", section: "goals", kind: "performance-goal", text: "Old goal", retired: true, children: ["goal-activity"] },
      { id: "goal-activity", documentType: "PWP", section: "goals", kind: "example-activity", text: "Activity" },
      { id: "know-1", documentType: "PD", section: "knowledge", kind: "knowledge-skill", text: "Skill in {{agency}}' tools." },
    ],
  };
}

describe("createLibrary", () => {
  const library = createLibrary(sampleData());

  test("exposes version, date and placeholders", () => {
    expect(library.version).toBe("2.1.0");
    expect(library.date).toBe("2026-01-15");
    expect(library.placeholders.agency.default).toBe("DHS");
  });

  test("sections keep the file's display order and can be filtered by document type", () => {
    expect(library.sections().map((section) => section.id)).toEqual(["duties", "goals", "knowledge"]);
    expect(library.sections("PD").map((section) => section.id)).toEqual(["duties", "knowledge"]);
    expect(library.sections("PWP").map((section) => section.name)).toEqual(["Goals"]);
    expect(library.section("knowledge")?.name).toBe("Knowledge");
    expect(library.section("nope")).toBeUndefined();
  });

  test("entry() finds any entry, retired included; entries() lists live ones only", () => {
    expect(library.entry("duty-old")?.retired).toBe(true);
    expect(library.entry("missing")).toBeUndefined();
    expect(library.entries().map((entry) => entry.id)).toEqual(["duty-a", "duty-lead", "duty-b", "duty-c", "goal-activity", "know-1"]);
    expect(library.entries("PWP").map((entry) => entry.id)).toEqual(["goal-activity"]);
  });

  test("entriesInSection lists live entries, children included, in file order", () => {
    expect(library.entriesInSection("duties").map((entry) => entry.id)).toEqual(["duty-a", "duty-lead", "duty-b", "duty-c"]);
    expect(library.entriesInSection("unknown")).toEqual([]);
  });

  test("topLevelEntriesInSection leaves out children of live entries only", () => {
    expect(library.topLevelEntriesInSection("duties").map((entry) => entry.id)).toEqual(["duty-a", "duty-lead"]);
    // Its parent is retired, so the activity stands on its own.
    expect(library.topLevelEntriesInSection("goals").map((entry) => entry.id)).toEqual(["goal-activity"]);
  });

  test("children come in the order the parent lists them, without retired ones", () => {
    expect(library.children("duty-lead").map((entry) => entry.id)).toEqual(["duty-c", "duty-b"]);
    expect(library.children(library.entry("duty-a")!)).toEqual([]);
    expect(library.children("missing")).toEqual([]);
    expect(library.parent("duty-b")?.id).toBe("duty-lead");
    expect(library.parent("duty-a")).toBeUndefined();
    expect(library.parent("goal-activity")).toBeUndefined();
  });

  test("entryWithChildren is what inserting an entry brings", () => {
    expect(library.entryWithChildren("duty-lead").map((entry) => entry.id)).toEqual(["duty-lead", "duty-c", "duty-b"]);
    expect(library.entryWithChildren("duty-b").map((entry) => entry.id)).toEqual(["duty-b"]);
    expect(library.entryWithChildren("duty-old")).toEqual([]);
    expect(library.entryWithChildren("missing")).toEqual([]);
  });

  test("notesFor returns an entry's editorial notes", () => {
    expect(library.notesFor("duty-b")).toEqual([{ entryId: "duty-b", note: "Reworded." }]);
    expect(library.notesFor("duty-a")).toEqual([]);
    expect(createLibrary({ ...sampleData(), editorialNotes: undefined }).editorialNotes).toEqual([]);
  });

  test("renderEntry fills placeholders and rejects unknown ids", () => {
    expect(library.renderEntry("duty-a")).toBe("Serves DHS customers.");
    expect(library.renderEntry(library.entry("duty-a")!, { agency: "NASA" })).toBe("Serves NASA customers.");
    expect(() => library.renderEntry("missing")).toThrow(/missing/);
  });
});

describe("renderText", () => {
  const library = createLibrary(sampleData());

  test("missing, empty or blank values fall back to the default; values are trimmed", () => {
    expect(library.renderText("at {{agency}}.")).toBe("at DHS.");
    expect(library.renderText("at {{agency}}.", { agency: undefined })).toBe("at DHS.");
    expect(library.renderText("at {{agency}}.", { agency: "" })).toBe("at DHS.");
    expect(library.renderText("at {{agency}}.", { agency: "  \t" })).toBe("at DHS.");
    expect(library.renderText("at {{agency}}.", { agency: "  USDA " })).toBe("at USDA.");
    expect(library.renderText("{{agency}} and {{agency}}", { agency: "VA" })).toBe("VA and VA");
  });

  test("unknown placeholders and plain braces are left as written", () => {
    expect(library.renderText("{{office}} {agency}", { office: "HR" })).toBe("{{office}} {agency}");
    expect(library.renderText("no placeholders")).toBe("no placeholders");
  });

  test("a bare possessive gains an s only when the agency name does not end in s", () => {
    expect(library.renderText("{{agency}}' commitment")).toBe("DHS' commitment");
    expect(library.renderText("{{agency}}’ customer")).toBe("DHS’ customer");
    expect(library.renderText("{{agency}}' commitment", { agency: "USDA" })).toBe("USDA's commitment");
    expect(library.renderText("{{agency}}’ customer", { agency: "USDA" })).toBe("USDA’s customer");
    expect(library.renderText("{{agency}}'", { agency: "USDA" })).toBe("USDA's");
    expect(library.renderText("{{agency}}' commitment", { agency: "Veterans Affairs" })).toBe("Veterans Affairs' commitment");
    expect(library.renderText("{{agency}}’s commitment", { agency: "USDA" })).toBe("USDA’s commitment");
    expect(library.renderText("{{agency}}’s commitment")).toBe("DHS’s commitment");
  });

  test("a rating level's line starts with its label; other entries and unlabelled levels have no prefix", () => {
    const data = sampleData();
    data.entries.push(
      { id: "level-3", documentType: "PWP", section: "goals", kind: "rating-level", label: "Level 3 at {{agency}}", text: "Meets." },
      { id: "level-x", documentType: "PWP", section: "goals", kind: "rating-level", text: "Unlabelled." },
    );
    const levels = createLibrary(data);
    expect(levelPrefix(levels, levels.entry("level-3")!, { agency: "VA" })).toBe("Level 3 at VA: ");
    expect(levelPrefix(levels, levels.entry("level-x")!)).toBe("");
    expect(levelPrefix(levels, levels.entry("duty-a")!)).toBe("");
  });

  test("renderPlaceholders works without a Library", () => {
    expect(renderPlaceholders("{{a}}-{{b}}", { a: { label: "A", default: "1" }, b: { label: "B", default: "2" } }, { b: "x" })).toBe("1-x");
  });
});

describe("scanPlaceholders", () => {
  test("finds names and malformed braces", () => {
    expect(scanPlaceholders("at {{agency}} and {{agency}}")).toEqual({ names: ["agency", "agency"], malformed: [] });
    expect(scanPlaceholders("plain")).toEqual({ names: [], malformed: [] });
    expect(scanPlaceholders("{{ agency}} x").malformed).toEqual(["{{ agency}}"]);
    expect(scanPlaceholders("{{}}").malformed).toEqual(["{{}}"]);
    expect(scanPlaceholders("at {{agency} now").malformed).toEqual(["{{agency} now"]);
    expect(scanPlaceholders("at agency}} now").malformed).toEqual(["at agency}}"]);
    expect(scanPlaceholders("{{1st}}").malformed).toEqual(["{{1st}}"]);
  });
});

describe("kinds", () => {
  test("the kinds and document types match the schema's enums", () => {
    expect([...LANGUAGE_KINDS]).toEqual(schema.$defs.kind.enum);
    expect([...DOCUMENT_TYPES]).toEqual(schema.$defs.documentType.enum);
  });

  test("every kind has its own plain-English label", () => {
    const labels = LANGUAGE_KINDS.map(kindLabel);
    expect(new Set(labels).size).toBe(LANGUAGE_KINDS.length);
    for (const label of labels) expect(label).toMatch(/^[A-Z][A-Za-z ]+$/);
    expect(kindLabel("duty-statement")).toBe("Duty statement");
    expect(kindLabel("knowledge-skill")).toBe("Knowledge or skill");
    expect(kindLabel("example-activity")).toBe("Example activity");
    expect(createLibrary(sampleData()).kindLabel("rating-level")).toBe(kindLabel("rating-level"));
  });
});

describe("bundledLibrary", () => {
  test("declares the PD sections and PWP groups in display order with plain names", () => {
    expect(bundledLibrary.sections("PD").map((section) => [section.id, section.name])).toEqual([
      ["introduction", "Introduction"],
      ["major-duties", "Major Duties"],
      ["factor-1", "Factor 1 – Knowledge Required by the Position"],
      ["factor-3", "Factor 3 – Guidelines"],
      ["factor-5", "Factor 5 – Scope and Effect"],
      ["factors-6-7", "Factors 6 and 7 – Personal Contacts and Purpose of Contacts"],
    ]);
    expect(bundledLibrary.sections("PWP").map((section) => section.id)).toEqual([
      "gs-customer-service",
      "gs-performance-goals",
      "ses-requirement",
    ]);
    for (const section of bundledLibrary.sections("PD")) expect(section.description?.trim()).toBeTruthy();
  });

  test("carries its own version and date", () => {
    expect(bundledLibrary.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(bundledLibrary.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("ids are readable kebab-case with a document prefix", () => {
    for (const entry of bundledLibrary.entries()) {
      expect(entry.id).toMatch(entry.documentType === "PD" ? /^pd-[a-z]+-\d{2}$/ : /^pwp-[a-z0-9-]+$/);
    }
  });
});

describe("browser-safe modules", () => {
  test("the model and the bundled library do not pull in the validator or host APIs", () => {
    for (const file of ["library.ts", "bundledLibrary.ts"]) {
      const source = fs.readFileSync(path.resolve(__dirname, "../../src/core", file), "utf8");
      expect(source).not.toMatch(/from\s+["'](ajv|react|fs|path)/);
      expect(source).not.toMatch(/\b(Word|Office|OfficeExtension)\./);
    }
  });
});

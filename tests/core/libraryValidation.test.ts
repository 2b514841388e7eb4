import fs from "fs";
import path from "path";
import type { LibraryData, LibraryEntry } from "../../src/core/library";
import {
  findLibraryProblems,
  LIBRARY_LEVEL,
  LibraryValidationError,
  parseLibraryJson,
  validateLibraryData,
} from "../../src/core/libraryValidation";

const FILE = "agency/library.json";

/** A valid library; each test breaks one thing in a fresh copy. */
function validLibrary(): LibraryData {
  const entry = (id: string, extra: Partial<LibraryEntry> = {}): LibraryEntry => ({
    id,
    documentType: "PD",
    section: "major-duties",
    kind: "duty-statement",
    text: `Text of ${id} at {{agency}}.`,
    ...extra,
  });
  return {
    $schema: "./library.schema.json",
    version: "1.0.0",
    date: "2026-03-01",
    placeholders: { agency: { label: "Agency name", default: "DHS" } },
    editorialNotes: [{ entryId: "pd-duties-02", note: "Typo fixed.", date: "2026-03-01" }],
    sections: [
      { id: "major-duties", documentType: "PD", name: "Major Duties", description: "Duties." },
      { id: "gs-performance-goals", documentType: "PWP", name: "Goals" },
      ...(["introduction", "factor-1", "factor-3", "factor-5", "factors-6-7"] as const).map((id) => ({ id, documentType: "PD" as const, name: id })),
    ],
    entries: [
      entry("pd-duties-01", { children: ["pd-duties-02", "pd-duties-03"] }),
      entry("pd-duties-02"),
      entry("pd-duties-03", { keywords: ["plain language"], note: "x" }),
      entry("pd-duties-04", { retired: true }),
      entry("pwp-goal-1", { documentType: "PWP", section: "gs-performance-goals", kind: "performance-goal", children: ["pwp-goal-1-activity-01"] }),
      entry("pwp-goal-1-activity-01", { documentType: "PWP", section: "gs-performance-goals", kind: "example-activity", agencySpecific: true }),
    ],
  };
}

/** The error thrown for `data`, checked to be a LibraryValidationError naming the file. */
function errorFor(data: unknown): LibraryValidationError {
  try {
    validateLibraryData(data, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(LibraryValidationError);
    const failure = error as LibraryValidationError;
    expect(failure.fileName).toBe(FILE);
    expect(failure.message.split("\n")[0]).toBe(`Library file ${FILE} is invalid (${failure.problems.length} problem(s)):`);
    return failure;
  }
  throw new Error("expected the library to be rejected");
}

/** Asserts that breaking the library reports `reason` (a substring or pattern) for `entry`, in the message too. */
function expectProblem(data: unknown, entry: string, reason: string | RegExp): void {
  const failure = errorFor(data);
  const matches = (text: string) => (typeof reason === "string" ? text.includes(reason) : reason.test(text));
  const problem = failure.problems.find((candidate) => candidate.entry === entry && matches(candidate.reason));
  expect({ problems: failure.problems, found: problem !== undefined }).toEqual({ problems: failure.problems, found: true });
  expect(failure.message).toContain(`  - entry ${entry}: ${problem!.reason}`);
}

function broken(change: (data: LibraryData) => void): LibraryData {
  const data = validLibrary();
  change(data);
  return data;
}

describe("the real library", () => {
  test("content/library.json passes validation", () => {
    const file = path.resolve(__dirname, "../../content/library.json");
    const data = parseLibraryJson(fs.readFileSync(file, "utf8"), "content/library.json");
    expect(data.entries.length).toBeGreaterThan(0);
  });

  test("the valid fixture passes, so every failure below comes from the one thing broken", () => {
    expect(findLibraryProblems(validLibrary())).toEqual([]);
    expect(validateLibraryData(validLibrary(), FILE).version).toBe("1.0.0");
  });
});

describe("malformed files", () => {
  test("a JSON syntax error names the file, the line and the column", () => {
    const text = '{\n  "version": "1.0.0",\n  "date": "2026-03-01"\n  "entries": []\n}';
    expect(() => parseLibraryJson(text, FILE)).toThrow(LibraryValidationError);
    try {
      parseLibraryJson(text, FILE);
    } catch (error) {
      const failure = error as LibraryValidationError;
      expect(failure.problems).toHaveLength(1);
      expect(failure.problems[0].entry).toBe(LIBRARY_LEVEL);
      expect(failure.message).toContain(`Library file ${FILE} is invalid (1 problem(s)):`);
      expect(failure.message).toMatch(/entry \(library\): not valid JSON: .* at line 4, column 3/);
    }
  });

  test("a truncated file reports where it ends", () => {
    expect(() => parseLibraryJson('{\n  "version": "1.0.0",', FILE)).toThrow(/not valid JSON: .*line 2/);
  });

  test("an empty file, or one that is not an object", () => {
    expect(() => parseLibraryJson("  \n", FILE)).toThrow(`Library file ${FILE} is invalid (1 problem(s)):\n  - entry (library): the file is empty`);
    expectProblem([], LIBRARY_LEVEL, "the file must contain a JSON object");
  });

  test("a byte-order mark is tolerated", () => {
    expect(parseLibraryJson(`\uFEFF${JSON.stringify(validLibrary())}`, FILE).date).toBe("2026-03-01");
  });
});

describe("entry problems", () => {
  test("duplicate id", () => {
    const data = broken((d) => {
      d.entries[2].id = "pd-duties-02";
    });
    expectProblem(data, "pd-duties-02", "duplicate id: entries[2] repeats the id of entries[1]");
  });

  test("unknown section", () => {
    expectProblem(
      broken((d) => {
        d.entries[1].section = "factor-2";
      }),
      "pd-duties-02",
      'unknown section "factor-2"',
    );
  });

  test("section of another document type", () => {
    expectProblem(
      broken((d) => {
        d.entries[1].documentType = "PWP";
      }),
      "pd-duties-02",
      'documentType "PWP" does not match section "major-duties", which is a PD section',
    );
  });

  test("empty and whitespace-only text", () => {
    expectProblem(
      broken((d) => {
        d.entries[1].text = "";
      }),
      "pd-duties-02",
      "text must not be empty",
    );
    const blank = errorFor(
      broken((d) => {
        d.entries[1].text = " \u00a0\t";
      }),
    );
    expect(blank.problems).toEqual([{ entry: "pd-duties-02", reason: "text must not be empty" }]);
  });

  test("unknown placeholder", () => {
    expectProblem(
      broken((d) => {
        d.entries[1].text = "Serves {{agancy}} customers.";
      }),
      "pd-duties-02",
      "text uses unknown placeholder {{agancy}} (declared: agency)",
    );
    expectProblem(
      broken((d) => {
        d.entries[1].label = "At {{office}}";
      }),
      "pd-duties-02",
      "label uses unknown placeholder {{office}}",
    );
  });

  test("malformed placeholder", () => {
    expectProblem(
      broken((d) => {
        d.entries[1].text = "Serves {{ agency }} customers.";
      }),
      "pd-duties-02",
      'text has a malformed placeholder near "{{ agency }}"',
    );
    expectProblem(
      broken((d) => {
        d.entries[1].text = "Serves {{agency} customers.";
      }),
      "pd-duties-02",
      /malformed placeholder near "\{\{agency\} cust/,
    );
  });

  test("missing text (schema)", () => {
    const data = broken((d) => {
      delete (d.entries[1] as Partial<LibraryEntry>).text;
    });
    expectProblem(data, "pd-duties-02", 'missing required field "text"');
  });

  test("unknown kind (schema)", () => {
    const data = broken((d) => {
      (d.entries[1] as { kind: string }).kind = "duty";
    });
    expectProblem(data, "pd-duties-02", /^kind must be one of introduction-statement, duty-statement, .* \(found "duty"\)$/);
  });

  test("misspelt field (schema)", () => {
    const data = broken((d) => {
      (d.entries[1] as unknown as Record<string, unknown>).childern = ["pd-duties-03"];
    });
    expectProblem(data, "pd-duties-02", 'unknown field "childern"');
  });

  test("wrong value types (schema)", () => {
    expectProblem(
      broken((d) => {
        (d.entries[1] as unknown as Record<string, unknown>).agencySpecific = "yes";
      }),
      "pd-duties-02",
      'agencySpecific must be a boolean (found "yes")',
    );
    expectProblem(
      broken((d) => {
        d.entries[2].keywords = ["a", "a"];
      }),
      "pd-duties-03",
      'keywords lists "a" more than once',
    );
  });

  test("an entry without a usable id is named by its index", () => {
    expectProblem(
      broken((d) => {
        delete (d.entries[1] as Partial<LibraryEntry>).id;
      }),
      "entries[1]",
      'missing required field "id"',
    );
    expectProblem(
      broken((d) => {
        d.entries[1].id = "Duties 2";
      }),
      "Duties 2",
      'id must be a lowercase kebab-case id such as pd-duties-01 (found "Duties 2")',
    );
    expectProblem(
      broken((d) => {
        (d.entries as unknown[])[1] = "just text";
      }),
      "entries[1]",
      'the entry must be an object (found "just text")',
    );
  });
});

describe("children", () => {
  test("a child that does not exist", () => {
    expectProblem(
      broken((d) => {
        d.entries[0].children = ["pd-duties-02", "pd-duties-99"];
      }),
      "pd-duties-01",
      'child "pd-duties-99" does not exist',
    );
  });

  test("an entry listing itself", () => {
    expectProblem(
      broken((d) => {
        d.entries[1].children = ["pd-duties-02"];
      }),
      "pd-duties-02",
      "lists itself as a child",
    );
  });

  test("a cycle", () => {
    expectProblem(
      broken((d) => {
        d.entries[1].children = ["pd-duties-01"];
      }),
      "pd-duties-01",
      "children form a cycle: pd-duties-01 → pd-duties-02 → pd-duties-01",
    );
  });

  test("a retired child of a live entry", () => {
    expectProblem(
      broken((d) => {
        d.entries[0].children = ["pd-duties-02", "pd-duties-04"];
      }),
      "pd-duties-01",
      'child "pd-duties-04" is retired',
    );
    // A retired parent may keep its list.
    expect(
      findLibraryProblems(
        broken((d) => {
          d.entries[3].children = ["pd-duties-02"];
        }),
      ),
    ).toEqual([]);
  });

  test("lists are one level deep, children stay in their parent's section and belong to one list", () => {
    expectProblem(
      broken((d) => {
        d.entries[1].children = ["pd-duties-03"];
        d.entries[0].children = ["pd-duties-02"];
      }),
      "pd-duties-02",
      'has children of its own but is itself a child of "pd-duties-01"',
    );
    expectProblem(
      broken((d) => {
        d.entries[0].children = ["pwp-goal-1-activity-01"];
      }),
      "pd-duties-01",
      'child "pwp-goal-1-activity-01" is in section "gs-performance-goals", not "major-duties"',
    );
    expectProblem(
      broken((d) => {
        d.entries[4].children = ["pwp-goal-1-activity-01"];
        d.entries.push({ ...d.entries[4], id: "pwp-goal-2" });
      }),
      "pwp-goal-2",
      'child "pwp-goal-1-activity-01" is already a child of "pwp-goal-1"',
    );
  });
});

describe("library-level problems", () => {
  test("duplicate section ids", () => {
    expectProblem(
      broken((d) => {
        d.sections.splice(2, 0, { id: "major-duties", documentType: "PD", name: "Again" });
      }),
      LIBRARY_LEVEL,
      'sections[2] repeats the section id "major-duties" of sections[0]',
    );
  });

  test("a section without a name", () => {
    expectProblem(
      broken((d) => {
        d.sections[0].name = "  ";
      }),
      LIBRARY_LEVEL,
      'section "major-duties": name must not be empty',
    );
  });

  test("version and date formats", () => {
    expectProblem(
      broken((d) => {
        d.version = "v1";
      }),
      LIBRARY_LEVEL,
      'version must be a semantic version such as 1.2.0 (found "v1")',
    );
    expectProblem(
      broken((d) => {
        d.date = "1 March 2026";
      }),
      LIBRARY_LEVEL,
      "date must be a date written YYYY-MM-DD",
    );
    expectProblem(
      broken((d) => {
        d.date = "2026-02-30";
      }),
      LIBRARY_LEVEL,
      'date "2026-02-30" is not a real calendar date',
    );
  });

  test("placeholders need a usable name and a default", () => {
    expectProblem(
      broken((d) => {
        d.placeholders["agency name"] = { label: "x", default: "y" };
      }),
      LIBRARY_LEVEL,
      'placeholders: name "agency name" is invalid',
    );
    expectProblem(
      broken((d) => {
        d.placeholders.agency.default = "";
      }),
      LIBRARY_LEVEL,
      "placeholders.agency.default must not be empty",
    );
  });

  test("an editorial note about an entry that does not exist", () => {
    expectProblem(
      broken((d) => {
        d.editorialNotes = [{ entryId: "pd-duties-77", note: "?" }];
      }),
      LIBRARY_LEVEL,
      'editorialNotes[0] refers to unknown entry "pd-duties-77"',
    );
  });

  test("missing top-level fields", () => {
    const data = broken((d) => {
      delete (d as Partial<LibraryData>).entries;
    });
    expectProblem(data, LIBRARY_LEVEL, 'missing required field "entries"');
  });

  test("a renamed or dropped PD section the add-in maps headings to", () => {
    const expected = "the add-in looks for the PD section ids introduction, major-duties, factor-1, factor-3, factor-5, factors-6-7";
    expectProblem(
      broken((d) => {
        d.sections.find((section) => section.id === "factor-3")!.id = "factor-three";
      }),
      LIBRARY_LEVEL,
      `PD section "factor-3" is missing: ${expected}; keep each of them (PD sections no heading maps to: factor-three)`,
    );
    expectProblem(
      broken((d) => {
        d.sections = d.sections.filter((section) => section.id !== "introduction");
      }),
      LIBRARY_LEVEL,
      `PD section "introduction" is missing: ${expected}; keep each of them`,
    );
    expectProblem(
      broken((d) => {
        d.sections.find((section) => section.id === "factor-5")!.documentType = "PWP";
      }),
      LIBRARY_LEVEL,
      `section "factor-5" must be a PD section: ${expected}`,
    );
  });

  test("every problem is reported at once, one line each", () => {
    const failure = errorFor(
      broken((d) => {
        d.entries[1].text = "";
        d.entries[3].section = "nowhere";
        (d.entries[4] as { kind: string }).kind = "goal";
      }),
    );
    expect(failure.problems.map((problem) => problem.entry).sort()).toEqual(["pd-duties-02", "pd-duties-04", "pwp-goal-1"]);
    expect(failure.message.split("\n")).toHaveLength(4);
    expect(failure.message).toContain("(3 problem(s))");
  });
});

describe("earlier texts (previousTexts)", () => {
  const withPrevious = (previous: unknown, version = "1.2.0") =>
    broken((d) => {
      d.version = version;
      (d.entries[1] as unknown as Record<string, unknown>).previousTexts = previous;
    });

  test("earlier texts of earlier versions pass, placeholders included", () => {
    const data = withPrevious([
      { version: "1.0.0", text: "Old text of pd-duties-02 at {{agency}}." },
      { version: "1.2.0-beta.1", text: "Newer old text of pd-duties-02." },
    ]);
    expect(findLibraryProblems(data)).toEqual([]);
  });

  test("a text the same as the entry's, even in another quote style or case", () => {
    expectProblem(withPrevious([{ version: "1.0.0", text: "TEXT of pd-duties-02 at {{agency}}" }]), "pd-duties-02", "previousTexts[0]: text is the same as the entry's text");
  });

  test.each([
    ["the library's own version", "1.2.0"],
    ["a later version", "1.10.0"],
    ["a later major version", "2.0.0"],
  ])("a version not lower than the library's: %s", (_label, version) => {
    expectProblem(
      withPrevious([{ version, text: "Old wording." }]),
      "pd-duties-02",
      `previousTexts[0]: version "${version}" is not lower than the library's version "1.2.0"`,
    );
  });

  test("a release is later than its prerelease", () => {
    expectProblem(withPrevious([{ version: "1.2.0", text: "Old wording." }], "1.2.0-rc.1"), "pd-duties-02", "is not lower than the library's version");
    expect(findLibraryProblems(withPrevious([{ version: "1.2.0-rc.1", text: "Old wording." }], "1.2.0"))).toEqual([]);
  });

  test("the same earlier text twice", () => {
    const data = withPrevious([
      { version: "1.0.0", text: "Old wording." },
      { version: "1.1.0", text: "old wording" },
    ]);
    expectProblem(data, "pd-duties-02", "previousTexts[1]: text repeats previousTexts[0]");
  });

  test("the shape, placeholders and characters of an earlier text are checked like the entry's text", () => {
    expectProblem(withPrevious([{ version: "1.0", text: "Old." }]), "pd-duties-02", "previousTexts[0].version must be a semantic version");
    expectProblem(withPrevious([{ text: "Old." }]), "pd-duties-02", 'previousTexts[0]: missing required field "version"');
    expectProblem(withPrevious([{ version: "1.0.0", text: " " }]), "pd-duties-02", "previousTexts[0].text must not be empty");
    expectProblem(withPrevious([{ version: "1.0.0", text: "Old at {{agancy}}." }]), "pd-duties-02", "previousTexts[0].text uses unknown placeholder {{agancy}}");
    expectProblem(withPrevious([{ version: "1.0.0", text: "Old\nwording." }]), "pd-duties-02", "previousTexts[0].text contains a line break");
    expectProblem(withPrevious([]), "pd-duties-02", "previousTexts must list at least 1 item(s)");
  });
});

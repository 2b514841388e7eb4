/**
 * A library file can come from anyone: the validator must answer any file with a short message that names
 * the file, the entry and the reason, whatever its size, depth or values.
 */
import fs from "fs";
import path from "path";
import type { LibraryData } from "../../src/core/library";
import {
  LIBRARY_MAX_BYTES,
  LIBRARY_MAX_DEPTH,
  LIBRARY_MAX_ENTRIES,
  LibraryValidationError,
  parseLibraryJson,
  validateLibraryData,
} from "../../src/core/libraryValidation";

const FILE = "agency/library.json";
const real = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../content/library.json"), "utf8")) as LibraryData;
const target = real.entries[3]!;

function copy(change: (data: Record<string, unknown> & LibraryData) => void): LibraryData {
  const data = structuredClone(real) as Record<string, unknown> & LibraryData;
  change(data);
  return data;
}

function messageFor(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LibraryValidationError);
    return (error as Error).message;
  }
  throw new Error("expected the library to be rejected");
}

describe("deeply nested JSON", () => {
  it.each([5_000, 100_000])("%i levels in an entry fail with the file, the entry and the reason, not a stack overflow", (depth) => {
    const nested = "[".repeat(depth) + "]".repeat(depth);
    const text = JSON.stringify(real).replace(`"id":"${target.id}"`, `"id":"${target.id}","related":${nested}`);
    const message = messageFor(() => parseLibraryJson(text, FILE));
    expect(message).toContain(FILE);
    expect(message).toContain(`entry ${target.id}: related is nested more than ${LIBRARY_MAX_DEPTH} levels deep`);
  });

  it("at the top of the file is a problem of the file", () => {
    const text = `{"version":${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    expect(messageFor(() => parseLibraryJson(text, FILE))).toContain("entry (library): version is nested more than");
  });

  it("the real library is far from the depth limit", () => {
    expect(() => validateLibraryData(real, FILE)).not.toThrow();
  });
});

describe("values quoted in messages", () => {
  it("a 50 MB value of the wrong type is quoted in a few dozen characters", () => {
    const huge = "k".repeat(50_000_000);
    const message = messageFor(() =>
      validateLibraryData(
        copy((d) => {
          (d.entries[3] as unknown as Record<string, unknown>).keywords = huge;
        }),
        FILE,
      ),
    );
    expect(message).toContain(`entry ${target.id}: keywords must be an array (found "${"k".repeat(40)}"… (50,000,000 characters))`);
    expect(message.length).toBeLessThan(300);
  });

  it("long unknown sections, children, fields and ids are cut, and a long id names its entry by position", () => {
    const long = "x".repeat(100_000);
    const data = copy((d) => {
      d.entries[3]!.section = long;
      d.entries[4]!.children = [long];
      (d.entries[5] as unknown as Record<string, unknown>)[long] = 1;
      d.entries[6]!.id = `A-${long}`;
    });
    const message = messageFor(() => validateLibraryData(data, FILE));
    expect(message.length).toBeLessThan(3_000);
    expect(message).toContain(`entry ${target.id}: unknown section "${"x".repeat(40)}"… (100,000 characters)`);
    expect(message).toContain(`entry ${real.entries[4]!.id}: child "${"x".repeat(40)}"… (100,000 characters) does not exist`);
    expect(message).toContain(`entry ${real.entries[5]!.id}: unknown field "${"x".repeat(40)}"…`);
    expect(message).toContain("entry entries[6]: id must be");
  });

  it("a message lists 50 problems and says how many more there are", () => {
    const data = copy((d) => {
      for (const entry of d.entries) entry.kind = "not-a-kind" as never;
    });
    const message = messageFor(() => validateLibraryData(data, FILE));
    expect(message.split("\n").filter((line) => line.startsWith("  - entry"))).toHaveLength(50);
    expect(message).toContain(`… and ${real.entries.length - 50} more problem(s)`);
  });
});

describe("size", () => {
  it(`a file over ${LIBRARY_MAX_BYTES / 1024 / 1024} MB fails, naming the file, its size and the limit`, () => {
    const padded = JSON.stringify(copy((d) => (d.entries[3]!.note = "n".repeat(3 * 1024 * 1024))));
    const message = messageFor(() => parseLibraryJson(padded, FILE));
    expect(message).toContain(`Library file ${FILE} is invalid (1 problem(s))`);
    expect(message).toContain("entry (library): the file is 3 MB; a library may be at most 2 MB");
  });

  it("counts bytes, not characters: 1.5 million two-byte characters are over 2 MB", () => {
    const padded = JSON.stringify(copy((d) => (d.entries[3]!.note = "é".repeat(1_500_000))));
    expect(padded.length).toBeLessThan(LIBRARY_MAX_BYTES);
    expect(messageFor(() => parseLibraryJson(padded, FILE))).toContain("the file is 2.9 MB");
  });

  it(`more than ${LIBRARY_MAX_ENTRIES.toLocaleString("en-US")} entries fail, naming the count and the limit`, () => {
    const data = copy((d) => {
      const base = d.entries.find((entry) => entry.section === "major-duties" && !entry.children)!;
      for (let i = 0; d.entries.length <= LIBRARY_MAX_ENTRIES; i++) d.entries.push({ ...base, id: `agency-duties-${i}` });
    });
    const message = messageFor(() => validateLibraryData(data, FILE));
    expect(message).toContain(`entry (library): entries lists ${(LIBRARY_MAX_ENTRIES + 1).toLocaleString("en-US")} entries; a library may have at most 2,000`);
  });
});

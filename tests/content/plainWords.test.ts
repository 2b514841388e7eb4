/**
 * The bundled plain-language word list against its source: the federal guidelines' table "Use simple words and
 * phrases" (../shared/data, kept beside the project as the reference the list was written from). Every row of the
 * list comes from a row of the table, and every row of the table is in the list or named in an editorial note.
 */
import fs from "node:fs";
import path from "node:path";
import { parsePlainWordsJson } from "../../src/core/plainWordsValidation";

const listFile = path.resolve(__dirname, "../../content/plain-words.json");
const list = parsePlainWordsJson(fs.readFileSync(listFile, "utf8"), "content/plain-words.json");
const tablePath = path.resolve(__dirname, "../../../shared/data/plain-language-simple-words.md");

type TableRow = { dontSay: string; say: string; dirtyDozen: boolean };
function tableRows(): TableRow[] {
  const lines = fs.readFileSync(tablePath, "utf8").split("\n");
  const start = lines.findIndex((line) => line.startsWith("----"));
  return lines
    .slice(start + 1)
    .filter((line) => line.includes("|"))
    .map((line) => {
      const [left, right] = line.split("|").map((cell) => cell.trim());
      return { dontSay: left!.replace(/\*\*/g, "").trim(), say: right!.replace(/\*\*/g, "").trim(), dirtyDozen: left!.startsWith("**") };
    });
}
const norm = (s: string) => s.toLowerCase().replace(/\\/g, "").replace(/\s+/g, " ").trim();

describe("content/plain-words.json", () => {
  it("names its source, licence and date", () => {
    expect(list.source.publisher).toBe("GSA");
    expect(list.source.url).toContain(list.source.commit!);
    expect(list.source.licence).toMatch(/CC0/);
    expect(list.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("keeps the table's dirty dozen: twelve rows", () => {
    const dirty = list.words.filter((row) => row.dirtyDozen).map((row) => row.id);
    expect(dirty).toHaveLength(12);
    expect(dirty).toEqual(expect.arrayContaining(["utilize", "implement", "in-accordance-with", "it-is", "commence"]));
  });

  it("takes every row from the table, and accounts for each table row it does not keep as written", () => {
    const table = tableRows();
    expect(table.length).toBeGreaterThan(220);
    const notes = (list.editorialNotes ?? []).map(norm).join(" ");
    const tableWords = new Set(table.flatMap((row) => row.dontSay.split(",").map(norm)));
    for (const row of list.words) {
      for (const phrase of row.dontSay) {
        // Each spelling is in the table, alone or as part of a row the notes say was split or reduced.
        const inTable = tableWords.has(norm(phrase)) || table.some((t) => norm(t.dontSay).includes(norm(phrase))) || notes.includes(`"${norm(phrase)}"`);
        expect({ phrase, inTable }).toEqual({ phrase, inTable: true });
      }
    }
    const listed = new Set(list.words.flatMap((row) => row.dontSay.map(norm)));
    for (const row of table) {
      const spellings = row.dontSay.split(",").map(norm);
      const kept = spellings.some((s) => listed.has(s));
      const noted = notes.includes(norm(row.dontSay).split(",")[0]!.slice(0, 14));
      expect({ row: row.dontSay, accounted: kept || noted }).toEqual({ row: row.dontSay, accounted: true });
    }
  });

  it("writes the table's wordings as they are, except where a note says otherwise", () => {
    const table = new Map(tableRows().map((row) => [norm(row.dontSay), row]));
    const asWritten = (say: string) => say.split(",").map((s) => (s.trim() === "(omit)" ? "" : s.trim()));
    expect(list.words.find((row) => row.id === "utilize")).toMatchObject({ dontSay: ["utilize", "utilization"], say: ["use"], dirtyDozen: true });
    expect(list.words.find((row) => row.id === "currently")!.say).toEqual(["", "now"]);
    let same = 0;
    for (const row of list.words) {
      const source = table.get(norm(row.dontSay[0]!));
      if (source && row.dontSay.length === 1 && JSON.stringify(asWritten(source.say)) === JSON.stringify(row.say)) same += 1;
    }
    // All but the rows the editorial notes name (about a dozen) are the table's own.
    expect(same).toBeGreaterThan(list.words.length - (list.editorialNotes ?? []).length - 2);
  });

  it("lists PD terms of art, each with why", () => {
    const terms = (list.termsOfArt ?? []).map((term) => term.text);
    expect(terms).toEqual(expect.arrayContaining(["Knowledge Required by the Position", "Supervisory Controls", "subject-matter expert"]));
    for (const term of list.termsOfArt ?? []) expect(term.why.length).toBeGreaterThan(5);
  });
});

import fs from "fs";
import path from "path";
import { createLibrary, type LibraryData } from "../../src/core/library";
import * as presence from "../../src/core/presence";
import { createPresenceScanner } from "../../src/core/presenceScan";
import { SLICE_MS } from "../../src/core/schedule";

const library = createLibrary(JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../content/library.json"), "utf8")) as LibraryData);
const duty = library.topLevelEntriesInSection("major-duties")[0]!;
const filler = (count: number) => Array.from({ length: count }, (_, i) => `Paragraph ${i} about program work.`);

/** A clock that moves 1 ms per reading, so slices end after a known number of paragraphs. */
function tickingClock() {
  let t = 0;
  return () => (t += 1);
}

afterEach(() => jest.restoreAllMocks());

describe("createPresenceScanner", () => {
  it("finds the same entries as entriesInDocument", async () => {
    const texts = [...filler(50), library.renderEntry(duty, { agency: "USDA" })];
    const scanner = createPresenceScanner();
    const found = await scanner.scan(library, texts, { agency: "USDA" }, { cancelled: () => false, yieldToHost: async () => undefined });
    expect(found).toEqual(presence.entriesInDocument(library, texts, { agency: "USDA" }));
    expect(found?.has(duty.id)).toBe(true);
  });

  it("tells each entry's state and paragraph in a long document, and the other agency named as the document writes it", async () => {
    const texts = [...filler(6000), library.renderEntry("pwp-goal-1", { agency: "USDA" }), ...filler(3000), library.renderEntry("pd-duties-06", { agency: "Dept. of Energy" })];
    const found = await createPresenceScanner().scan(library, texts, { agency: "USDA" }, { cancelled: () => false, yieldToHost: async () => undefined, now: tickingClock() });
    expect(found?.get("pwp-goal-1")).toMatchObject({ state: "approved", paragraphs: [6000] });
    expect(found?.get("pd-duties-06")).toMatchObject({ state: "adapted", paragraphs: [9001], namesAgency: "Dept. of Energy" });
  });

  it("hands the thread back between slices of a long document", async () => {
    const yields = jest.fn(async () => undefined);
    await createPresenceScanner().scan(library, filler(5000), {}, { cancelled: () => false, yieldToHost: yields, now: tickingClock() });
    expect(SLICE_MS).toBeLessThan(50);
    expect(yields.mock.calls.length).toBeGreaterThan(10);
  });

  it("stops at the next slice once cancelled, with no result", async () => {
    let cancelled = false;
    const yields = jest.fn(async () => {
      cancelled = true;
    });
    const found = await createPresenceScanner().scan(library, filler(5000), {}, { cancelled: () => cancelled, yieldToHost: yields, now: tickingClock() });
    expect(found).toBeNull();
    expect(yields).toHaveBeenCalledTimes(1);
  });

  it("folds each paragraph once: a later scan folds only what is new", async () => {
    const fold = jest.fn(presence.comparableText);
    const scanner = createPresenceScanner(fold);
    const control = { cancelled: () => false, yieldToHost: async () => undefined };
    const texts = filler(300);
    await scanner.scan(library, texts, {}, control);
    fold.mockClear();
    const found = await scanner.scan(library, [...texts, library.renderEntry(duty, {})], {}, control);
    expect(found?.has(duty.id)).toBe(true);
    const folded = fold.mock.calls.map(([text]) => text);
    expect(folded.filter((text) => texts.includes(text))).toEqual([]);
    expect(folded).toContain(library.renderEntry(duty, {}));
    expect(scanner.remembered).toBe(301);
  });

  it("forgets paragraphs that left the document", async () => {
    const scanner = createPresenceScanner();
    const control = { cancelled: () => false, yieldToHost: async () => undefined };
    await scanner.scan(library, filler(300), {}, control);
    await scanner.scan(library, filler(10), {}, control);
    expect(scanner.remembered).toBe(10);
  });
});

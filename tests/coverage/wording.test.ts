import { downloadName, percent, progressWords, timeLeftWords } from "../../src/coverage/wording";

describe("progressWords", () => {
  it.each([
    [120, 1000, "120 of 1,000 PDs read"],
    [0, 1, "0 of 1 PD read"],
    [12345, 20000, "12,345 of 20,000 PDs read"],
  ])("%i of %i: %s", (read, total, words) => expect(progressWords(read, total)).toBe(words));
});

describe("percent", () => {
  it.each([
    [0, 0, "0%"],
    [0, 10, "0%"],
    [1, 3, "33%"],
    [2, 3, "67%"],
    // Rounding never says all when one is missing, nor none when one is there.
    [999, 1000, "99%"],
    [1, 1000, "1%"],
    [10, 10, "100%"],
  ])("%i of %i is %s", (part, whole, words) => expect(percent(part, whole)).toBe(words));
});

describe("timeLeftWords", () => {
  it("says nothing until a few files are read, and nothing once all are", () => {
    expect(timeLeftWords(4, 1000, 4000)).toBeNull();
    expect(timeLeftWords(1000, 1000, 60_000)).toBeNull();
    // A batch of three: three read is all, two is enough to guess.
    expect(timeLeftWords(2, 3, 2000)).toBe("A few seconds left");
  });

  it.each([
    // read, total, elapsed ms → at that pace
    [100, 700, 10_000, "About 1 minute left"], // 60 s
    [120, 1000, 15_000, "About 2 minutes left"], // 110 s
    [500, 1000, 20_000, "About 20 seconds left"],
    [900, 1000, 9_000, "A few seconds left"],
    [10, 100_000, 10_000, "About 28 hours left"],
  ])("%i of %i after %i ms: %s", (read, total, elapsed, words) => expect(timeLeftWords(read, total, elapsed)).toBe(words));
});

describe("downloadName", () => {
  it("names the file by the local date", () => {
    expect(downloadName("csv", new Date(2026, 11, 2, 23, 59))).toBe("cx-coverage-2026-12-02.csv");
    expect(downloadName("json", new Date(2027, 0, 9))).toBe("cx-coverage-2027-01-09.json");
  });
});

/**
 * One paragraph of 80,000 characters (a pasted table or a page of dots) must not stall the pane. Patterns
 * like /[:\s]+$/ retry a long run of their characters from each of its positions when the run does not reach
 * the end: seconds for one such paragraph. These check the work stays linear; the bounds are many times what
 * a linear scan takes, and far below what the quadratic patterns took.
 */
import { comparableText } from "../../src/core/presence";
import { classifyPlanHeading, isGoalTitle } from "../../src/core/planSections";
import { normaliseText, trimTrailing } from "../../src/core/textMatch";

const LENGTH = 80_000;
const LINEAR_BOUND_MS = 1_000;

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe("trimTrailing", () => {
  it("removes only the characters at the end that the class matches", () => {
    expect(trimTrailing("Major Duties: \t", /[:\s]/)).toBe("Major Duties");
    expect(trimTrailing("a:b", /[:\s]/)).toBe("a:b");
    expect(trimTrailing(":: ", /[:\s]/)).toBe("");
    expect(trimTrailing("", /[:\s]/)).toBe("");
  });

  it("is linear on a long run of trimmed characters that does not reach the end", () => {
    const { result, ms } = timed(() => trimTrailing(" ".repeat(LENGTH) + "x", /[:\s]/));
    expect(result).toHaveLength(LENGTH + 1);
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });
});

describe("an 80,000-character paragraph", () => {
  it.each([
    ["commas", ",".repeat(LENGTH) + "x"],
    ["colons", ":".repeat(LENGTH) + "x"],
    ["spaces and dots", " .".repeat(LENGTH / 2) + "x"],
  ])("of %s is compared for presence in linear time", (_, text) => {
    const { result, ms } = timed(() => comparableText(text));
    expect(result.endsWith("x")).toBe(true);
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });

  it("keeps its trailing punctuation off, however long the run", () => {
    expect(comparableText("Plain language" + " .;:,".repeat(LENGTH / 5))).toBe("plain language");
  });

  it.each([
    ["colons and spaces", ": ".repeat(LENGTH / 2) + "x"],
    ["a goal's colons", "Goal 1 " + ": ".repeat(LENGTH / 2) + "!"],
  ])("of %s is read as a plan heading in linear time", (_, text) => {
    const { ms } = timed(() => {
      classifyPlanHeading({ text, style: "Heading 1", bold: true });
      classifyPlanHeading({ text, style: "Normal" });
      isGoalTitle({ text, style: "Normal", bold: true });
    });
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });

  it("of spaces is normalised in linear time", () => {
    const { result, ms } = timed(() => normaliseText(" ".repeat(LENGTH) + "x\t" + " ".repeat(LENGTH) + "y"));
    expect(result).toBe("x\ty");
    expect(ms).toBeLessThan(LINEAR_BOUND_MS);
  });
});

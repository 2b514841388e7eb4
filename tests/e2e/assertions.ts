/**
 * Waiting assertions for the browser suite: the pane updates asynchronously (debounced detection, Word
 * round trips), so each check retries until it holds or the time runs out, then fails with what it saw.
 */
import type { Locator } from "playwright-core";

async function eventually(describe: () => Promise<string>, holds: (seen: string) => boolean, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let seen = "";
  for (;;) {
    seen = await describe().catch((error: unknown) => `(${String(error)})`);
    if (holds(seen)) return;
    if (Date.now() > deadline) throw new Error(`Expected ${what}, but saw: ${JSON.stringify(seen)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const matches = (seen: string, expected: string | RegExp) => (typeof expected === "string" ? seen.includes(expected) : expected.test(seen));

export function containsText(locator: Locator, expected: string | RegExp): Promise<void> {
  return eventually(() => locator.innerText(), (seen) => matches(seen, expected), `text containing ${String(expected)}`);
}

export function isFocused(locator: Locator): Promise<void> {
  return eventually(
    async () => String(await locator.evaluate((el) => el === document.activeElement)),
    (seen) => seen === "true",
    "the element to have focus",
  );
}

/** Waits until `read()` gives a value `holds` accepts (e.g. the stand-in's selection after a move). */
export function valueHolds<T>(read: () => Promise<T>, holds: (value: T) => boolean, what: string): Promise<void> {
  let last: T | undefined;
  return eventually(
    async () => JSON.stringify((last = await read())),
    () => last !== undefined && holds(last),
    what,
  );
}

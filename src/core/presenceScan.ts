/**
 * "Which entries are already in the document" for documents of any length without freezing the pane:
 * paragraphs are folded in short slices that hand the thread back between them, and each paragraph's
 * folded text is remembered, so a later scan folds only paragraphs that are new (after an insertion, a
 * paste, an agency change nothing else is folded again). A scan that a newer one replaced stops at its next slice.
 */
import type { Library, PlaceholderValues } from "./library";
import { comparableText, entriesInComparableText } from "./presence";

/** Work per slice before handing the thread back: well under the 50 ms that makes a task "long". */
export const SCAN_SLICE_MS = 8;
/** How many paragraphs between clock checks. */
const CHECK_EVERY = 32;

export type ScanControl = {
  /** True once the result is no longer wanted (a newer scan started, the pane closed). */
  cancelled: () => boolean;
  /** Hands the thread back; by default a macrotask, so input, rendering and Word's replies run in between. */
  yieldToHost?: () => Promise<void>;
  /** Clock in milliseconds; by default performance.now. */
  now?: () => number;
};

export type PresenceScanner = {
  /** Ids of the entries present, or null when cancelled. */
  scan(library: Library, paragraphTexts: readonly string[], values: PlaceholderValues, control: ScanControl): Promise<Set<string> | null>;
  /** Paragraph texts remembered in folded form (for tests). */
  readonly remembered: number;
};

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `fold` is how a paragraph is made comparable (presence.comparableText); tests pass a counting one. */
export function createPresenceScanner(fold: (text: string) => string = comparableText): PresenceScanner {
  // Folded form of the paragraph texts of the last complete scan (kept to those, so it never grows unbounded).
  let remembered = new Map<string, string>();

  return {
    get remembered() {
      return remembered.size;
    },

    async scan(library, paragraphTexts, values, control) {
      const yieldToHost = control.yieldToHost ?? macrotask;
      const now = control.now ?? (() => performance.now());
      const current = new Map<string, string>();
      const parts: string[] = [];
      let sliceStart = now();
      for (let i = 0; i < paragraphTexts.length; i++) {
        const text = paragraphTexts[i]!;
        let folded = current.get(text) ?? remembered.get(text);
        if (folded === undefined) folded = fold(text);
        current.set(text, folded);
        parts.push(folded);
        if (i % CHECK_EVERY === CHECK_EVERY - 1 && now() - sliceStart >= SCAN_SLICE_MS) {
          await yieldToHost();
          if (control.cancelled()) {
            // Keep what this scan folded: the scan that replaced it will likely need the same paragraphs.
            for (const [key, value] of current) remembered.set(key, value);
            return null;
          }
          sliceStart = now();
        }
      }
      remembered = current;
      return entriesInComparableText(library, parts.join("\n"), values);
    },
  };
}

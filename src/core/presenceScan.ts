/**
 * "Which entries are already in the document" for documents of any length without freezing the pane:
 * paragraphs are folded, then searched, in short slices that hand the thread back between them (schedule.inSlices),
 * and each paragraph's folded text is remembered, so a later scan folds only paragraphs that are new (after an
 * insertion, a paste, an agency change nothing else is folded again). A scan that a newer one replaced stops at its
 * next slice.
 */
import type { FoundEntries } from "./entryStates";
import type { Library, PlaceholderValues } from "./library";
import { comparableText, createEntryFinder, lookingPhase } from "./presence";
import { inSlices, type SliceControl } from "./schedule";

export type PresenceScanner = {
  /** The entries present, each with how it stands, or null when cancelled. */
  scan(library: Library, paragraphTexts: readonly string[], values: PlaceholderValues, control: SliceControl): Promise<FoundEntries | null>;
  /** Paragraph texts remembered in folded form (for tests). */
  readonly remembered: number;
};

/** `fold` is how a paragraph is made comparable (presence.comparableText); tests pass a counting one. */
export function createPresenceScanner(fold: (text: string) => string = comparableText): PresenceScanner {
  // Folded form of the paragraph texts of the last complete scan (kept to those, so it never grows unbounded).
  let remembered = new Map<string, string>();

  return {
    get remembered() {
      return remembered.size;
    },

    async scan(library, paragraphTexts, values, control) {
      const current = new Map<string, string>();
      const parts: string[] = [];
      const folded = await inSlices(
        paragraphTexts.length,
        (i) => {
          const text = paragraphTexts[i]!;
          let comparable = current.get(text) ?? remembered.get(text);
          if (comparable === undefined) comparable = fold(text);
          current.set(text, comparable);
          parts.push(comparable);
        },
        control,
      );
      if (!folded) {
        // Keep what this scan folded: the scan that replaced it will likely need the same paragraphs.
        for (const [key, value] of current) remembered.set(key, value);
        return null;
      }
      remembered = current;
      const finder = createEntryFinder(library, values, (index) => paragraphTexts[index]!);
      const looking = lookingPhase(finder, parts);
      return (await inSlices(looking.count, looking.step, control)) ? finder.found : null;
    },
  };
}

/**
 * Instant search across the whole library: every word typed must appear (in any order) in an entry's
 * text, label, keywords or section name. Hits carry the ranges to highlight in the rendered text.
 */
import type { Library, LibraryEntry, PlaceholderValues } from "./library";
import { foldText, foldWithMap } from "./textMatch";

export type TextRange = { start: number; end: number };

export type SearchHit = {
  entry: LibraryEntry;
  /** The entry's text as it would be inserted (placeholders filled). */
  text: string;
  /** Non-overlapping, sorted ranges of `text` that match a search word. */
  highlights: TextRange[];
};

type Indexed = { entry: LibraryEntry; text: string; folded: string; map: number[]; extra: string };

/** Builds a search function over the live entries; rebuild it when placeholder values change. */
export function createSearch(library: Library, values: PlaceholderValues = {}): (query: string) => SearchHit[] {
  const indexed: Indexed[] = library.entries().map((entry) => {
    const text = library.renderEntry(entry, values);
    const { folded, map } = foldWithMap(text);
    const extra = foldText(
      [entry.label ? library.renderText(entry.label, values) : "", ...(entry.keywords ?? []), library.section(entry.section)?.name ?? ""].join(" "),
    );
    return { entry, text, folded, map, extra };
  });

  return (query: string) => {
    const words = [...new Set(foldText(query).split(" ").filter(Boolean))];
    if (words.length === 0) return [];
    const phrase = words.join(" ");
    const hits: { hit: SearchHit; score: number }[] = [];
    for (const item of indexed) {
      if (!words.every((word) => item.folded.includes(word) || item.extra.includes(word))) continue;
      const ranges: TextRange[] = [];
      // The phrase as typed is marked whole, so "plain language" reads as one highlight.
      for (const word of words.length > 1 ? [phrase, ...words] : words) {
        for (let at = item.folded.indexOf(word); at !== -1; at = item.folded.indexOf(word, at + word.length)) {
          ranges.push({ start: item.map[at], end: item.map[at + word.length - 1] + 1 });
        }
      }
      // Whole phrase in the text first, then all words in the text, then matches through keywords only.
      const inText = words.filter((word) => item.folded.includes(word)).length;
      const score = (item.folded.includes(phrase) ? 2 * words.length : 0) + inText;
      hits.push({ hit: { entry: item.entry, text: item.text, highlights: mergeRanges(ranges) }, score });
    }
    // Array.prototype.sort is stable, so equal scores keep library order.
    return hits.sort((a, b) => b.score - a.score).map((h) => h.hit);
  };
}

export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Splits `text` into plain and highlighted runs, for rendering without building HTML. */
export function highlightRuns(text: string, highlights: readonly TextRange[]): { text: string; match: boolean }[] {
  const runs: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start > at) runs.push({ text: text.slice(at, start), match: false });
    runs.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), match: false });
  return runs;
}

/**
 * The preview page's document without the page: which paragraphs form tables, content controls and the
 * header/footer bands, where the arrow keys move the caret, and which part of each paragraph the selection
 * covers. Pure, so DocumentView only renders and maps the DOM.
 */
import type { StandinParagraphSpec, StandinSelection } from "../word/standin/types";

export type Point = StandinSelection["start"];

/** The story a paragraph belongs to: "Main" for the body and its tables, else "Header", "Footnote", … */
export type Story = "Main" | Exclude<NonNullable<StandinParagraphSpec["body"]>, "MainDoc" | "TableCell">;

export type Block =
  | { kind: "paragraph"; index: number }
  | { kind: "table"; cells: number[][] }
  | { kind: "control"; title: string; locked: boolean; indexes: number[] };

export function storyOf(p: StandinParagraphSpec | undefined): Story {
  const body = p?.body ?? "MainDoc";
  return body === "MainDoc" || body === "TableCell" ? "Main" : body;
}

/** Indexes of the paragraphs of one story, in document order. */
export function storyIndexes(paragraphs: readonly StandinParagraphSpec[], story: Story): number[] {
  return paragraphs.flatMap((p, i) => (storyOf(p) === story ? [i] : []));
}

function cellKeyOf(p: StandinParagraphSpec, index: number, paragraphs: readonly StandinParagraphSpec[]): string {
  if (p.cellId !== undefined) return `id${p.cellId}`;
  let first = index;
  while (first > 0 && paragraphs[first - 1]?.body === "TableCell" && paragraphs[first - 1]?.cellId === undefined) first--;
  return `run${first}`;
}

/** Groups main-body paragraphs into plain paragraphs, tables (runs of cell paragraphs) and content controls. */
export function mainBlocks(paragraphs: readonly StandinParagraphSpec[]): Block[] {
  const blocks: Block[] = [];
  paragraphs.forEach((p, index) => {
    if (storyOf(p) !== "Main") return;
    const last = blocks[blocks.length - 1];
    if (p.body === "TableCell") {
      const key = cellKeyOf(p, index, paragraphs);
      if (last?.kind === "table" && paragraphs[index - 1]?.body === "TableCell") {
        const cell = last.cells.find((c) => cellKeyOf(paragraphs[c[0]!]!, c[0]!, paragraphs) === key);
        if (cell) cell.push(index);
        else last.cells.push([index]);
      } else blocks.push({ kind: "table", cells: [[index]] });
      return;
    }
    const control = p.contentControl;
    if (control) {
      if (last?.kind === "control" && paragraphs[index - 1]?.contentControl?.id === control.id) last.indexes.push(index);
      else blocks.push({ kind: "control", title: control.title ?? "Content control", locked: control.cannotEdit ?? false, indexes: [index] });
      return;
    }
    blocks.push({ kind: "paragraph", index });
  });
  return blocks;
}

/** The next paragraph of the same story after (step 1) or before (step -1) `from`, or null at its end. */
function neighbour(paragraphs: readonly StandinParagraphSpec[], from: number, step: 1 | -1): number | null {
  const story = storyOf(paragraphs[from]);
  for (let i = from + step; i >= 0 && i < paragraphs.length; i += step) {
    if (storyOf(paragraphs[i]) === story) return i;
  }
  return null;
}

export type CaretKey = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End";

export function isCaretKey(key: string): key is CaretKey {
  return ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"].includes(key);
}

/**
 * Where `key` moves the caret from `focus`, as in Word with one line per paragraph: Up/Down to the next
 * paragraph of the same story (keeping the offset where it fits), Left/Right by a character and across
 * paragraph ends, Home/End to the paragraph's ends. At a story's first or last position it stays put.
 */
export function caretAfterKey(paragraphs: readonly StandinParagraphSpec[], focus: Point, key: CaretKey): Point {
  const length = (i: number) => paragraphs[i]?.text.length ?? 0;
  switch (key) {
    case "ArrowUp":
    case "ArrowDown": {
      const i = neighbour(paragraphs, focus.paragraph, key === "ArrowUp" ? -1 : 1);
      return i === null ? focus : { paragraph: i, offset: Math.min(focus.offset, length(i)) };
    }
    case "ArrowLeft": {
      if (focus.offset > 0) return { paragraph: focus.paragraph, offset: focus.offset - 1 };
      const i = neighbour(paragraphs, focus.paragraph, -1);
      return i === null ? focus : { paragraph: i, offset: length(i) };
    }
    case "ArrowRight": {
      if (focus.offset < length(focus.paragraph)) return { paragraph: focus.paragraph, offset: focus.offset + 1 };
      const i = neighbour(paragraphs, focus.paragraph, 1);
      return i === null ? focus : { paragraph: i, offset: 0 };
    }
    case "Home":
      return { paragraph: focus.paragraph, offset: 0 };
    case "End":
      return { paragraph: focus.paragraph, offset: length(focus.paragraph) };
  }
}

/** How the selection meets paragraph `index`: not at all, as a caret at `from`, or covering `from`..`to`. */
export type ParagraphSelection = { kind: "none" } | { kind: "caret"; from: number } | { kind: "range"; from: number; to: number };

export function selectionInParagraph(paragraphs: readonly StandinParagraphSpec[], selection: StandinSelection, index: number): ParagraphSelection {
  const { start, end } = selection;
  const p = paragraphs[index];
  if (!p || index < start.paragraph || index > end.paragraph || storyOf(p) !== storyOf(paragraphs[start.paragraph])) return { kind: "none" };
  const from = index === start.paragraph ? start.offset : 0;
  if (start.paragraph === end.paragraph && start.offset === end.offset) return { kind: "caret", from };
  return { kind: "range", from, to: index === end.paragraph ? end.offset : p.text.length };
}

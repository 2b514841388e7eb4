/**
 * Renders the stand-in's document as a page and lets a person place the caret or select text in it, as they
 * would in Word: a click or drag becomes standin.setSelection (which raises DocumentSelectionChanged for the
 * task pane), and the view re-renders whenever the pane changes the document.
 */
import { mergeClasses } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { listStringAt, type Standin } from "../word/standin";
import type { StandinParagraphSpec, StandinSelection } from "../word/standin/types";
import { caretAfterKey, isCaretKey, mainBlocks, selectionInParagraph, storyIndexes, type Point, type Story } from "./documentLayout";
import { useDocumentViewStyles } from "./useDocumentViewStyles.styles";

export type DocumentViewProps = {
  standin: Standin;
  /** Accessible name of the page, e.g. the sample's title. */
  label: string;
};

type Snapshot = { paragraphs: StandinParagraphSpec[]; selection: StandinSelection };

/** The paragraph index and character offset of a DOM point inside the page, or null outside it. */
function pointAt(container: HTMLElement, node: Node, offset: number): Point | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>("[data-paragraph]");
  if (!paragraph || !container.contains(paragraph)) return null;
  const index = Number(paragraph.dataset.paragraph);
  const text = paragraph.querySelector<HTMLElement>("[data-text]");
  if (!text) return { paragraph: index, offset: 0 };
  const length = text.textContent?.length ?? 0;
  if (text.contains(node)) {
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, offset);
    return { paragraph: index, offset: range.toString().length };
  }
  // On the list marker or the paragraph's padding: before or after the text.
  if (node.contains(text)) {
    const children = Array.from(node.childNodes);
    const holder = children.findIndex((child) => child.contains(text));
    return { paragraph: index, offset: offset <= holder ? 0 : length };
  }
  return { paragraph: index, offset: text.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING ? 0 : length };
}

function caretPointFromCoordinates(container: HTMLElement, x: number, y: number): Point | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return pointAt(container, position.offsetNode, position.offset);
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? pointAt(container, range.startContainer, range.startOffset) : null;
}

function read(standin: Standin): Snapshot {
  return { paragraphs: standin.paragraphs(), selection: standin.selection() };
}

export function DocumentView({ standin, label }: DocumentViewProps) {
  const styles = useDocumentViewStyles();
  const hintId = useId();
  const [snapshot, setSnapshot] = useState<Snapshot>(() => read(standin));
  const containerRef = useRef<HTMLDivElement>(null);
  // Keyboard selection: the fixed end and the moving end, while the person extends with Shift.
  const anchorRef = useRef<Point | null>(null);
  const focusRef = useRef<Point | null>(null);
  const movingSelf = useRef(false);
  const focusAfterRender = useRef(false);

  useEffect(() => {
    setSnapshot(read(standin));
    return standin.onChange((change) => {
      if (change.kind === "sync") return;
      if (change.kind === "selection" && !movingSelf.current) {
        // The add-in moved the selection: forget the keyboard's anchor.
        anchorRef.current = null;
        focusRef.current = null;
      }
      setSnapshot(read(standin));
    });
  }, [standin]);

  const { paragraphs, selection } = snapshot;
  const listStrings = useMemo(() => paragraphs.map((_, i) => listStringAt(paragraphs, i)), [paragraphs]);
  const focusPoint = focusRef.current ?? selection.end;
  const caretParagraph = Math.min(focusPoint.paragraph, paragraphs.length - 1);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    containerRef.current?.querySelector<HTMLElement>(`[data-paragraph="${caretParagraph}"]`)?.focus();
  }, [snapshot, caretParagraph]);

  const move = useCallback(
    (anchor: Point, focus: Point, fromKeyboard: boolean) => {
      anchorRef.current = anchor;
      focusRef.current = focus;
      focusAfterRender.current = fromKeyboard;
      movingSelf.current = true;
      try {
        standin.setSelection({ start: anchor, end: focus });
      } catch {
        // A drag from the header into the body: Word cannot select across stories, so keep a caret.
        anchorRef.current = focus;
        standin.setSelection({ start: focus, end: focus });
      } finally {
        movingSelf.current = false;
      }
    },
    [standin],
  );

  const onMouseUp = (event: MouseEvent<HTMLDivElement>) => {
    const container = containerRef.current;
    if (!container || event.button !== 0) return;
    // The browser's own selection after the click or drag (destructured: the Office lint rules mistake a
    // variable holding getSelection()'s result for a Word proxy).
    const { anchorNode, anchorOffset = 0, focusNode, focusOffset = 0 } = window.getSelection() ?? {};
    let anchor = anchorNode ? pointAt(container, anchorNode, anchorOffset) : null;
    let focus = focusNode ? pointAt(container, focusNode, focusOffset) : null;
    if (!anchor || !focus) anchor = focus = caretPointFromCoordinates(container, event.clientX, event.clientY);
    // A click on an empty paragraph leaves the browser's caret in the nearest text, often the next paragraph.
    const clicked = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-paragraph]") : null;
    const clickedIndex = clicked ? Number(clicked.dataset.paragraph) : null;
    const collapsed = anchor && focus && anchor.paragraph === focus.paragraph && anchor.offset === focus.offset;
    if (clickedIndex !== null && (!anchor || (collapsed && anchor.paragraph !== clickedIndex))) {
      const underPointer = caretPointFromCoordinates(container, event.clientX, event.clientY);
      anchor = focus = underPointer?.paragraph === clickedIndex ? underPointer : { paragraph: clickedIndex, offset: 0 };
    }
    if (!anchor || !focus) return;
    move(anchor, focus, false);
    // Our own highlight replaces the browser's once the selection is in the stand-in.
    window.getSelection()?.removeAllRanges();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isCaretKey(event.key)) return;
    event.preventDefault();
    const next = caretAfterKey(paragraphs, focusPoint, event.key);
    const anchor = event.shiftKey ? (anchorRef.current ?? focusPoint) : next;
    move(anchor, next, true);
  };

  const renderParagraph = (index: number, extraClass?: string): ReactNode => {
    const p = paragraphs[index]!;
    const selected = selectionInParagraph(paragraphs, selection, index);
    const touched = selected.kind !== "none";
    const level = p.list ? Math.min(p.list.level, 8) : null;
    const builtIn = p.styleBuiltIn ?? "Normal";
    const headingLevel = /^Heading([1-9])$/.exec(builtIn)?.[1];
    let content: ReactNode = p.text;
    if (selected.kind === "caret") {
      content = (
        <>
          {p.text.slice(0, selected.from)}
          <span className={styles.caret} aria-hidden="true" data-caret="" />
          {p.text.slice(selected.from)}
        </>
      );
    } else if (selected.kind === "range") {
      content = (
        <>
          {p.text.slice(0, selected.from)}
          <mark className={styles.selectedText}>{p.text.slice(selected.from, selected.to)}</mark>
          {p.text.slice(selected.to)}
        </>
      );
    }
    return (
      <div
        key={index}
        data-paragraph={index}
        tabIndex={index === caretParagraph ? 0 : -1}
        role={headingLevel ? "heading" : undefined}
        aria-level={headingLevel ? Number(headingLevel) : undefined}
        aria-current={touched ? "true" : undefined}
        className={mergeClasses(
          styles.paragraph,
          builtIn === "Title" && styles.title,
          builtIn === "Heading1" && styles.heading1,
          builtIn === "Heading2" && styles.heading2,
          headingLevel !== undefined && Number(headingLevel) > 2 && styles.heading3,
          p.bold === true && styles.bold,
          p.alignment === "Centered" && styles.centered,
          p.alignment === "Right" && styles.right,
          level !== null && styles[`level${level}` as keyof typeof styles],
          touched && styles.touched,
          extraClass,
        )}
      >
        {p.list && (
          <span className={styles.marker} aria-hidden="true">
            {listStrings[index]}
          </span>
        )}
        <span className={styles.text} data-text="">
          {content}
        </span>
      </div>
    );
  };

  const band = (story: Story, title: string) => {
    const indexes = storyIndexes(paragraphs, story);
    if (indexes.length === 0) return null;
    return (
      <div className={styles.band} role="group" aria-label={title}>
        <div className={styles.bandLabel} aria-hidden="true">
          {title}
        </div>
        {indexes.map((i) => renderParagraph(i, styles.bandParagraph))}
      </div>
    );
  };

  return (
    <div className={styles.canvas}>
      <span id={hintId} className={styles.hint}>
        Click to place the cursor or drag to select. Arrow keys, Home and End move the cursor; Shift extends the selection.
      </span>
      <div
        ref={containerRef}
        className={styles.page}
        role="document"
        aria-label={label}
        aria-describedby={hintId}
        onMouseUp={onMouseUp}
        onKeyDown={onKeyDown}
      >
        {band("Header", "Header")}
        <div className={styles.body}>
          {mainBlocks(paragraphs).map((block) => {
            if (block.kind === "paragraph") return renderParagraph(block.index);
            if (block.kind === "table") {
              return (
                <div key={`t${block.cells[0]![0]}`} className={styles.table} role="group" aria-label="Table">
                  {block.cells.map((cell) => (
                    <div key={cell[0]} className={styles.cell}>
                      {cell.map((i) => renderParagraph(i))}
                    </div>
                  ))}
                </div>
              );
            }
            return (
              <div key={`c${block.indexes[0]}`} className={styles.control} role="group" aria-label={block.title}>
                <span className={styles.controlLabel} aria-hidden="true">
                  {block.locked ? `${block.title} (locked)` : block.title}
                </span>
                {block.indexes.map((i) => renderParagraph(i))}
              </div>
            );
          })}
        </div>
        {band("Footnote", "Footnotes")}
        {band("Endnote", "Endnotes")}
        {band("Footer", "Footer")}
      </div>
    </div>
  );
}

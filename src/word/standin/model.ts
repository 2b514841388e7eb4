/**
 * The stand-in's document: paragraphs in document order, tracked positions and the user's selection.
 * Pure data and edit primitives; the proxy API (api/) queues calls and runs them here at sync.
 *
 * Positions are (paragraph, character offset) pairs. Ranges and the selection hold tracked positions that
 * edits move, the way Word adjusts live ranges: text inserted before a position shifts it; text inserted
 * exactly at a position leaves it where it is unless the edit says otherwise (see insertTextAt).
 */
import { officeError } from "./errors";
import type {
  StandinFormattedSpan,
  StandinBodyType,
  StandinContentControlSpec,
  StandinDocumentSpec,
  StandinParagraphSpec,
  StandinBehaviours,
  StandinComment,
  StandinPosition,
  StandinSelection,
  StandinTrackedChange,
  StandinWriteFailure,
} from "./types";

type Alignment = "Left" | "Centered" | "Right" | "Justified";

export interface ModelParagraph {
  readonly uid: number;
  /** false once the paragraph was merged into another (or the document replaced). */
  alive: boolean;
  text: string;
  style: string;
  styleBuiltIn: string;
  /** Direct outline level; undefined means "from the style". */
  outlineLevelOverride?: number;
  bold: boolean | "mixed";
  list?: { id: number; level: number; bullet: boolean };
  tableNestingLevel: number;
  body: StandinBodyType;
  cellId?: number;
  alignment: Alignment;
  contentControl?: StandinContentControlSpec;
  /** Direct indentation in points; undefined means "from the list level, else 0". */
  indent?: { left: number; firstLine: number };
  /** Stretches of direct character formatting (runs), in order, not overlapping; edits move them with the text. */
  formatted: StandinFormattedSpan[];
}

/** A tracked position; edits mutate it in place. */
export interface Pos {
  para: ModelParagraph;
  offset: number;
}

export interface RangeRef {
  start: Pos;
  end: Pos;
}

/** A Word body: the main document (including table cells), one table cell, or a header/footer/note story. */
export interface BodyRef {
  type: StandinBodyType;
  /** "Main" for MainDoc and TableCell paragraphs, else the body type: paragraphs of different stories never mix. */
  story: string;
  /** Identifies the body within its story: "MainDoc", "cell:<id>", or the story name. */
  key: string;
}

const STYLE_NAMES: Record<string, string> = {
  Normal: "Normal",
  Heading1: "Heading 1",
  Heading2: "Heading 2",
  Heading3: "Heading 3",
  Heading4: "Heading 4",
  Heading5: "Heading 5",
  Heading6: "Heading 6",
  Heading7: "Heading 7",
  Heading8: "Heading 8",
  Heading9: "Heading 9",
  Title: "Title",
  Subtitle: "Subtitle",
  ListParagraph: "List Paragraph",
  NoSpacing: "No Spacing",
  Quote: "Quote",
  IntenseQuote: "Intense Quote",
  Header: "Header",
  Footer: "Footer",
  Caption: "Caption",
  TocHeading: "TOC Heading",
  FootnoteText: "Footnote Text",
  EndnoteText: "Endnote Text",
};

/** Word.BuiltInStyleName values the stand-in accepts when styleBuiltIn is set. */
export const BUILT_IN_STYLES: readonly string[] = Object.keys(STYLE_NAMES);

/** The style name Word shows for a built-in style (English UI). */
export function styleNameFor(builtIn: string): string {
  return STYLE_NAMES[builtIn] ?? builtIn;
}

/** Word.BuiltInStyleName for a style name; "Other" for custom styles. */
export function builtInFor(styleName: string): string {
  const wanted = styleName.trim().toLowerCase();
  for (const [builtIn, name] of Object.entries(STYLE_NAMES)) {
    if (name.toLowerCase() === wanted) return builtIn;
  }
  return "Other";
}

/** Word's outline level: direct formatting wins, then HeadingN styles carry N, else 10 (body text). */
export function outlineLevelOf(p: ModelParagraph): number {
  if (p.outlineLevelOverride !== undefined) return p.outlineLevelOverride;
  const m = /^Heading([1-9])$/.exec(p.styleBuiltIn);
  return m ? Number(m[1]) : 10;
}

/** Paragraph.leftIndent: direct indentation, else the list level's (36 pt per level), else 0. */
export function leftIndentOf(p: ModelParagraph): number {
  return p.indent?.left ?? (p.list ? 36 * (p.list.level + 1) : 0);
}

/** Paragraph.firstLineIndent: direct indentation, else -18 (hanging) for list items, else 0. */
export function firstLineIndentOf(p: ModelParagraph): number {
  return p.indent?.firstLine ?? (p.list ? -18 : 0);
}

/** The defaults: the first value listed for each behaviour in StandinBehaviours. */
export const DEFAULT_BEHAVIOURS: Required<StandinBehaviours> = {
  nullChain: "null",
  siblingAtCellBoundary: "crosses",
  insertNextToListItem: "inherits",
  attachToListIndent: "level",
  newListBeforeSync: "usable",
  lockedContentControlError: "AccessDenied",
  textBoxBodyType: "Unknown",
  noteBodyTypeBefore15: "Unknown",
  paragraphReplace: "keeps",
  trackingModeWrite: "applies",
  longSearch: "fails",
  searchAcrossRuns: "finds",
  wholeWordAtJoiners: "separates",
};

/**
 * Formatting stretches after characters a..b of their paragraph became `length` new characters: the new text takes
 * the formatting of the first character it replaces (or, for an insertion, of the character before it); stretches
 * after it move with the text; a stretch left empty goes.
 */
export function respan(spans: readonly StandinFormattedSpan[], a: number, b: number, length: number): StandinFormattedSpan[] {
  const shift = length - (b - a);
  const carrier = a === b ? (span: StandinFormattedSpan) => span.start < a && span.end >= a : (span: StandinFormattedSpan) => span.start <= a && span.end > a;
  const out: StandinFormattedSpan[] = [];
  for (const span of spans) {
    if (carrier(span)) out.push({ ...span, end: span.end >= b ? span.end + shift : a + length });
    else if (span.end <= a) out.push({ ...span });
    else if (span.start >= b) out.push({ ...span, start: span.start + shift, end: span.end + shift });
    else if (span.end > b) out.push({ ...span, start: a + length, end: span.end + shift });
  }
  return out.filter((span) => span.start < span.end);
}

export function storyOf(type: StandinBodyType): string {
  return type === "MainDoc" || type === "TableCell" ? "Main" : type;
}

const ROMAN: readonly [number, string][] = [
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  let out = "";
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

function letters(n: number): string {
  let out = "";
  let rest = n;
  while (rest > 0) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

const BULLETS = ["•", "o", "▪"];

/** Enough of a paragraph (model or spec) to number it. */
export interface ListLike {
  list?: { id: number; level: number; bullet?: boolean };
  body?: StandinBodyType;
}

/**
 * The list marker Word would show for paragraph `index`, e.g. "1.", "b.", "iii." or a bullet.
 * Numbering restarts below a shallower item, as Word's default multilevel lists do.
 */
export function listStringAt(paragraphs: readonly ListLike[], index: number): string {
  const target = paragraphs[index];
  if (!target?.list) return "";
  const { id, level, bullet } = target.list;
  if (bullet) return BULLETS[level % BULLETS.length] ?? "•";
  const story = storyOf(target.body ?? "MainDoc");
  const counters: number[] = [];
  for (let i = 0; i <= index; i++) {
    const p = paragraphs[i];
    if (!p?.list || p.list.id !== id || storyOf(p.body ?? "MainDoc") !== story) continue;
    counters[p.list.level] = (counters[p.list.level] ?? 0) + 1;
    counters.length = p.list.level + 1;
  }
  const n = counters[level] ?? 1;
  const kind = level % 3;
  return `${kind === 0 ? String(n) : kind === 1 ? letters(n) : roman(n)}.`;
}

/** "document": content changed; "selection": the selection moved; "sync": a sync finished (after the others). */
export type ChangeKind = "document" | "selection" | "sync";
type Listener = (change: { kind: ChangeKind }) => void;

const DEFAULT_REQUIREMENT_SETS: Record<string, string> = { WordApi: "1.9", WordApiDesktop: "1.1" };
/** Common-API sets every Word client claims; a spec may override them by naming them. */
const COMMON_REQUIREMENT_SETS: Record<string, string> = { DocumentEvents: "1.1", Settings: "1.1", TextCoercion: "1.1" };

/** A deep copy of JSON data (settings are stored as JSON, as Office stores them). */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export class StandinModel {
  paragraphs: ModelParagraph[] = [];
  selection!: RangeRef;
  readOnly = false;
  changeTrackingMode: "Off" | "TrackAll" | "TrackMineOnly" = "Off";
  requirementSets: Record<string, string> = {};
  behaviours: Required<StandinBehaviours> = { ...DEFAULT_BEHAVIOURS };
  /** One-shot: the next writing sync fails part-way (see StandinWriteFailure). */
  failNextWrite: StandinWriteFailure | null = null;
  officeTheme: StandinDocumentSpec["officeTheme"];
  savedSettings: Record<string, unknown> = {};
  /** Revisions recorded while track changes was on, in the order they were made. */
  private revisions: { type: StandinTrackedChange["type"]; text: string; para: ModelParagraph }[] = [];
  /** Comments, anchored to tracked ranges so that edits move them as Word moves a comment's scope. */
  private commentList: { text: string; range: RangeRef }[] = [];

  private nextUid = 1;
  private readonly tracked = new Set<Pos>();
  private readonly listeners = new Set<Listener>();

  constructor(spec: StandinDocumentSpec) {
    this.load(spec);
  }

  /** Replaces the whole document (used by createStandin and the preview's document switcher). */
  load(spec: StandinDocumentSpec): void {
    if (spec.paragraphs.length === 0) {
      throw officeError("InvalidArgument", "createStandin", "a Word document always has at least one paragraph");
    }
    for (const p of this.paragraphs) p.alive = false;
    this.tracked.clear();
    this.paragraphs = spec.paragraphs.map((p) => this.fromSpec(p));
    this.readOnly = spec.readOnly ?? false;
    this.changeTrackingMode = spec.changeTrackingMode ?? "Off";
    this.requirementSets = { ...COMMON_REQUIREMENT_SETS, ...(spec.requirementSets ?? DEFAULT_REQUIREMENT_SETS) };
    this.behaviours = { ...DEFAULT_BEHAVIOURS, ...(spec.behaviours ?? {}) };
    this.failNextWrite = spec.failNextWrite ? { ...spec.failNextWrite } : null;
    this.officeTheme = spec.officeTheme ? { ...spec.officeTheme } : undefined;
    this.savedSettings = cloneJson(spec.settings ?? {});
    this.revisions = (spec.trackedChanges ?? []).flatMap((c) => {
      const para = this.paragraphs[c.paragraph];
      return para ? [{ type: c.type, text: c.text, para }] : [];
    });
    this.commentList = (spec.comments ?? []).map((c) => ({ text: c.text, range: this.trackRange(this.at(c.start), this.at(c.end)) }));
    const firstMain = this.paragraphs.find((p) => storyOf(p.body) === "Main") ?? this.paragraphs[0]!;
    this.selection = this.trackRange({ para: firstMain, offset: 0 }, { para: firstMain, offset: 0 });
    if (spec.selection) this.setSelection(spec.selection);
  }

  private fromSpec(spec: StandinParagraphSpec): ModelParagraph {
    const body: StandinBodyType = spec.body ?? ((spec.tableNestingLevel ?? 0) > 0 ? "TableCell" : "MainDoc");
    const styleBuiltIn = spec.styleBuiltIn ?? (spec.style ? builtInFor(spec.style) : "Normal");
    return {
      uid: this.nextUid++,
      alive: true,
      text: spec.text,
      style: spec.style ?? styleNameFor(styleBuiltIn),
      styleBuiltIn,
      outlineLevelOverride: spec.outlineLevel,
      bold: spec.bold ?? false,
      list: spec.list ? { id: spec.list.id, level: spec.list.level, bullet: spec.list.bullet ?? false } : undefined,
      tableNestingLevel: spec.tableNestingLevel ?? (body === "TableCell" ? 1 : 0),
      body,
      cellId: spec.cellId,
      alignment: spec.alignment ?? "Left",
      contentControl: spec.contentControl ? { ...spec.contentControl } : undefined,
      indent: spec.indent ? { ...spec.indent } : undefined,
      formatted: (spec.formatted ?? []).filter((f) => f.start < f.end).map((f) => ({ ...f })).sort((a, b) => a.start - b.start),
    };
  }

  private toSpec(p: ModelParagraph): StandinParagraphSpec {
    const out: StandinParagraphSpec = {
      text: p.text,
      style: p.style,
      styleBuiltIn: p.styleBuiltIn,
      outlineLevel: outlineLevelOf(p),
      bold: p.bold,
      tableNestingLevel: p.tableNestingLevel,
      body: p.body,
    };
    if (p.list) out.list = { ...p.list };
    if (p.contentControl) out.contentControl = { ...p.contentControl };
    if (p.cellId !== undefined) out.cellId = p.cellId;
    if (p.alignment !== "Left") out.alignment = p.alignment;
    if (p.indent) out.indent = { ...p.indent };
    if (p.formatted.length > 0) out.formatted = p.formatted.map((f) => ({ ...f }));
    return out;
  }

  snapshot(): StandinParagraphSpec[] {
    return this.paragraphs.map((p) => this.toSpec(p));
  }

  spec(): StandinDocumentSpec {
    return {
      paragraphs: this.snapshot(),
      selection: this.selectionSpec(),
      requirementSets: { ...this.requirementSets },
      changeTrackingMode: this.changeTrackingMode,
      readOnly: this.readOnly,
      officeTheme: this.officeTheme ? { ...this.officeTheme } : undefined,
      behaviours: { ...this.behaviours },
      settings: cloneJson(this.savedSettings),
      trackedChanges: this.trackedChanges(),
      comments: this.comments(),
    };
  }

  /** The revisions recorded so far (see StandinTrackedChange). */
  trackedChanges(): StandinTrackedChange[] {
    return this.revisions.map((r) => ({ type: r.type, text: r.text, paragraph: r.para.alive ? this.indexOf(r.para) : -1 }));
  }

  /** The document's comments, with where their ranges are now. */
  comments(): StandinComment[] {
    const position = (p: Pos): StandinPosition => ({ paragraph: this.indexOf(p.para), offset: p.offset });
    return this.commentList.map((c) => ({ text: c.text, start: position(c.range.start), end: position(c.range.end) }));
  }

  /** Range.insertComment: a comment on `range` (its ends tracked from now on). */
  addComment(range: RangeRef, text: string): void {
    this.commentList.push({ text, range: this.trackRange(range.start, range.end) });
  }

  /** Text written while track changes is on is an "Added" revision (and text it replaced a "Deleted" one). */
  private recordRevision(type: StandinTrackedChange["type"], text: string, para: ModelParagraph): void {
    if (this.changeTrackingMode !== "Off" && text !== "") this.revisions.push({ type, text, para });
  }

  // ---- change notification (the preview re-renders on these) ----

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(kind: ChangeKind): void {
    for (const listener of [...this.listeners]) listener({ kind });
  }

  // ---- lookup ----

  indexOf(p: ModelParagraph): number {
    return this.paragraphs.indexOf(p);
  }

  storyParagraphs(story: string): ModelParagraph[] {
    return this.paragraphs.filter((p) => storyOf(p.body) === story);
  }

  /** The key of the table cell holding a TableCell paragraph (see StandinParagraphSpec.cellId). */
  private cellKey(p: ModelParagraph): string {
    if (p.cellId !== undefined) return `cell:${p.cellId}`;
    let i = this.indexOf(p);
    while (i > 0) {
      const prev = this.paragraphs[i - 1]!;
      if (prev.body !== "TableCell" || prev.cellId !== undefined) break;
      i--;
    }
    return `cell:run${this.paragraphs[i]!.uid}`;
  }

  bodyOf(p: ModelParagraph): BodyRef {
    if (p.body === "TableCell") return { type: "TableCell", story: "Main", key: this.cellKey(p) };
    if (p.body === "MainDoc") return this.mainBody();
    return { type: p.body, story: p.body, key: p.body };
  }

  /**
   * Body.type as this Word reports it: footnotes and endnotes before WordApi 1.5 and text boxes get the
   * undocumented values chosen by the behaviours.
   */
  reportedBodyType(body: BodyRef): string {
    if (body.type === "TextBox") return this.behaviours.textBoxBodyType;
    if ((body.type === "Footnote" || body.type === "Endnote") && !this.isSetSupported("WordApi", "1.5")) {
      return this.behaviours.noteBodyTypeBefore15;
    }
    return body.type;
  }

  mainBody(): BodyRef {
    return { type: "MainDoc", story: "Main", key: "MainDoc" };
  }

  bodyParagraphs(body: BodyRef): ModelParagraph[] {
    const inStory = this.storyParagraphs(body.story);
    if (body.type !== "TableCell") return inStory;
    return inStory.filter((p) => p.body === "TableCell" && this.cellKey(p) === body.key);
  }

  sameBody(a: BodyRef, b: BodyRef): boolean {
    return a.story === b.story && a.key === b.key;
  }

  /** Negative when a is before b. Only meaningful for positions in one story. */
  comparePos(a: Pos, b: Pos): number {
    return this.indexOf(a.para) - this.indexOf(b.para) || a.offset - b.offset;
  }

  sameStory(a: Pos, b: Pos): boolean {
    return storyOf(a.para.body) === storyOf(b.para.body);
  }

  /** The paragraphs a range touches, in document order (Word.Range.paragraphs). */
  rangeParagraphs(r: RangeRef): ModelParagraph[] {
    const from = this.indexOf(r.start.para);
    const to = this.indexOf(r.end.para);
    const story = storyOf(r.start.para.body);
    return this.paragraphs.slice(from, to + 1).filter((p) => storyOf(p.body) === story);
  }

  // ---- tracked positions ----

  private track(pos: Pos): Pos {
    this.tracked.add(pos);
    return pos;
  }

  untrack(pos: Pos): void {
    if (this.selection.start !== pos && this.selection.end !== pos) this.tracked.delete(pos);
  }

  trackRange(start: Pos, end: Pos): RangeRef {
    return { start: this.track({ ...start }), end: this.track({ ...end }) };
  }

  // ---- selection ----

  selectionSpec(): StandinSelection {
    const { start, end } = this.selection;
    return {
      start: { paragraph: this.indexOf(start.para), offset: start.offset },
      end: { paragraph: this.indexOf(end.para), offset: end.offset },
    };
  }

  /** Moves the selection (clamping offsets, ordering the ends); throws RangeError for bad indexes. */
  setSelection(sel: StandinSelection): void {
    let start = this.at(sel.start);
    let end = this.at(sel.end);
    if (!this.sameStory(start, end)) throw new RangeError("A selection cannot span two stories (e.g. header and body)");
    if (this.comparePos(start, end) > 0) [start, end] = [end, start];
    this.setSelectionRange(start, end);
  }

  /** The position a fixture names (offset clamped to the paragraph); RangeError for a bad paragraph index. */
  private at(p: StandinPosition): Pos {
    const para = this.paragraphs[p.paragraph];
    if (!para) throw new RangeError(`No paragraph ${p.paragraph} (the document has ${this.paragraphs.length})`);
    return { para, offset: Math.max(0, Math.min(p.offset, para.text.length)) };
  }

  setSelectionRange(start: Pos, end: Pos): void {
    this.tracked.delete(this.selection?.start);
    this.tracked.delete(this.selection?.end);
    this.selection = this.trackRange(start, end);
  }

  // ---- edits ----

  private newParagraph(props: Omit<ModelParagraph, "uid" | "alive">): ModelParagraph {
    return { ...props, uid: this.nextUid++, alive: true };
  }

  /**
   * What a paragraph inserted next to `src` (or split off it) carries over, modelling what Word does and what
   * practitioners report: the same style, styleBuiltIn and direct outline level; the same list id and level
   * (unless behaviours.insertNextToListItem is "plain"); the same body, table cell and nesting level, content
   * control, alignment and direct indentation; bold only if the source is entirely bold.
   */
  private inheritedProps(src: ModelParagraph, keepList: boolean): Omit<ModelParagraph, "uid" | "alive" | "text"> {
    return {
      style: src.style,
      styleBuiltIn: src.styleBuiltIn,
      outlineLevelOverride: src.outlineLevelOverride,
      bold: src.bold === true,
      list: keepList && src.list ? { ...src.list } : undefined,
      tableNestingLevel: src.tableNestingLevel,
      body: src.body,
      cellId: src.cellId,
      alignment: src.alignment,
      contentControl: src.contentControl ? { ...src.contentControl } : undefined,
      indent: src.indent ? { ...src.indent } : undefined,
      formatted: [],
    };
  }

  /**
   * Inserts `text` at `at`. A "\n" or "\r" splits the paragraph, the new paragraphs inheriting from it as when
   * a user presses Enter. Tracked positions after the point move with the text; positions exactly at the
   * point stay before the new text. Returns the inserted span (untracked).
   */
  insertTextAt(at: Pos, text: string): { start: Pos; end: Pos } {
    const para = at.para;
    const o = at.offset;
    const lines = text.split(/\r\n|\n|\r/);
    const before = para.text.slice(0, o);
    const after = para.text.slice(o);
    const moves = (p: Pos): boolean => p.para === para && p.offset > o;
    this.recordRevision("Added", text, para);
    if (lines.length === 1) {
      para.formatted = respan(para.formatted, o, o, text.length);
      para.text = before + text + after;
      for (const p of this.tracked) if (moves(p)) p.offset += text.length;
      return { start: { para, offset: o }, end: { para, offset: o + text.length } };
    }
    para.text = before + lines[0];
    const added = lines.slice(1).map((line) => this.newParagraph({ ...this.inheritedProps(para, true), text: line }));
    const last = added[added.length - 1]!;
    const lastLength = last.text.length;
    last.text += after;
    // Formatting after the break goes with its text into the last new paragraph.
    const spans = para.formatted;
    para.formatted = spans.flatMap((f) => (f.start >= o ? [] : [{ ...f, end: Math.min(f.end, o) }]));
    last.formatted = spans.flatMap((f) => (f.end <= o ? [] : [{ ...f, start: Math.max(f.start, o) - o + lastLength, end: f.end - o + lastLength }]));
    this.paragraphs.splice(this.indexOf(para) + 1, 0, ...added);
    for (const p of this.tracked) {
      if (moves(p)) {
        p.offset = p.offset - o + lastLength;
        p.para = last;
      }
    }
    return { start: { para, offset: o }, end: { para: last, offset: lastLength } };
  }

  /** Inserts paragraphs after `anchor` carrying its properties; returns them in order. */
  insertParagraphsAfter(anchor: ModelParagraph, text: string, keepList: boolean): ModelParagraph[] {
    const created = text
      .split(/\r\n|\n|\r/)
      .map((line) => this.newParagraph({ ...this.inheritedProps(anchor, keepList), text: line }));
    this.paragraphs.splice(this.indexOf(anchor) + 1, 0, ...created);
    for (const p of created) this.recordRevision("Added", p.text, p);
    return created;
  }

  /** Body.insertParagraph at the end: plain Normal paragraphs after the body's last one (no list, no bold). */
  insertParagraphAtEnd(body: BodyRef, text: string): ModelParagraph[] {
    const paras = this.bodyParagraphs(body);
    const anchor = paras[paras.length - 1];
    const template: Omit<ModelParagraph, "uid" | "alive" | "text"> = {
      style: "Normal",
      styleBuiltIn: "Normal",
      bold: false,
      tableNestingLevel: anchor?.tableNestingLevel ?? (body.type === "TableCell" ? 1 : 0),
      body: anchor?.body ?? body.type,
      cellId: anchor?.cellId,
      alignment: "Left",
      formatted: [],
    };
    const created = text.split(/\r\n|\n|\r/).map((line) => this.newParagraph({ ...template, text: line }));
    if (!anchor) this.paragraphs.push(...created);
    else this.paragraphs.splice(this.indexOf(anchor) + 1, 0, ...created);
    for (const p of created) this.recordRevision("Added", p.text, p);
    return created;
  }

  /**
   * Paragraph.insertText(text, "Replace"): the paragraph's text becomes `text` (a "\n" splits it, as insertTextAt
   * does). Positions inside the old text move to its start. What happens to the paragraph's style and list is
   * behaviours.paragraphReplace. Returns the new text's span (untracked).
   */
  replaceParagraphText(para: ModelParagraph, text: string): { start: Pos; end: Pos } {
    this.recordRevision("Deleted", para.text, para);
    // The new text takes the formatting of the first character it replaces (respan), as the rest of Word's edits do.
    const first = para.formatted.find((f) => f.start === 0);
    para.formatted = [];
    para.text = "";
    for (const p of this.tracked) if (p.para === para) p.offset = 0;
    const replace = this.behaviours.paragraphReplace;
    if (replace !== "keeps") {
      para.list = undefined;
      para.indent = undefined;
    }
    if (replace === "resets-form") {
      para.style = styleNameFor("Normal");
      para.styleBuiltIn = "Normal";
      para.outlineLevelOverride = undefined;
    }
    const span = this.insertTextAt({ para, offset: 0 }, text);
    if (first && para.text.length > 0) para.formatted = [{ ...first, start: 0, end: para.text.length }];
    return span;
  }

  /**
   * Range.insertText(text, "Replace") within one paragraph: characters start..end become `text` (one line), which
   * takes the formatting of the first character it replaces; the rest of the paragraph and its runs stay as they
   * were. Positions inside the old text move to its start, later ones with the text. Tracked as a deletion and an
   * insertion when track changes is on. Returns the new text's span (untracked).
   */
  replaceRangeText(start: Pos, end: Pos, text: string): { start: Pos; end: Pos } {
    const para = start.para;
    const a = start.offset;
    const b = end.offset;
    this.recordRevision("Deleted", para.text.slice(a, b), para);
    this.recordRevision("Added", text, para);
    para.formatted = respan(para.formatted, a, b, text.length);
    para.text = para.text.slice(0, a) + text + para.text.slice(b);
    const shift = text.length - (b - a);
    for (const p of this.tracked) {
      if (p.para !== para || p.offset <= a) continue;
      p.offset = p.offset >= b ? p.offset + shift : a;
    }
    return { start: { para, offset: a }, end: { para, offset: a + text.length } };
  }

  /**
   * Paragraph/Range.search over characters `from` to `to` of each paragraph listed: where `searchText` stands, left
   * to right without overlaps, as Word's search answers under this model's behaviours. Only "^^" (a caret) of
   * Word's special characters is modelled; wildcards and the other options are not.
   */
  search(
    paragraphs: readonly { para: ModelParagraph; from: number; to: number }[],
    searchText: string,
    options: { matchCase: boolean; matchWholeWord: boolean },
    location: string,
  ): { start: Pos; end: Pos }[] {
    if (searchText.length > 255 && this.behaviours.longSearch === "fails") throw officeError("SearchStringInvalidOrTooLong", location, "over 255 characters");
    if (/\^(?!\^)/.test(searchText.replace(/\^\^/g, ""))) throw officeError("NotImplemented", location, "the stand-in models only ^^ of Word's special characters");
    const needle = searchText.replace(/\^\^/g, "^");
    if (needle === "") throw officeError("InvalidArgument", location, "the search text is empty");
    const fold = (t: string) => (options.matchCase ? t : t.toLowerCase());
    const isWordChar = (t: string, i: number): boolean => {
      const ch = t[i];
      if (ch === undefined) return false;
      if (/[\p{L}\p{N}_]/u.test(ch)) return true;
      return this.behaviours.wholeWordAtJoiners === "joins" && /['\u2019-]/.test(ch) && /[\p{L}\p{N}]/u.test(t[i - 1] ?? "") && /[\p{L}\p{N}]/u.test(t[i + 1] ?? "");
    };
    const found: { start: Pos; end: Pos }[] = [];
    for (const { para, from, to } of paragraphs) {
      const hay = fold(para.text);
      const target = fold(needle);
      for (let at = hay.indexOf(target, from); at !== -1 && at + target.length <= to; at = hay.indexOf(target, at + 1)) {
        const end = at + target.length;
        if (options.matchWholeWord && (isWordChar(para.text, at - 1) || isWordChar(para.text, end))) continue;
        const crossesRun = para.formatted.some((f) => (f.start > at && f.start < end) || (f.end > at && f.end < end));
        if (crossesRun && this.behaviours.searchAcrossRuns === "misses") continue;
        found.push({ start: { para, offset: at }, end: { para, offset: end } });
        at = end - 1;
      }
    }
    return found;
  }

  /** Ids of the lists present in the document. */
  listIds(): Set<number> {
    return new Set(this.paragraphs.flatMap((p) => (p.list ? [p.list.id] : [])));
  }

  isBulletList(id: number): boolean {
    return this.paragraphs.some((p) => p.list?.id === id && p.list.bullet);
  }

  /** Paragraphs of content control `id`, in document order. */
  contentControlParagraphs(id: number): ModelParagraph[] {
    return this.paragraphs.filter((p) => p.contentControl?.id === id);
  }

  // ---- requirement sets ----

  /** Office.context.requirements.isSetSupported: versions compare numerically per dot-separated part. */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    // Asked on every property read: remembered per requirement-set list (a long document's read asks millions of times).
    if (this.supportCache.sets !== this.requirementSets) this.supportCache = { sets: this.requirementSets, answers: new Map() };
    let byVersion = this.supportCache.answers.get(name);
    if (!byVersion) this.supportCache.answers.set(name, (byVersion = new Map()));
    let answer = byVersion.get(minVersion);
    if (answer === undefined) byVersion.set(minVersion, (answer = this.computeSetSupported(name, minVersion)));
    return answer;
  }

  private supportCache: { sets: Record<string, string>; answers: Map<string, Map<string | number | undefined, boolean>> } = { sets: {}, answers: new Map() };

  private computeSetSupported(name: string, minVersion?: string | number): boolean {
    const claimed = Object.entries(this.requirementSets).find(([set]) => set.toLowerCase() === name.toLowerCase())?.[1];
    if (claimed === undefined) return false;
    if (minVersion === undefined || minVersion === "") return true;
    // A number is stringified as office.js does, so 1.10 becomes "1.1": the documented pitfall of numeric versions.
    return compareVersions(claimed, String(minVersion)) >= 0;
  }
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(".").map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The document's text as the add-in reaches it: Word.Body, Word.Range, Word.ParagraphCollection and Word.Paragraph.
 * They sit in one module because, as in Word's object model, each hands out the others (a paragraph's range, a
 * range's paragraphs and body, a body's range).
 */
import { officeError, propertyNotLoaded } from "../errors";
import {
  BUILT_IN_STYLES,
  builtInFor,
  firstLineIndentOf,
  leftIndentOf,
  outlineLevelOf,
  storyOf,
  styleNameFor,
  type BodyRef,
  type ModelParagraph,
  type Pos,
  type RangeRef,
} from "../model";
import { StandinContentControl, visibleControl } from "./contentControl";
import { StandinFont } from "./font";
import { assertLevel, StandinList, StandinListItem } from "./lists";
import { assertOneOf, modelledLocation, StandinObject, type LoadTree, type RequestContextBase } from "./proxy";
import { BODY_SCHEMA, PARAGRAPH_SCHEMA, PARAGRAPHS_SCHEMA, RANGE_SCHEMA, RANGES_SCHEMA } from "./schemas";

const SELECTION_MODES = ["Select", "Start", "End"];

/** Word.SearchOptions the stand-in models; the others (wildcards, prefix, suffix, ignoring punctuation or space) it refuses. */
type SearchOptions = { matchCase?: boolean; matchWholeWord?: boolean; [other: string]: unknown };

function searchOptions(options: SearchOptions | undefined, location: string): { matchCase: boolean; matchWholeWord: boolean } {
  for (const [name, value] of Object.entries(options ?? {})) {
    if (name !== "matchCase" && name !== "matchWholeWord" && value) throw officeError("NotImplemented", location, `the stand-in does not model search option ${name}`);
  }
  return { matchCase: options?.matchCase === true, matchWholeWord: options?.matchWholeWord === true };
}

/** The items a collection's load asked for: `top` of them from `skip` on (Word's paged load). */
function loadedPage<T>(all: readonly T[], tree: LoadTree): T[] {
  const from = tree.skip ?? 0;
  return all.slice(from, tree.top === undefined ? undefined : from + tree.top);
}

/** Paragraph/Range.search's answer: the ranges where `searchText` stands in `stretches` (StandinModel.search). */
function searchResults(
  context: RequestContextBase,
  location: string,
  stretches: () => { para: ModelParagraph; from: number; to: number }[] | null,
  searchText: string,
  options: SearchOptions | undefined,
): StandinRangeCollection {
  return new StandinRangeCollection(context, () => {
    const where = stretches();
    if (where === null) return null;
    const found = context._runtime.model.search(where, searchText, searchOptions(options, location), location);
    return found.map((m) => context._trackRange(m.start, m.end));
  });
}

/** The paragraphs a range covers, each with the characters of it inside the range. */
function rangeStretches(model: { rangeParagraphs(r: RangeRef): ModelParagraph[] }, r: RangeRef): { para: ModelParagraph; from: number; to: number }[] {
  return model.rangeParagraphs(r).map((para) => ({
    para,
    from: para === r.start.para ? r.start.offset : 0,
    to: para === r.end.para ? r.end.offset : para.text.length,
  }));
}

/** Gives a paragraph a style; its outline level becomes the style's again, as in Word. */
function applyStyle(p: ModelParagraph, style: string, styleBuiltIn: string): void {
  p.style = style;
  p.styleBuiltIn = styleBuiltIn;
  p.outlineLevelOverride = undefined;
}

/** Ranges over a whole paragraph (its content; the stand-in does not model the paragraph mark). */
function paragraphSpan(p: ModelParagraph): { start: Pos; end: Pos } {
  return { start: { para: p, offset: 0 }, end: { para: p, offset: p.text.length } };
}

/** Word.Body — https://learn.microsoft.com/javascript/api/word/word.body */
export class StandinBody extends StandinObject<BodyRef> {
  protected readonly _schema = BODY_SCHEMA;

  /** WordApi 1.3: the body around this one (a table cell's body is in the main body), else a null object. */
  get parentBodyOrNullObject(): StandinBody {
    return this._nav(
      "parentBodyOrNullObject",
      () =>
        new StandinBody(
          this.context,
          // The stand-in's tables sit in the main document only (TableCell paragraphs belong to the main story).
          () => (this._resolve()?.type === "TableCell" ? this._model.mainBody() : null),
          true,
        ),
    );
  }

  get text(): string {
    return this._get("text");
  }

  /** WordApi 1.3: "MainDoc", "Header", "Footer", "TableCell", … (Word.BodyType). */
  get type(): string {
    return this._get("type");
  }

  /** WordApi 1.3. "Whole" (default), "Start", "End" or "Content"; "After" is not modelled. */
  getRange(rangeLocation: string = "Whole"): StandinRange {
    this._gate("1.3", "getRange");
    const location = "Body.getRange";
    const range = new StandinRange(this.context, () => {
      const paras = this._model.bodyParagraphs(this._refOrThrow(location));
      const first = paras[0];
      const last = paras[paras.length - 1];
      if (!first || !last) throw officeError("ItemNotFound", location, "the body has no paragraphs");
      return this.context._span({ para: first, offset: 0 }, { para: last, offset: last.text.length }, rangeLocation, location);
    });
    return this._bindAtSync(location, range);
  }

  /**
   * "End": a paragraph at the end of the body. A body-level insert gets Normal style and no list (practitioner
   * reports: only Paragraph.insertParagraph carries the neighbour's formatting).
   */
  insertParagraph(paragraphText: string, insertLocation: string): StandinParagraph {
    this._gate("1.1", "insertParagraph");
    const location = "Body.insertParagraph";
    return this._writeReturning(location, (made) => new StandinParagraph(this.context, made), () => {
      modelledLocation(insertLocation, ["End"], ["Start", "End"], location);
      const body = this._refOrThrow(location);
      this.context._assertWritable([], location);
      return this._model.insertParagraphAtEnd(body, paragraphText)[0] ?? null;
    });
  }

  protected override _navByName(name: string): StandinObject<unknown> {
    return name === "parentBodyOrNullObject" ? this.parentBodyOrNullObject : super._navByName(name);
  }

  protected _readScalar(name: string, body: BodyRef): unknown {
    if (name === "type") return this._model.reportedBodyType(body);
    if (name === "text") {
      return this._model
        .bodyParagraphs(body)
        .map((p) => p.text)
        .join("\r");
    }
    return undefined;
  }
}

/** Word.Range — https://learn.microsoft.com/javascript/api/word/word.range */
export class StandinRange extends StandinObject<RangeRef> {
  protected readonly _schema = RANGE_SCHEMA;

  /** WordApi 1.3: the range has no characters (a caret). */
  get isEmpty(): boolean {
    return this._get("isEmpty");
  }

  /** The range's text; paragraphs it spans are joined by "\r", as Word joins them. */
  get text(): string {
    return this._get("text");
  }

  /**
   * WordApi 1.1: "Replace" within one paragraph (the only location the add-in uses on a range): the range's
   * characters become `text`, which takes the formatting of the first of them; the rest of the paragraph keeps its
   * runs. Returns the new text's range.
   */
  insertText(text: string, insertLocation: string): StandinRange {
    this._gate("1.1", "insertText");
    const location = "Range.insertText";
    return this._writeReturning(location, (made) => new StandinRange(this.context, made), () => {
      modelledLocation(insertLocation, ["Replace"], ["Replace", "Start", "End", "Before", "After"], location);
      const r = this._refOrThrow(location);
      if (r.start.para !== r.end.para) throw officeError("NotImplemented", location, "the stand-in replaces text within one paragraph only");
      if (/[\r\n]/.test(text)) throw officeError("NotImplemented", location, "the stand-in replaces a range with one line only");
      this.context._assertWritable([r.start.para], location);
      const span = this._model.replaceRangeText(r.start, r.end, text);
      return this.context._trackRange(span.start, span.end);
    });
  }

  /** WordApi 1.1: where `searchText` stands in the range (see StandinModel.search). */
  search(searchText: string, options?: SearchOptions): StandinRangeCollection {
    this._gate("1.1", "search");
    const location = "Range.search";
    const stretches = () => {
      const r = this._resolve();
      return r === null ? null : rangeStretches(this._model, r);
    };
    return this._bindAtSync(location, searchResults(this.context, location, stretches, searchText, options));
  }

  /** The paragraphs the range touches, whole. */
  get paragraphs(): StandinParagraphCollection {
    return this._nav(
      "paragraphs",
      () =>
        new StandinParagraphCollection(this.context, () => {
          const r = this._resolve();
          return r === null ? null : this._model.rangeParagraphs(r);
        }),
    );
  }

  /** WordApi 1.3: the body holding the range; a range spanning a table cell and text outside it gets the main body. */
  get parentBody(): StandinBody {
    return this._nav(
      "parentBody",
      () =>
        new StandinBody(this.context, () => {
          const r = this._resolve();
          if (r === null) return null;
          const a = this._model.bodyOf(r.start.para);
          const b = this._model.bodyOf(r.end.para);
          return this._model.sameBody(a, b) ? a : a.story === "Main" ? this._model.mainBody() : a;
        }),
    );
  }

  /** WordApi 1.3: the content control containing the whole range, else a null object. */
  get parentContentControlOrNullObject(): StandinContentControl {
    return this._nav(
      "parentContentControlOrNullObject",
      () =>
        new StandinContentControl(
          this.context,
          () => {
            const r = this._resolve();
            if (r === null) return null;
            const ids = new Set(this._model.rangeParagraphs(r).map((p) => visibleControl(p)?.id));
            const [only] = [...ids];
            return ids.size === 1 && only !== undefined ? only : null;
          },
          true,
        ),
    );
  }

  protected override _alive(r: RangeRef): boolean {
    return r.start.para.alive && r.end.para.alive;
  }

  /** WordApi 1.3: "Whole" (default), "Start", "End" or "Content". */
  getRange(rangeLocation: string = "Whole"): StandinRange {
    this._gate("1.3", "getRange");
    const location = "Range.getRange";
    const range = new StandinRange(this.context, () => {
      const r = this._resolve();
      return r === null ? null : this.context._span(r.start, r.end, rangeLocation, location);
    });
    return this._bindAtSync(location, range);
  }

  /** WordApi 1.3: the span covering both ranges; ItemNotFound when they are in different stories (no union). */
  expandTo(range: StandinRange): StandinRange {
    return this._expand("expandTo", range, false);
  }

  expandToOrNullObject(range: StandinRange): StandinRange {
    return this._expand("expandToOrNullObject", range, true);
  }

  private _expand(member: string, other: StandinRange, nullable: boolean): StandinRange {
    this._gate("1.3", member);
    const location = `Range.${member}`;
    this.context._assertSameContext(other, location);
    const union = new StandinRange(
      this.context,
      () => {
        const a = this._resolve();
        const b = other._resolve();
        if (a && b && this._model.sameStory(a.start, b.start)) {
          const start = this._model.comparePos(a.start, b.start) <= 0 ? a.start : b.start;
          const end = this._model.comparePos(a.end, b.end) >= 0 ? a.end : b.end;
          return this.context._trackRange(start, end);
        }
        if (nullable) return null;
        throw officeError("ItemNotFound", location, "the two ranges don't have a union");
      },
      nullable,
    );
    return this._bindAtSync(location, union);
  }

  /**
   * WordApi 1.4: a Word comment on the range. Word returns the Comment; the stand-in models none of its members, so
   * nothing is returned (the add-in does not use it).
   */
  insertComment(commentText: string): void {
    this._gate("1.4", "insertComment");
    const location = "Range.insertComment";
    this.context._enqueue(location, "write", () => {
      if (typeof commentText !== "string" || commentText === "") throw officeError("InvalidArgument", location, "the comment needs text");
      const r = this._refOrThrow(location);
      this.context._assertWritable(this._model.rangeParagraphs(r), location);
      this._model.addComment(r, commentText);
    });
  }

  /** Moves the selection to the range ("Select", the default). */
  select(selectionMode: string = "Select"): void {
    this._gate("1.1", "select");
    const location = "Range.select";
    this.context._enqueue(location, "select", () => {
      modelledLocation(selectionMode, ["Select"], SELECTION_MODES, location);
      const r = this._refOrThrow(location);
      this._model.setSelectionRange(r.start, r.end);
    });
  }

  protected override _navByName(name: string): StandinObject<unknown> {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "parentBody") return this.parentBody;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    return super._navByName(name);
  }

  protected _readScalar(name: string, r: RangeRef): unknown {
    if (name === "text") return rangeStretches(this._model, r).map(({ para, from, to }) => para.text.slice(from, to)).join("\r");
    return name === "isEmpty" ? r.start.para === r.end.para && r.start.offset === r.end.offset : undefined;
  }
}

/** Word.RangeCollection (what search returns) — https://learn.microsoft.com/javascript/api/word/word.rangecollection */
export class StandinRangeCollection extends StandinObject<RangeRef[]> {
  protected readonly _schema = RANGES_SCHEMA;
  private _items: StandinRange[] | null = null;

  /** The items captured by the last load + sync. */
  get items(): StandinRange[] {
    if (!this._items) throw propertyNotLoaded("items", "RangeCollection.items");
    return this._items;
  }

  override _capture(tree: LoadTree): void {
    const itemTree = tree.children.get("items");
    this._items = loadedPage(this._resolve() ?? [], tree).map((r) => {
      const item = new StandinRange(this.context, () => r);
      if (itemTree) item._capture(itemTree);
      return item;
    });
  }

  protected _readScalar(): unknown {
    return undefined;
  }
}

/** Word.ParagraphCollection — https://learn.microsoft.com/javascript/api/word/word.paragraphcollection */
export class StandinParagraphCollection extends StandinObject<ModelParagraph[]> {
  protected readonly _schema = PARAGRAPHS_SCHEMA;
  private _items: StandinParagraph[] | null = null;
  private readonly _handles = new Map<ModelParagraph, StandinParagraph>();

  constructor(
    context: RequestContextBase,
    private readonly _source: () => ModelParagraph[] | null,
  ) {
    super(context, _source);
  }

  /** A collection is a live query: it is evaluated each time a step uses it. */
  override _resolve(): ModelParagraph[] | null {
    return this._source();
  }

  /** The items captured by the last load + sync. */
  get items(): StandinParagraph[] {
    if (!this._items) throw propertyNotLoaded("items", "ParagraphCollection.items");
    return this._items;
  }

  override _capture(tree: LoadTree): void {
    const list = loadedPage(this._resolve() ?? [], tree);
    const itemTree = tree.children.get("items");
    // Loading the same collection again reuses the handles of paragraphs already in it, so loads accumulate.
    this._items = list.map((p) => {
      let item = this._handles.get(p);
      if (!item) {
        item = new StandinParagraph(this.context, () => p);
        this._handles.set(p, item);
      }
      if (itemTree) item._capture(itemTree);
      return item;
    });
  }

  /** WordApi 1.3; ItemNotFound at sync when the collection is empty. */
  getFirst(): StandinParagraph {
    return this._pick("getFirst", (list) => list[0]);
  }

  getLast(): StandinParagraph {
    return this._pick("getLast", (list) => list[list.length - 1]);
  }

  private _pick(member: string, choose: (list: ModelParagraph[]) => ModelParagraph | undefined): StandinParagraph {
    this._gate("1.3", member);
    const location = `ParagraphCollection.${member}`;
    const paragraph = new StandinParagraph(this.context, () => {
      const list = this._resolve();
      const found = list ? choose(list) : undefined;
      if (found) return found;
      throw officeError("ItemNotFound", location, "the collection is empty");
    });
    return this._bindAtSync(location, paragraph);
  }

  protected _readScalar(): unknown {
    return undefined;
  }
}

/** Word.Paragraph — https://learn.microsoft.com/javascript/api/word/word.paragraph */
export class StandinParagraph extends StandinObject<ModelParagraph> {
  protected readonly _schema = PARAGRAPH_SCHEMA;

  protected override _alive(p: ModelParagraph): boolean {
    return p.alive;
  }

  get text(): string {
    return this._get("text");
  }

  /** Localized or custom style name; setting it also sets styleBuiltIn and resets the outline level to the style's. */
  get style(): string {
    return this._get("style");
  }

  set style(value: string) {
    this._set("style", value, (p, location) => {
      if (typeof value !== "string" || value.trim() === "") throw officeError("InvalidArgument", location, "style must be a name");
      this.context._assertWritable([p], location);
      applyStyle(p, value, builtInFor(value));
    });
  }

  /** WordApi 1.3: Word.BuiltInStyleName, locale-independent. */
  get styleBuiltIn(): string {
    return this._get("styleBuiltIn");
  }

  set styleBuiltIn(value: string) {
    this._set("styleBuiltIn", value, (p, location) => {
      const builtIn = assertOneOf(value, BUILT_IN_STYLES, location);
      this.context._assertWritable([p], location);
      applyStyle(p, styleNameFor(builtIn), builtIn);
    });
  }

  /** 1–9 for outline levels, 10 for body text (see model.outlineLevelOf). */
  get outlineLevel(): number {
    return this._get("outlineLevel");
  }

  /** Points. Direct indentation if set, else the list level's (36 per level), else 0 (model.leftIndentOf). */
  get leftIndent(): number {
    return this._get("leftIndent");
  }

  set leftIndent(value: number) {
    this._setIndent("leftIndent", value, (p) => ({ left: value, firstLine: firstLineIndentOf(p) }));
  }

  /** Points; negative for a hanging indent. Direct if set, else -18 for list items, else 0. */
  get firstLineIndent(): number {
    return this._get("firstLineIndent");
  }

  set firstLineIndent(value: number) {
    this._setIndent("firstLineIndent", value, (p) => ({ left: leftIndentOf(p), firstLine: value }));
  }

  private _setIndent(name: string, value: number, indent: (p: ModelParagraph) => { left: number; firstLine: number }): void {
    this._set(name, value, (p, location) => {
      if (typeof value !== "number" || !Number.isFinite(value)) throw officeError("InvalidArgument", location);
      this.context._assertWritable([p], location);
      p.indent = indent(p);
    });
  }

  /** WordApi 1.3. */
  get isListItem(): boolean {
    return this._get("isListItem");
  }

  /** WordApi 1.3: 0 outside tables. */
  get tableNestingLevel(): number {
    return this._get("tableNestingLevel");
  }

  get font(): StandinFont {
    return this._nav("font", () => new StandinFont(this.context, () => this._resolve()));
  }

  /** WordApi 1.3; using it on a paragraph outside a list fails at sync with ItemNotFound. */
  get listItem(): StandinListItem {
    return this._nav("listItem", () => new StandinListItem(this.context, () => this._listParagraph("Paragraph.listItem", false)));
  }

  get listItemOrNullObject(): StandinListItem {
    return this._nav(
      "listItemOrNullObject",
      () => new StandinListItem(this.context, () => this._listParagraph("Paragraph.listItemOrNullObject", true), true),
    );
  }

  get listOrNullObject(): StandinList {
    return this._nav(
      "listOrNullObject",
      () => new StandinList(this.context, () => this._listParagraph("Paragraph.listOrNullObject", true)?.list?.id ?? null, true),
    );
  }

  private _listParagraph(location: string, nullable: boolean): ModelParagraph | null {
    const p = this._resolve();
    if (p?.list) return p;
    if (nullable || p === null) return null;
    throw officeError("ItemNotFound", location, "the paragraph is not a list item");
  }

  /**
   * WordApi 1.3: the paragraph before this one in its story (table cells included, headers excluded), else a
   * null object. Called on a null object, and at a table cell's edge, Word's answer is undocumented: see
   * behaviours.nullChain and behaviours.siblingAtCellBoundary.
   */
  getPreviousOrNullObject(): StandinParagraph {
    return this._sibling("getPreviousOrNullObject", -1);
  }

  getNextOrNullObject(): StandinParagraph {
    return this._sibling("getNextOrNullObject", 1);
  }

  private _sibling(member: string, step: 1 | -1): StandinParagraph {
    this._gate("1.3", member);
    const location = `Paragraph.${member}`;
    const sibling = new StandinParagraph(
      this.context,
      () => {
        const p = this._resolve();
        const behaviours = this._model.behaviours;
        if (p === null) {
          if (behaviours.nullChain === "null") return null;
          throw officeError("GeneralException", location, "called on a null object");
        }
        const story = this._model.storyParagraphs(storyOf(p.body));
        const found = story[story.indexOf(p) + step];
        const leavesCell =
          found !== undefined && p.body === "TableCell" && !this._model.sameBody(this._model.bodyOf(p), this._model.bodyOf(found));
        return found && !(leavesCell && behaviours.siblingAtCellBoundary === "stops") ? found : null;
      },
      true,
    );
    return this._bindAtSync(location, sibling);
  }

  /** WordApi 1.1: where `searchText` stands in the paragraph (see StandinModel.search). */
  search(searchText: string, options?: SearchOptions): StandinRangeCollection {
    this._gate("1.1", "search");
    const location = "Paragraph.search";
    const stretches = () => {
      const p = this._resolve();
      return p === null ? null : [{ para: p, from: 0, to: p.text.length }];
    };
    return this._bindAtSync(location, searchResults(this.context, location, stretches, searchText, options));
  }

  /** WordApi 1.3: "Whole" (default), "Start", "End" or "Content" ("Content" = "Whole": no paragraph mark modelled). */
  getRange(rangeLocation: string = "Whole"): StandinRange {
    this._gate("1.3", "getRange");
    const location = "Paragraph.getRange";
    const range = new StandinRange(this.context, () => {
      const p = this._resolve();
      if (p === null) return null;
      const { start, end } = paragraphSpan(p);
      return this.context._span(start, end, rangeLocation, location);
    });
    return this._bindAtSync(location, range);
  }

  /**
   * "Start": the text joins the paragraph and takes its formatting (style, list, bold). "Replace": the text takes the
   * place of the paragraph's text; whether the paragraph keeps its style and list is behaviours.paragraphReplace.
   * Returns the inserted text's range.
   */
  insertText(text: string, insertLocation: string): StandinRange {
    this._gate("1.1", "insertText");
    const location = "Paragraph.insertText";
    return this._writeReturning(location, (made) => new StandinRange(this.context, made), () => {
      const where = modelledLocation(insertLocation, ["Start", "Replace"], ["Replace", "Start", "End"], location);
      const p = this._refOrThrow(location);
      this.context._assertWritable([p], location);
      const span = where === "Replace" ? this._model.replaceParagraphText(p, text) : this._model.insertTextAt({ para: p, offset: 0 }, text);
      return this.context._trackRange(span.start, span.end);
    });
  }

  /**
   * "After". The new paragraph inherits this one's style, styleBuiltIn, list id and level, table cell, content
   * control and alignment; it is bold only if this one is all bold (model.inheritedProps).
   * behaviours.insertNextToListItem "plain" simulates Word not carrying the list over.
   */
  insertParagraph(paragraphText: string, insertLocation: string): StandinParagraph {
    this._gate("1.1", "insertParagraph");
    const location = "Paragraph.insertParagraph";
    return this._writeReturning(location, (made) => new StandinParagraph(this.context, made), () => {
      modelledLocation(insertLocation, ["After"], ["Before", "After"], location);
      const anchor = this._refOrThrow(location);
      this.context._assertWritable([anchor], location);
      const keepList = this._model.behaviours.insertNextToListItem === "inherits";
      return this._model.insertParagraphsAfter(anchor, paragraphText, keepList)[0] ?? null;
    });
  }

  /**
   * WordApi 1.3. Fails with GeneralException if the paragraph is already a list item (documented "fails";
   * code per office-js#2307 for startNewList), InvalidArgument for an unknown list id or a level outside 0–8.
   * The paragraph keeps its style.
   */
  attachToList(listId: number, level: number): StandinList {
    this._gate("1.3", "attachToList");
    const location = "Paragraph.attachToList";
    const list = new StandinList(this.context, () => listId);
    this.context._enqueue(location, "write", () => {
      const p = this._refOrThrow(location);
      if (p.list) throw officeError("GeneralException", location, "the paragraph is already a list item");
      if (!this._model.listIds().has(listId)) throw officeError("InvalidArgument", location, `there is no list ${listId}`);
      assertLevel(level, location);
      this.context._assertWritable([p], location);
      // office-js#6524: Word may keep the paragraph's own indentation instead of the level's.
      if (this._model.behaviours.attachToListIndent === "own") p.indent = { left: leftIndentOf(p), firstLine: firstLineIndentOf(p) };
      p.list = { id: listId, level, bullet: this._model.isBulletList(listId) };
      list._resolve();
    });
    return list;
  }

  /** WordApi 1.3. Stand-in choice: a no-op on a paragraph that is not a list item; the style is kept. */
  detachFromList(): void {
    this._gate("1.3", "detachFromList");
    const location = "Paragraph.detachFromList";
    this.context._enqueue(location, "write", () => {
      const p = this._refOrThrow(location);
      this.context._assertWritable([p], location);
      p.list = undefined;
    });
  }

  /**
   * WordApi 1.3. GeneralException if already a list item (office-js#2307); the new list is bulleted. Whether the
   * returned List can be used before a sync is behaviours.newListBeforeSync.
   */
  startNewList(): StandinList {
    this._gate("1.3", "startNewList");
    const location = "Paragraph.startNewList";
    let id: number | null = null;
    const list = new StandinList(this.context, () => id);
    list._bornInSync = () => this.context._runtime.syncCount;
    this.context._enqueue(location, "write", () => {
      const p = this._refOrThrow(location);
      if (p.list) throw officeError("GeneralException", location, "the paragraph is already a list item");
      this.context._assertWritable([p], location);
      id = Math.max(0, ...this._model.listIds()) + 1;
      p.list = { id, level: 0, bullet: true };
      list._resolve();
    });
    return list;
  }

  protected override _navByName(name: string): StandinObject<unknown> {
    if (name === "font") return this.font;
    if (name === "listItem") return this.listItem;
    if (name === "listItemOrNullObject") return this.listItemOrNullObject;
    if (name === "listOrNullObject") return this.listOrNullObject;
    return super._navByName(name);
  }

  protected _readScalar(name: string, p: ModelParagraph): unknown {
    switch (name) {
      case "text":
        return p.text;
      case "style":
        return p.style;
      case "styleBuiltIn":
        return p.styleBuiltIn;
      case "outlineLevel":
        return outlineLevelOf(p);
      case "leftIndent":
        return leftIndentOf(p);
      case "firstLineIndent":
        return firstLineIndentOf(p);
      case "isListItem":
        return p.list !== undefined;
      case "tableNestingLevel":
        return p.tableNestingLevel;
      default:
        return undefined;
    }
  }
}

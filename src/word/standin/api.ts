/**
 * Proxy objects of the stand-in Word API: cheap handles whose method calls and property sets are queued and
 * run against the model at context.sync(), in order, as Office batches do
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 *
 * - A property is readable only after load + sync; the value is the one captured by that sync.
 * - Methods returning objects (getFirst, getPreviousOrNullObject, insertParagraph, …) queue a step that binds
 *   the new handle at that point of the batch; a paragraph handle stays bound to its paragraph afterwards.
 * - When a queued step fails, the steps before it have taken effect, the later ones are dropped and sync rejects.
 * - Members of a requirement set the host does not claim throw ApiNotFound when called, read or loaded.
 */
import type { StandinContentControlSpec } from "./types";
import { BARE_LOAD_MESSAGE, officeError, propertyNotLoaded, StandinOfficeError } from "./errors";
import {
  BUILT_IN_STYLES,
  builtInFor,
  firstLineIndentOf,
  leftIndentOf,
  listStringAt,
  outlineLevelOf,
  storyOf,
  styleNameFor,
  type Alignment,
  type BodyRef,
  type ModelParagraph,
  type Pos,
  type RangeRef,
  type StandinModel,
} from "./model";

/** What the proxies need from the stand-in around them (implemented in index.ts). */
export interface StandinRuntime {
  readonly model: StandinModel;
  /** Number of the sync running now (or of the last one). */
  readonly syncCount: number;
  /** Counts the sync and returns its number. */
  beginSync(): number;
  /** Simulated round trip before the queued steps run. */
  roundTrip(): Promise<void>;
  endSync(entry: SyncLogEntry, effects: { wrote: boolean; selected: boolean }): void;
}

/** One context.sync(): the queued steps it ran (up to and including a failing one) and the error code, if any. */
export interface SyncLogEntry {
  sync: number;
  operations: string[];
  error?: string;
}

type StepKind = "read" | "write" | "select";
interface Step {
  label: string;
  kind: StepKind;
  run: () => void;
}

/** Word requirement set of a member: "1.3" means WordApi 1.3. */
type Req = string;

interface Schema {
  type: string;
  scalars: Readonly<Record<string, Req>>;
  navs: Readonly<Record<string, { req: Req; schema: () => Schema }>>;
  /** Collections load their properties on every item. */
  items?: () => Schema;
}

interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  children: Map<string, LoadTree>;
  top?: number;
  skip?: number;
}

function requireApi(context: StandinRequestContext, version: Req, location: string): void {
  if (!context._runtime.model.isSetSupported("WordApi", version)) {
    throw officeError("ApiNotFound", location, `${location} needs WordApi ${version}`);
  }
}

function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/**
 * Load arguments as Office accepts them: "a,b/c", ["a", "b/c"], { select, expand } (plus top/skip or $top/$skip on
 * collections), or the typed form { a: true, b: { c: true } }. A bare load() is refused (see BARE_LOAD_MESSAGE).
 */
function parseLoadArgument(option: unknown, location: string): { paths: string[]; top?: number; skip?: number } {
  const bare = (): StandinOfficeError => new StandinOfficeError("InvalidArgument", BARE_LOAD_MESSAGE, location);
  const split = (s: string): string[] =>
    s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== "");
  let paths: string[] = [];
  let top: number | undefined;
  let skip: number | undefined;
  if (option === undefined || option === null) throw bare();
  if (typeof option === "string") paths = split(option);
  else if (Array.isArray(option)) {
    for (const item of option) {
      if (typeof item !== "string") throw officeError("InvalidArgument", location, "load() array items must be strings");
      paths.push(...split(item));
    }
  } else if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if (["select", "expand", "top", "skip", "$top", "$skip"].some((key) => hasOwn(o, key))) {
      const list = (v: unknown): string[] =>
        typeof v === "string" ? split(v) : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").flatMap(split) : [];
      paths = [...list(o.select), ...list(o.expand)];
      // Office documents { select, top, skip } (OfficeExtension.LoadOption); the typings also name them $top/$skip.
      const number = (a: unknown, b: unknown) => (typeof a === "number" ? a : typeof b === "number" ? b : undefined);
      top = number(o.top, o.$top);
      skip = number(o.skip, o.$skip);
    } else {
      if (o.$all === true) throw bare();
      const walk = (obj: Record<string, unknown>, prefix: string): void => {
        for (const [key, value] of Object.entries(obj)) {
          if (key.startsWith("$")) continue;
          if (value === true) paths.push(prefix + key);
          else if (value && typeof value === "object") walk(value as Record<string, unknown>, `${prefix}${key}/`);
        }
      };
      walk(o, "");
    }
  } else throw officeError("InvalidArgument", location, "unsupported load() argument");
  if (paths.length === 0) throw bare();
  return { paths, top, skip };
}

/** Checks paths against the schema (unknown → InvalidArgument, unsupported → ApiNotFound) and groups them. */
function buildTree(context: StandinRequestContext, schema: Schema, paths: readonly string[], all: boolean, location: string): LoadTree {
  const tree: LoadTree = { all, scalars: new Set(), children: new Map() };
  if (schema.items) {
    // On a collection, "items/x" and plain "x" both mean x on every item; "items" alone means all scalars.
    const itemPaths: string[] = [];
    let itemsAll = all;
    for (const path of paths) {
      if (path === "items") itemsAll = true;
      else itemPaths.push(path.startsWith("items/") ? path.slice("items/".length) : path);
    }
    tree.children.set("items", buildTree(context, schema.items(), itemPaths, itemsAll, location));
    return tree;
  }
  const grouped = new Map<string, { rest: string[]; all: boolean }>();
  for (const path of paths) {
    const [head = "", ...restParts] = path.split("/");
    if (hasOwn(schema.scalars, head)) {
      if (restParts.length > 0) throw officeError("InvalidArgument", location, `'${head}' is not a navigation property`);
      requireApi(context, schema.scalars[head]!, `${schema.type}.${head}`);
      tree.scalars.add(head);
    } else if (hasOwn(schema.navs, head)) {
      requireApi(context, schema.navs[head]!.req, `${schema.type}.${head}`);
      const entry = grouped.get(head) ?? { rest: [], all: false };
      // Loading a navigation property by itself loads its scalars, as office.js does ("font" = font.load()).
      if (restParts.length === 0) entry.all = true;
      else entry.rest.push(restParts.join("/"));
      grouped.set(head, entry);
    } else {
      throw officeError("InvalidArgument", location, `'${head}' is not a property of ${schema.type} that the stand-in models`);
    }
  }
  for (const [name, { rest, all: childAll }] of grouped) {
    tree.children.set(name, buildTree(context, schema.navs[name]!.schema(), rest, childAll, location));
  }
  return tree;
}

function describeLoad(option: unknown): string {
  return typeof option === "string" ? option : JSON.stringify(option);
}

// ---------------------------------------------------------------------------------------------------------------
// Base object
// ---------------------------------------------------------------------------------------------------------------

/** OfficeExtension.ClientObject: https://learn.microsoft.com/javascript/api/office/officeextension.clientobject */
export abstract class StandinObject<R> {
  readonly context: StandinRequestContext;
  protected abstract readonly _schema: Schema;
  private _resolved = false;
  private _ref: R | null = null;
  private _known = false;
  private readonly _values = new Map<string, unknown>();
  private readonly _children = new Map<string, StandinObject<unknown>>();

  constructor(
    context: StandinRequestContext,
    private readonly _resolver: () => R | null,
    /** An *OrNullObject handle (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties). */
    protected readonly _nullable = false,
  ) {
    this.context = context;
    context._register(this);
  }

  protected get _model(): StandinModel {
    return this.context._runtime.model;
  }

  protected get _type(): string {
    return this._schema.type;
  }

  /**
   * True when the *OrNullObject lookup found nothing. Readable after the sync that ran the lookup; a handle
   * derived from a null object (its font, its previous paragraph, …) is null as well.
   */
  get isNullObject(): boolean {
    if (this._known) return this._ref === null;
    if (!this._nullable) return false;
    throw propertyNotLoaded("isNullObject", `${this._type}.isNullObject`);
  }

  /** Binds the handle (once) to what it denotes now; throws the lookup's error (e.g. ItemNotFound). */
  _resolve(): R | null {
    if (!this._resolved) {
      this._ref = this._resolver();
      this._resolved = true;
    }
    if (this._ref !== null && !this._alive(this._ref)) {
      throw officeError("ItemNotFound", `${this._type}`, "the object was deleted from the document");
    }
    return this._ref;
  }

  /** The bound model object, or ItemNotFound for a null object (using a null object in a write fails). */
  protected _refOrThrow(location: string): R {
    const ref = this._resolve();
    if (ref === null) throw officeError("ItemNotFound", location, "the object is a null object");
    return ref;
  }

  protected _alive(_ref: R): boolean {
    return true;
  }

  /** Called by the context after each sync. */
  _afterSync(succeeded: boolean): void {
    if (succeeded && this._nullable && !this._resolved) {
      try {
        this._resolve();
      } catch {
        // Left unresolved; isNullObject stays unreadable, as nothing was learnt about the object.
      }
    }
    if (this._resolved) this._known = true;
  }

  protected _gate(version: Req, member: string): void {
    requireApi(this.context, version, `${this._type}.${member}`);
  }

  /** Reads a loaded property; see the class comment. */
  protected _get<T>(name: string): T {
    this._gate(this._schema.scalars[name] ?? "1.1", name);
    const location = `${this._type}.${name}`;
    if (this._known && this._ref === null) {
      throw propertyNotLoaded(name, location, "the object is a null object; check isNullObject first");
    }
    if (!this._values.has(name)) throw propertyNotLoaded(name, location);
    return this._values.get(name) as T;
  }

  /**
   * Queues a property set. Like office.js, the handle remembers the value it was given, so reading it back
   * before a sync returns that value.
   */
  protected _set(name: string, value: unknown, apply: (ref: R, location: string) => void): void {
    this._gate(this._schema.scalars[name] ?? "1.1", name);
    this._values.set(name, value);
    const location = `${this._type}.${name}`;
    this.context._enqueue(`${location}=`, "write", () => apply(this._refOrThrow(location), location));
  }

  /** Creates (once) the handle behind a navigation property such as `font` or `parentBody`. */
  protected _nav<C extends StandinObject<unknown>>(name: string, create: () => C): C {
    this._gate(this._schema.navs[name]?.req ?? "1.1", name);
    let child = this._children.get(name);
    if (!child) {
      child = create();
      this._children.set(name, child);
    }
    return child as C;
  }

  /** Gets the handle of a navigation property by name (used when a load path goes through it). */
  protected abstract _navByName(name: string): StandinObject<unknown>;

  /** Reads scalar `name` from the model. */
  protected abstract _readScalar(name: string, ref: R): unknown;

  /** Queues loading of properties; see parseLoadArgument for the accepted forms. */
  load(option?: unknown): this {
    const location = `${this._type}.load`;
    const { paths, top, skip } = parseLoadArgument(option, location);
    const tree = buildTree(this.context, this._schema, paths, false, location);
    tree.top = top;
    tree.skip = skip;
    this.context._enqueue(`${location}(${describeLoad(option)})`, "read", () => this._capture(tree));
    return this;
  }

  /** Runs a load at sync: snapshots the requested values. */
  _capture(tree: LoadTree): void {
    const ref = this._resolve();
    if (ref === null) return;
    const names = tree.all
      ? Object.keys(this._schema.scalars).filter((n) => this._model.isSetSupported("WordApi", this._schema.scalars[n]!))
      : [...tree.scalars];
    for (const name of names) this._values.set(name, this._readScalar(name, ref));
    for (const [name, sub] of tree.children) this._navByName(name)._capture(sub);
  }

  /** Queues a step that binds a handle returned by a method at this point of the batch. */
  protected _bindAtSync<C extends StandinObject<unknown>>(label: string, child: C): C {
    this.context._enqueue(label, "read", () => {
      child._resolve();
    });
    return child;
  }

  /** Loaded values, for logging (office.js gives a similar plain object). */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }

  /** Tracking is implicit in the stand-in: positions of ranges always follow edits. */
  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** OfficeExtension.ClientResult: https://learn.microsoft.com/javascript/api/office/officeextension.clientresult */
export class StandinClientResult<T> {
  private _value: { v: T } | null = null;

  get value(): T {
    if (!this._value) throw officeError("ValueNotLoaded", "ClientResult.value");
    return this._value.v;
  }

  _set(v: T): void {
    this._value = { v };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Schemas (property name → WordApi version), from the [Api set] tags of each member in the Word typings
// ---------------------------------------------------------------------------------------------------------------

const FONT_SCHEMA: Schema = { type: "Font", scalars: { bold: "1.1", italic: "1.1", name: "1.1", size: "1.1" }, navs: {} };
const LIST_ITEM_SCHEMA: Schema = { type: "ListItem", scalars: { level: "1.3", listString: "1.3" }, navs: {} };
const LIST_SCHEMA: Schema = { type: "List", scalars: { id: "1.3", levelTypes: "1.3" }, navs: {} };
const CONTENT_CONTROL_SCHEMA: Schema = {
  type: "ContentControl",
  scalars: { id: "1.1", cannotEdit: "1.1", cannotDelete: "1.1", type: "1.1", title: "1.1", tag: "1.1", text: "1.1" },
  navs: {},
};
const PARAGRAPH_SCHEMA: Schema = {
  type: "Paragraph",
  scalars: {
    text: "1.1",
    style: "1.1",
    styleBuiltIn: "1.3",
    outlineLevel: "1.1",
    alignment: "1.1",
    leftIndent: "1.1",
    firstLineIndent: "1.1",
    isListItem: "1.3",
    isLastParagraph: "1.3",
    tableNestingLevel: "1.3",
    uniqueLocalId: "1.6",
  },
  navs: {
    font: { req: "1.1", schema: () => FONT_SCHEMA },
    listItem: { req: "1.3", schema: () => LIST_ITEM_SCHEMA },
    listItemOrNullObject: { req: "1.3", schema: () => LIST_ITEM_SCHEMA },
    list: { req: "1.3", schema: () => LIST_SCHEMA },
    listOrNullObject: { req: "1.3", schema: () => LIST_SCHEMA },
    parentBody: { req: "1.3", schema: () => BODY_SCHEMA },
    parentContentControl: { req: "1.1", schema: () => CONTENT_CONTROL_SCHEMA },
    parentContentControlOrNullObject: { req: "1.3", schema: () => CONTENT_CONTROL_SCHEMA },
  },
};
const PARAGRAPHS_SCHEMA: Schema = { type: "ParagraphCollection", scalars: {}, navs: {}, items: () => PARAGRAPH_SCHEMA };
const BODY_SCHEMA: Schema = {
  type: "Body",
  scalars: { text: "1.1", type: "1.3" },
  navs: {
    paragraphs: { req: "1.1", schema: () => PARAGRAPHS_SCHEMA },
    parentBody: { req: "1.3", schema: () => BODY_SCHEMA },
    parentBodyOrNullObject: { req: "1.3", schema: () => BODY_SCHEMA },
  },
};
const RANGE_SCHEMA: Schema = {
  type: "Range",
  scalars: { text: "1.1", isEmpty: "1.3" },
  navs: {
    paragraphs: { req: "1.1", schema: () => PARAGRAPHS_SCHEMA },
    parentBody: { req: "1.3", schema: () => BODY_SCHEMA },
    parentContentControl: { req: "1.1", schema: () => CONTENT_CONTROL_SCHEMA },
    parentContentControlOrNullObject: { req: "1.3", schema: () => CONTENT_CONTROL_SCHEMA },
  },
};
const DOCUMENT_SCHEMA: Schema = {
  type: "Document",
  scalars: { changeTrackingMode: "1.4" },
  navs: { body: { req: "1.1", schema: () => BODY_SCHEMA } },
};

const ALIGNMENTS: readonly Alignment[] = ["Left", "Centered", "Right", "Justified"];

function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], location: string): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw officeError("InvalidArgument", location, `expected one of ${allowed.join(", ")}; got ${String(value)}`);
}

/** Control types parentContentControl(OrNullObject) returns (documented); a date picker or picture control is not seen. */
const VISIBLE_CONTROL_TYPES: ReadonlySet<string> = new Set(["RichText", "PlainText", "CheckBox", "DropDownList", "ComboBox"]);

function visibleControl(p: ModelParagraph): StandinContentControlSpec | undefined {
  const control = p.contentControl;
  return control && VISIBLE_CONTROL_TYPES.has(control.type ?? "RichText") ? control : undefined;
}

/** Ranges over a whole paragraph (its content; the stand-in does not model the paragraph mark). */
function paragraphSpan(p: ModelParagraph): { start: Pos; end: Pos } {
  return { start: { para: p, offset: 0 }, end: { para: p, offset: p.text.length } };
}

// ---------------------------------------------------------------------------------------------------------------
// Word.Document — https://learn.microsoft.com/javascript/api/word/word.document
// ---------------------------------------------------------------------------------------------------------------

export class StandinDocument extends StandinObject<StandinModel> {
  protected readonly _schema = DOCUMENT_SCHEMA;

  get body(): StandinBody {
    return this._nav("body", () => new StandinBody(this.context, () => this._model.mainBody()));
  }

  /** WordApi 1.4; writable. */
  get changeTrackingMode(): string {
    return this._get("changeTrackingMode");
  }

  set changeTrackingMode(value: string) {
    this._set("changeTrackingMode", value, (model, location) => {
      const mode = assertOneOf(value, ["Off", "TrackAll", "TrackMineOnly"] as const, location);
      this.context._assertWritable([], location);
      model.changeTrackingMode = mode;
    });
  }

  /** The user's selection (or caret) as a Range, read when the batch reaches this call. */
  getSelection(): StandinRange {
    this._gate("1.1", "getSelection");
    const range = new StandinRange(this.context, () => {
      const sel = this._model.selection;
      return this.context._trackRange(sel.start, sel.end);
    });
    return this._bindAtSync("Document.getSelection", range);
  }

  protected _navByName(name: string): StandinObject<unknown> {
    if (name === "body") return this.body;
    throw officeError("InvalidArgument", `Document.${name}`);
  }

  protected _readScalar(name: string, model: StandinModel): unknown {
    if (name === "changeTrackingMode") return model.changeTrackingMode;
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Word.Body — https://learn.microsoft.com/javascript/api/word/word.body
// ---------------------------------------------------------------------------------------------------------------

export class StandinBody extends StandinObject<BodyRef> {
  protected readonly _schema = BODY_SCHEMA;

  get paragraphs(): StandinParagraphCollection {
    return this._nav(
      "paragraphs",
      () =>
        new StandinParagraphCollection(this.context, () => {
          const body = this._resolve();
          return body === null ? null : this._model.bodyParagraphs(body);
        }),
    );
  }

  /** WordApi 1.3: the body around this one (a table cell's body is inside the main body); ItemNotFound if none. */
  get parentBody(): StandinBody {
    return this._nav("parentBody", () => new StandinBody(this.context, () => this._outerBody("Body.parentBody", false)));
  }

  /** WordApi 1.3: as parentBody, but a null object for the main document, headers, footers and notes. */
  get parentBodyOrNullObject(): StandinBody {
    return this._nav(
      "parentBodyOrNullObject",
      () => new StandinBody(this.context, () => this._outerBody("Body.parentBodyOrNullObject", true), true),
    );
  }

  private _outerBody(location: string, nullable: boolean): BodyRef | null {
    const body = this._resolve();
    // The stand-in's tables sit in the main document only (TableCell paragraphs belong to the main story).
    if (body?.type === "TableCell") return this._model.mainBody();
    if (nullable || body === null) return null;
    throw officeError("ItemNotFound", location, "this body has no parent body");
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
      const start = { para: first, offset: 0 };
      const end = { para: last, offset: last.text.length };
      return spanFor(this.context, start, end, rangeLocation, location);
    });
    return this._bindAtSync(location, range);
  }

  /**
   * "Start" or "End". A body-level insert gets Normal style and no list (practitioner reports: only
   * Paragraph.insertParagraph carries the neighbour's formatting).
   */
  insertParagraph(paragraphText: string, insertLocation: string): StandinParagraph {
    this._gate("1.1", "insertParagraph");
    const location = "Body.insertParagraph";
    let created: ModelParagraph | null = null;
    const paragraph = new StandinParagraph(this.context, () => created);
    this.context._enqueue(location, "write", () => {
      const where = assertOneOf(insertLocation, ["Start", "End"] as const, location);
      const body = this._refOrThrow(location);
      this.context._assertWritable([], location);
      created = this._model.insertParagraphInBody(body, where, paragraphText)[0] ?? null;
      paragraph._resolve();
    });
    return paragraph;
  }

  protected _navByName(name: string): StandinObject<unknown> {
    if (name === "paragraphs") return this.paragraphs;
    if (name === "parentBody") return this.parentBody;
    if (name === "parentBodyOrNullObject") return this.parentBodyOrNullObject;
    throw officeError("InvalidArgument", `Body.${name}`);
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

/** Applies a Word.RangeLocation to a span: Whole/Content keep it, Start/End collapse it. */
function spanFor(context: StandinRequestContext, start: Pos, end: Pos, rangeLocation: string, location: string): RangeRef {
  switch (rangeLocation) {
    case "Whole":
    case "Content":
      return context._trackRange(start, end);
    case "Start":
      return context._trackRange(start, start);
    case "End":
      return context._trackRange(end, end);
    case "After":
    case "Before":
      throw officeError("NotImplemented", location, `the stand-in does not model getRange("${rangeLocation}")`);
    default:
      throw officeError("InvalidArgument", location, `unknown range location ${rangeLocation}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Word.ParagraphCollection — https://learn.microsoft.com/javascript/api/word/word.paragraphcollection
// ---------------------------------------------------------------------------------------------------------------

export class StandinParagraphCollection extends StandinObject<ModelParagraph[]> {
  protected readonly _schema = PARAGRAPHS_SCHEMA;
  private _items: StandinParagraph[] | null = null;
  private readonly _handles = new Map<ModelParagraph, StandinParagraph>();

  constructor(
    context: StandinRequestContext,
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
    const all = this._resolve() ?? [];
    const from = tree.skip ?? 0;
    const list = all.slice(from, tree.top === undefined ? undefined : from + tree.top);
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
    return this._pick("getFirst", (list) => list[0], false);
  }

  getLast(): StandinParagraph {
    return this._pick("getLast", (list) => list[list.length - 1], false);
  }

  getFirstOrNullObject(): StandinParagraph {
    return this._pick("getFirstOrNullObject", (list) => list[0], true);
  }

  getLastOrNullObject(): StandinParagraph {
    return this._pick("getLastOrNullObject", (list) => list[list.length - 1], true);
  }

  private _pick(member: string, choose: (list: ModelParagraph[]) => ModelParagraph | undefined, nullable: boolean): StandinParagraph {
    this._gate("1.3", member);
    const location = `ParagraphCollection.${member}`;
    const paragraph = new StandinParagraph(
      this.context,
      () => {
        const list = this._resolve();
        const found = list ? choose(list) : undefined;
        if (found) return found;
        if (nullable) return null;
        throw officeError("ItemNotFound", location, "the collection is empty");
      },
      nullable,
    );
    return this._bindAtSync(location, paragraph);
  }

  protected _navByName(name: string): StandinObject<unknown> {
    throw officeError("InvalidArgument", `ParagraphCollection.${name}`);
  }

  protected _readScalar(): unknown {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Word.Paragraph — https://learn.microsoft.com/javascript/api/word/word.paragraph
// ---------------------------------------------------------------------------------------------------------------

/**
 * Paragraph.insertParagraph and Range.insertParagraph: a new paragraph before or after `anchorFor(where)`,
 * inheriting its style, list, cell, content control and alignment (model.insertParagraphsNextTo).
 * behaviours.insertNextToListItem "plain" simulates Word not carrying the list over.
 */
function queueInsertParagraph(
  context: StandinRequestContext,
  location: string,
  paragraphText: string,
  insertLocation: string,
  anchorFor: (where: "Before" | "After") => ModelParagraph,
): StandinParagraph {
  let created: ModelParagraph | null = null;
  const paragraph = new StandinParagraph(context, () => created);
  context._enqueue(location, "write", () => {
    const where = assertOneOf(insertLocation, ["Before", "After"] as const, location);
    const anchor = anchorFor(where);
    context._assertWritable([anchor], location);
    const model = context._runtime.model;
    const keepList = model.behaviours.insertNextToListItem === "inherits";
    created = model.insertParagraphsNextTo(anchor, where, paragraphText, keepList)[0] ?? null;
    paragraph._resolve();
  });
  return paragraph;
}

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
      p.style = value;
      p.styleBuiltIn = builtInFor(value);
      p.outlineLevelOverride = undefined;
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
      p.styleBuiltIn = builtIn;
      p.style = styleNameFor(builtIn);
      p.outlineLevelOverride = undefined;
    });
  }

  /** 1–9 for outline levels, 10 for body text (see model.outlineLevelOf). */
  get outlineLevel(): number {
    return this._get("outlineLevel");
  }

  set outlineLevel(value: number) {
    this._set("outlineLevel", value, (p, location) => {
      if (!Number.isInteger(value) || value < 1 || value > 10) throw officeError("InvalidArgument", location);
      this.context._assertWritable([p], location);
      p.outlineLevelOverride = value;
    });
  }

  get alignment(): string {
    return this._get("alignment");
  }

  set alignment(value: string) {
    this._set("alignment", value, (p, location) => {
      const alignment = assertOneOf(value, ALIGNMENTS, location);
      this.context._assertWritable([p], location);
      p.alignment = alignment;
    });
  }

  /** Points. Direct indentation if set, else the list level's (36 per level), else 0 (model.leftIndentOf). */
  get leftIndent(): number {
    return this._get("leftIndent");
  }

  set leftIndent(value: number) {
    this._set("leftIndent", value, (p, location) => {
      if (typeof value !== "number" || !Number.isFinite(value)) throw officeError("InvalidArgument", location);
      this.context._assertWritable([p], location);
      p.indent = { left: value, firstLine: firstLineIndentOf(p) };
    });
  }

  /** Points; negative for a hanging indent. Direct if set, else -18 for list items, else 0. */
  get firstLineIndent(): number {
    return this._get("firstLineIndent");
  }

  set firstLineIndent(value: number) {
    this._set("firstLineIndent", value, (p, location) => {
      if (typeof value !== "number" || !Number.isFinite(value)) throw officeError("InvalidArgument", location);
      this.context._assertWritable([p], location);
      p.indent = { left: leftIndentOf(p), firstLine: value };
    });
  }

  /** WordApi 1.3. */
  get isListItem(): boolean {
    return this._get("isListItem");
  }

  /** WordApi 1.3: last paragraph of its body. */
  get isLastParagraph(): boolean {
    return this._get("isLastParagraph");
  }

  /** WordApi 1.3: 0 outside tables. */
  get tableNestingLevel(): number {
    return this._get("tableNestingLevel");
  }

  /** WordApi 1.6: stable within the stand-in's session. */
  get uniqueLocalId(): string {
    return this._get("uniqueLocalId");
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

  get list(): StandinList {
    return this._nav("list", () => new StandinList(this.context, () => this._listParagraph("Paragraph.list", false)?.list?.id ?? null));
  }

  get listOrNullObject(): StandinList {
    return this._nav(
      "listOrNullObject",
      () => new StandinList(this.context, () => this._listParagraph("Paragraph.listOrNullObject", true)?.list?.id ?? null, true),
    );
  }

  /** WordApi 1.3: the paragraph's body (a TableCell body inside tables). */
  get parentBody(): StandinBody {
    return this._nav("parentBody", () => new StandinBody(this.context, () => this._mapRef((p) => this._model.bodyOf(p))));
  }

  get parentContentControl(): StandinContentControl {
    return this._nav("parentContentControl", () => new StandinContentControl(this.context, () => this._controlId("Paragraph.parentContentControl", false)));
  }

  /** WordApi 1.3. */
  get parentContentControlOrNullObject(): StandinContentControl {
    return this._nav(
      "parentContentControlOrNullObject",
      () => new StandinContentControl(this.context, () => this._controlId("Paragraph.parentContentControlOrNullObject", true), true),
    );
  }

  private _mapRef<T>(f: (p: ModelParagraph) => T): T | null {
    const p = this._resolve();
    return p === null ? null : f(p);
  }

  private _listParagraph(location: string, nullable: boolean): ModelParagraph | null {
    const p = this._resolve();
    if (p?.list) return p;
    if (nullable || p === null) return null;
    throw officeError("ItemNotFound", location, "the paragraph is not a list item");
  }

  private _controlId(location: string, nullable: boolean): number | null {
    const p = this._resolve();
    const control = p ? visibleControl(p) : undefined;
    if (control) return control.id;
    if (nullable || p === null) return null;
    throw officeError("ItemNotFound", location, "the paragraph is not in a content control");
  }

  /**
   * WordApi 1.3: the paragraph before this one in its story (table cells included, headers excluded).
   * Called on a null object, and at a table cell's edge, Word's answer is undocumented: see
   * behaviours.nullChain and behaviours.siblingAtCellBoundary.
   */
  getPreviousOrNullObject(): StandinParagraph {
    return this._sibling("getPreviousOrNullObject", -1, true);
  }

  getNextOrNullObject(): StandinParagraph {
    return this._sibling("getNextOrNullObject", 1, true);
  }

  /** WordApi 1.3; ItemNotFound at sync at the start of the story. */
  getPrevious(): StandinParagraph {
    return this._sibling("getPrevious", -1, false);
  }

  getNext(): StandinParagraph {
    return this._sibling("getNext", 1, false);
  }

  private _sibling(member: string, step: 1 | -1, nullable: boolean): StandinParagraph {
    this._gate("1.3", member);
    const location = `Paragraph.${member}`;
    const sibling = new StandinParagraph(
      this.context,
      () => {
        const p = this._resolve();
        const behaviours = this._model.behaviours;
        if (p === null) {
          if (nullable && behaviours.nullChain === "null") return null;
          throw officeError(nullable ? "GeneralException" : "ItemNotFound", location, "called on a null object");
        }
        const story = this._model.storyParagraphs(storyOf(p.body));
        const found = story[story.indexOf(p) + step];
        const leavesCell =
          found !== undefined && p.body === "TableCell" && !this._model.sameBody(this._model.bodyOf(p), this._model.bodyOf(found));
        if (found && !(leavesCell && behaviours.siblingAtCellBoundary === "stops")) return found;
        if (nullable) return null;
        throw officeError("ItemNotFound", location, step < 0 ? "this is the first paragraph" : "this is the last paragraph");
      },
      nullable,
    );
    return this._bindAtSync(location, sibling);
  }

  /** WordApi 1.3: "Whole" (default), "Start", "End" or "Content" ("Content" = "Whole": no paragraph mark modelled). */
  getRange(rangeLocation: string = "Whole"): StandinRange {
    this._gate("1.3", "getRange");
    const location = "Paragraph.getRange";
    const range = new StandinRange(this.context, () => {
      const p = this._resolve();
      if (p === null) return null;
      const { start, end } = paragraphSpan(p);
      return spanFor(this.context, start, end, rangeLocation, location);
    });
    return this._bindAtSync(location, range);
  }

  /**
   * "Replace", "Start" or "End": the text joins the paragraph and takes its formatting (style, list, bold).
   * Returns the inserted text's range.
   */
  insertText(text: string, insertLocation: string): StandinRange {
    this._gate("1.1", "insertText");
    const location = "Paragraph.insertText";
    let inserted: RangeRef | null = null;
    const range = new StandinRange(this.context, () => inserted);
    this.context._enqueue(location, "write", () => {
      const where = assertOneOf(insertLocation, ["Replace", "Start", "End"] as const, location);
      const p = this._refOrThrow(location);
      this.context._assertWritable([p], location);
      if (where === "Replace") this._model.deleteRange({ start: { para: p, offset: 0 }, end: { para: p, offset: p.text.length } });
      const at = { para: p, offset: where === "Start" ? 0 : p.text.length };
      const span = this._model.insertTextAt(at, text);
      inserted = this.context._trackRange(span.start, span.end);
      range._resolve();
    });
    return range;
  }

  /**
   * "Before" or "After". The new paragraph inherits this one's style, styleBuiltIn, list id and level, table
   * cell, content control and alignment; it is bold only if this one is all bold (model.inheritedProps).
   * behaviours.insertNextToListItem "plain" simulates Word not carrying the list over.
   */
  insertParagraph(paragraphText: string, insertLocation: string): StandinParagraph {
    this._gate("1.1", "insertParagraph");
    return queueInsertParagraph(this.context, "Paragraph.insertParagraph", paragraphText, insertLocation, () => this._refOrThrow("Paragraph.insertParagraph"));
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
      if (!Number.isInteger(level) || level < 0 || level > 8) throw officeError("InvalidArgument", location, "level must be 0–8");
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

  /** Moves the selection: "Select" (default) the paragraph, or a caret at its "Start"/"End". */
  select(selectionMode: string = "Select"): void {
    this._gate("1.1", "select");
    const location = "Paragraph.select";
    this.context._enqueue(location, "select", () => {
      const mode = assertOneOf(selectionMode, ["Select", "Start", "End"] as const, location);
      const { start, end } = paragraphSpan(this._refOrThrow(location));
      this._model.setSelectionRange(mode === "End" ? end : start, mode === "Start" ? start : end);
    });
  }

  /** Deletes the paragraph (AccessDenied inside a cannotDelete or cannotEdit content control). */
  delete(): void {
    this._gate("1.1", "delete");
    const location = "Paragraph.delete";
    this.context._enqueue(location, "write", () => {
      const p = this._refOrThrow(location);
      this.context._assertWritable([p], location, true);
      this._model.deleteParagraph(p);
    });
  }

  protected _navByName(name: string): StandinObject<unknown> {
    switch (name) {
      case "font":
        return this.font;
      case "listItem":
        return this.listItem;
      case "listItemOrNullObject":
        return this.listItemOrNullObject;
      case "list":
        return this.list;
      case "listOrNullObject":
        return this.listOrNullObject;
      case "parentBody":
        return this.parentBody;
      case "parentContentControl":
        return this.parentContentControl;
      case "parentContentControlOrNullObject":
        return this.parentContentControlOrNullObject;
      default:
        throw officeError("InvalidArgument", `Paragraph.${name}`);
    }
  }

  protected _readScalar(name: string, p: ModelParagraph): unknown {
    const model = this._model;
    switch (name) {
      case "text":
        return p.text;
      case "style":
        return p.style;
      case "styleBuiltIn":
        return p.styleBuiltIn;
      case "outlineLevel":
        return outlineLevelOf(p);
      case "alignment":
        return p.alignment;
      case "leftIndent":
        return leftIndentOf(p);
      case "firstLineIndent":
        return firstLineIndentOf(p);
      case "isListItem":
        return p.list !== undefined;
      case "isLastParagraph": {
        const siblings = model.bodyParagraphs(model.bodyOf(p));
        return siblings[siblings.length - 1] === p;
      }
      case "tableNestingLevel":
        return p.tableNestingLevel;
      case "uniqueLocalId":
        return `00000000-0000-4000-8000-${p.uid.toString(16).padStart(12, "0")}`;
      default:
        return undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Word.Font — https://learn.microsoft.com/javascript/api/word/word.font (paragraph fonts only)
// ---------------------------------------------------------------------------------------------------------------

export class StandinFont extends StandinObject<ModelParagraph> {
  protected readonly _schema = FONT_SCHEMA;

  protected override _alive(p: ModelParagraph): boolean {
    return p.alive;
  }

  /** true, false, or null when the text is partly bold. */
  get bold(): boolean | null {
    return this._get("bold");
  }

  set bold(value: boolean | null) {
    this._set("bold", value, (p, location) => {
      if (typeof value !== "boolean") throw officeError("InvalidArgument", location, "bold must be true or false");
      this.context._assertWritable([p], location);
      p.bold = value;
    });
  }

  /** Always false: the stand-in does not model italics. */
  get italic(): boolean | null {
    return this._get("italic");
  }

  get name(): string {
    return this._get("name");
  }

  get size(): number {
    return this._get("size");
  }

  protected _navByName(name: string): StandinObject<unknown> {
    throw officeError("InvalidArgument", `Font.${name}`);
  }

  protected _readScalar(name: string, p: ModelParagraph): unknown {
    switch (name) {
      case "bold":
        return p.bold === "mixed" ? null : p.bold;
      case "italic":
        return false;
      case "name":
        return /^(Heading\d|Title)$/.test(p.styleBuiltIn) ? "Aptos Display" : "Aptos";
      case "size": {
        const sizes: Record<string, number> = { Title: 28, Heading1: 16, Heading2: 14, Heading3: 12 };
        return sizes[p.styleBuiltIn] ?? 11;
      }
      default:
        return undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Word.ListItem / Word.List — https://learn.microsoft.com/javascript/api/word/word.listitem, …/word.list
// ---------------------------------------------------------------------------------------------------------------

export class StandinListItem extends StandinObject<ModelParagraph> {
  protected readonly _schema = LIST_ITEM_SCHEMA;

  protected override _alive(p: ModelParagraph): boolean {
    return p.alive && p.list !== undefined;
  }

  /** 0-based level. */
  get level(): number {
    return this._get("level");
  }

  set level(value: number) {
    this._set("level", value, (p, location) => {
      if (!Number.isInteger(value) || value < 0 || value > 8) throw officeError("InvalidArgument", location, "level must be 0–8");
      this.context._assertWritable([p], location);
      if (p.list) p.list.level = value;
    });
  }

  /** The marker Word shows, e.g. "1." or "•" (not part of Paragraph.text). */
  get listString(): string {
    return this._get("listString");
  }

  protected _navByName(name: string): StandinObject<unknown> {
    throw officeError("InvalidArgument", `ListItem.${name}`);
  }

  protected _readScalar(name: string, p: ModelParagraph): unknown {
    if (name === "level") return p.list?.level;
    if (name === "listString") return listStringAt(this._model.paragraphs, this._model.indexOf(p));
    return undefined;
  }
}

export class StandinList extends StandinObject<number> {
  protected readonly _schema = LIST_SCHEMA;
  /** Set for a list made by startNewList: the number of the sync that made it. */
  _bornInSync: (() => number) | null = null;
  private _born: number | null = null;

  override _resolve(): number | null {
    const id = super._resolve();
    if (id !== null && this._bornInSync && this._born === null) this._born = this._bornInSync();
    return id;
  }

  /** behaviours.newListBeforeSync "needs-sync": a new list cannot be used in the batch that made it. */
  private _usableId(location: string): number {
    const id = this._refOrThrow(location);
    const model = this._model;
    if (this._born === this.context._runtime.syncCount && model.behaviours.newListBeforeSync === "needs-sync") {
      throw officeError("InvalidObjectPath", location, "a list made by startNewList() cannot be used before a sync");
    }
    return id;
  }

  override _capture(tree: LoadTree): void {
    if (this._resolve() !== null) this._usableId("List.load");
    super._capture(tree);
  }

  get id(): number {
    return this._get("id");
  }

  /** Nine entries ("Bullet" or "Number"), one per level. */
  get levelTypes(): string[] {
    return this._get("levelTypes");
  }

  /**
   * WordApi 1.3. "Start"/"End": a new item before the first / after the last item, copying that item (its
   * level included: stand-in assumption, Word's choice of level is undocumented). "Before"/"After": a plain
   * paragraph outside the list (office-js-snippets 20-lists/insert-list), with the neighbour's style.
   */
  insertParagraph(paragraphText: string, insertLocation: string): StandinParagraph {
    this._gate("1.3", "insertParagraph");
    const location = "List.insertParagraph";
    let created: ModelParagraph | null = null;
    const paragraph = new StandinParagraph(this.context, () => created);
    this.context._enqueue(location, "write", () => {
      const where = assertOneOf(insertLocation, ["Start", "End", "Before", "After"] as const, location);
      const id = this._usableId(location);
      const items = this._model.paragraphs.filter((p) => p.list?.id === id);
      const anchor = where === "Start" || where === "Before" ? items[0] : items[items.length - 1];
      if (!anchor) throw officeError("ItemNotFound", location, `list ${id} has no paragraphs`);
      this.context._assertWritable([anchor], location);
      const side = where === "Start" || where === "Before" ? "Before" : "After";
      created = this._model.insertParagraphsNextTo(anchor, side, paragraphText, where === "Start" || where === "End")[0] ?? null;
      paragraph._resolve();
    });
    return paragraph;
  }

  /**
   * WordApi 1.3. The stand-in keeps one bullet/number kind per list, so any level's bullet makes the whole
   * list bulleted; the bullet glyph itself is not modelled.
   */
  setLevelBullet(level: number, _listBullet: string, _charCode?: number, _fontName?: string): void {
    this._gate("1.3", "setLevelBullet");
    const location = "List.setLevelBullet";
    this.context._enqueue(location, "write", () => {
      const id = this._usableId(location);
      if (!Number.isInteger(level) || level < 0 || level > 8) throw officeError("InvalidArgument", location, "level must be 0–8");
      const items = this._model.paragraphs.filter((p) => p.list?.id === id);
      this.context._assertWritable(items, location);
      for (const p of items) if (p.list) p.list.bullet = true;
    });
  }

  protected _navByName(name: string): StandinObject<unknown> {
    throw officeError("InvalidArgument", `List.${name}`);
  }

  protected _readScalar(name: string, id: number): unknown {
    if (name === "id") return id;
    if (name === "levelTypes") return Array.from({ length: 9 }, () => (this._model.isBulletList(id) ? "Bullet" : "Number"));
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Word.ContentControl — https://learn.microsoft.com/javascript/api/word/word.contentcontrol
// ---------------------------------------------------------------------------------------------------------------

export class StandinContentControl extends StandinObject<number> {
  protected readonly _schema = CONTENT_CONTROL_SCHEMA;

  protected override _alive(id: number): boolean {
    return this._model.contentControlParagraphs(id).length > 0;
  }

  get id(): number {
    return this._get("id");
  }

  get cannotEdit(): boolean {
    return this._get("cannotEdit");
  }

  get cannotDelete(): boolean {
    return this._get("cannotDelete");
  }

  /** Word.ContentControlType, e.g. "RichText". */
  get type(): string {
    return this._get("type");
  }

  get title(): string {
    return this._get("title");
  }

  get tag(): string {
    return this._get("tag");
  }

  get text(): string {
    return this._get("text");
  }

  protected _navByName(name: string): StandinObject<unknown> {
    throw officeError("InvalidArgument", `ContentControl.${name}`);
  }

  protected _readScalar(name: string, id: number): unknown {
    const paras = this._model.contentControlParagraphs(id);
    const spec = paras[0]?.contentControl;
    switch (name) {
      case "id":
        return id;
      case "cannotEdit":
        return spec?.cannotEdit ?? false;
      case "cannotDelete":
        return spec?.cannotDelete ?? false;
      case "type":
        return spec?.type ?? "RichText";
      case "title":
        return spec?.title ?? "";
      case "tag":
        return spec?.tag ?? "";
      case "text":
        return paras.map((p) => p.text).join("\r");
      default:
        return undefined;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Word.Range — https://learn.microsoft.com/javascript/api/word/word.range
// ---------------------------------------------------------------------------------------------------------------

export class StandinRange extends StandinObject<RangeRef> {
  protected readonly _schema = RANGE_SCHEMA;

  get text(): string {
    return this._get("text");
  }

  /** WordApi 1.3: the range has no characters (a caret). */
  get isEmpty(): boolean {
    return this._get("isEmpty");
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

  get parentContentControl(): StandinContentControl {
    return this._nav("parentContentControl", () => new StandinContentControl(this.context, () => this._controlId("Range.parentContentControl", false)));
  }

  /** WordApi 1.3: the content control containing the whole range, else a null object. */
  get parentContentControlOrNullObject(): StandinContentControl {
    return this._nav(
      "parentContentControlOrNullObject",
      () => new StandinContentControl(this.context, () => this._controlId("Range.parentContentControlOrNullObject", true), true),
    );
  }

  private _controlId(location: string, nullable: boolean): number | null {
    const r = this._resolve();
    if (r !== null) {
      const ids = new Set(this._model.rangeParagraphs(r).map((p) => visibleControl(p)?.id));
      const [only] = [...ids];
      if (ids.size === 1 && only !== undefined) return only;
    }
    if (nullable || r === null) return null;
    throw officeError("ItemNotFound", location, "the range is not inside a content control");
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
      return r === null ? null : spanFor(this.context, r.start, r.end, rangeLocation, location);
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

  /** WordApi 1.3: Word.LocationRelation of this range to `range`, e.g. "Before", "InsideStart", "Unrelated". */
  compareLocationWith(range: StandinRange): StandinClientResult<string> {
    this._gate("1.3", "compareLocationWith");
    const location = "Range.compareLocationWith";
    this.context._assertSameContext(range, location);
    const result = new StandinClientResult<string>();
    this.context._enqueue(location, "read", () => {
      result._set(relation(this._model, this._refOrThrow(location), range._refOrThrow(location)));
    });
    return result;
  }

  /**
   * "Replace", "Start", "End", "Before" or "After"; returns the inserted text's range. Replacing a range that
   * spans paragraphs merges them into the first, whose properties survive. "Start"/"End"/"Replace" leave this
   * range covering the new text; "Before"/"After" leave it outside. The user's caret stays where it was.
   */
  insertText(text: string, insertLocation: string): StandinRange {
    this._gate("1.1", "insertText");
    const location = "Range.insertText";
    let inserted: RangeRef | null = null;
    const result = new StandinRange(this.context, () => inserted);
    this.context._enqueue(location, "write", () => {
      const where = assertOneOf(insertLocation, ["Replace", "Start", "End", "Before", "After"] as const, location);
      const r = this._refOrThrow(location);
      this.context._assertWritable(this._model.rangeParagraphs(r), location);
      const model = this._model;
      let span: { start: Pos; end: Pos };
      if (where === "Replace") {
        model.deleteRange(r);
        span = model.insertTextAt(r.start, text, new Set([r.end]));
      } else if (where === "Start") span = model.insertTextAt(r.start, text, r.end.para === r.start.para && r.end.offset === r.start.offset ? new Set([r.end]) : new Set());
      else if (where === "End") span = model.insertTextAt(r.end, text, new Set([r.end]));
      else if (where === "Before") span = model.insertTextAt(r.start, text, new Set([r.start, r.end]));
      else span = model.insertTextAt(r.end, text);
      inserted = this.context._trackRange(span.start, span.end);
      result._resolve();
    });
    return result;
  }

  /**
   * "Before" or "After": a paragraph before the range's first paragraph or after its last one, inheriting from
   * it as Paragraph.insertParagraph does. Word's behaviour for a caret mid-paragraph is undocumented; the
   * stand-in never splits the paragraph.
   */
  insertParagraph(paragraphText: string, insertLocation: string): StandinParagraph {
    this._gate("1.1", "insertParagraph");
    return queueInsertParagraph(this.context, "Range.insertParagraph", paragraphText, insertLocation, (where) => {
      const r = this._refOrThrow("Range.insertParagraph");
      return where === "Before" ? r.start.para : r.end.para;
    });
  }

  /** Moves the selection to the range ("Select", default) or a caret at its "Start"/"End". */
  select(selectionMode: string = "Select"): void {
    this._gate("1.1", "select");
    const location = "Range.select";
    this.context._enqueue(location, "select", () => {
      const mode = assertOneOf(selectionMode, ["Select", "Start", "End"] as const, location);
      const r = this._refOrThrow(location);
      this._model.setSelectionRange(mode === "End" ? r.end : r.start, mode === "Start" ? r.start : r.end);
    });
  }

  /** Deletes the range's text (merging paragraphs it spans). */
  delete(): void {
    this._gate("1.1", "delete");
    const location = "Range.delete";
    this.context._enqueue(location, "write", () => {
      const r = this._refOrThrow(location);
      this.context._assertWritable(this._model.rangeParagraphs(r), location, true);
      this._model.deleteRange(r);
    });
  }

  protected _navByName(name: string): StandinObject<unknown> {
    switch (name) {
      case "paragraphs":
        return this.paragraphs;
      case "parentBody":
        return this.parentBody;
      case "parentContentControl":
        return this.parentContentControl;
      case "parentContentControlOrNullObject":
        return this.parentContentControlOrNullObject;
      default:
        throw officeError("InvalidArgument", `Range.${name}`);
    }
  }

  protected _readScalar(name: string, r: RangeRef): unknown {
    if (name === "text") return this._model.rangeText(r);
    if (name === "isEmpty") return r.start.para === r.end.para && r.start.offset === r.end.offset;
    return undefined;
  }
}

/** Word.LocationRelation of a to b (documented meanings in the LocationRelation enum). */
function relation(model: StandinModel, a: RangeRef, b: RangeRef): string {
  if (!model.sameStory(a.start, b.start)) return "Unrelated";
  const ss = model.comparePos(a.start, b.start);
  const ee = model.comparePos(a.end, b.end);
  if (ss === 0 && ee === 0) return "Equal";
  if (ss <= 0 && ee >= 0) return ss === 0 ? "ContainsStart" : ee === 0 ? "ContainsEnd" : "Contains";
  if (ss >= 0 && ee <= 0) return ss === 0 ? "InsideStart" : ee === 0 ? "InsideEnd" : "Inside";
  const endVsStart = model.comparePos(a.end, b.start);
  if (endVsStart <= 0) return endVsStart === 0 ? "AdjacentBefore" : "Before";
  const startVsEnd = model.comparePos(a.start, b.end);
  if (startVsEnd >= 0) return startVsEnd === 0 ? "AdjacentAfter" : "After";
  return ss < 0 ? "OverlapsBefore" : "OverlapsAfter";
}

// ---------------------------------------------------------------------------------------------------------------
// Word.RequestContext — https://learn.microsoft.com/javascript/api/word/word.requestcontext
// ---------------------------------------------------------------------------------------------------------------

export class StandinRequestContext {
  readonly document: StandinDocument;
  /** Accepted for compatibility; the stand-in tracks every range anyway. */
  readonly trackedObjects = { add: (_objects: unknown): void => undefined, remove: (_objects: unknown): void => undefined };
  private _queue: Step[] = [];
  private readonly _objects: StandinObject<unknown>[] = [];
  private readonly _positions: Pos[] = [];
  private _disposed = false;

  constructor(readonly _runtime: StandinRuntime) {
    this.document = new StandinDocument(this, () => _runtime.model);
  }

  /** context.load(object, properties): same as object.load(properties). */
  load<T extends StandinObject<unknown>>(object: T, option?: unknown): T {
    return object.load(option);
  }

  /** Runs the queued steps in order; see the module comment for the failure semantics. */
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const steps = this._queue;
    this._queue = [];
    const n = this._runtime.beginSync();
    await this._runtime.roundTrip();
    const operations: string[] = [];
    let error: StandinOfficeError | undefined;
    let wrote = false;
    let selected = false;
    const model = this._runtime.model;
    const failure = steps.some((step) => step.kind === "write") ? model.failNextWrite : null;
    if (failure) model.failNextWrite = null;
    let writes = 0;
    for (const step of steps) {
      if (failure && step.kind === "write" && writes === failure.afterWrites) {
        error = officeError(failure.code, step.label, "injected failure after earlier writes took effect");
        break;
      }
      operations.push(step.label);
      try {
        step.run();
      } catch (e) {
        error = e instanceof StandinOfficeError ? e : officeError("GeneralException", step.label, e instanceof Error ? e.message : String(e));
        break;
      }
      if (step.kind === "write") writes += 1;
      wrote ||= step.kind === "write";
      selected ||= step.kind === "select";
    }
    // office-js#6760: every write took effect and the sync is still rejected.
    if (failure && !error && writes <= failure.afterWrites) error = officeError(failure.code, "context.sync", "injected failure after the writes");
    for (const object of this._objects) object._afterSync(error === undefined);
    this._runtime.endSync({ sync: n, operations, ...(error ? { error: error.code } : {}) }, { wrote, selected });
    if (error) throw error;
    return passThroughValue;
  }

  /** True when steps are waiting for a sync (Word.run flushes them at the end of the batch). */
  get _hasPendingSteps(): boolean {
    return this._queue.length > 0;
  }

  _enqueue(label: string, kind: StepKind, run: () => void): void {
    if (this._disposed) throw officeError("InvalidRequestContext", label, "the Word.run batch that owns this object has finished");
    this._queue.push({ label, kind, run });
  }

  _register(object: StandinObject<unknown>): void {
    this._objects.push(object);
  }

  _assertSameContext(object: StandinObject<unknown>, location: string): void {
    if (object.context !== this) throw officeError("InvalidRequestContext", location);
  }

  /** A range whose ends follow later edits; released when the Word.run ends. */
  _trackRange(start: Pos, end: Pos): RangeRef {
    const r = this._runtime.model.trackRange(start, end);
    this._positions.push(r.start, r.end);
    return r;
  }

  /**
   * Write checks. Read-only (Viewing mode): GeneralException, what Word reports (office-js#5484). A cannotEdit
   * content control: behaviours.lockedContentControlError, default AccessDenied; Word's code is undocumented and
   * our code pre-checks cannotEdit. Deleting inside a cannotDelete control: AccessDenied.
   */
  _assertWritable(paragraphs: readonly ModelParagraph[], location: string, deleting = false): void {
    const model = this._runtime.model;
    if (model.readOnly) throw officeError("GeneralException", location, "the document is read-only");
    for (const p of paragraphs) {
      const control = p.contentControl;
      if (control?.cannotEdit) {
        throw officeError(model.behaviours.lockedContentControlError, location, `content control ${control.id} cannot be edited`);
      }
      if (deleting && control?.cannotDelete) throw officeError("AccessDenied", location, `content control ${control.id} cannot be deleted`);
    }
  }

  _dispose(): void {
    this._disposed = true;
    for (const pos of this._positions) this._runtime.model.untrack(pos);
    this._positions.length = 0;
  }
}

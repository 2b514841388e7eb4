/**
 * The generic machinery of the stand-in's proxy objects: cheap handles whose method calls and property sets are
 * queued and run against the model at context.sync(), in order, as Office batches do
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model).
 *
 * - A property is readable only after load + sync; the value is the one captured by that sync.
 * - Methods returning objects queue a step that binds the new handle at that point of the batch; a paragraph
 *   handle stays bound to its paragraph afterwards.
 * - When a queued step fails, the steps before it have taken effect, the later ones are dropped and sync rejects.
 * - Members of a requirement set the host does not claim throw ApiNotFound when called, read or loaded.
 *
 * The per-type classes (Range, Paragraph, …) live beside this module and build on StandinObject.
 */
import { BARE_LOAD_MESSAGE, officeError, propertyNotLoaded, StandinOfficeError } from "../errors";
import type { ModelParagraph, Pos, RangeRef, StandinModel } from "../model";

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
export type Req = string;

/** The loadable properties of a type: scalar name → WordApi version, navigation name → version and schema. */
export interface Schema {
  type: string;
  scalars: Readonly<Record<string, Req>>;
  navs: Readonly<Record<string, { req: Req; schema: () => Schema }>>;
  /** Collections load their properties on every item. */
  items?: () => Schema;
}

export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  children: Map<string, LoadTree>;
  top?: number;
  skip?: number;
}

function requireApi(context: RequestContextBase, version: Req, location: string): void {
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
function buildTree(context: RequestContextBase, schema: Schema, paths: readonly string[], all: boolean, location: string): LoadTree {
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

/** The value if it is one of `allowed`, else InvalidArgument (Word's answer to an unknown enum value). */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], location: string): T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw officeError("InvalidArgument", location, `expected one of ${allowed.join(", ")}; got ${String(value)}`);
}

/**
 * A location argument (Word.InsertLocation, Word.SelectionMode) the stand-in models. One Word documents that the
 * add-in never passes fails with NotImplemented, so a new use shows up as a gap in the stand-in, not as a
 * guess at Word's behaviour; anything else is InvalidArgument, as in Word.
 */
export function modelledLocation<T extends string>(value: unknown, modelled: readonly T[], documented: readonly string[], location: string): T {
  if (typeof value === "string" && documented.includes(value) && !(modelled as readonly string[]).includes(value)) {
    throw officeError("NotImplemented", location, `the stand-in does not model "${value}" here`);
  }
  return assertOneOf(value, modelled, location);
}

/** OfficeExtension.ClientObject: https://learn.microsoft.com/javascript/api/office/officeextension.clientobject */
export abstract class StandinObject<R> {
  readonly context: RequestContextBase;
  protected abstract readonly _schema: Schema;
  private _resolved = false;
  private _ref: R | null = null;
  private _known = false;
  private readonly _values = new Map<string, unknown>();
  private readonly _children = new Map<string, StandinObject<unknown>>();

  constructor(
    context: RequestContextBase,
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

  /** Reads a loaded property; see the module comment. */
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
  protected _navByName(name: string): StandinObject<unknown> {
    throw officeError("InvalidArgument", `${this._type}.${name}`);
  }

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

  /** Queues a write that makes something (text, a paragraph) and returns the handle that denotes it once written. */
  protected _writeReturning<T, C extends StandinObject<T>>(location: string, handleOf: (made: () => T | null) => C, write: () => T | null): C {
    let made: T | null = null;
    const handle = handleOf(() => made);
    this.context._enqueue(location, "write", () => {
      made = write();
      handle._resolve();
    });
    return handle;
  }

  /** Queues a step that binds a handle returned by a method at this point of the batch. */
  protected _bindAtSync<C extends StandinObject<unknown>>(label: string, child: C): C {
    this.context._enqueue(label, "read", () => {
      child._resolve();
    });
    return child;
  }
}

/**
 * Names the stand-in's own work in the browser's performance timeline ("cx-standin:sync"), so that a test measuring
 * the pane's tasks can tell the stand-in's share (Word's, in Office) from the pane's.
 */
function markStandinWork(start: number): void {
  try {
    performance.measure("cx-standin:sync", { start, end: performance.now() });
  } catch {
    // Without User Timing level 3 (older jsdom) the measure is only left out.
  }
}

/**
 * The batch behind Word.RequestContext (https://learn.microsoft.com/javascript/api/word/word.requestcontext):
 * the queue, sync and the checks every write makes. The `document` it hands out is added in document.ts.
 */
export class RequestContextBase {
  private _queue: Step[] = [];
  private readonly _objects: StandinObject<unknown>[] = [];
  private readonly _positions: Pos[] = [];
  private _disposed = false;

  constructor(readonly _runtime: StandinRuntime) {}

  /** Runs the queued steps in order; see the module comment for the failure semantics. */
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const steps = this._queue;
    this._queue = [];
    const n = this._runtime.beginSync();
    await this._runtime.roundTrip();
    const started = performance.now();
    try {
      return this._runSteps(n, steps, passThroughValue);
    } finally {
      markStandinWork(started);
    }
  }

  private _runSteps<T>(n: number, steps: Step[], passThroughValue?: T): T | undefined {
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

  /** Applies a Word.RangeLocation to a span: Whole/Content keep it, Start/End collapse it. */
  _span(start: Pos, end: Pos, rangeLocation: string, location: string): RangeRef {
    switch (rangeLocation) {
      case "Whole":
      case "Content":
        return this._trackRange(start, end);
      case "Start":
        return this._trackRange(start, start);
      case "End":
        return this._trackRange(end, end);
      case "After":
      case "Before":
        throw officeError("NotImplemented", location, `the stand-in does not model getRange("${rangeLocation}")`);
      default:
        throw officeError("InvalidArgument", location, `unknown range location ${rangeLocation}`);
    }
  }

  /**
   * Write checks. Read-only (Viewing mode): GeneralException, what Word reports (office-js#5484). A cannotEdit
   * content control: behaviours.lockedContentControlError, default AccessDenied; Word's code is undocumented and
   * our code pre-checks cannotEdit.
   */
  _assertWritable(paragraphs: readonly ModelParagraph[], location: string): void {
    const model = this._runtime.model;
    if (model.readOnly) throw officeError("GeneralException", location, "the document is read-only");
    for (const p of paragraphs) {
      const control = p.contentControl;
      if (control?.cannotEdit) {
        throw officeError(model.behaviours.lockedContentControlError, location, `content control ${control.id} cannot be edited`);
      }
    }
  }

  _dispose(): void {
    this._disposed = true;
    for (const pos of this._positions) this._runtime.model.untrack(pos);
    this._positions.length = 0;
  }
}

/**
 * An in-memory stand-in for the Word JavaScript API subset this add-in uses, faithful to Office's batching,
 * load/sync, null-object, error and requirement-set rules. Used by unit tests (pass a context from
 * `standin.run`), by the e2e suite (browser.ts replaces office.js) and by the preview page.
 *
 *   const standin = createStandin({ paragraphs: [{ text: "Introduction", styleBuiltIn: "Heading1" }] });
 *   const text = await standin.run(async (ctx) => { const p = ctx.document.getSelection().paragraphs.getFirst();
 *     p.load("text"); await ctx.sync(); return p.text; });
 */
import { StandinRequestContext } from "./api/document";
import type { StandinRuntime as ApiRuntime, SyncLogEntry } from "./api/proxy";
import { officeError } from "./errors";
import { cloneJson, firstLineIndentOf, leftIndentOf, StandinModel, type ChangeKind } from "./model";
import { StandinOffice, type SelectionChangedHandler } from "./office";
import type { StandinComment, StandinDocumentSpec, StandinParagraphSpec, StandinSelection, StandinTrackedChange } from "./types";

export type {
  StandinDocumentSpec,
  StandinParagraphSpec,
  StandinSelection,
  StandinBehaviours,
  StandinBodyType,
  StandinWriteFailure,
  StandinTrackedChange,
  StandinComment,
} from "./types";
export type { SyncLogEntry } from "./api/proxy";
export type { StandinRequestContext } from "./api/document";
export { StandinOfficeError } from "./errors";
export { listStringAt } from "./model";

export interface StandinOptions {
  /** Simulated round-trip time of each sync in milliseconds (0: next microtask). The preview uses a little. */
  syncDelayMs?: number;
}

/** Passed to onChange listeners: the content changed, the selection moved, or a sync finished (see ChangeKind). */
export interface StandinChange {
  kind: ChangeKind;
}

/** Word.run: https://learn.microsoft.com/javascript/api/word#word-word-run-member(1) */
export interface StandinWord {
  run<T>(batch: (context: StandinRequestContext) => Promise<T>): Promise<T>;
}

/** The stand-in's globals typed as @types/office-js sees them. */
export interface OfficeGlobals {
  Word: typeof Word;
  Office: typeof Office;
}

export interface Standin {
  readonly Word: StandinWord;
  readonly Office: StandinOffice;
  /** Number of context.sync() calls so far (plus Word.run's final flush when it had queued steps). */
  readonly syncCount: number;
  /** The last 500 syncs, oldest first. */
  readonly syncLog: readonly SyncLogEntry[];
  /** Moves the selection as a user click would and raises DocumentSelectionChanged (asynchronously). */
  setSelection(selection: StandinSelection): void;
  selection(): StandinSelection;
  /** The current paragraphs in spec shape (defaults filled in), for assertions and rendering. */
  paragraphs(): StandinParagraphSpec[];
  texts(): string[];
  /** Each paragraph's indentation as Word would report it (Paragraph.leftIndent / firstLineIndent), in points. */
  indents(): { left: number; firstLine: number }[];
  /** Revisions recorded while track changes was on (what Word's Review pane lists), oldest first. */
  trackedChanges(): StandinTrackedChange[];
  /** The document's comments with the ranges they are on. */
  comments(): StandinComment[];
  /** Document.changeTrackingMode now. */
  changeTrackingMode(): "Off" | "TrackAll" | "TrackMineOnly";
  /** The whole current document, selection and host settings as a spec. */
  spec(): StandinDocumentSpec;
  /** Replaces the document (handlers stay registered) and raises DocumentSelectionChanged. */
  setSpec(spec: StandinDocumentSpec): void;
  /** Settings persisted by Office.context.document.settings.saveAsync. */
  savedSettings(): Record<string, unknown>;
  /** Number of registered DocumentSelectionChanged handlers. */
  selectionHandlerCount(): number;
  /** Called when the document changes, the selection moves or a sync finishes; returns the unsubscribe function. */
  onChange(listener: (change: StandinChange) => void): () => void;
  /** Word.run typed against @types/office-js, for code under test that takes a Word.RequestContext. */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

const MAX_LOG = 500;

class Runtime implements ApiRuntime {
  readonly model: StandinModel;
  readonly selectionHandlers = new Set<SelectionChangedHandler>();
  syncCount = 0;
  readonly log: SyncLogEntry[] = [];
  office!: StandinOffice;

  constructor(spec: StandinDocumentSpec, private readonly options: StandinOptions) {
    this.model = new StandinModel(spec);
  }

  beginSync(): number {
    this.syncCount += 1;
    return this.syncCount;
  }

  roundTrip(): Promise<void> {
    const ms = this.options.syncDelayMs ?? 0;
    return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
  }

  endSync(entry: SyncLogEntry, effects: { wrote: boolean; selected: boolean }): void {
    this.log.push(entry);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    if (effects.wrote) this.model.notify("document");
    if (effects.selected) this.selectionMoved();
    this.model.notify("sync");
  }

  /** Like Word, handlers learn of the move asynchronously and get no selection data. */
  selectionMoved(): void {
    this.model.notify("selection");
    setTimeout(() => {
      for (const handler of [...this.selectionHandlers]) {
        try {
          handler({ type: "documentSelectionChanged", document: this.office.context.document });
        } catch (e) {
          console.error("DocumentSelectionChanged handler threw", e);
        }
      }
    }, 0);
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { then?: unknown }).then === "function";
}

function createWord(runtime: Runtime): StandinWord {
  return {
    /**
     * Creates a context, awaits the batch, flushes steps it left queued (office.js syncs once more at the end)
     * and resolves to the batch's result. RunMustReturnPromise if the batch returns no promise.
     */
    async run<T>(batch: (context: StandinRequestContext) => Promise<T>): Promise<T> {
      if (typeof batch !== "function") {
        throw officeError("InvalidArgument", "Word.run", "the stand-in supports only Word.run(batch)");
      }
      const context = new StandinRequestContext(runtime);
      try {
        const pending: unknown = batch(context);
        if (!isThenable(pending)) throw officeError("RunMustReturnPromise", "Word.run");
        const result = await (pending as Promise<T>);
        if (context._hasPendingSteps) await context.sync();
        return result;
      } finally {
        context._dispose();
      }
    },
  };
}

export function createStandin(spec: StandinDocumentSpec, options: StandinOptions = {}): Standin {
  const runtime = new Runtime(spec, options);
  const office = new StandinOffice(runtime);
  runtime.office = office;
  const word = createWord(runtime);
  const standin: Standin = {
    Word: word,
    Office: office,
    get syncCount() {
      return runtime.syncCount;
    },
    get syncLog() {
      return runtime.log.map((entry) => ({ ...entry, operations: [...entry.operations] }));
    },
    setSelection(selection) {
      runtime.model.setSelection(selection);
      runtime.selectionMoved();
    },
    selection: () => runtime.model.selectionSpec(),
    paragraphs: () => runtime.model.snapshot(),
    texts: () => runtime.model.paragraphs.map((p) => p.text),
    indents: () => runtime.model.paragraphs.map((p) => ({ left: leftIndentOf(p), firstLine: firstLineIndentOf(p) })),
    trackedChanges: () => runtime.model.trackedChanges(),
    comments: () => runtime.model.comments(),
    changeTrackingMode: () => runtime.model.changeTrackingMode,
    spec: () => runtime.model.spec(),
    setSpec(next) {
      runtime.model.load(next);
      office.context.document.settings._reload();
      runtime.model.notify("document");
      runtime.selectionMoved();
    },
    savedSettings: () => cloneJson(runtime.model.savedSettings),
    selectionHandlerCount: () => runtime.selectionHandlers.size,
    onChange: (listener) => runtime.model.onChange(listener),
    run: (batch) => officeGlobals(standin).Word.run(batch),
  };
  return standin;
}

/**
 * The single place where the stand-in's own classes are presented as the @types/office-js globals: they model
 * only the subset of the API this add-in uses, so the types are asserted rather than checked.
 */
export function officeGlobals(standin: Standin): OfficeGlobals {
  return {
    Word: standin.Word as unknown as typeof Word,
    Office: standin.Office as unknown as typeof Office,
  };
}

/** Installs Word and Office on `target` (window, or globalThis in tests). */
export function installStandin(target: object, standin: Standin): void {
  const globals = officeGlobals(standin);
  for (const [name, value] of Object.entries(globals)) {
    Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
  }
}

/** Removes what installStandin added. */
export function uninstallStandin(target: object): void {
  for (const name of ["Word", "Office"]) Reflect.deleteProperty(target, name);
}

/**
 * The stand-in's `Office` global: the Common API subset the add-in uses (Office.onReady, Office.HostType,
 * Office.EventType, Office.context.requirements/officeTheme, and the document's settings and selection event).
 * https://learn.microsoft.com/javascript/api/office
 */
import { cloneJson, type StandinModel } from "./model";

/** Office.AsyncResult: https://learn.microsoft.com/javascript/api/office/office.asyncresult */
export interface StandinAsyncResult {
  status: "succeeded" | "failed";
  value: undefined;
  error?: { name: string; message: string; code: number };
}

type Callback = (result: StandinAsyncResult) => void;

/** Office.DocumentSelectionChangedEventArgs (no selection data: the handler must call Word.run itself). */
export interface SelectionChangedEventArgs {
  type: "documentSelectionChanged";
  document: StandinOfficeDocument;
}

export type SelectionChangedHandler = (args: SelectionChangedEventArgs) => void;

/** What the Office object needs from the stand-in around it (implemented in index.ts). */
export interface OfficeRuntime {
  readonly model: StandinModel;
  readonly selectionHandlers: Set<SelectionChangedHandler>;
}

const HostType = { Word: "Word" } as const;
const EventType = { DocumentSelectionChanged: "documentSelectionChanged" } as const;

function later(run: () => void): void {
  setTimeout(run, 0);
}

const SUCCEEDED: StandinAsyncResult = { status: "succeeded", value: undefined };

/** Picks the callback out of Office's (options?, callback?) argument pairs. */
function callbackOf(a: unknown, b: unknown): Callback | undefined {
  if (typeof b === "function") return b as Callback;
  if (typeof a === "function") return a as Callback;
  return undefined;
}

/**
 * Office.Settings, in memory: https://learn.microsoft.com/javascript/api/office/office.settings.
 * get/set/remove touch the in-memory copy; saveAsync persists it into the (stand-in) document.
 */
export class StandinSettings {
  private values: Record<string, unknown>;

  constructor(private readonly runtime: OfficeRuntime) {
    this.values = cloneJson(runtime.model.savedSettings);
  }

  /** The value, or null when the setting does not exist (as Office returns). */
  get(name: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.values, name) ? cloneJson(this.values[name]) : null;
  }

  /** Values must be JSON-serializable, as Office stores them as JSON. */
  set(name: string, value: unknown): void {
    this.values[name] = cloneJson(value);
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(optionsOrCallback?: unknown, callback?: unknown): void {
    const done = callbackOf(optionsOrCallback, callback);
    this.runtime.model.savedSettings = cloneJson(this.values);
    later(() => done?.(SUCCEEDED));
  }

  /** Replaces the in-memory copy after the stand-in loads another document. */
  _reload(): void {
    this.values = cloneJson(this.runtime.model.savedSettings);
  }
}

/** Office.Document (Common API): https://learn.microsoft.com/javascript/api/office/office.document */
export class StandinOfficeDocument {
  readonly settings: StandinSettings;

  constructor(private readonly runtime: OfficeRuntime) {
    this.settings = new StandinSettings(runtime);
  }

  /** Only DocumentSelectionChanged is supported; handlers run asynchronously when the selection moves. */
  addHandlerAsync(eventType: string, handler: SelectionChangedHandler, optionsOrCallback?: unknown, callback?: unknown): void {
    const done = callbackOf(optionsOrCallback, callback);
    if (eventType !== EventType.DocumentSelectionChanged || typeof handler !== "function") {
      const error = { name: "Invalid Event Type", message: `The stand-in does not raise ${eventType}`, code: 5007 };
      later(() => done?.({ status: "failed", value: undefined, error }));
      return;
    }
    this.runtime.selectionHandlers.add(handler);
    later(() => done?.(SUCCEEDED));
  }

  /** Removes `options.handler`, or every handler of the event when none is given. */
  removeHandlerAsync(eventType: string, optionsOrCallback?: unknown, callback?: unknown): void {
    const done = callbackOf(optionsOrCallback, callback);
    const handler =
      optionsOrCallback && typeof optionsOrCallback === "object" ? (optionsOrCallback as { handler?: unknown }).handler : undefined;
    if (eventType === EventType.DocumentSelectionChanged) {
      if (typeof handler === "function") this.runtime.selectionHandlers.delete(handler as SelectionChangedHandler);
      else this.runtime.selectionHandlers.clear();
    }
    later(() => done?.(SUCCEEDED));
  }
}

type StandinDocumentTheme = NonNullable<StandinModel["officeTheme"]>;

/** Office.Context: https://learn.microsoft.com/javascript/api/office/office.context */
export class StandinOfficeContext {
  readonly document: StandinOfficeDocument;
  /** Office.RequirementSetSupport; versions compare numerically per part ("1.10" > "1.9"): see StandinModel.isSetSupported. */
  readonly requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };

  constructor(private readonly runtime: OfficeRuntime) {
    this.document = new StandinOfficeDocument(runtime);
    this.requirements = { isSetSupported: (name, minVersion) => runtime.model.isSetSupported(name, minVersion) };
  }

  /** From the spec; undefined when the host gives no theme (as Word on the web may). */
  get officeTheme(): StandinDocumentTheme | undefined {
    const theme = this.runtime.model.officeTheme;
    return theme ? { ...theme } : undefined;
  }
}

/** The `Office` global. */
export class StandinOffice {
  readonly HostType = HostType;
  readonly EventType = EventType;
  readonly context: StandinOfficeContext;

  constructor(runtime: OfficeRuntime) {
    this.context = new StandinOfficeContext(runtime);
  }

  /** Resolves with { host: "Word", platform: "OfficeOnline" } (Word on the web), as office.js does once loaded. */
  onReady(): Promise<{ host: string; platform: string }> {
    return Promise.resolve({ host: HostType.Word, platform: "OfficeOnline" });
  }
}

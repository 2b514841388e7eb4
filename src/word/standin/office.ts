/**
 * The stand-in's `Office` global: the Common API subset the add-in uses.
 * https://learn.microsoft.com/javascript/api/office (Office.onReady, Office.context, Office.HostType, …).
 */
import type { StandinModel } from "./model";

export type AsyncResultStatus = "succeeded" | "failed";

/** Office.AsyncResult: https://learn.microsoft.com/javascript/api/office/office.asyncresult */
export interface StandinAsyncResult<T> {
  status: AsyncResultStatus;
  value: T;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

type Callback<T> = (result: StandinAsyncResult<T>) => void;

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

const HostType = {
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
} as const;

const PlatformType = {
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
} as const;

const EventType = {
  DocumentSelectionChanged: "documentSelectionChanged",
  SettingsChanged: "settingsChanged",
} as const;

const AsyncResultStatusValues = { Succeeded: "succeeded", Failed: "failed" } as const;
const DocumentMode = { ReadOnly: "readOnly", ReadWrite: "readWrite" } as const;

function later(run: () => void): void {
  setTimeout(run, 0);
}

function succeeded<T>(value: T, asyncContext?: unknown): StandinAsyncResult<T> {
  return { status: "succeeded", value, asyncContext };
}

/** Picks the callback out of Office's (options?, callback?) argument pairs. */
function callbackOf<T>(a: unknown, b: unknown): Callback<T> | undefined {
  if (typeof b === "function") return b as Callback<T>;
  if (typeof a === "function") return a as Callback<T>;
  return undefined;
}

function asyncContextOf(options: unknown): unknown {
  return options && typeof options === "object" ? (options as { asyncContext?: unknown }).asyncContext : undefined;
}

/**
 * Office.Settings, in memory: https://learn.microsoft.com/javascript/api/office/office.settings.
 * get/set/remove touch the in-memory copy; saveAsync persists it into the (stand-in) document.
 */
export class StandinSettings {
  private values: Record<string, unknown>;

  constructor(private readonly runtime: OfficeRuntime) {
    this.values = structuredCloneJson(runtime.model.savedSettings);
  }

  /** The value, or null when the setting does not exist (as Office returns). */
  get(name: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.values, name) ? structuredCloneJson(this.values[name]) : null;
  }

  /** Values must be JSON-serializable, as Office stores them as JSON. */
  set(name: string, value: unknown): void {
    this.values[name] = structuredCloneJson(value);
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(optionsOrCallback?: unknown, callback?: unknown): void {
    const done = callbackOf<void>(optionsOrCallback, callback);
    this.runtime.model.savedSettings = structuredCloneJson(this.values);
    later(() => done?.(succeeded(undefined, asyncContextOf(optionsOrCallback))));
  }

  refreshAsync(callback?: Callback<StandinSettings>): void {
    this.values = structuredCloneJson(this.runtime.model.savedSettings);
    later(() => callback?.(succeeded(this)));
  }

  /** Replaces the in-memory copy after the stand-in loads another document. */
  _reload(): void {
    this.values = structuredCloneJson(this.runtime.model.savedSettings);
  }
}

function structuredCloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Office.Document (Common API): https://learn.microsoft.com/javascript/api/office/office.document */
export class StandinOfficeDocument {
  readonly settings: StandinSettings;

  constructor(private readonly runtime: OfficeRuntime) {
    this.settings = new StandinSettings(runtime);
  }

  /**
   * Always "readWrite": Word reports readWrite even in Viewing mode (office-js#5484), so a read-only
   * stand-in document still says readWrite and writes fail at sync instead.
   */
  get mode(): string {
    return DocumentMode.ReadWrite;
  }

  get url(): string {
    return "https://contoso.sharepoint.com/standin.docx";
  }

  /** Only DocumentSelectionChanged is supported; handlers run asynchronously when the selection moves. */
  addHandlerAsync(eventType: string, handler: SelectionChangedHandler, optionsOrCallback?: unknown, callback?: unknown): void {
    const done = callbackOf<void>(optionsOrCallback, callback);
    if (eventType !== EventType.DocumentSelectionChanged || typeof handler !== "function") {
      later(() =>
        done?.({ status: "failed", value: undefined, error: { name: "Invalid Event Type", message: `The stand-in does not raise ${eventType}`, code: 5007 } }),
      );
      return;
    }
    this.runtime.selectionHandlers.add(handler);
    later(() => done?.(succeeded(undefined, asyncContextOf(optionsOrCallback))));
  }

  /** Removes `options.handler`, or every handler of the event when none is given. */
  removeHandlerAsync(eventType: string, optionsOrCallback?: unknown, callback?: unknown): void {
    const done = callbackOf<void>(optionsOrCallback, callback);
    const handler =
      optionsOrCallback && typeof optionsOrCallback === "object" ? (optionsOrCallback as { handler?: unknown }).handler : undefined;
    if (eventType === EventType.DocumentSelectionChanged) {
      if (typeof handler === "function") this.runtime.selectionHandlers.delete(handler as SelectionChangedHandler);
      else this.runtime.selectionHandlers.clear();
    }
    later(() => done?.(succeeded(undefined, asyncContextOf(optionsOrCallback))));
  }
}

/** Office.RequirementSetSupport: https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport */
export class StandinRequirements {
  constructor(private readonly runtime: OfficeRuntime) {}

  /** Version strings compare numerically per part ("1.10" > "1.9"); see StandinModel.isSetSupported. */
  isSetSupported(name: string, minVersion?: string | number): boolean {
    return this.runtime.model.isSetSupported(name, minVersion);
  }
}

/** Office.Context: https://learn.microsoft.com/javascript/api/office/office.context */
export class StandinOfficeContext {
  readonly document: StandinOfficeDocument;
  readonly requirements: StandinRequirements;
  readonly displayLanguage = "en-US";
  readonly contentLanguage = "en-US";

  constructor(private readonly runtime: OfficeRuntime) {
    this.document = new StandinOfficeDocument(runtime);
    this.requirements = new StandinRequirements(runtime);
  }

  get host(): string {
    return HostType.Word;
  }

  get platform(): string {
    return this.runtime.model.platform;
  }

  /** From the spec; undefined when the host gives no theme (as Word on the web may). */
  get officeTheme(): StandinDocumentTheme | undefined {
    const theme = this.runtime.model.officeTheme;
    return theme ? { ...theme } : undefined;
  }

  get diagnostics(): { host: string; platform: string; version: string } {
    return { host: HostType.Word, platform: this.runtime.model.platform, version: "16.0.0.0" };
  }
}

type StandinDocumentTheme = NonNullable<StandinModel["officeTheme"]>;

/** The `Office` global. */
export class StandinOffice {
  readonly HostType = HostType;
  readonly PlatformType = PlatformType;
  readonly EventType = EventType;
  readonly AsyncResultStatus = AsyncResultStatusValues;
  readonly DocumentMode = DocumentMode;
  readonly context: StandinOfficeContext;
  private _initialize: ((reason: string) => void) | undefined;

  constructor(runtime: OfficeRuntime) {
    this.context = new StandinOfficeContext(runtime);
  }

  /** Resolves with { host: "Word", platform }; also calls `callback` with the same info, as office.js does. */
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
    const info = { host: HostType.Word, platform: this.context.platform };
    if (callback) void Promise.resolve().then(() => callback(info));
    return Promise.resolve(info);
  }

  /** Office.initialize: a handler assigned by older code runs once, asynchronously, as if office.js had just loaded. */
  get initialize(): ((reason: string) => void) | undefined {
    return this._initialize;
  }

  set initialize(handler: ((reason: string) => void) | undefined) {
    this._initialize = handler;
    if (typeof handler === "function") void Promise.resolve().then(() => handler("inserted"));
  }
}

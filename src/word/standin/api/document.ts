/**
 * Word.Document (https://learn.microsoft.com/javascript/api/word/word.document) and the Word.RequestContext that
 * hands it out: the entry points of every batch.
 */
import type { StandinModel } from "../model";
import { assertOneOf, RequestContextBase, StandinObject, type StandinRuntime } from "./proxy";
import { DOCUMENT_SCHEMA } from "./schemas";
import { StandinBody, StandinRange } from "./text";

const TRACKING_MODES = ["Off", "TrackAll", "TrackMineOnly"] as const;

export class StandinDocument extends StandinObject<StandinModel> {
  protected readonly _schema = DOCUMENT_SCHEMA;

  get body(): StandinBody {
    return this._nav("body", () => new StandinBody(this.context, () => this._model.mainBody()));
  }

  /** WordApi 1.4: "Off", "TrackAll" or "TrackMineOnly". */
  get changeTrackingMode(): string {
    return this._get("changeTrackingMode");
  }

  /**
   * A write like any other (a read-only document refuses it). behaviours.trackingModeWrite "ignored" models a Word
   * that takes the value without error and leaves the mode as it was (office-js#6450).
   */
  set changeTrackingMode(value: string) {
    this._set("changeTrackingMode", value, (model, location) => {
      const mode = assertOneOf(value, TRACKING_MODES, location);
      this.context._assertWritable([], location);
      if (model.behaviours.trackingModeWrite === "applies") model.changeTrackingMode = mode;
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

  protected override _navByName(name: string): StandinObject<unknown> {
    return name === "body" ? this.body : super._navByName(name);
  }

  protected _readScalar(name: string, model: StandinModel): unknown {
    return name === "changeTrackingMode" ? model.changeTrackingMode : undefined;
  }
}

/** Word.RequestContext: https://learn.microsoft.com/javascript/api/word/word.requestcontext */
export class StandinRequestContext extends RequestContextBase {
  readonly document: StandinDocument;

  constructor(runtime: StandinRuntime) {
    super(runtime);
    this.document = new StandinDocument(this, () => runtime.model);
  }
}

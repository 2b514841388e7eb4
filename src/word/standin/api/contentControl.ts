/** Word.ContentControl: https://learn.microsoft.com/javascript/api/word/word.contentcontrol */
import type { StandinContentControlSpec } from "../types";
import type { ModelParagraph } from "../model";
import { StandinObject } from "./proxy";
import { CONTENT_CONTROL_SCHEMA } from "./schemas";

/** Control types parentContentControl(OrNullObject) returns (documented); a date picker or picture control is not seen. */
const VISIBLE_CONTROL_TYPES: ReadonlySet<string> = new Set(["RichText", "PlainText", "CheckBox", "DropDownList", "ComboBox"]);

export function visibleControl(p: ModelParagraph): StandinContentControlSpec | undefined {
  const control = p.contentControl;
  return control && VISIBLE_CONTROL_TYPES.has(control.type ?? "RichText") ? control : undefined;
}

export class StandinContentControl extends StandinObject<number> {
  protected readonly _schema = CONTENT_CONTROL_SCHEMA;

  protected override _alive(id: number): boolean {
    return this._model.contentControlParagraphs(id).length > 0;
  }

  get cannotEdit(): boolean {
    return this._get("cannotEdit");
  }

  get title(): string {
    return this._get("title");
  }

  protected _readScalar(name: string, id: number): unknown {
    const spec = this._model.contentControlParagraphs(id)[0]?.contentControl;
    if (name === "cannotEdit") return spec?.cannotEdit ?? false;
    if (name === "title") return spec?.title ?? "";
    return undefined;
  }
}

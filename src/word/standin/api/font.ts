/** Word.Font (https://learn.microsoft.com/javascript/api/word/word.font), of whole paragraphs: bold only. */
import { officeError } from "../errors";
import type { ModelParagraph } from "../model";
import { StandinObject } from "./proxy";
import { FONT_SCHEMA } from "./schemas";

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

  protected _readScalar(name: string, p: ModelParagraph): unknown {
    return name === "bold" ? (p.bold === "mixed" ? null : p.bold) : undefined;
  }
}

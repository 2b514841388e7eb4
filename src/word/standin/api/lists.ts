/** Word.ListItem and Word.List: https://learn.microsoft.com/javascript/api/word/word.listitem, …/word.list */
import { officeError } from "../errors";
import type { ModelParagraph } from "../model";
import { StandinObject, type LoadTree } from "./proxy";
import { LIST_ITEM_SCHEMA, LIST_SCHEMA } from "./schemas";

/** Word's list levels are 0–8. */
export function assertLevel(level: unknown, location: string): void {
  if (!Number.isInteger(level) || (level as number) < 0 || (level as number) > 8) throw officeError("InvalidArgument", location, "level must be 0–8");
}

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
      assertLevel(value, location);
      this.context._assertWritable([p], location);
      if (p.list) p.list.level = value;
    });
  }

  protected _readScalar(name: string, p: ModelParagraph): unknown {
    return name === "level" ? p.list?.level : undefined;
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
    if (this._born === this.context._runtime.syncCount && this._model.behaviours.newListBeforeSync === "needs-sync") {
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

  /**
   * WordApi 1.3. The stand-in keeps one bullet/number kind per list, so any level's bullet makes the whole
   * list bulleted; the bullet glyph itself is not modelled.
   */
  setLevelBullet(level: number, _listBullet: string): void {
    this._gate("1.3", "setLevelBullet");
    const location = "List.setLevelBullet";
    this.context._enqueue(location, "write", () => {
      const id = this._usableId(location);
      assertLevel(level, location);
      const items = this._model.paragraphs.filter((p) => p.list?.id === id);
      this.context._assertWritable(items, location);
      for (const p of items) if (p.list) p.list.bullet = true;
    });
  }

  protected _readScalar(name: string, id: number): unknown {
    return name === "id" ? id : undefined;
  }
}

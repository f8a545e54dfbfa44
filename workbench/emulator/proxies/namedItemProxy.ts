/**
 * `Excel.NamedItemCollection` / `NamedItem`: workbook names, registered in HyperFormula so
 * formulas can use them.
 */
import { formatAddress, parseAddress } from "../address";
import { fail } from "../officeError";
import type { Workbook } from "../workbook";
import type { NameModel } from "../workbookTypes";
import { ClientCollection, ClientObject, q } from "./clientObject";
import { RangeProxy } from "./rangeProxy";

/** `Excel.NamedItem`. */
export class NamedItemProxy extends ClientObject<NameModel> {
  protected get _typeName(): string {
    return "NamedItem";
  }
  private get book(): Workbook {
    return this._ctx.runtime.book;
  }
  protected _scalarNames(): readonly string[] {
    return ["name", "type", "value", "formula", "visible", "comment"];
  }
  protected _read(name: string, model: NameModel): unknown {
    switch (name) {
      case "name":
        return model.name;
      case "type": {
        const target = this.rangeOf(model);
        if (target) return "Range";
        const v = this.book.stores.names.value(model.name);
        return typeof v === "number"
          ? Number.isInteger(v)
            ? "Integer"
            : "Double"
          : typeof v === "boolean"
            ? "Boolean"
            : typeof v === "string" && v.startsWith("#")
              ? "Error"
              : "String";
      }
      case "value": {
        const target = this.rangeOf(model);
        return target ? model.formula.slice(1) : this.book.stores.names.value(model.name);
      }
      case "formula":
        return model.formula;
      case "visible":
        return model.visible;
      case "comment":
        return model.comment;
      default:
        return this._unknown(name);
    }
  }
  private rangeOf(model: NameModel): { sheet: string; rect: ReturnType<typeof parseAddress> } | null {
    const parsed = parseAddress(model.formula.slice(1));
    return parsed && parsed.sheet !== undefined ? { sheet: parsed.sheet, rect: parsed } : null;
  }
  get name(): string {
    return this._get("name");
  }
  get type(): string {
    return this._get("type");
  }
  get value(): unknown {
    return this._get("value");
  }
  get formula(): string {
    return this._get("formula");
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (model) => {
      model.visible = v;
      this.book.markChanged();
    });
  }
  get comment(): string {
    return this._get("comment");
  }
  set comment(v: string) {
    this._set("comment", v, (model) => {
      model.comment = v;
      this.book.markChanged();
    });
  }
  /** The range a name refers to; fails for a name that is not a range. */
  getRange(): RangeProxy {
    return new RangeProxy(
      this._ctx,
      `${this._path}.getRange()`,
      () => this.resolveRange() ?? fail("InvalidOperation", "The name does not refer to a range."),
    )._register("getRange", undefined, this);
  }
  /** The range, or a null object for a name that is not a range. */
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getRangeOrNullObject()`, () => this.resolveRange())._register(
      "getRangeOrNullObject",
      undefined,
      this,
    );
  }
  private resolveRange() {
    const model = this._target();
    const r = this.rangeOf(model);
    if (!r || !r.rect) return null;
    const sheet = this.book.requireSheet(r.sheet);
    return { sheet, rect: { top: r.rect.top, left: r.rect.left, bottom: r.rect.bottom, right: r.rect.right } };
  }
  /** Deletes the name. */
  delete(): void {
    this._enqueue("delete", undefined, () => this.book.stores.names.delete(this._target().name));
  }
}

/** `context.workbook.names` (and `worksheet.names`, kept with the workbook's). */
export class NamedItemCollectionProxy extends ClientCollection<NamedItemProxy, Workbook> {
  constructor(ctx: ConstructorParameters<typeof ClientObject>[0], path: string) {
    super(ctx, path, () => ctx.runtime.book);
  }
  protected get _typeName(): string {
    return "NamedItemCollection";
  }
  protected _currentItems(book: Workbook): NamedItemProxy[] {
    return book
      .names()
      .map(
        (n) =>
          new NamedItemProxy(
            this._ctx,
            `${this._path}.getItem(${q(n.name)})`,
            () => book.stores.names.get(n.name) ?? null,
          ),
      );
  }
  /** Adds a name for a range or a formula text ("=Setup!$B$2", "=0.8"). */
  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    let created: NameModel | null = null;
    const proxy = new NamedItemProxy(this._ctx, `${this._path}.add(${q(name)})`, () => created);
    this._enqueue(
      "add",
      { name, reference: typeof reference === "string" ? reference : reference._path, comment: comment ?? "" },
      () => {
        const book = this._target();
        let formula: string;
        if (typeof reference === "string") formula = reference;
        else {
          const ref = reference._target();
          formula = `=${formatAddress(ref.rect, ref.sheet.name, true)}`;
        }
        created = book.stores.names.add(name, formula, comment ?? "");
        proxy._resolveOrNull();
      },
    );
    return proxy;
  }
  /** Adds a name for a formula (Excel's `addFormulaLocal` in the emulator's single locale). */
  addFormulaLocal(name: string, formula: string, comment?: string): NamedItemProxy {
    return this.add(name, formula, comment);
  }
  /** A name; missing → ItemNotFound. */
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this._ctx,
      `${this._path}.getItem(${q(name)})`,
      () => this._target().stores.names.get(name) ?? fail("ItemNotFound", `The name "${name}" does not exist.`),
    )._register("getItem", { name }, this);
  }
  /** A name, or a null object. */
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this._ctx,
      `${this._path}.getItemOrNullObject(${q(name)})`,
      () => this._target().stores.names.get(name) ?? null,
    )._register("getItemOrNullObject", { name }, this);
  }
}

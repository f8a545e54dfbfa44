/**
 * `Excel.ConditionalFormatCollection` / `ConditionalFormat` of a range: formats are recorded on
 * the sheet with their rule and colours (the grid may paint them), not evaluated.
 */
import { formatAddress, parseAddress, rectsIntersect } from "../address";
import { fail } from "../officeError";
import type { ConditionalFormatModel } from "../workbookTypes";
import { ClientCollection, ClientObject, q } from "./clientObject";
import type { RangeRef } from "./rangeRef";
import { RangeProxy } from "./rangeProxy";

type CfRef = { range: RangeRef; model: ConditionalFormatModel };

const TYPES: Record<string, string> = {
  custom: "Custom",
  cellValue: "CellValue",
  dataBar: "DataBar",
  colorScale: "ColorScale",
  iconSet: "IconSet",
  topBottom: "TopBottom",
  presetCriteria: "PresetCriteria",
  containsText: "ContainsText",
};

/** A leaf object that reads and writes part of a conditional format model. */
class CfPart extends ClientObject<CfRef> {
  constructor(
    ctx: ConstructorParameters<typeof ClientObject>[0],
    path: string,
    resolver: () => CfRef | null,
    private readonly typeName: string,
    private readonly fields: Record<
      string,
      { get: (m: ConditionalFormatModel) => unknown; set: (m: ConditionalFormatModel, v: unknown) => void }
    >,
    private readonly children: Record<string, CfPart> = {},
  ) {
    super(ctx, path, resolver);
    for (const [name, field] of Object.entries(fields)) {
      Object.defineProperty(this, name, {
        get: () => this._get(name),
        set: (v: unknown) =>
          this._set(name, v, (ref) => {
            field.set(ref.model, v);
            this._ctx.runtime.book.markChanged();
          }),
        enumerable: true,
      });
    }
    for (const [name, child] of Object.entries(children))
      Object.defineProperty(this, name, { value: child, enumerable: true });
  }
  protected get _typeName(): string {
    return this.typeName;
  }
  protected _scalarNames(): readonly string[] {
    return Object.keys(this.fields);
  }
  protected _read(name: string, ref: CfRef): unknown {
    const field = this.fields[name];
    return field ? field.get(ref.model) : this._unknown(name);
  }
  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    return this.children[name];
  }
}

function formatParts(
  ctx: ConstructorParameters<typeof ClientObject>[0],
  path: string,
  resolve: () => CfRef | null,
): CfPart {
  const fill = new CfPart(ctx, `${path}.fill`, resolve, "ConditionalRangeFill", {
    color: { get: (m) => m.format.fillColor ?? null, set: (m, v) => (m.format.fillColor = String(v)) },
  });
  const font = new CfPart(ctx, `${path}.font`, resolve, "ConditionalRangeFont", {
    color: { get: (m) => m.format.fontColor ?? null, set: (m, v) => (m.format.fontColor = String(v)) },
    bold: { get: (m) => m.format.bold ?? false, set: (m, v) => (m.format.bold = Boolean(v)) },
    italic: { get: (m) => m.format.italic ?? false, set: (m, v) => (m.format.italic = Boolean(v)) },
  });
  return new CfPart(ctx, path, resolve, "ConditionalRangeFormat", {}, { fill, font });
}

/** `Excel.ConditionalFormat`. `custom` and `cellValue` carry `rule` and `format`. */
export class ConditionalFormatProxy extends ClientObject<CfRef> {
  /** `custom.rule.formula`, `custom.format.fill.color`, `custom.format.font.color|bold|italic`. */
  readonly custom: CfPart & Record<string, any>;
  /** `cellValue.rule = { formula1, formula2?, operator }`, `cellValue.format…`. */
  readonly cellValue: CfPart & Record<string, any>;
  constructor(ctx: ConstructorParameters<typeof ClientObject>[0], path: string, resolver: () => CfRef | null) {
    super(ctx, path, resolver);
    const resolve = () => this._resolveOrNull();
    const customRule = new CfPart(ctx, `${path}.custom.rule`, resolve, "ConditionalFormatRule", {
      formula: { get: (m) => m.rule.formula ?? "", set: (m, v) => (m.rule.formula = String(v)) },
    });
    this.custom = new CfPart(
      ctx,
      `${path}.custom`,
      resolve,
      "CustomConditionalFormat",
      {},
      { rule: customRule, format: formatParts(ctx, `${path}.custom.format`, resolve) },
    );
    const cellRule = new CfPart(ctx, `${path}.cellValue.rule`, resolve, "ConditionalCellValueRule", {});
    Object.defineProperty(cellRule, "value", { enumerable: true, get: () => cellRule.toJSON() });
    this.cellValue = new CfPart(
      ctx,
      `${path}.cellValue`,
      resolve,
      "CellValueConditionalFormat",
      {
        rule: {
          get: (m) => ({ formula1: m.rule.formula1, formula2: m.rule.formula2, operator: m.rule.operator }),
          set: (m, v) => Object.assign(m.rule, v as object),
        },
      },
      { format: formatParts(ctx, `${path}.cellValue.format`, resolve) },
    );
  }
  protected get _typeName(): string {
    return "ConditionalFormat";
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "type", "priority", "stopIfTrue"];
  }
  protected _read(name: string, ref: CfRef): unknown {
    switch (name) {
      case "id":
        return ref.model.id;
      case "type":
        return ref.model.type;
      case "priority":
        return ref.model.priority;
      case "stopIfTrue":
        return ref.model.stopIfTrue;
      default:
        return this._unknown(name);
    }
  }
  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    if (name === "custom") return this.custom;
    if (name === "cellValue") return this.cellValue;
    return undefined;
  }
  get id(): string {
    return this._get("id");
  }
  get type(): string {
    return this._get("type");
  }
  get priority(): number {
    return this._get("priority");
  }
  set priority(v: number) {
    this._set("priority", v, (ref) => (ref.model.priority = v));
  }
  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(v: boolean) {
    this._set("stopIfTrue", v, (ref) => (ref.model.stopIfTrue = v));
  }
  /** The range the format applies to. */
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getRange()`, () => this._target().range)._register(
      "getRange",
      undefined,
      this,
    );
  }
  /** Removes the format. */
  delete(): void {
    this._enqueue("delete", undefined, () => {
      const { range, model } = this._target();
      range.sheet.conditionalFormats.splice(range.sheet.conditionalFormats.indexOf(model), 1);
      this._ctx.runtime.book.markChanged();
    });
  }
}

/** `range.conditionalFormats`. */
export class ConditionalFormatCollectionProxy extends ClientCollection<ConditionalFormatProxy, RangeRef> {
  protected get _typeName(): string {
    return "ConditionalFormatCollection";
  }
  private formatsOf(ref: RangeRef): ConditionalFormatModel[] {
    return ref.sheet.conditionalFormats.filter((f) => {
      const rect = parseAddress(f.address);
      return rect !== null && rectsIntersect(rect, ref.rect);
    });
  }
  protected _currentItems(ref: RangeRef): ConditionalFormatProxy[] {
    return this.formatsOf(ref).map(
      (model) =>
        new ConditionalFormatProxy(this._ctx, `${this._path}.getItem(${q(model.id)})`, () => ({ range: ref, model })),
    );
  }
  /** Adds a conditional format of a type ("Custom", "CellValue" … or Excel.ConditionalFormatType). */
  add(type: string): ConditionalFormatProxy {
    let created: CfRef | null = null;
    const proxy = new ConditionalFormatProxy(this._ctx, `${this._path}.add(${q(type)})`, () => created);
    this._enqueue("add", { type }, () => {
      const ref = this._target();
      const key = Object.keys(TYPES).find((k) => k.toLowerCase() === String(type).toLowerCase());
      if (!key) fail("InvalidArgument", `"${type}" is not a conditional format type.`);
      for (const f of ref.sheet.conditionalFormats) f.priority++;
      const model: ConditionalFormatModel = {
        id: this._ctx.runtime.book.stores.objects.newId("cf"),
        address: formatAddress(ref.rect),
        type: TYPES[key],
        priority: 0,
        stopIfTrue: false,
        rule: {},
        format: {},
      };
      ref.sheet.conditionalFormats.push(model);
      created = { range: ref, model };
      proxy._resolveOrNull();
      this._ctx.runtime.book.markChanged();
    });
    return proxy;
  }
  /** Removes every conditional format touching the range. */
  clearAll(): void {
    this._enqueue("clearAll", undefined, () => {
      const ref = this._target();
      const remove = new Set(this.formatsOf(ref));
      ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((f) => !remove.has(f));
      this._ctx.runtime.book.markChanged();
    });
  }
  /** The format with an id. */
  getItem(id: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this._ctx, `${this._path}.getItem(${q(id)})`, () => {
      const ref = this._target();
      const model =
        this.formatsOf(ref).find((f) => f.id === id) ?? fail("ItemNotFound", `No conditional format with id ${id}.`);
      return { range: ref, model };
    })._register("getItem", { id }, this);
  }
}

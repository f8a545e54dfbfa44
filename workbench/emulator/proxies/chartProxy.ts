/**
 * `Excel.ChartCollection` / `Chart` of a worksheet: charts are recorded (type, source address,
 * series orientation, title, position); the emulator does not draw them, the workbench page does.
 */
import { formatAddress } from "../address";
import { fail } from "../officeError";
import type { SheetModel } from "../sheetModel";
import type { ChartModel } from "../workbookTypes";
import { ClientCollection, ClientObject, q } from "./clientObject";
import type { RangeProxy } from "./rangeProxy";

type ChartRef = { sheet: SheetModel; chart: ChartModel };

/** `chart.title`. */
export class ChartTitleProxy extends ClientObject<ChartRef> {
  protected get _typeName(): string {
    return "ChartTitle";
  }
  protected _scalarNames(): readonly string[] {
    return ["text", "visible"];
  }
  protected _read(name: string, ref: ChartRef): unknown {
    if (name === "text") return ref.chart.title ?? "";
    if (name === "visible") return ref.chart.title !== null;
    return this._unknown(name);
  }
  get text(): string {
    return this._get("text");
  }
  set text(v: string) {
    this._set("text", v, (ref) => {
      ref.chart.title = v;
      this._ctx.runtime.book.markChanged();
    });
  }
  get visible(): boolean {
    return this._get("visible");
  }
  set visible(v: boolean) {
    this._set("visible", v, (ref) => {
      ref.chart.title = v ? (ref.chart.title ?? "") : null;
      this._ctx.runtime.book.markChanged();
    });
  }
}

/** `Excel.Chart`. */
export class ChartProxy extends ClientObject<ChartRef> {
  protected get _typeName(): string {
    return "Chart";
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "name", "chartType"];
  }
  protected _read(name: string, ref: ChartRef): unknown {
    switch (name) {
      case "id":
        return ref.chart.id;
      case "name":
        return ref.chart.name;
      case "chartType":
        return ref.chart.type;
      default:
        return this._unknown(name);
    }
  }
  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    return name === "title" ? this.title : undefined;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (ref) => {
      ref.chart.name = v;
      this._ctx.runtime.book.markChanged();
    });
  }
  get chartType(): string {
    return this._get("chartType");
  }
  set chartType(v: string) {
    this._set("chartType", v, (ref) => {
      ref.chart.type = v;
      this._ctx.runtime.book.markChanged();
    });
  }
  private titleProxy: ChartTitleProxy | undefined;
  get title(): ChartTitleProxy {
    this.titleProxy ??= new ChartTitleProxy(this._ctx, `${this._path}.title`, () => this._resolveOrNull());
    return this.titleProxy;
  }
  /** Places the chart over cells. */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    const text = (c: RangeProxy | string | undefined) =>
      c === undefined ? undefined : typeof c === "string" ? c : formatAddress(c._target().rect);
    this._enqueue(
      "setPosition",
      {
        startCell: typeof startCell === "string" ? startCell : startCell._path,
        endCell: typeof endCell === "string" || endCell === undefined ? endCell : endCell._path,
      },
      () => {
        const ref = this._target();
        const end = text(endCell);
        ref.chart.position = { startCell: text(startCell)!, ...(end ? { endCell: end } : {}) };
        this._ctx.runtime.book.markChanged();
      },
    );
  }
  /** Updates the source data. */
  setData(sourceData: RangeProxy, seriesBy?: string): void {
    this._enqueue("setData", { sourceData: sourceData._path, seriesBy }, () => {
      const ref = this._target();
      const src = sourceData._target();
      ref.chart.sourceAddress = formatAddress(src.rect, src.sheet.name);
      if (seriesBy) ref.chart.seriesBy = seriesBy;
      this._ctx.runtime.book.markChanged();
    });
  }
  /** Removes the chart. */
  delete(): void {
    this._enqueue("delete", undefined, () => {
      const ref = this._target();
      ref.sheet.charts.splice(ref.sheet.charts.indexOf(ref.chart), 1);
      this._ctx.runtime.book.markChanged();
    });
  }
}

/** `worksheet.charts`. */
export class ChartCollectionProxy extends ClientCollection<ChartProxy, SheetModel> {
  protected get _typeName(): string {
    return "ChartCollection";
  }
  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }
  protected override _read(name: string, sheet: SheetModel): unknown {
    if (name === "count") return sheet.charts.length;
    return this._unknown(name);
  }
  get count(): number {
    return this._get("count");
  }
  protected _currentItems(sheet: SheetModel): ChartProxy[] {
    return sheet.charts.map(
      (chart) => new ChartProxy(this._ctx, `${this._path}.getItem(${q(chart.name)})`, () => ({ sheet, chart })),
    );
  }
  /** Adds a chart of a type ("ColumnClustered", "Line", "Pie" …) over a source range. */
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    let created: ChartRef | null = null;
    const proxy = new ChartProxy(
      this._ctx,
      `${this._path}.add(${q(type)},${sourceData._path},${q(seriesBy)})`,
      () => created,
    );
    this._enqueue("add", { type, sourceData: sourceData._path, seriesBy }, () => {
      const sheet = this._target();
      if (typeof type !== "string" || type === "") fail("InvalidArgument", "A chart needs a type.");
      const src = sourceData._target();
      const book = this._ctx.runtime.book;
      if (book.modes.unsupportedChartTypes.some((t) => t.toLowerCase() === type.toLowerCase()))
        fail("InvalidArgument", `This Excel cannot create a chart of type ${type} (modes.unsupportedChartTypes).`);
      const id = book.stores.objects.newId("chart");
      const chart: ChartModel = {
        id,
        name: `Chart ${id.replace("chart", "")}`,
        type,
        sourceAddress: formatAddress(src.rect, src.sheet.name),
        seriesBy,
        title: null,
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
      proxy._resolveOrNull();
      book.markChanged();
    });
    return proxy;
  }
  /** A chart by name; missing → ItemNotFound. */
  getItem(name: string): ChartProxy {
    return new ChartProxy(this._ctx, `${this._path}.getItem(${q(name)})`, () => {
      const sheet = this._target();
      const chart = sheet.charts.find((c) => c.name === name) ?? fail("ItemNotFound", `No chart named "${name}".`);
      return { sheet, chart };
    })._register("getItem", { name }, this);
  }
  /** A chart by name, or a null object. */
  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this._ctx, `${this._path}.getItemOrNullObject(${q(name)})`, () => {
      const sheet = this._target();
      const chart = sheet.charts.find((c) => c.name === name);
      return chart ? { sheet, chart } : null;
    })._register("getItemOrNullObject", { name }, this);
  }
}

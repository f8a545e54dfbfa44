/**
 * `Excel.TableCollection` and `Excel.Table`. Its rows and columns are in tableRowProxy.ts and
 * tableColumnProxy.ts; tables grow into the empty cells below (rows) or to the right (columns) —
 * see stores/tableEdits.ts for where that differs from Excel.
 */
import { type CellRect, parseAddress } from "../address";
import { fail } from "../officeError";
import type { SheetModel } from "../sheetModel";
import { dataBodyRect, headerRect, type TableModel, totalsRect } from "../tableModel";
import type { Workbook } from "../workbook";
import { tableChangedArgs, type TableChangedEventArgs } from "./changedEventArgs";
import { ClientCollection, ClientObject, q } from "./clientObject";
import { EventSource } from "./eventSource";
import { RangeProxy } from "./rangeProxy";
import { TableColumnCollectionProxy } from "./tableColumnProxy";
import { TableRowCollectionProxy } from "./tableRowProxy";
import { WorksheetProxy } from "./worksheetProxy";

type Scope = { sheet: SheetModel | null };

function tableRange(
  ctx: ConstructorParameters<typeof ClientObject>[0],
  path: string,
  resolve: () => { table: TableModel; rect: CellRect | null },
  book: () => Workbook,
): RangeProxy {
  return new RangeProxy(ctx, path, () => {
    const { table, rect } = resolve();
    return rect ? { sheet: book().tableSheet(table), rect } : null;
  });
}

/** `Excel.Table`. */
export class TableProxy extends ClientObject<TableModel> {
  protected get _typeName(): string {
    return "Table";
  }
  private get book(): Workbook {
    return this._ctx.runtime.book;
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "name", "showHeaders", "showTotals", "style"];
  }
  protected _read(name: string, table: TableModel): unknown {
    switch (name) {
      case "id":
        return table.id;
      case "name":
        return table.name;
      case "showHeaders":
        return table.showHeaders;
      case "showTotals":
        return table.showTotals;
      case "style":
        return table.style;
      default:
        return this._unknown(name);
    }
  }
  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    if (name === "rows") return this.rows;
    if (name === "columns") return this.columns;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }
  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (t) => this.book.stores.tableEdits.rename(t, v));
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(v: boolean) {
    this._set("showTotals", v, (t) => this.book.stores.tableEdits.setShowTotals(t, v));
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, (t) => this.book.stores.tableEdits.setStyle(t, v));
  }

  private rowsProxy: TableRowCollectionProxy | undefined;
  get rows(): TableRowCollectionProxy {
    this.rowsProxy ??= new TableRowCollectionProxy(this._ctx, `${this._path}.rows`, () => this._resolveOrNull());
    return this.rowsProxy;
  }
  private columnsProxy: TableColumnCollectionProxy | undefined;
  get columns(): TableColumnCollectionProxy {
    this.columnsProxy ??= new TableColumnCollectionProxy(this._ctx, `${this._path}.columns`, () =>
      this._resolveOrNull(),
    );
    return this.columnsProxy;
  }
  private worksheetProxy: WorksheetProxy | undefined;
  /** `table.worksheet` (one proxy per table, as Office.js caches navigation properties). */
  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(this._ctx, `${this._path}.worksheet`, () => {
      const t = this._resolveOrNull();
      return t ? this.book.tableSheet(t) : null;
    });
    return this.worksheetProxy;
  }

  private part(op: string, rect: (t: TableModel) => CellRect | null, missing?: string): RangeProxy {
    return tableRange(
      this._ctx,
      `${this._path}.${op}()`,
      () => {
        const table = this._target();
        const r = rect(table);
        if (!r && missing) fail("ItemNotFound", missing);
        return { table, rect: r };
      },
      () => this.book,
    )._register(op, undefined, this);
  }
  /** Data changes in this table's cells, rows inserted or deleted (Excel.TableChangedEventArgs). */
  get onChanged(): EventSource<TableChangedEventArgs> {
    return new EventSource(this._ctx, `${this._path}.onChanged`, "Table.onChanged", (emit) => {
      const table = this._target();
      return this.book.stores.events.onCellsChanged((change) => {
        if (!this.book.tableModels().includes(table)) return;
        const args = tableChangedArgs(change, table, this.book.tableSheet(table), this._ctx.runtime.profile);
        if (args) emit(args);
      });
    });
  }

  getRange(): RangeProxy {
    return this.part("getRange", (t) => t.range);
  }
  getDataBodyRange(): RangeProxy {
    return this.part("getDataBodyRange", (t) => dataBodyRect(t));
  }
  getHeaderRowRange(): RangeProxy {
    return this.part("getHeaderRowRange", (t) => headerRect(t), "The table has no header row.");
  }
  getTotalRowRange(): RangeProxy {
    return this.part("getTotalRowRange", (t) => totalsRect(t), "The table has no totals row.");
  }
  /** Resizes the table over a new range or address on its sheet (ExcelApi 1.13; see TableEdits.resize). */
  resize(newRange: string | RangeProxy): void {
    const described = typeof newRange === "string" ? newRange : newRange._path;
    this._enqueue("resize", { newRange: described }, () => {
      const table = this._target();
      const sheet = this.book.tableSheet(table);
      let target: { sheet: SheetModel; rect: CellRect };
      if (typeof newRange === "string") {
        const parsed = parseAddress(newRange) ?? fail("InvalidArgument", `"${newRange}" is not a valid address.`);
        target = { sheet: parsed.sheet !== undefined ? this.book.requireSheet(parsed.sheet) : sheet, rect: parsed };
      } else target = newRange._target();
      this.book.stores.tableEdits.resize(table, target.sheet.hfId, target.rect);
    });
  }
  /** Deletes the table and its cells. */
  delete(): void {
    this._enqueue("delete", undefined, () => this.book.removeTable(this._target(), false));
  }
  /** Turns the table into plain cells (data stays). */
  convertToRange(): RangeProxy {
    let rect: CellRect | null = null;
    let sheet: SheetModel | null = null;
    const proxy = new RangeProxy(this._ctx, `${this._path}.convertToRange()`, () =>
      rect && sheet ? { sheet, rect } : null,
    );
    this._enqueue("convertToRange", undefined, () => {
      const t = this._target();
      rect = t.range;
      sheet = this.book.tableSheet(t);
      this.book.removeTable(t, true);
      proxy._resolveOrNull();
    });
    return proxy;
  }
}

/** `context.workbook.tables` / `worksheet.tables`. */
export class TableCollectionProxy extends ClientCollection<TableProxy, Scope> {
  constructor(ctx: ConstructorParameters<typeof ClientObject>[0], path: string, sheet?: () => SheetModel | null) {
    super(ctx, path, () =>
      sheet ? { sheet: sheet() ?? fail("ItemNotFound", "The worksheet does not exist.") } : { sheet: null },
    );
  }
  protected get _typeName(): string {
    return "TableCollection";
  }
  private get book(): Workbook {
    return this._ctx.runtime.book;
  }
  private inScope(scope: Scope): TableModel[] {
    return this.book.tableModels().filter((t) => !scope.sheet || t.sheetId === scope.sheet.hfId);
  }
  protected _currentItems(scope: Scope): TableProxy[] {
    return this.inScope(scope).map((t) => new TableProxy(this._ctx, `tables.getItem(${q(t.name)})`, () => t));
  }
  private find(scope: Scope, key: string): TableModel | undefined {
    return this.inScope(scope).find((t) => t.name.toLowerCase() === key.toLowerCase() || t.id === key);
  }
  /** A table by name or id; missing → ItemNotFound at sync. */
  getItem(key: string): TableProxy {
    return new TableProxy(
      this._ctx,
      `${this._path}.getItem(${q(key)})`,
      () =>
        this.find(this._target(), key) ?? fail("ItemNotFound", `The requested resource doesn't exist: table "${key}".`),
    )._register("getItem", { key }, this);
  }
  /** A table by name or id, or a null object. */
  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(
      this._ctx,
      `${this._path}.getItemOrNullObject(${q(key)})`,
      () => this.find(this._target(), key) ?? null,
    )._register("getItemOrNullObject", { key }, this);
  }
  /** The table at a position. */
  getItemAt(index: number): TableProxy {
    return new TableProxy(
      this._ctx,
      `${this._path}.getItemAt(${index})`,
      () => this.inScope(this._target())[index] ?? fail("ItemNotFound", `No table at index ${index}.`),
    )._register("getItemAt", { index }, this);
  }
  /**
   * Data changes in any table of the collection (the workbook's, or a sheet's): one event per
   * table a change touches (Excel.TableChangedEventArgs).
   */
  get onChanged(): EventSource<TableChangedEventArgs> {
    return new EventSource(this._ctx, `${this._path}.onChanged`, "TableCollection.onChanged", (emit) => {
      const scope = this._target();
      return this.book.stores.events.onCellsChanged((change) => {
        for (const table of this.inScope(scope)) {
          const args = tableChangedArgs(change, table, this.book.tableSheet(table), this._ctx.runtime.profile);
          if (args) emit(args);
        }
      });
    });
  }

  /** Creates a table over an address or a range. */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableModel | null = null;
    const proxy = new TableProxy(
      this._ctx,
      `${this._path}.add(${typeof address === "string" ? q(address) : address._path},${hasHeaders})`,
      () => created,
    );
    this._enqueue("add", { address: typeof address === "string" ? address : address._path, hasHeaders }, () => {
      const scope = this._target();
      let sheet: SheetModel;
      let rect: CellRect;
      if (typeof address === "string") {
        const parsed = parseAddress(address) ?? fail("InvalidArgument", `"${address}" is not a valid address.`);
        sheet =
          parsed.sheet !== undefined
            ? this.book.requireSheet(parsed.sheet)
            : (scope.sheet ?? this.book.requireSheet(this.book.activeSheet));
        if (scope.sheet && sheet !== scope.sheet)
          fail("InvalidArgument", `The address ${address} is not on this worksheet.`);
        rect = parsed;
      } else {
        const ref = address._target();
        sheet = ref.sheet;
        rect = ref.rect;
      }
      created = this.book.addTable(
        sheet,
        { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right },
        hasHeaders !== false,
      );
      proxy._resolveOrNull();
    });
    return proxy;
  }
}

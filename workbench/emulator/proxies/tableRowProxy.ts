/**
 * `Excel.TableRowCollection` (`table.rows`) and `Excel.TableRow`: data rows by 0-based index of
 * the data body. Rows are added by growing the table into the empty rows below it (see
 * TableEdits.addRows). `deleteRows` and `deleteRowsAt` are ExcelApiOnline: they fail with
 * ApiNotFound on the desktop profile (apiRequirements.ts).
 */
import type { CellRect } from "../address";
import { fail } from "../officeError";
import { dataBodyRows, type TableModel } from "../tableModel";
import type { Workbook } from "../workbook";
import { ClientCollection, ClientObject } from "./clientObject";
import { RangeProxy } from "./rangeProxy";

type RowRef = { table: TableModel; index: number };

/** `Excel.TableRow`. */
export class TableRowProxy extends ClientObject<RowRef> {
  protected get _typeName(): string {
    return "TableRow";
  }
  private get book(): Workbook {
    return this._ctx.runtime.book;
  }
  private rowRect(ref: RowRef): CellRect {
    const top = dataBodyRows(ref.table).top + ref.index;
    return { top, bottom: top, left: ref.table.range.left, right: ref.table.range.right };
  }
  protected _scalarNames(): readonly string[] {
    return ["index", "values"];
  }
  protected _read(name: string, ref: RowRef): unknown {
    if (name === "index") return ref.index;
    if (name === "values")
      return this.book.stores.cellReads.readValues(this.book.tableSheet(ref.table), this.rowRect(ref));
    return this._unknown(name);
  }
  get index(): number {
    return this._get("index");
  }
  get values(): any[][] {
    return this._get("values");
  }
  set values(v: any[][]) {
    this._set("values", v, (ref) => {
      const rect = this.rowRect(ref);
      if (!Array.isArray(v) || v.length !== 1 || !Array.isArray(v[0]) || v[0].length !== rect.right - rect.left + 1)
        fail("InvalidArgument", "Row values must be one row with a value per column.");
      this.book.stores.cellWrites.writeInputs(this.book.tableSheet(ref.table), rect.top, rect.left, v);
    });
  }
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getRange()`, () => {
      const ref = this._target();
      return { sheet: this.book.tableSheet(ref.table), rect: this.rowRect(ref) };
    })._register("getRange", undefined, this);
  }
  delete(): void {
    this._enqueue("delete", undefined, () => {
      const ref = this._target();
      this.book.stores.tableEdits.deleteRows(ref.table, ref.index, 1);
    });
  }
}

/** `table.rows`. */
export class TableRowCollectionProxy extends ClientCollection<TableRowProxy, TableModel> {
  protected get _typeName(): string {
    return "TableRowCollection";
  }
  private get book(): Workbook {
    return this._ctx.runtime.book;
  }
  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }
  protected override _read(name: string, table: TableModel): unknown {
    if (name === "count") {
      const body = dataBodyRows(table);
      return body.bottom - body.top + 1;
    }
    return this._unknown(name);
  }
  protected _currentItems(table: TableModel): TableRowProxy[] {
    const body = dataBodyRows(table);
    return Array.from(
      { length: body.bottom - body.top + 1 },
      (_, i) => new TableRowProxy(this._ctx, `${this._path}.getItemAt(${i})`, () => ({ table, index: i })),
    );
  }
  /** Number of data rows (loaded). */
  get count(): number {
    return this._get("count");
  }
  /** Adds rows at an index (null/undefined = at the end) with values (2-D, one array per row). */
  add(index?: number | null, values?: unknown[][] | null, alwaysInsert?: boolean): TableRowProxy {
    let added: RowRef | null = null;
    const proxy = new TableRowProxy(this._ctx, `${this._path}.add(${index ?? null})`, () => added);
    // Several rows in one call need ExcelApi 1.4, the alwaysInsert flag 1.15 (TableRowCollection.add).
    const api =
      alwaysInsert !== undefined
        ? "TableRowCollection.add (alwaysInsert)"
        : Array.isArray(values) && values.length > 1
          ? "TableRowCollection.add (several rows)"
          : "TableRowCollection.add";
    this._enqueue(
      "add",
      { index: index ?? null, values: values ?? null },
      () => {
        const table = this._target();
        if (
          values !== undefined &&
          values !== null &&
          (!Array.isArray(values) || values.some((r) => !Array.isArray(r)))
        )
          fail("InvalidArgument", "Row values must be a 2-D array.");
        const result = this.book.stores.tableEdits.addRows(table, index ?? null, values ?? null);
        added = { table, index: result.index };
        proxy._resolveOrNull();
      },
      api,
    );
    return proxy;
  }
  /** The data row at an index. */
  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const table = this._target();
      const body = dataBodyRows(table);
      if (!Number.isInteger(index) || index < 0 || index > body.bottom - body.top)
        fail("InvalidArgument", `Row index ${index} is outside the table.`);
      return { table, index };
    })._register("getItemAt", { index }, this);
  }
  /** Deletes rows by index or row object (ExcelApiOnline: Excel on the web only). */
  deleteRows(rows: number[] | TableRowProxy[]): void {
    this._enqueue("deleteRows", { rows: rows.map((r) => (typeof r === "number" ? r : r._path)) }, () => {
      const table = this._target();
      const indexes = rows.map((r) => (typeof r === "number" ? r : r._target().index)).sort((a, b) => b - a);
      for (const i of indexes) this.book.stores.tableEdits.deleteRows(table, i, 1);
    });
  }
  /** Deletes `count` rows from `index` (ExcelApiOnline: Excel on the web only). */
  deleteRowsAt(index: number, count = 1): void {
    this._enqueue("deleteRowsAt", { index, count }, () => {
      this.book.stores.tableEdits.deleteRows(this._target(), index, count);
    });
  }
}

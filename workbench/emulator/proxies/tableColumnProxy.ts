/**
 * `Excel.TableColumnCollection` (`table.columns`) and `Excel.TableColumn`: columns by name, id or
 * position. A column is added by growing the table into the empty column to its right (see
 * TableEdits.addColumn).
 */
import type { CellRect } from "../address";
import { fail } from "../officeError";
import { dataBodyRows, type TableColumnModel, type TableModel } from "../tableModel";
import type { Workbook } from "../workbook";
import { ClientCollection, ClientObject, q } from "./clientObject";
import { RangeProxy } from "./rangeProxy";

type ColumnRef = { table: TableModel; column: TableColumnModel };

/** `Excel.TableColumn`. */
export class TableColumnProxy extends ClientObject<ColumnRef> {
  protected get _typeName(): string {
    return "TableColumn";
  }
  private get book(): Workbook {
    return this._ctx.runtime.book;
  }
  private colRect(ref: ColumnRef, rows: { top: number; bottom: number }): CellRect {
    const index = ref.table.columns.indexOf(ref.column);
    if (index < 0) fail("ItemNotFound", `The column ${ref.column.name} was removed.`);
    const col = ref.table.range.left + index;
    return { top: rows.top, bottom: rows.bottom, left: col, right: col };
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "index", "name", "values"];
  }
  protected _read(name: string, ref: ColumnRef): unknown {
    switch (name) {
      case "id":
        return ref.column.id;
      case "index":
        return ref.table.columns.indexOf(ref.column);
      case "name":
        return ref.column.name;
      case "values":
        return this.book.stores.cellReads.readValues(
          this.book.tableSheet(ref.table),
          this.colRect(ref, ref.table.range),
        );
      default:
        return this._unknown(name);
    }
  }
  get id(): number {
    return this._get("id");
  }
  get index(): number {
    return this._get("index");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (ref) => {
      const rect = this.colRect(ref, { top: ref.table.range.top, bottom: ref.table.range.top });
      this.book.stores.cellWrites.writeInputs(this.book.tableSheet(ref.table), rect.top, rect.left, [[`'${v}`]]);
    });
  }
  get values(): any[][] {
    return this._get("values");
  }
  private range(op: string, rows: (t: TableModel) => { top: number; bottom: number } | null): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.${op}()`, () => {
      const ref = this._target();
      const r = rows(ref.table) ?? fail("ItemNotFound", `The table has no such row for ${op}.`);
      return { sheet: this.book.tableSheet(ref.table), rect: this.colRect(ref, r) };
    })._register(op, undefined, this);
  }
  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", (t) => dataBodyRows(t));
  }
  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (t) => (t.showHeaders ? { top: t.range.top, bottom: t.range.top } : null));
  }
  getTotalRowRange(): RangeProxy {
    return this.range("getTotalRowRange", (t) =>
      t.showTotals ? { top: t.range.bottom, bottom: t.range.bottom } : null,
    );
  }
  getRange(): RangeProxy {
    return this.range("getRange", (t) => t.range);
  }
}

/** `table.columns`. */
export class TableColumnCollectionProxy extends ClientCollection<TableColumnProxy, TableModel> {
  protected get _typeName(): string {
    return "TableColumnCollection";
  }
  private get book(): Workbook {
    return this._ctx.runtime.book;
  }
  protected override _scalarNames(): readonly string[] {
    return ["count"];
  }
  protected override _read(name: string, table: TableModel): unknown {
    if (name === "count") return table.columns.length;
    return this._unknown(name);
  }
  protected _currentItems(table: TableModel): TableColumnProxy[] {
    return table.columns.map(
      (column) => new TableColumnProxy(this._ctx, `${this._path}.getItem(${column.id})`, () => ({ table, column })),
    );
  }
  get count(): number {
    return this._get("count");
  }
  private find(table: TableModel, key: string | number): TableColumnModel | undefined {
    if (typeof key === "number") return table.columns.find((c) => c.id === key);
    return (
      table.columns.find((c) => c.name.toLowerCase() === key.toLowerCase()) ??
      table.columns.find((c) => String(c.id) === key)
    );
  }
  /** A column by name or id; missing → ItemNotFound. */
  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, `${this._path}.getItem(${q(key)})`, () => {
      const table = this._target();
      return { table, column: this.find(table, key) ?? fail("ItemNotFound", `The table has no column "${key}".`) };
    })._register("getItem", { key }, this);
  }
  /** A column by name or id, or a null object. */
  getItemOrNullObject(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, `${this._path}.getItemOrNullObject(${q(key)})`, () => {
      const table = this._target();
      const column = this.find(table, key);
      return column ? { table, column } : null;
    })._register("getItemOrNullObject", { key }, this);
  }
  /** The column at a position. */
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const table = this._target();
      return {
        table,
        column: table.columns[index] ?? fail("InvalidArgument", `Column index ${index} is outside the table.`),
      };
    })._register("getItemAt", { index }, this);
  }
  /** Adds a column; values hold the header and data rows, or the data rows only. */
  add(index?: number | null, values?: unknown[][] | null, name?: string | null): TableColumnProxy {
    let added: ColumnRef | null = null;
    const proxy = new TableColumnProxy(this._ctx, `${this._path}.add(${index ?? null})`, () => added);
    // Appending (no index) or naming the column at creation needs ExcelApi 1.4 (TableColumnCollection.add).
    const api =
      index === undefined || index === null || index === -1 || (name !== undefined && name !== null)
        ? "TableColumnCollection.add (append or name)"
        : "TableColumnCollection.add";
    this._enqueue(
      "add",
      { index: index ?? null, values: values ?? null, name: name ?? null },
      () => {
        const table = this._target();
        const at = this.book.stores.tableEdits.addColumn(table, index ?? null, values ?? null, name ?? null);
        added = { table, column: table.columns[at] };
        proxy._resolveOrNull();
      },
      api,
    );
    return proxy;
  }
}

/**
 * `Excel.TableCollection`, `Table`, `TableRowCollection`/`TableRow` and
 * `TableColumnCollection`/`TableColumn`. Tables grow into the empty cells below (rows) or to the
 * right (columns) — see Workbook.addTableRows for where that differs from Excel.
 */
import { type CellRect, parseAddress } from "../address";
import { fail } from "../officeError";
import type { SheetModel } from "../sheetModel";
import { dataBodyRect, dataBodyRows, headerRect, type TableColumnModel, type TableModel, totalsRect } from "../tableModel";
import type { Workbook } from "../workbook";
import { ClientCollection, ClientObject, q } from "./clientObject";
import { RangeProxy } from "./rangeProxy";
import { WorksheetProxy } from "./worksheetProxy";

type Scope = { sheet: SheetModel | null };

function tableRange(ctx: ConstructorParameters<typeof ClientObject>[0], path: string, resolve: () => { table: TableModel; rect: CellRect | null }, book: () => Workbook): RangeProxy {
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
    this._set("name", v, (t) => this.book.renameTable(t, v));
  }
  get showHeaders(): boolean {
    return this._get("showHeaders");
  }
  get showTotals(): boolean {
    return this._get("showTotals");
  }
  set showTotals(v: boolean) {
    this._set("showTotals", v, (t) => this.book.setShowTotals(t, v));
  }
  get style(): string {
    return this._get("style");
  }
  set style(v: string) {
    this._set("style", v, (t) => this.book.setTableStyle(t, v));
  }

  private rowsProxy: TableRowCollectionProxy | undefined;
  get rows(): TableRowCollectionProxy {
    this.rowsProxy ??= new TableRowCollectionProxy(this._ctx, `${this._path}.rows`, () => this._resolveOrNull());
    return this.rowsProxy;
  }
  private columnsProxy: TableColumnCollectionProxy | undefined;
  get columns(): TableColumnCollectionProxy {
    this.columnsProxy ??= new TableColumnCollectionProxy(this._ctx, `${this._path}.columns`, () => this._resolveOrNull());
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
    return tableRange(this._ctx, `${this._path}.${op}()`, () => {
      const table = this._target();
      const r = rect(table);
      if (!r && missing) fail("ItemNotFound", missing);
      return { table, rect: r };
    }, () => this.book)._register(op);
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
  /** Deletes the table and its cells. */
  delete(): void {
    this._enqueue("delete", undefined, () => this.book.removeTable(this._target(), false));
  }
  /** Turns the table into plain cells (data stays). */
  convertToRange(): RangeProxy {
    let rect: CellRect | null = null;
    let sheet: SheetModel | null = null;
    const proxy = new RangeProxy(this._ctx, `${this._path}.convertToRange()`, () => (rect && sheet ? { sheet, rect } : null));
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
    super(ctx, path, () => (sheet ? { sheet: sheet() ?? fail("ItemNotFound", "The worksheet does not exist.") } : { sheet: null }));
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
    return new TableProxy(this._ctx, `${this._path}.getItem(${q(key)})`, () => this.find(this._target(), key) ?? fail("ItemNotFound", `The requested resource doesn't exist: table "${key}".`))._register("getItem", { key });
  }
  /** A table by name or id, or a null object. */
  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this._ctx, `${this._path}.getItemOrNullObject(${q(key)})`, () => this.find(this._target(), key) ?? null)._register("getItemOrNullObject", { key });
  }
  /** The table at a position. */
  getItemAt(index: number): TableProxy {
    return new TableProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => this.inScope(this._target())[index] ?? fail("ItemNotFound", `No table at index ${index}.`))._register("getItemAt", { index });
  }
  /** Creates a table over an address or a range. */
  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableModel | null = null;
    const proxy = new TableProxy(this._ctx, `${this._path}.add(${typeof address === "string" ? q(address) : address._path},${hasHeaders})`, () => created);
    this._enqueue("add", { address: typeof address === "string" ? address : address._path, hasHeaders }, () => {
      const scope = this._target();
      let sheet: SheetModel;
      let rect: CellRect;
      if (typeof address === "string") {
        const parsed = parseAddress(address) ?? fail("InvalidArgument", `"${address}" is not a valid address.`);
        sheet = parsed.sheet !== undefined ? this.book.requireSheet(parsed.sheet) : (scope.sheet ?? this.book.requireSheet(this.book.activeSheet));
        if (scope.sheet && sheet !== scope.sheet) fail("InvalidArgument", `The address ${address} is not on this worksheet.`);
        rect = parsed;
      } else {
        const ref = address._target();
        sheet = ref.sheet;
        rect = ref.rect;
      }
      created = this.book.addTable(sheet, { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right }, hasHeaders !== false);
      proxy._resolveOrNull();
    });
    return proxy;
  }
}

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
    if (name === "values") return this.book.readValues(this.book.tableSheet(ref.table), this.rowRect(ref));
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
      if (!Array.isArray(v) || v.length !== 1 || !Array.isArray(v[0]) || v[0].length !== rect.right - rect.left + 1) fail("InvalidArgument", "Row values must be one row with a value per column.");
      this.book.writeInputs(this.book.tableSheet(ref.table), rect.top, rect.left, v);
    });
  }
  getRange(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getRange()`, () => {
      const ref = this._target();
      return { sheet: this.book.tableSheet(ref.table), rect: this.rowRect(ref) };
    })._register("getRange");
  }
  delete(): void {
    this._enqueue("delete", undefined, () => {
      const ref = this._target();
      this.book.deleteTableRows(ref.table, ref.index, 1);
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
    return Array.from({ length: body.bottom - body.top + 1 }, (_, i) => new TableRowProxy(this._ctx, `${this._path}.getItemAt(${i})`, () => ({ table, index: i })));
  }
  /** Number of data rows (loaded). */
  get count(): number {
    return this._get("count");
  }
  /** Adds rows at an index (null/undefined = at the end) with values (2-D, one array per row). */
  add(index?: number | null, values?: unknown[][] | null, _alwaysInsert?: boolean): TableRowProxy {
    let added: RowRef | null = null;
    const proxy = new TableRowProxy(this._ctx, `${this._path}.add(${index ?? null})`, () => added);
    this._enqueue("add", { index: index ?? null, values: values ?? null }, () => {
      const table = this._target();
      if (values !== undefined && values !== null && (!Array.isArray(values) || values.some((r) => !Array.isArray(r)))) fail("InvalidArgument", "Row values must be a 2-D array.");
      const result = this.book.addTableRows(table, index ?? null, values ?? null);
      added = { table, index: result.index };
      proxy._resolveOrNull();
    });
    return proxy;
  }
  /** The data row at an index. */
  getItemAt(index: number): TableRowProxy {
    return new TableRowProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const table = this._target();
      const body = dataBodyRows(table);
      if (!Number.isInteger(index) || index < 0 || index > body.bottom - body.top) fail("InvalidArgument", `Row index ${index} is outside the table.`);
      return { table, index };
    })._register("getItemAt", { index });
  }
  /** Deletes rows (ExcelApi 1.17). */
  deleteRows(rows: number[] | TableRowProxy[]): void {
    this._enqueue("deleteRows", { rows: rows.map((r) => (typeof r === "number" ? r : r._path)) }, () => {
      const table = this._target();
      const indexes = rows.map((r) => (typeof r === "number" ? r : r._target().index)).sort((a, b) => b - a);
      for (const i of indexes) this.book.deleteTableRows(table, i, 1);
    });
  }
}

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
        return this.book.readValues(this.book.tableSheet(ref.table), this.colRect(ref, ref.table.range));
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
      this.book.writeInputs(this.book.tableSheet(ref.table), rect.top, rect.left, [[`'${v}`]]);
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
    })._register(op);
  }
  getDataBodyRange(): RangeProxy {
    return this.range("getDataBodyRange", (t) => dataBodyRows(t));
  }
  getHeaderRowRange(): RangeProxy {
    return this.range("getHeaderRowRange", (t) => (t.showHeaders ? { top: t.range.top, bottom: t.range.top } : null));
  }
  getTotalRowRange(): RangeProxy {
    return this.range("getTotalRowRange", (t) => (t.showTotals ? { top: t.range.bottom, bottom: t.range.bottom } : null));
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
    return table.columns.map((column) => new TableColumnProxy(this._ctx, `${this._path}.getItem(${column.id})`, () => ({ table, column })));
  }
  get count(): number {
    return this._get("count");
  }
  private find(table: TableModel, key: string | number): TableColumnModel | undefined {
    if (typeof key === "number") return table.columns.find((c) => c.id === key);
    return table.columns.find((c) => c.name.toLowerCase() === key.toLowerCase()) ?? table.columns.find((c) => String(c.id) === key);
  }
  /** A column by name or id; missing → ItemNotFound. */
  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, `${this._path}.getItem(${q(key)})`, () => {
      const table = this._target();
      return { table, column: this.find(table, key) ?? fail("ItemNotFound", `The table has no column "${key}".`) };
    })._register("getItem", { key });
  }
  /** A column by name or id, or a null object. */
  getItemOrNullObject(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, `${this._path}.getItemOrNullObject(${q(key)})`, () => {
      const table = this._target();
      const column = this.find(table, key);
      return column ? { table, column } : null;
    })._register("getItemOrNullObject", { key });
  }
  /** The column at a position. */
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this._ctx, `${this._path}.getItemAt(${index})`, () => {
      const table = this._target();
      return { table, column: table.columns[index] ?? fail("InvalidArgument", `Column index ${index} is outside the table.`) };
    })._register("getItemAt", { index });
  }
  /** Adds a column; values hold the header and data rows, or the data rows only. */
  add(index?: number | null, values?: unknown[][] | null, name?: string | null): TableColumnProxy {
    let added: ColumnRef | null = null;
    const proxy = new TableColumnProxy(this._ctx, `${this._path}.add(${index ?? null})`, () => added);
    this._enqueue("add", { index: index ?? null, values: values ?? null, name: name ?? null }, () => {
      const table = this._target();
      const at = this.book.addTableColumn(table, index ?? null, values ?? null, name ?? null);
      added = { table, column: table.columns[at] };
      proxy._resolveOrNull();
    });
    return proxy;
  }
}


/**
 * `Excel.Worksheet`, its `freezePanes` and (pageLayoutProxy.ts) its `pageLayout`.
 */
import { type CellRect, MAX_COLUMNS, MAX_ROWS, parseAddress } from "../address";
import { fail } from "../officeError";
import type { SheetModel } from "../sheetModel";
import type { Workbook } from "../workbook";
import { ChartCollectionProxy } from "./chartProxy";
import { ClientObject, q } from "./clientObject";
import { EventSource } from "./eventSource";
import { NamedItemCollectionProxy } from "./namedItemProxy";
import { PageLayoutProxy } from "./pageLayoutProxy";
import { RangeProxy } from "./rangeProxy";
import { checkedRect } from "./rangeRef";
import { worksheetChangedArgs, type WorksheetChangedEventArgs } from "./changedEventArgs";
import { TableCollectionProxy } from "./tableProxy";

/** `worksheet.freezePanes`. */
export class FreezePanesProxy extends ClientObject<SheetModel> {
  protected get _typeName(): string {
    return "WorksheetFreezePanes";
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(name: string): unknown {
    return this._unknown(name);
  }
  private freeze(op: string, args: unknown, rows: number | null, columns: number | null): void {
    this._enqueue(op, args, () => {
      const sheet = this._target();
      if (rows !== null) {
        if (!Number.isInteger(rows) || rows < 0 || rows >= MAX_ROWS)
          fail("InvalidArgument", `Cannot freeze ${rows} rows.`);
        sheet.frozenRows = rows;
      }
      if (columns !== null) {
        if (!Number.isInteger(columns) || columns < 0 || columns >= MAX_COLUMNS)
          fail("InvalidArgument", `Cannot freeze ${columns} columns.`);
        sheet.frozenColumns = columns;
      }
      this._ctx.runtime.book.markChanged();
    });
  }
  freezeRows(count = 1): void {
    this.freeze("freezeRows", { count }, count, 0);
  }
  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", { count }, 0, count);
  }
  freezeAt(frozenRange: RangeProxy | string): void {
    this._enqueue("freezeAt", { range: typeof frozenRange === "string" ? frozenRange : frozenRange._path }, () => {
      const sheet = this._target();
      const rect =
        typeof frozenRange === "string"
          ? (parseAddress(frozenRange) ?? fail("InvalidArgument", `"${frozenRange}" is not a valid address.`))
          : frozenRange._target().rect;
      sheet.frozenRows = rect.bottom + 1;
      sheet.frozenColumns = rect.right + 1;
      this._ctx.runtime.book.markChanged();
    });
  }
  unfreeze(): void {
    this.freeze("unfreeze", undefined, 0, 0);
  }
  /** The frozen cells, or a null object when nothing is frozen. */
  getLocationOrNullObject(): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getLocationOrNullObject()`, () => {
      const sheet = this._target();
      if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return null;
      const rect: CellRect = {
        top: 0,
        left: 0,
        bottom: sheet.frozenRows > 0 ? sheet.frozenRows - 1 : MAX_ROWS - 1,
        right: sheet.frozenColumns > 0 ? sheet.frozenColumns - 1 : MAX_COLUMNS - 1,
      };
      return { sheet, rect };
    })._register("getLocationOrNullObject", undefined, this);
  }
}

/** `Excel.Worksheet`. */
export class WorksheetProxy extends ClientObject<SheetModel> {
  protected get _typeName(): string {
    return "Worksheet";
  }
  private get book(): Workbook {
    return this._ctx.runtime.book;
  }
  protected _scalarNames(): readonly string[] {
    return ["id", "name", "position", "visibility", "tabColor", "standardWidth"];
  }
  protected _read(name: string, sheet: SheetModel): unknown {
    switch (name) {
      case "id":
        return sheet.uid;
      case "name":
        return sheet.name;
      case "position":
        return this.book.sheetModels().indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      case "tabColor":
        return sheet.tabColor;
      case "standardWidth":
        return 8.43;
      default:
        return this._unknown(name);
    }
  }
  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    switch (name) {
      case "tables":
        return this.tables;
      case "charts":
        return this.charts;
      case "names":
        return this.names;
      case "freezePanes":
        return this.freezePanes;
      case "pageLayout":
        return this.pageLayout;
      default:
        return undefined;
    }
  }

  get id(): string {
    return this._get("id");
  }
  get name(): string {
    return this._get("name");
  }
  set name(v: string) {
    this._set("name", v, (sheet) => this.book.renameSheet(sheet, v));
  }
  get position(): number {
    return this._get("position");
  }
  set position(v: number) {
    this._set("position", v, (sheet) => this.book.moveSheet(sheet, v));
  }
  get visibility(): Excel.SheetVisibility {
    return this._get("visibility");
  }
  set visibility(v: Excel.SheetVisibility) {
    this._set("visibility", v, (sheet) => this.book.setVisibility(sheet, v as SheetModel["visibility"]));
  }
  get tabColor(): string {
    return this._get("tabColor");
  }
  set tabColor(v: string) {
    this._set("tabColor", v, (sheet) => {
      sheet.tabColor = v;
      this.book.markChanged();
    });
  }
  get standardWidth(): number {
    return this._get("standardWidth");
  }

  private tablesProxy: TableCollectionProxy | undefined;
  get tables(): TableCollectionProxy {
    this.tablesProxy ??= new TableCollectionProxy(this._ctx, `${this._path}.tables`, () => this._resolveOrNull());
    return this.tablesProxy;
  }
  private chartsProxy: ChartCollectionProxy | undefined;
  get charts(): ChartCollectionProxy {
    this.chartsProxy ??= new ChartCollectionProxy(this._ctx, `${this._path}.charts`, () => this._resolveOrNull());
    return this.chartsProxy;
  }
  private namesProxy: NamedItemCollectionProxy | undefined;
  /** Worksheet-scoped names are kept with the workbook's in the emulator. */
  get names(): NamedItemCollectionProxy {
    this.namesProxy ??= new NamedItemCollectionProxy(this._ctx, `${this._path}.names`);
    return this.namesProxy;
  }
  private freezeProxy: FreezePanesProxy | undefined;
  get freezePanes(): FreezePanesProxy {
    this.freezeProxy ??= new FreezePanesProxy(this._ctx, `${this._path}.freezePanes`, () => this._resolveOrNull());
    return this.freezeProxy;
  }

  private pageLayoutProxy: PageLayoutProxy | undefined;
  /** The sheet's print settings (ExcelApi 1.9). */
  get pageLayout(): PageLayoutProxy {
    this.pageLayoutProxy ??= new PageLayoutProxy(this._ctx, `${this._path}.pageLayout`, () => this._resolveOrNull());
    return this.pageLayoutProxy;
  }

  /** A range by A1 address; without one, the whole sheet. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getRange(${address === undefined ? "" : q(address)})`, () => {
      const sheet = this._target();
      if (address === undefined || address === "")
        return { sheet, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      const parsed =
        parseAddress(address) ??
        fail(
          "InvalidArgument",
          `The argument is invalid or missing or has an incorrect format: "${address}" is not a valid address.`,
        );
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())
        fail("InvalidArgument", `The address ${address} is not on worksheet ${sheet.name}.`);
      return { sheet, rect: { top: parsed.top, left: parsed.left, bottom: parsed.bottom, right: parsed.right } };
    })._register("getRange", { address: address ?? null }, this);
  }

  /** A range by 0-based indexes. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(
      this._ctx,
      `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => ({
        sheet: this._target(),
        rect: checkedRect({
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        }),
      }),
    )._register("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], this);
  }

  /** A cell by 0-based indexes. */
  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; A1 on an empty sheet, as Excel returns. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getUsedRange(${valuesOnly ?? ""})`, () => {
      const sheet = this._target();
      return {
        sheet,
        rect: this.book.stores.cellReads.usedRange(sheet, valuesOnly === true) ?? {
          top: 0,
          left: 0,
          bottom: 0,
          right: 0,
        },
      };
    })._register("getUsedRange", { valuesOnly: valuesOnly ?? false }, this);
  }

  /** The used range, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this._ctx, `${this._path}.getUsedRangeOrNullObject(${valuesOnly ?? ""})`, () => {
      const sheet = this._target();
      const rect = this.book.stores.cellReads.usedRange(sheet, valuesOnly === true);
      return rect ? { sheet, rect } : null;
    })._register("getUsedRangeOrNullObject", { valuesOnly: valuesOnly ?? false }, this);
  }

  /** Makes the sheet active. */
  activate(): void {
    this._enqueue("activate", undefined, () => this.book.setActiveSheet(this._target().name));
  }

  /** Deletes the sheet. */
  delete(): void {
    this._enqueue("delete", undefined, () => this.book.deleteSheet(this._target().name));
  }

  /** Selection changes on this sheet. */
  get onSelectionChanged(): EventSource<{ address: string; worksheetId: string; type: string; source: string }> {
    return new EventSource(this._ctx, `${this._path}.onSelectionChanged`, "Worksheet.onSelectionChanged", (emit) => {
      const sheet = this._target();
      return this.book.stores.events.onSelection((change) => {
        if (change.sheet.toLowerCase() === sheet.name.toLowerCase())
          emit({ address: change.address, worksheetId: sheet.uid, type: "WorksheetSelectionChanged", source: "Local" });
      });
    });
  }

  /** Cell content changes on this sheet (Excel.WorksheetChangedEventArgs). */
  get onChanged(): EventSource<WorksheetChangedEventArgs> {
    return new EventSource(this._ctx, `${this._path}.onChanged`, "Worksheet.onChanged", (emit) => {
      const sheet = this._target();
      return this.book.stores.events.onCellsChanged((change) => {
        if (change.sheet.toLowerCase() === sheet.name.toLowerCase())
          emit(worksheetChangedArgs(change, sheet, this._ctx.runtime.profile));
      });
    });
  }
}

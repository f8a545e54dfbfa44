/**
 * `Excel.Range`. Values written through `values` or `formulas` are parsed as Excel parses typed
 * input ("=…" becomes a formula — the reason the add-in escapes user text); `null` in an input
 * array leaves that cell alone; a single non-array value fills every cell; an array must have the
 * range's shape, else the sync fails with InvalidArgument.
 */
import { type CellRect, formatAddress, MAX_COLUMNS, MAX_ROWS, parseAddress, rectSize } from "../address";
import { fail } from "../officeError";
import type { Workbook } from "../workbook";
import { ClientObject, q } from "./clientObject";
import { ConditionalFormatCollectionProxy } from "./conditionalFormatProxy";
import { DataValidationProxy } from "./dataValidationProxy";
import { RangeFormatProxy } from "./rangeFormatProxy";
import { checkedRect, type RangeRef } from "./rangeRef";
import { WorksheetProxy } from "./worksheetProxy";

const SCALARS = [
  "address",
  "addressLocal",
  "values",
  "formulas",
  "formulasLocal",
  "numberFormat",
  "numberFormatLocal",
  "text",
  "valueTypes",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "cellCount",
  "isEntireColumn",
  "isEntireRow",
] as const;

/** Checks an input array against a range's shape. */
function checkShape(rect: CellRect, input: unknown, property: string): void {
  if (!Array.isArray(input)) return;
  const { rows, columns } = rectSize(rect);
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array for ${property} doesn't match the size or dimensions of the range (${rows}×${columns}).`,
    );
  }
}

/** Writes `values`/`formulas` input to a range. */
function writeInput(book: Workbook, ref: RangeRef, input: unknown, property: string): void {
  if (Array.isArray(input)) {
    checkShape(ref.rect, input, property);
    book.stores.cellWrites.writeInputs(ref.sheet, ref.rect.top, ref.rect.left, input as unknown[][]);
  } else book.stores.cellWrites.fillInputs(ref.sheet, ref.rect, input);
}

/** `Excel.Range`. */
export class RangeProxy extends ClientObject<RangeRef> {
  protected get _typeName(): string {
    return "Range";
  }

  private get book(): Workbook {
    return this._ctx.runtime.book;
  }

  protected _scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected _read(name: string, ref: RangeRef): unknown {
    const { sheet, rect } = ref;
    const size = rectSize(rect);
    switch (name) {
      case "address":
      case "addressLocal":
        return formatAddress(rect, sheet.name);
      case "values":
        return this.book.stores.cellReads.readValues(sheet, rect);
      case "formulas":
      case "formulasLocal":
        return this.book.stores.cellReads.readFormulas(sheet, rect);
      case "numberFormat":
      case "numberFormatLocal":
        return this.book.stores.formats.readNumberFormats(sheet, rect);
      case "text":
        return this.book.stores.cellReads.readText(sheet, rect);
      case "valueTypes":
        return this.book.stores.cellReads.readValueTypes(sheet, rect);
      case "rowCount":
        return size.rows;
      case "columnCount":
        return size.columns;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "cellCount":
        return size.rows * size.columns;
      case "isEntireColumn":
        return rect.top === 0 && rect.bottom === MAX_ROWS - 1;
      case "isEntireRow":
        return rect.left === 0 && rect.right === MAX_COLUMNS - 1;
      default:
        return this._unknown(name);
    }
  }

  protected override _navigate(name: string): ClientObject<unknown> | undefined {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    if (name === "dataValidation") return this.dataValidation;
    return undefined;
  }

  get address(): string {
    return this._get("address");
  }
  get addressLocal(): string {
    return this._get("addressLocal");
  }
  get values(): any[][] {
    return this._get("values");
  }
  set values(v: any[][]) {
    this._set("values", v, (ref) => writeInput(this.book, ref, v, "values"));
  }
  get formulas(): any[][] {
    return this._get("formulas");
  }
  set formulas(v: any[][]) {
    this._set("formulas", v, (ref) => writeInput(this.book, ref, v, "formulas"));
  }
  get formulasLocal(): any[][] {
    return this._get("formulasLocal");
  }
  set formulasLocal(v: any[][]) {
    this._set("formulasLocal", v, (ref) => writeInput(this.book, ref, v, "formulasLocal"));
  }
  get numberFormat(): any[][] {
    return this._get("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this._set("numberFormat", v, (ref) => {
      if (Array.isArray(v)) {
        checkShape(ref.rect, v, "numberFormat");
        this.book.stores.formats.setNumberFormats(ref.sheet, ref.rect, v as (string | null)[][]);
      } else this.book.stores.formats.setNumberFormats(ref.sheet, ref.rect, String(v));
    });
  }
  get numberFormatLocal(): any[][] {
    return this._get("numberFormatLocal");
  }
  set numberFormatLocal(v: any[][]) {
    this.numberFormat = v;
  }
  get text(): string[][] {
    return this._get("text");
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this._get("valueTypes");
  }
  get rowCount(): number {
    return this._get("rowCount");
  }
  get columnCount(): number {
    return this._get("columnCount");
  }
  get rowIndex(): number {
    return this._get("rowIndex");
  }
  get columnIndex(): number {
    return this._get("columnIndex");
  }
  get cellCount(): number {
    return this._get("cellCount");
  }
  get isEntireColumn(): boolean {
    return this._get("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this._get("isEntireRow");
  }

  private formatProxy: RangeFormatProxy | undefined;
  /** `range.format`. */
  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this._ctx, `${this._path}.format`, () => this._resolveOrNull());
    return this.formatProxy;
  }

  private validationProxy: DataValidationProxy | undefined;
  /** `range.dataValidation`. */
  get dataValidation(): DataValidationProxy {
    this.validationProxy ??= new DataValidationProxy(this._ctx, `${this._path}.dataValidation`, () =>
      this._resolveOrNull(),
    );
    return this.validationProxy;
  }

  private cfProxy: ConditionalFormatCollectionProxy | undefined;
  /** `range.conditionalFormats`. */
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.cfProxy ??= new ConditionalFormatCollectionProxy(this._ctx, `${this._path}.conditionalFormats`, () =>
      this._resolveOrNull(),
    );
    return this.cfProxy;
  }

  private worksheetProxy: WorksheetProxy | undefined;
  /** `range.worksheet` (one proxy per range, as Office.js caches navigation properties). */
  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(
      this._ctx,
      `${this._path}.worksheet`,
      () => this._resolveOrNull()?.sheet ?? null,
    );
    return this.worksheetProxy;
  }

  /** A range derived from this one at sync. */
  private derive(op: string, args: unknown[], rect: (ref: RangeRef) => CellRect | null): RangeProxy {
    const proxy = new RangeProxy(this._ctx, `${this._path}.${op}(${args.map(q).join(",")})`, () => {
      const ref = this._target();
      const r = rect(ref);
      return r === null ? null : { sheet: ref.sheet, rect: checkedRect(r) };
    });
    return proxy._register(op, args, this);
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derive("getCell", [row, column], ({ rect }) => ({
      top: rect.top + row,
      bottom: rect.top + row,
      left: rect.left + column,
      right: rect.left + column,
    }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({
      top: rect.top + rowOffset,
      bottom: rect.bottom + rowOffset,
      left: rect.left + columnOffset,
      right: rect.right + columnOffset,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], ({ rect }) => ({
      ...rect,
      bottom: rect.bottom + deltaRows,
      right: rect.right + deltaColumns,
    }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeProxy {
    return this.derive("getAbsoluteResizedRange", [numRows, numColumns], ({ rect }) => ({
      ...rect,
      bottom: rect.top + numRows - 1,
      right: rect.left + numColumns - 1,
    }));
  }
  getRow(row: number): RangeProxy {
    return this.derive("getRow", [row], ({ rect }) => ({ ...rect, top: rect.top + row, bottom: rect.top + row }));
  }
  getColumn(column: number): RangeProxy {
    return this.derive("getColumn", [column], ({ rect }) => ({
      ...rect,
      left: rect.left + column,
      right: rect.left + column,
    }));
  }
  getRowsAbove(count = 1): RangeProxy {
    return this.derive("getRowsAbove", [count], ({ rect }) => ({
      ...rect,
      top: rect.top - count,
      bottom: rect.top - 1,
    }));
  }
  getRowsBelow(count = 1): RangeProxy {
    return this.derive("getRowsBelow", [count], ({ rect }) => ({
      ...rect,
      top: rect.bottom + 1,
      bottom: rect.bottom + count,
    }));
  }
  getColumnsBefore(count = 1): RangeProxy {
    return this.derive("getColumnsBefore", [count], ({ rect }) => ({
      ...rect,
      left: rect.left - count,
      right: rect.left - 1,
    }));
  }
  getColumnsAfter(count = 1): RangeProxy {
    return this.derive("getColumnsAfter", [count], ({ rect }) => ({
      ...rect,
      left: rect.right + 1,
      right: rect.right + count,
    }));
  }
  getLastRow(): RangeProxy {
    return this.derive("getLastRow", [], ({ rect }) => ({ ...rect, top: rect.bottom }));
  }
  getLastColumn(): RangeProxy {
    return this.derive("getLastColumn", [], ({ rect }) => ({ ...rect, left: rect.right }));
  }
  getLastCell(): RangeProxy {
    return this.derive("getLastCell", [], ({ rect }) => ({
      top: rect.bottom,
      bottom: rect.bottom,
      left: rect.right,
      right: rect.right,
    }));
  }
  getEntireColumn(): RangeProxy {
    return this.derive("getEntireColumn", [], ({ rect }) => ({ ...rect, top: 0, bottom: MAX_ROWS - 1 }));
  }
  getEntireRow(): RangeProxy {
    return this.derive("getEntireRow", [], ({ rect }) => ({ ...rect, left: 0, right: MAX_COLUMNS - 1 }));
  }
  /** The part of this range inside the sheet's used range. */
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    return this.derive(
      "getUsedRange",
      [valuesOnly ?? false],
      (ref) => this.usedPart(ref, valuesOnly) ?? fail("ItemNotFound", "The range has no used cells."),
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return this.derive("getUsedRangeOrNullObject", [valuesOnly ?? false], (ref) => this.usedPart(ref, valuesOnly));
  }
  private usedPart(ref: RangeRef, valuesOnly?: boolean): CellRect | null {
    const reads = this.book.stores.cellReads;
    const used = reads.usedRange(ref.sheet, valuesOnly === true);
    const clip = used ? intersect(used, ref.rect) : null;
    if (!clip || valuesOnly !== true) return clip;
    // Excel answers the used cells of this range, not of the sheet: an empty range below a table
    // is a null object even when the sheet's used range reaches past it.
    let box: CellRect | null = null;
    for (let r = clip.top; r <= clip.bottom; r++)
      for (let c = clip.left; c <= clip.right; c++)
        if (!reads.isEmpty(ref.sheet, r, c))
          box = box
            ? {
                top: Math.min(box.top, r),
                left: Math.min(box.left, c),
                bottom: Math.max(box.bottom, r),
                right: Math.max(box.right, c),
              }
            : { top: r, left: c, bottom: r, right: c };
    return box;
  }
  getIntersection(other: RangeProxy | string): RangeProxy {
    return this.derive(
      "getIntersection",
      [typeof other === "string" ? other : other._path],
      (ref) => intersect(ref.rect, this.otherRect(ref, other)) ?? fail("ItemNotFound", "The ranges do not intersect."),
    );
  }
  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    return this.derive("getIntersectionOrNullObject", [typeof other === "string" ? other : other._path], (ref) =>
      intersect(ref.rect, this.otherRect(ref, other)),
    );
  }
  getBoundingRect(other: RangeProxy | string): RangeProxy {
    return this.derive("getBoundingRect", [typeof other === "string" ? other : other._path], (ref) => {
      const o = this.otherRect(ref, other);
      return {
        top: Math.min(ref.rect.top, o.top),
        left: Math.min(ref.rect.left, o.left),
        bottom: Math.max(ref.rect.bottom, o.bottom),
        right: Math.max(ref.rect.right, o.right),
      };
    });
  }
  private otherRect(ref: RangeRef, other: RangeProxy | string): CellRect {
    if (typeof other === "string")
      return parseAddress(other) ?? fail("InvalidArgument", `"${other}" is not a valid address.`);
    const o = other._target();
    if (o.sheet !== ref.sheet) fail("InvalidArgument", "The ranges are on different worksheets.");
    return o.rect;
  }

  /** Selects the range in the grid (fires selection events). */
  select(): void {
    this._enqueue("select", undefined, () => {
      const { sheet, rect } = this._target();
      this.book.select(sheet.name, formatAddress(rect));
    });
  }

  /** Clears contents and/or formats ("All", "Contents", "Formats"). */
  clear(applyTo: "All" | "Contents" | "Formats" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents" = "All"): void {
    this._enqueue("clear", { applyTo }, () => {
      const { sheet, rect } = this._target();
      const what =
        applyTo === "Formats"
          ? "Formats"
          : applyTo === "Contents" || applyTo === "ResetContents"
            ? "Contents"
            : applyTo === "All"
              ? "All"
              : null;
      if (what) this.book.clear(sheet, rect, what);
    });
  }

  /** Office's `Range.track()`/`untrack()`: every emulator proxy lives as long as its object. */
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

function intersect(a: CellRect, b: CellRect): CellRect | null {
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top <= r.bottom && r.left <= r.right ? r : null;
}

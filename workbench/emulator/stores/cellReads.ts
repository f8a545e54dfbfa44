/**
 * Reading cells: values, formulas, display text and value types, one cell or a rectangle at a
 * time, evaluated first so a read inside a batch sees current values. Cell contents live in the
 * engine; this store turns them into what Office.js returns.
 */
import { DetailedCellError } from "hyperformula";
import { type CellRect, MAX_ROWS, rectSize } from "../address";
import { textNeedsApostrophe } from "../cellInput";
import { type ExcelCellError, fromHfError } from "../functions/excelErrors";
import { formatCellText } from "../numberFormat";
import { fail } from "../officeError";
import type { SheetModel } from "../sheetModel";
import type { CellInfo, RangeValueType } from "../workbookTypes";
import type { Calculation } from "./calculation";
import { numberFormatAt } from "./formats";
import type { FormulaStore } from "./formulas";
import type { SheetStore } from "./sheets";

/** A cell's value as the engine has it, with errors as Excel's. */
export type RawValue = number | string | boolean | null | ExcelCellError;

/** The largest read the emulator serves in one go (Excel on the web would exceed its response limit long before). */
const MAX_READ_CELLS = 5_000_000;

/** Reads of cell contents. */
export class CellReader {
  constructor(
    private readonly calc: Calculation,
    private readonly sheets: SheetStore,
    private readonly formulas: FormulaStore,
  ) {}

  /** A cell's value (evaluated). */
  rawValue(model: SheetModel, row: number, col: number): RawValue {
    const shown = this.calc.shownValue(model.hfId, row, col);
    if (shown) return shown.value;
    this.calc.evaluate();
    const v = this.calc.hf.getCellValue({ sheet: model.hfId, row, col });
    if (v instanceof DetailedCellError) return fromHfError(v.value, v.message);
    return v;
  }

  /** A cell's value as `Range.values` gives it ("" when empty, the error code for an error) and its value type. */
  valueOf(
    model: SheetModel,
    row: number,
    col: number,
  ): { value: number | string | boolean; valueType: RangeValueType } {
    const raw = this.rawValue(model, row, col);
    return { value: raw === null ? "" : typeof raw === "object" ? raw.code : raw, valueType: valueTypeOf(raw) };
  }

  /** A cell's text as displayed: the error code, or the value in its number format. */
  displayText(model: SheetModel, row: number, col: number): string {
    const v = this.rawValue(model, row, col);
    return v !== null && typeof v === "object" ? v.code : formatCellText(v, numberFormatAt(model, row, col));
  }

  /** A cell as the grid shows it. */
  getCell(sheet: string, row: number, col: number): CellInfo {
    const model = this.sheets.require(sheet);
    const raw = this.rawValue(model, row, col);
    const formula = this.formulas.formulaAt(model, row, col);
    const numberFormat = numberFormatAt(model, row, col);
    const isError = raw !== null && typeof raw === "object";
    const value = raw === null ? "" : isError ? raw.code : raw;
    const info: CellInfo = {
      value,
      text: isError ? raw.code : formatCellText(raw, numberFormat),
      numberFormat,
      valueType: valueTypeOf(raw),
    };
    if (formula !== undefined) info.formula = formula;
    if (isError) info.error = { code: raw.code, message: raw.message };
    if (formula === undefined && this.calc.hf.isCellPartOfArray({ sheet: model.hfId, row, col })) info.isSpill = true;
    return info;
  }

  /** Fails with ResponsePayloadSizeLimitExceeded when a read is larger than the emulator serves. */
  checkReadSize(rect: CellRect): void {
    const { rows, columns } = rectSize(rect);
    if (rows * columns > MAX_READ_CELLS)
      fail(
        "ResponsePayloadSizeLimitExceeded",
        `Reading ${rows * columns} cells at once exceeds the response size limit.`,
      );
  }

  /** A grid of per-cell results over a rectangle. */
  grid<T>(rect: CellRect, cell: (row: number, col: number) => T): T[][] {
    this.checkReadSize(rect);
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(cell(r, c));
      out.push(row);
    }
    return out;
  }

  /** `Range.values`. */
  readValues(model: SheetModel, rect: CellRect): (number | string | boolean)[][] {
    this.calc.evaluate();
    return this.grid(rect, (r, c) => {
      const v = this.rawValue(model, r, c);
      return v === null ? "" : typeof v === "object" ? v.code : v;
    });
  }

  /** `Range.formulas`: the formula text, else the value (text that would re-parse gets its apostrophe). */
  readFormulas(model: SheetModel, rect: CellRect): (number | string | boolean)[][] {
    this.calc.evaluate();
    return this.grid(rect, (r, c) => {
      const f = this.formulas.formulaAt(model, r, c);
      if (f !== undefined) return f;
      if (this.calc.hf.isCellPartOfArray({ sheet: model.hfId, row: r, col: c })) return "";
      const v = this.rawValue(model, r, c);
      if (v === null) return "";
      if (typeof v === "object") return v.code;
      if (typeof v === "string" && textNeedsApostrophe(v)) return `'${v}`;
      return v;
    });
  }

  /** `Range.text`. */
  readText(model: SheetModel, rect: CellRect): string[][] {
    this.calc.evaluate();
    return this.grid(rect, (r, c) => this.displayText(model, r, c));
  }

  /** `Range.valueTypes`. */
  readValueTypes(model: SheetModel, rect: CellRect): RangeValueType[][] {
    this.calc.evaluate();
    return this.grid(rect, (r, c) => valueTypeOf(this.rawValue(model, r, c)));
  }

  /** Whether a cell holds nothing (no value, no formula, not part of a spill). */
  isEmpty(model: SheetModel, row: number, col: number): boolean {
    this.calc.evaluate();
    return (
      this.calc.hf.isCellEmpty({ sheet: model.hfId, row, col }) &&
      !this.calc.hf.isCellPartOfArray({ sheet: model.hfId, row, col })
    );
  }

  /** Whether a row segment exists and every cell of it is empty. */
  isEmptyRow(model: SheetModel, row: number, left: number, right: number): boolean {
    if (row >= MAX_ROWS) return false;
    for (let c = left; c <= right; c++) if (!this.isEmpty(model, row, c)) return false;
    return true;
  }

  /** What to write to reproduce a cell: formula text, number, boolean, "'text", or null when empty. */
  cellInputOf(model: SheetModel, row: number, col: number): number | string | boolean | null {
    const f = this.formulas.formulaAt(model, row, col);
    if (f !== undefined) return f;
    if (this.calc.hf.isCellPartOfArray({ sheet: model.hfId, row, col })) return null;
    const v = this.rawValue(model, row, col);
    if (v === null) return null;
    if (typeof v === "object") return `=${v.code === "#N/A" ? "NA()" : v.code}`;
    return typeof v === "string" ? `'${v}` : v;
  }

  /** The used range: the bounding box of non-empty cells (and, unless valuesOnly, formatted cells), or null. */
  usedRange(sheet: string | SheetModel, valuesOnly = false): CellRect | null {
    const model = typeof sheet === "string" ? this.sheets.require(sheet) : sheet;
    this.calc.evaluate();
    const dims = this.calc.hf.getSheetDimensions(model.hfId);
    let box: CellRect | null = null;
    if (dims.width > 0 && dims.height > 0) {
      let top = -1;
      for (let r = 0; r < dims.height && top < 0; r++)
        for (let c = 0; c < dims.width; c++)
          if (!this.isEmpty(model, r, c)) {
            top = r;
            break;
          }
      if (top >= 0) {
        let left = dims.width - 1;
        for (let c = 0; c < left; c++) {
          let used = false;
          for (let r = top; r < dims.height && !used; r++) used = !this.isEmpty(model, r, c);
          if (used) left = c;
        }
        box = { top, left, bottom: dims.height - 1, right: dims.width - 1 };
      }
    }
    if (!valuesOnly) {
      for (const extent of [model.numberFormats.extent(), model.formats.extent()]) {
        if (!extent) continue;
        box = box
          ? {
              top: Math.min(box.top, extent.top),
              left: Math.min(box.left, extent.left),
              bottom: Math.max(box.bottom, extent.bottom),
              right: Math.max(box.right, extent.right),
            }
          : extent;
      }
    }
    return box;
  }
}

function valueTypeOf(v: RawValue): RangeValueType {
  if (v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "string") return "String";
  if (typeof v === "boolean") return "Boolean";
  return "Error";
}

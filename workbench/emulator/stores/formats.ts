/**
 * The format store: number formats, cell formatting (font, fill, alignment) and column widths,
 * kept per sheet in sparse layers (`SheetModel.numberFormats`, `.formats`, `.columnWidths`).
 */
import { type CellRect, rectSize } from "../address";
import { fail } from "../officeError";
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from "../sheetModel";
import type { CellFormat } from "../workbookTypes";
import type { CellReader } from "./cellReads";
import type { WorkbookEvents } from "./events";
import type { SheetStore } from "./sheets";
import { MAX_COLUMN_WIDTH, textWidthPoints } from "../textWidth";

/** Number format of a cell ("General" by default). */
export function numberFormatAt(model: SheetModel, row: number, col: number): string {
  return model.numberFormats.get(row, col) ?? "General";
}

/** Formats and column widths. */
export class FormatStore {
  constructor(
    private readonly sheets: SheetStore,
    private readonly cells: CellReader,
    private readonly events: WorkbookEvents,
  ) {}

  /** Formatting of a cell. */
  getCellFormat(sheet: string, row: number, col: number): CellFormat {
    return this.sheets.require(sheet).formats.get(row, col) ?? {};
  }

  /** `Range.numberFormat`. */
  readNumberFormats(model: SheetModel, rect: CellRect): string[][] {
    return this.cells.grid(rect, (r, c) => numberFormatAt(model, r, c));
  }

  /** Sets number formats: one per cell, or one for the whole rectangle. */
  setNumberFormats(model: SheetModel, rect: CellRect, formats: string | readonly (readonly (string | null)[])[]): void {
    if (typeof formats === "string") model.numberFormats.setRect(rect, formats);
    else
      formats.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null && f !== undefined) model.numberFormats.setCell(rect.top + i, rect.left + j, f);
        }),
      );
    this.events.touched();
  }

  /** Sets formatting properties over a rectangle (merged into what each cell has). */
  setFormat(model: SheetModel, rect: CellRect, patch: CellFormat): void {
    const { rows, columns } = rectSize(rect);
    if (rows * columns > 4096) {
      model.formats.setRect(rect, { ...(model.formats.get(rect.top, rect.left) ?? {}), ...patch });
    } else {
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++)
          model.formats.setCell(r, c, { ...(model.formats.get(r, c) ?? {}), ...patch });
    }
    this.events.touched();
  }

  /** Removes number formats and formatting from a rectangle (the formats half of `Range.clear`). */
  clearFormats(model: SheetModel, rect: CellRect): void {
    model.numberFormats.clear(rect);
    model.formats.clear(rect);
  }

  /** Sets the number formats of a block from its top-left cell; undefined entries are left alone (cells moved by a table edit keep their format). */
  setNumberFormatBlock(
    model: SheetModel,
    formats: readonly (readonly (string | undefined)[])[],
    top: number,
    left: number,
  ): void {
    formats.forEach((row, i) =>
      row.forEach((f, j) => {
        if (f !== undefined) model.numberFormats.setCell(top + i, left + j, f);
      }),
    );
  }

  /** Column width in points. */
  columnWidth(model: SheetModel, col: number): number {
    return model.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Sets the width of columns: from 0 (hidden) to Excel's 255 characters; anything else is refused. */
  setColumnWidth(model: SheetModel, rect: CellRect, width: number): void {
    if (typeof width !== "number" || !Number.isFinite(width) || width < 0 || width > MAX_COLUMN_WIDTH)
      fail("InvalidArgument", `Column width ${width} is not valid (0 to ${MAX_COLUMN_WIDTH} points).`);
    for (let c = rect.left; c <= rect.right; c++) model.columnWidths.set(c, width);
    this.events.touched();
  }

  /**
   * `RangeFormat.columnWidth` read: the width of the range's columns, or null when they differ
   * (as Excel reports a non-uniform width).
   */
  readColumnWidth(model: SheetModel, rect: CellRect): number | null {
    const first = this.columnWidth(model, rect.left);
    for (let c = rect.left + 1; c <= Math.min(rect.right, rect.left + 16_384); c++)
      if (this.columnWidth(model, c) !== first) return null;
    return first;
  }

  /**
   * `RangeFormat.autofitColumns`: each column of the range gets the width of its widest displayed
   * text (font size and bold included), up to Excel's 255 characters. As in Excel, the whole
   * column's data counts, not only the range's rows (office-js #1017, #5999); a column with no
   * data gets the standard width.
   */
  autofitColumns(model: SheetModel, rect: CellRect): void {
    const used = this.cells.usedRange(model, true);
    for (let c = rect.left; c <= Math.min(rect.right, rect.left + 16_384); c++) {
      let widest = 0;
      if (used && c >= used.left && c <= used.right) {
        for (let r = used.top; r <= used.bottom; r++) {
          const text = this.cells.displayText(model, r, c);
          if (text === "") continue;
          const format = model.formats.get(r, c);
          widest = Math.max(widest, textWidthPoints(text, { size: format?.fontSize, bold: format?.bold }));
        }
      }
      model.columnWidths.set(c, widest === 0 ? DEFAULT_COLUMN_WIDTH : Math.min(MAX_COLUMN_WIDTH, widest));
    }
    this.events.touched();
  }
}

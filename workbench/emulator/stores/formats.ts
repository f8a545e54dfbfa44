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

  /** Sets the width of columns. */
  setColumnWidth(model: SheetModel, rect: CellRect, width: number): void {
    if (!Number.isFinite(width) || width < 0) fail("InvalidArgument", `Column width ${width} is not valid.`);
    for (let c = rect.left; c <= rect.right; c++) model.columnWidths.set(c, width);
    this.events.touched();
  }

  /** Widths that fit the displayed text, roughly 7 points per character plus padding. */
  autofitColumns(model: SheetModel, rect: CellRect): void {
    const used = this.cells.usedRange(model, true);
    if (!used) return;
    const rows = { top: Math.max(rect.top, used.top), bottom: Math.min(rect.bottom, used.bottom) };
    for (let c = Math.max(rect.left, used.left); c <= Math.min(rect.right, used.right); c++) {
      let longest = 0;
      for (let r = rows.top; r <= rows.bottom; r++) {
        const text = this.cells.displayText(model, r, c);
        longest = Math.max(
          longest,
          [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0),
        );
      }
      model.columnWidths.set(c, Math.max(DEFAULT_COLUMN_WIDTH / 2, Math.round(longest * 7 + 10)));
    }
    this.events.touched();
  }
}

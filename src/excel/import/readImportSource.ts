import type { Cell } from "@core/cells/cell";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";

/** A block of the user's own cells, read to be converted: plain data, no proxies. */
export type SourceBlock = {
  readonly sheet: string;
  /** A1 address on the sheet, without the sheet name ("A1:F120"). */
  readonly address: string;
  /** 0-based sheet row and column of `values[0][0]`. */
  readonly top: number;
  readonly left: number;
  /** Values as Excel reports them ("" for an empty cell; dates as serials). */
  readonly values: Cell[][];
  /** Formulas ("=…") where a cell has one, otherwise its value. */
  readonly formulas: unknown[][];
  readonly numberFormats: string[][];
};

function toBlock(sheet: string, range: Excel.Range): SourceBlock {
  const address = range.address.slice(range.address.lastIndexOf("!") + 1);
  return {
    sheet,
    address,
    top: range.rowIndex,
    left: range.columnIndex,
    values: range.values as Cell[][],
    formulas: range.formulas,
    numberFormats: range.numberFormat as string[][],
  };
}

/**
 * Reads the user's selection with its values, formulas and number formats, in one sync. A single
 * selected cell stands for the list around it: then the sheet's used range is read instead (one
 * more sync), as a user who clicks into a list means the list.
 *
 * @returns the block, or the Office failure
 * @example
 * await readSelectedBlock() //=> { ok: true, value: { sheet: "Sheet1", address: "A1:F120", top: 0, left: 0, values: [...], ... } }
 */
export function readSelectedBlock(): Promise<ExcelResult<SourceBlock>> {
  return runExcel(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowIndex,columnIndex,values,formulas,numberFormat,cellCount,worksheet/name");
    await context.sync();
    const sheet = range.worksheet.name;
    if (range.cellCount > 1) return toBlock(sheet, range);
    const used = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,values,formulas,numberFormat");
    await context.sync();
    return used.isNullObject ? toBlock(sheet, range) : toBlock(sheet, used);
  });
}

/**
 * Reads the used range of a sheet (cells with values; formatting alone does not count) with
 * values, formulas and number formats, in one sync. An empty sheet gives an empty block at A1.
 *
 * @param sheet - the worksheet's name
 * @returns the block, or the failure (a missing sheet is `not-found`)
 */
export function readSheetBlock(sheet: string): Promise<ExcelResult<SourceBlock>> {
  return runExcel(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,values,formulas,numberFormat");
    worksheet.load("name");
    await context.sync();
    if (used.isNullObject) {
      return { sheet: worksheet.name, address: "A1", top: 0, left: 0, values: [], formulas: [], numberFormats: [] };
    }
    return toBlock(worksheet.name, used);
  });
}

import type { Cell } from "@core/cells/cell";
import { columnLetters } from "@core/workbook/columnLetters";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readInPages } from "../tables/readInPages";

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

/** Where a block sits, loaded before its cells are read in pages. */
type BlockPlace = {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
};

/** A first guess at one row's response bytes: each cell's value, formula and number format. */
const CELL_GUESS_BYTES = 3 * 24;

type BlockCells = { values: Cell[][]; formulas: unknown[][]; numberFormats: string[][] };

/** Takes a synced page of cells into the block (a separate function: readInPages synced it). */
function takePage(block: BlockCells, start: number, loaded: Excel.Range): readonly unknown[] {
  const taken: unknown[] = [];
  for (let i = 0; i < loaded.values.length; i += 1) {
    block.values[start + i] = loaded.values[i] as Cell[];
    block.formulas[start + i] = loaded.formulas[i] as unknown[];
    block.numberFormats[start + i] = loaded.numberFormat[i] as string[];
    taken.push([block.values[start + i], block.formulas[start + i], block.numberFormats[start + i]]);
  }
  return taken;
}

/**
 * Reads a block's values, formulas and number formats in pages of rows sized by bytes (see
 * readInPages), so a large list stays under Excel on the web's 5 MB response limit.
 */
async function readBlock(context: Excel.RequestContext, sheet: string, place: BlockPlace): Promise<SourceBlock> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const block: BlockCells = {
    values: new Array(place.rowCount),
    formulas: new Array(place.rowCount),
    numberFormats: new Array(place.rowCount),
  };
  await readInPages(context, [
    {
      rows: place.rowCount,
      rowBytes: place.columnCount * CELL_GUESS_BYTES + 8,
      queuePage: (start, count) => {
        const page = worksheet.getRangeByIndexes(place.rowIndex + start, place.columnIndex, count, place.columnCount);
        page.load("values,formulas,numberFormat");
        return () => takePage(block, start, page);
      },
    },
  ]);
  return {
    sheet,
    address: place.address.slice(place.address.lastIndexOf("!") + 1),
    top: place.rowIndex,
    left: place.columnIndex,
    ...block,
  };
}

/**
 * Reads the user's selection with its values, formulas and number formats: one sync finds it,
 * then its rows are read in pages sized by bytes. A single selected cell stands for the list
 * around it: then the sheet's used range is read instead, as a user who clicks into a list means
 * the list. A larger selection is read where it meets the used range, so whole columns or the
 * whole sheet cost the pages of their data, not of 17 billion cells; a selection with no data in
 * it gives an empty block at its first cell.
 *
 * @returns the block, or the Office failure
 * @example
 * await readSelectedBlock() //=> { ok: true, value: { sheet: "Sheet1", address: "A1:F120", top: 0, left: 0, values: [...], ... } }
 */
export function readSelectedBlock(): Promise<ExcelResult<SourceBlock>> {
  return runExcel(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("address,rowIndex,columnIndex,rowCount,columnCount,cellCount,worksheet/name");
    const used = range.worksheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    await context.sync();
    const sheet = range.worksheet.name;
    if (range.cellCount <= 1) return readBlock(context, sheet, used.isNullObject ? range : used);
    // Whole columns or the whole sheet select up to 17 billion cells: only the part that holds
    // data is read, so the pages to read follow the data, not the selection (issue #14).
    const within = used.isNullObject ? null : overlap(range, used);
    if (!within) return emptyBlock(sheet, range);
    return readBlock(context, sheet, within);
  });
}

/** The part of `a` inside `b`, or null when they do not meet. */
function overlap(a: BlockPlace, b: BlockPlace): BlockPlace | null {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount) - 1;
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount) - 1;
  if (bottom < top || right < left) return null;
  const first = `${columnLetters(left)}${top + 1}`;
  const last = `${columnLetters(right)}${bottom + 1}`;
  return {
    address: first === last ? first : `${first}:${last}`,
    rowIndex: top,
    columnIndex: left,
    rowCount: bottom - top + 1,
    columnCount: right - left + 1,
  };
}

/** A block with no cells at the top-left cell of `place`: a selection where nothing is typed. */
function emptyBlock(sheet: string, place: BlockPlace): SourceBlock {
  return {
    sheet,
    address: `${columnLetters(place.columnIndex)}${place.rowIndex + 1}`,
    top: place.rowIndex,
    left: place.columnIndex,
    values: [],
    formulas: [],
    numberFormats: [],
  };
}

/**
 * Reads the used range of a sheet (cells with values; formatting alone does not count) with
 * values, formulas and number formats: one sync finds it, then its rows are read in pages sized
 * by bytes. An empty sheet gives an empty block at A1.
 *
 * @param sheet - the worksheet's name
 * @returns the block, or the failure (a missing sheet is `not-found`)
 */
export function readSheetBlock(sheet: string): Promise<ExcelResult<SourceBlock>> {
  return runExcel(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    worksheet.load("name");
    await context.sync();
    if (used.isNullObject) {
      return { sheet: worksheet.name, address: "A1", top: 0, left: 0, values: [], formulas: [], numberFormats: [] };
    }
    return readBlock(context, worksheet.name, used);
  });
}

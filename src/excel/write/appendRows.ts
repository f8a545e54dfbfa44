import type { Cell } from "@core/cells/cell";
import { writeInChunks, type ChunkedWrite, type ChunkOptions } from "./writeInChunks";

export type AppendRowsOptions = ChunkOptions & {
  /**
   * Per column of the table (after `addedColumns`), the formula the column holds on every row, or
   * null. It is written explicitly over every new row, so a workbook with Excel's calculated-column
   * auto-fill off gets it too; the rows' own cells in these columns are not written.
   */
  readonly formulas?: readonly (string | null)[];
  /** Columns the caller adds to the right of the table in the first chunk's request (default 0). */
  readonly addedColumns?: number;
  /** Queues more commands into a chunk's request before its rows (e.g. the first chunk's set-up). */
  readonly beforeChunk?: (chunk: readonly (readonly Cell[])[], offset: number) => void;
  /** Queues more commands into a chunk's request after its rows (e.g. a progress record). */
  readonly afterChunk?: (chunk: readonly (readonly Cell[])[], offset: number) => void;
};

/**
 * The failure when the cells the rows would go into are not empty. Found before the first chunk,
 * nothing was written; found before a later chunk (someone typed below the table while the rows
 * were going in), the chunks before it stay in the table and `written` says how many rows they hold.
 */
export class CellsBelowTableNotEmpty extends Error {
  readonly code = "InvalidOperation";
  constructor(
    readonly table: string,
    readonly address: string,
    readonly written = 0,
  ) {
    super(
      written === 0
        ? `The cells below the ${table} table are not empty (${address}): the new rows go there. Move or clear them, then try again; nothing was written.`
        : `Cells below the ${table} table were filled while rows were being added (${address}). ${written} rows were added before that; the rest were not written, so nothing was overwritten. Move or clear those cells, then add the rest again.`,
    );
  }
}

/** Whether Table.resize is there (ExcelApi 1.13); without it rows go in with rows.add. */
export function canResizeTables(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", "1.13");
}

/**
 * Appends rows to an existing table the way Microsoft's performance guidance advises: each chunk's
 * values are written into the empty cells below the table and the table is resized over them
 * (Table.resize, ExcelApi 1.13), instead of a series of `rows.add`. Where Table.resize is missing,
 * each chunk goes in with one `rows.add`. Either way the formula columns get their formula written
 * over the new rows, and new rows take the number formats of the table's last row (as rows.add
 * gives them), set before the values so Text columns keep text as typed.
 *
 * Before the first write one request checks that the cells below the table (as wide as the table
 * will be) are empty, and throws {@link CellsBelowTableNotEmpty} otherwise, having written nothing.
 * The table is resized in each chunk's own request, not once at the end: a chunk synced is then a
 * chunk in the table, so progress, a cancel between chunks and a resumed import all count table
 * rows as before. Before each later chunk one more request checks the cells it goes into, and the
 * chunk is not written if they were filled meanwhile (a manager typing a new row below the table
 * while a long write runs): it stops with {@link CellsBelowTableNotEmpty} and the rows written so
 * far. That costs a sync per chunk after the first; a check in the previous chunk's request would
 * be blind to typing between the two requests, which is when it happens.
 * A chunk whose request fails before the table took it in has its values cleared again (best
 * effort, in one more request), so a retry finds the cells below empty.
 *
 * @param context - the request context of the surrounding Excel.run
 * @param table - the table (proxy) to append to
 * @param tableName - its name, for the message when the cells below are taken
 * @param rows - the rows, one cell per column (after `addedColumns`)
 * @param options - formula columns, hooks into each chunk's request, progress, cancel and size limits
 * @returns how many rows were written and whether it was cancelled
 * @example
 * await appendRows(context, table, "Deals", rows, { formulas: [null, "=[@Amount]*[@Probability]"] })
 * //=> { done: 5000, total: 5000, cancelled: false }
 */
export async function appendRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  tableName: string,
  rows: readonly (readonly Cell[])[],
  options: AppendRowsOptions = {},
): Promise<ChunkedWrite> {
  const check = queueAppendCheck(table, rows.length, options.addedColumns);
  await context.sync();
  return appendCheckedRows(context, check, tableName, rows, options);
}

/** What appendCheckedRows needs loaded: the table's place, its last row's formats, the cells below. */
export type AppendCheck = {
  readonly table: Excel.Table;
  readonly whole: Excel.Range;
  readonly lastRow: Excel.Range;
  readonly below: Excel.Range | null;
};

/**
 * Queues the loads appendCheckedRows needs (nothing is synced here), so a writer appending to
 * several tables checks them all in one request.
 *
 * @param table - the table to append to
 * @param count - how many rows will be appended
 * @param addedColumns - columns the writer adds to the table's right in the first chunk (default 0)
 * @returns the loads, to pass to appendCheckedRows after the next sync
 */
export function queueAppendCheck(table: Excel.Table, count: number, addedColumns = 0): AppendCheck {
  const whole = table.getRange();
  whole.load("rowIndex,columnIndex,rowCount,columnCount");
  const lastRow = table.getDataBodyRange().getLastRow();
  lastRow.load("numberFormat");
  const below =
    count > 0
      ? whole
          .getLastRow()
          .getOffsetRange(1, 0)
          .getResizedRange(count - 1, addedColumns)
          .getUsedRangeOrNullObject(true)
      : null;
  below?.load("address");
  return { table, whole, lastRow, below };
}

/**
 * appendRows after its check was queued (queueAppendCheck) and synced.
 *
 * @param context - the request context of the surrounding Excel.run
 * @param check - the synced loads of queueAppendCheck
 * @param tableName - the table's name, for the message when the cells below are taken
 * @param rows - the rows, one cell per column (after `addedColumns`)
 * @param options - as appendRows
 * @returns how many rows were written and whether it was cancelled
 * @example
 * const check = queueAppendCheck(table, rows.length);
 * await context.sync();
 * await appendCheckedRows(context, check, "Deals", rows) //=> { done: 5000, total: 5000, cancelled: false }
 */
export async function appendCheckedRows(
  context: Excel.RequestContext,
  check: AppendCheck,
  tableName: string,
  rows: readonly (readonly Cell[])[],
  options: AppendRowsOptions = {},
): Promise<ChunkedWrite> {
  const { table, whole, lastRow, below } = check;
  if (below && !below.isNullObject) throw new CellsBelowTableNotEmpty(tableName, below.address);
  const added = options.addedColumns ?? 0;
  const sheet = table.worksheet;
  const top = whole.rowIndex;
  const left = whole.columnIndex;
  const bottom = whole.rowIndex + whole.rowCount - 1;
  const width = whole.columnCount + added;
  const formats = (lastRow.numberFormat[0] ?? []) as unknown[];
  const rowFormats = Array.from({ length: width }, (_, c) => formats[c] ?? "General");
  const formulaAt = (c: number) => options.formulas?.[c] ?? null;
  const resize = canResizeTables();
  let queued: { offset: number; count: number } | null = null;

  // The first chunk's cells were checked with the table; a later chunk's are checked again just
  // before it is written, since the manager may have typed below the table in the meantime (the
  // cells below a table are where a new row is typed, and Excel takes it into the table).
  const checkChunk = async (chunk: readonly (readonly Cell[])[], offset: number) => {
    if (!resize || offset === 0) return;
    const cells = sheet
      .getRangeByIndexes(bottom + 1 + offset, left, chunk.length, width)
      .getUsedRangeOrNullObject(true)
      .load("address");
    await context.sync();
    if (!cells.isNullObject) throw new CellsBelowTableNotEmpty(tableName, cells.address, offset);
  };

  const queueChunk = (chunk: readonly (readonly Cell[])[], offset: number) => {
    options.beforeChunk?.(chunk, offset);
    queued = { offset, count: chunk.length };
    if (!resize) {
      const withFormulas = chunk.map((row) => row.map((cell, c) => formulaAt(c) ?? cell));
      table.rows.add(undefined, withFormulas as (string | number | boolean)[][]);
    } else {
      const at = bottom + 1 + offset;
      const block = sheet.getRangeByIndexes(at, left, chunk.length, width);
      block.numberFormat = chunk.map(() => rowFormats) as string[][];
      // null leaves a formula column's cell empty until the resize takes it into the table: a
      // [@Column] formula outside a table is refused by Excel.
      block.values = chunk.map((row) => row.map((cell, c) => (formulaAt(c) === null ? cell : null))) as Cell[][];
      table.resize(sheet.getRangeByIndexes(top, left, at + chunk.length - top, width));
      for (let c = 0; c < width; c++) {
        const formula = formulaAt(c);
        if (formula) sheet.getRangeByIndexes(at, left + c, chunk.length, 1).formulas = chunk.map(() => [formula]);
      }
    }
    options.afterChunk?.(chunk, offset);
  };

  try {
    return await writeInChunks(context, rows, (chunk, offset) => queueChunk(chunk, offset), options, checkChunk);
  } catch (error) {
    if (error instanceof CellsBelowTableNotEmpty) throw error;
    if (resize && queued) await clearUntaken(context, table, sheet, { top, bottom, left, width }, queued);
    throw error;
  }
}

/**
 * After a failed chunk request: clears the chunk's cells below the table when the table did not
 * take them in (Excel applies a failed request's commands up to the failing one), so nothing is
 * left outside the table. A failure here is dropped for the chunk's own, which the caller gets.
 */
async function clearUntaken(
  context: Excel.RequestContext,
  table: Excel.Table,
  sheet: Excel.Worksheet,
  at: { top: number; bottom: number; left: number; width: number },
  chunk: { offset: number; count: number },
): Promise<void> {
  try {
    const now = table.getRange();
    now.load("rowCount");
    await context.sync();
    const first = at.bottom + 1 + chunk.offset;
    if (at.top + now.rowCount - 1 >= first) return;
    sheet.getRangeByIndexes(first, at.left, chunk.count, at.width).clear(Excel.ClearApplyTo.contents);
    await context.sync();
  } catch {
    // The chunk's own failure is what the caller reports; the next attempt's check finds any leftover.
  }
}

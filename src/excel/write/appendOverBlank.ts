import type { Cell } from "@core/cells/cell";
import { appendRows, type AppendRowsOptions } from "./appendRows";
import type { ChunkedWrite } from "./writeInChunks";

const blank = (row: readonly Cell[]) => row.every((cell) => cell === "" || cell === null || cell === undefined);

/**
 * Appends rows to a table the way a person would: a table set-up left with its one empty row (an
 * Excel table always has a body row) gets the first row there, so no blank line stays above the
 * data; the others are appended below in chunks (appendRows: the cells below checked, byte-bounded
 * requests). Formula columns get their formula on every written row.
 *
 * @param context - the request context of the surrounding Excel.run
 * @param table - the table proxy
 * @param tableName - its name, for the message when the cells below are taken
 * @param current - the table's body as read (to tell the one empty row)
 * @param rows - the rows, one cell per column
 * @param options - formulas per column, progress, cancel, request size
 * @returns how many rows were written and whether it was cancelled
 * @example
 * await appendOverBlank(context, table, "Payments", [["", "", …]], rows, { formulas }) //=> { done: 3, total: 3, cancelled: false }
 */
export async function appendOverBlank(
  context: Excel.RequestContext,
  table: Excel.Table,
  tableName: string,
  current: readonly (readonly Cell[])[],
  rows: readonly (readonly Cell[])[],
  options: AppendRowsOptions = {},
): Promise<ChunkedWrite> {
  if (rows.length === 0) return { done: 0, total: 0, cancelled: false };
  if (current.length !== 1 || !blank(current[0])) return appendRows(context, table, tableName, rows, options);
  const body = table.getDataBodyRange();
  const formulaAt = (c: number) => options.formulas?.[c] ?? null;
  // Values as values (a text starting with = stays text), null where a formula goes.
  body.values = [rows[0].map((cell, c) => (formulaAt(c) === null ? (cell ?? "") : null))] as Cell[][] as (
    string | number | boolean
  )[][];
  rows[0].forEach((_, c) => {
    const formula = formulaAt(c);
    if (formula !== null) body.getCell(0, c).formulas = [[formula]];
  });
  await context.sync();
  options.onProgress?.({ done: 1, total: rows.length });
  if (rows.length === 1) return { done: 1, total: 1, cancelled: false };
  const rest = await appendRows(context, table, tableName, rows.slice(1), {
    ...options,
    onProgress: options.onProgress && (({ done }) => options.onProgress!({ done: done + 1, total: rows.length })),
  });
  return { done: rest.done + 1, total: rows.length, cancelled: rest.cancelled };
}

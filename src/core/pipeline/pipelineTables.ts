import type { Cell } from "@core/cells/cell";
import type { ColumnIndex } from "@core/workbook/columnIndex";

/**
 * One table as plain data: its rows and where each schema column sits in them (from
 * `columnIndex`, so a workbook in either language reads the same). The excel layer's
 * `TableData` is one of these.
 */
export type PlainTable = {
  readonly columns: ColumnIndex;
  readonly rows: readonly (readonly Cell[])[];
};

/** The user's tables the pipeline views read; only Deals is required. */
export type PipelineTables = {
  readonly deals: PlainTable;
  /** DealHistory, present when the workbook records deal changes. */
  readonly history?: PlainTable;
  readonly stages?: PlainTable;
  readonly team?: PlainTable;
  readonly targets?: PlainTable;
  readonly activities?: PlainTable;
  /** ForecastHistory, present once a forecast was recorded. */
  readonly forecastHistory?: PlainTable;
};

/**
 * The cell of a schema column in a row, or null when the table has no such column.
 *
 * @example
 * cellOf({ columns: { Amount: 1 }, rows: [] }, ["D-1", 500], "Amount") //=> 500
 */
export function cellOf(table: PlainTable, row: readonly Cell[], key: string): Cell {
  const at = table.columns[key] ?? -1;
  return at < 0 ? null : (row[at] ?? null);
}

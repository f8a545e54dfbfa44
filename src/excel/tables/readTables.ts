import type { Cell } from "@core/cells/cell";
import { columnOfLetters } from "@core/workbook/columnLetters";
import { everyColumn, type TableColumns } from "@core/workbook/areaColumns";
import { columnIndex, type ColumnIndex } from "@core/workbook/columnIndex";
import { tableSpec, type ColumnKind, type TableName } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { queueOpenTable } from "./openTable";
import { readInPages, rowBytesOfKinds, type PageOptions, type PagedSource } from "./readInPages";

/** One SalesGrid table as read from the workbook: plain data, no proxies. */
export type TableData = {
  readonly name: TableName;
  /** The sheet it lives on. */
  readonly sheet: string;
  /** A1 address of the whole table on its sheet, header row included ("A1:Q301"). */
  readonly address: string;
  /** 0-based sheet row of the header row; data row i is at sheet row headerRow + 1 + i. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Position of each schema column in `headers` (-1 when the user removed it). */
  readonly columns: ColumnIndex;
  /** The data body's values, row by row (empty cells are ""); dates are serials. */
  readonly rows: readonly (readonly Cell[])[];
};

/** The tables asked for; a table the workbook lacks is absent from the record. */
export type TablesData = Partial<Record<TableName, TableData>>;

function parseTopLeft(address: string): { row: number; column: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(local.toUpperCase());
  if (!match) return { row: 0, column: 0 };
  return { row: Number(match[2]) - 1, column: columnOfLetters(match[1]) };
}

type OpenedRead = {
  readonly name: TableName;
  readonly table: Excel.Table;
  readonly range: Excel.Range;
  readonly headerRow: Excel.Range;
  readonly headers: readonly string[];
  readonly columns: ColumnIndex;
  readonly rows: Cell[][];
};

/** The kind of the schema column at a header position ("text" for a column the user added). */
function kindAt(name: TableName, columns: ColumnIndex, position: number): ColumnKind {
  return tableSpec(name).columns.find((column) => columns[column.key] === position)?.kind ?? "text";
}

/** Takes a synced whole-width page into `rows` (a separate function: the proxies were synced by readInPages). */
function takeWhole(rows: Cell[][], start: number, loaded: Excel.Range): readonly unknown[] {
  const values = loaded.values as Cell[][];
  for (let i = 0; i < values.length; i += 1) rows[start + i] = values[i];
  return values;
}

/** Takes synced one-column pages into full-width rows ("" in the columns not read). */
function takeColumns(
  rows: Cell[][],
  start: number,
  count: number,
  width: number,
  positions: readonly number[],
  loaded: readonly Excel.Range[],
): readonly unknown[] {
  const columns = loaded.map((column) => column.values as Cell[][]);
  for (let i = 0; i < count; i += 1) {
    const row: Cell[] = new Array<Cell>(width).fill("");
    for (let j = 0; j < positions.length; j += 1) row[positions[j]] = columns[j][i]?.[0] ?? "";
    rows[start + i] = row;
  }
  return rows.slice(start, start + count);
}

/** Queues a page of rows of the columns at `positions` (all of them when `whole`), to be taken into `rows`. */
function pageOf(read: OpenedRead, positions: readonly number[], whole: boolean): PagedSource["queuePage"] {
  const width = read.headers.length;
  return (start, count) => {
    if (whole) {
      const body = read.table
        .getDataBodyRange()
        .getCell(start, 0)
        .getResizedRange(count - 1, width - 1);
      body.load("values");
      return () => takeWhole(read.rows, start, body);
    }
    const columns = positions.map((position) => {
      const column = read.table.columns
        .getItemAt(position)
        .getDataBodyRange()
        .getCell(start, 0)
        .getResizedRange(count - 1, 0);
      column.load("values");
      return column;
    });
    return () => takeColumns(read.rows, start, count, width, positions, columns);
  };
}

/**
 * Reads SalesGrid tables inside an Excel.run: opens them all in one sync (openTable's look-up,
 * with row counts and sheets), then reads their data bodies in pages sized by bytes
 * (readInPages), loading only the columns asked for. Rows keep the table's width and positions
 * — a column not read holds "" — so `columns` and `headers` stay the sheet's. Loads the caller
 * queued before the call travel with the first sync.
 *
 * @param context - the request context of the surrounding Excel.run
 * @param names - the tables wanted
 * @param columns - per table, the schema columns to load; a table without an entry is read whole
 * @param options - page size limits
 * @returns the tables present, keyed by name
 */
export async function readTablesIn(
  context: Excel.RequestContext,
  names: readonly TableName[],
  columns: TableColumns = {},
  options: PageOptions = {},
): Promise<TablesData> {
  const opening = names.map((name) => {
    const { table, opened } = queueOpenTable(context, name);
    table.load("rows/count,worksheet/name");
    return { name, table, opened };
  });
  await context.sync();

  const sources: PagedSource[] = [];
  const reads: OpenedRead[] = [];
  for (const { name, table, opened } of opening) {
    const open = opened();
    if (!open) continue;
    const range = table.getRange();
    range.load("address");
    // The header row as its cells read, as the body is: the answer's headers and index come from it.
    const headerRow = table.getHeaderRowRange();
    headerRow.load("values");
    const count = table.rows.count;
    const read: OpenedRead = {
      name,
      table,
      range,
      headerRow,
      headers: open.headers,
      columns: open.columns,
      rows: new Array(count),
    };
    reads.push(read);
    // An area that reads every schema column reads the table whole, the user's own columns too.
    const listed = columns[name];
    const wanted = listed && !everyColumn(name).every((key) => listed.includes(key)) ? listed : undefined;
    const positions = wanted
      ? [...new Set(wanted.map((key) => open.columns[key] ?? -1).filter((at) => at >= 0))].sort((a, b) => a - b)
      : open.headers.map((_, at) => at);
    if (positions.length === 0 || open.headers.length === 0) {
      for (let i = 0; i < count; i += 1) read.rows[i] = new Array<Cell>(open.headers.length).fill("");
      continue;
    }
    sources.push({
      rows: count,
      rowBytes: rowBytesOfKinds(positions.map((at) => kindAt(name, open.columns, at))),
      queuePage: pageOf(read, positions, !wanted),
    });
  }
  if (reads.length === 0) return {};
  await readInPages(context, sources, options);

  const result: TablesData = {};
  for (const read of reads) {
    const topLeft = parseTopLeft(read.range.address);
    const headers = ((read.headerRow.values as Cell[][])[0] ?? []).map((header) => String(header ?? ""));
    result[read.name] = {
      name: read.name,
      sheet: read.table.worksheet.name,
      address: read.range.address.slice(read.range.address.lastIndexOf("!") + 1),
      headerRow: topLeft.row,
      firstColumn: topLeft.column,
      headers,
      columns: columnIndex(read.name, headers),
      rows: read.rows,
    };
  }
  return result;
}

/**
 * Reads SalesGrid tables (see {@link readTablesIn}): one sync to open them, then one per page of
 * rows, whatever language their headers are in. Tables are found by name, as Excel does
 * (case-insensitively).
 *
 * @param names - the tables wanted
 * @param columns - per table, the schema columns to load (an area's `read` list); others whole
 * @param options - page size limits
 * @returns the tables present, keyed by name, or the Office failure
 * @example
 * const read = await readTables(["Deals", "Stages"], { Deals: ["Stage", "Amount"] });
 * if (read.ok) read.value.Deals?.rows.length //=> 1250
 */
export function readTables(
  names: readonly TableName[],
  columns: TableColumns = {},
  options: PageOptions = {},
): Promise<ExcelResult<TablesData>> {
  return runExcel((context) => readTablesIn(context, names, columns, options));
}

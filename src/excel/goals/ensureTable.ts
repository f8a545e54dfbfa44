import { tableSpec, type TableName, type WorkbookLanguage } from "@core/workbook/schema";
import { columnFormats } from "./columnFormats";

/** Where a table the writer needs is: an existing one, or one it has just queued up to create. */
export type PreparedTable = {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  /** The sheet's name (new sheets get the language's name, or that name with a number if taken). */
  readonly sheetName: string;
  readonly headers: readonly string[];
  /** 0-based sheet row of the header row and sheet column of the first column. */
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Whether the table is created by this batch. */
  readonly created: boolean;
};

/**
 * A sheet name for a new table: the schema's sheet name in the language, or with " 2", " 3" …
 * when a sheet of that name exists already (its content is never touched).
 *
 * @example
 * freeSheetName("Targets", "en-US", ["Targets"]) //=> "Targets 2"
 */
export function freeSheetName(name: TableName, language: WorkbookLanguage, taken: readonly string[]): string {
  const base = tableSpec(name).sheet[language];
  const used = new Set(taken.map((s) => s.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/**
 * Queues the creation of a SalesGrid table on a new sheet at A1: the header row in the
 * workbook's language and `dataRows` empty rows below it for the caller to fill, named as the
 * schema says so formulas can refer to it. The table spans its rows from the start so that
 * formulas written into them (`[@Column]`) resolve. Nothing is synced here.
 *
 * @param context - the request context
 * @param name - the table
 * @param language - header and sheet language
 * @param takenSheets - the names of the workbook's sheets (loaded by the caller)
 * @param dataRows - rows the table starts with (at least 1)
 * @returns the table and sheet proxies with the headers written
 */
export function queueNewTable(
  context: Excel.RequestContext,
  name: TableName,
  language: WorkbookLanguage,
  takenSheets: readonly string[],
  dataRows: number,
): PreparedTable {
  const sheetName = freeSheetName(name, language, takenSheets);
  const sheet = context.workbook.worksheets.add(sheetName);
  const headers = tableSpec(name).columns.map((c) => c.header[language]);
  const headerRange = sheet.getRangeByIndexes(0, 0, 1, headers.length);
  headerRange.values = [headers];
  const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + Math.max(1, dataRows), headers.length), true);
  table.name = name;
  headerRange.format.font.bold = true;
  return { table, sheet, sheetName, headers, headerRow: 0, firstColumn: 0, created: true };
}

/**
 * Queues the number formats of a table's columns over its data body (after rows were added),
 * one assignment per formatted column.
 */
export function queueColumnFormats(table: Excel.Table, name: TableName, headers: readonly string[]): void {
  columnFormats(name, headers).forEach((format, i) => {
    if (format === null) return;
    table.columns.getItemAt(i).getDataBodyRange().numberFormat = format as unknown as string[][];
  });
}

import type { ColumnIndex } from "@core/workbook/columnIndex";
import { tableSpec, type TableName, type WorkbookLanguage } from "@core/workbook/schema";

/** Column keys per table (schema keys, as in {@link tableSpec}). */
export type TableColumns = Partial<Record<TableName, readonly string[]>>;

/**
 * What one pane area reads of the workbook: per table the columns it loads (no others are
 * fetched, so a wide table costs only what the area uses) and, of those, the ones it cannot do
 * without — a table that lacks one would read as zeros, so the area names the column instead.
 */
export type AreaColumns = {
  readonly read: TableColumns;
  readonly required: TableColumns;
};

/** A required column a table lacks, with the schema's header in the workbook's language. */
export type MissingColumn = {
  readonly table: TableName;
  readonly key: string;
  /** The header to type back into the table (the schema's, in the workbook's language). */
  readonly header: string;
};

/**
 * Every column key of a table, in schema order: for areas that read a table whole.
 *
 * @example
 * everyColumn("Cadences") //=> ["Tier", "Days"]
 */
export function everyColumn(table: TableName): readonly string[] {
  return tableSpec(table).columns.map((column) => column.key);
}

/**
 * The required columns the present tables lack. A table that is absent is not reported here
 * (areas say "no Deals table" on their own); a column the table has under any of its names
 * (key, English or Chinese header) counts as present.
 *
 * @param required - per table, the columns required
 * @param found - per present table, where its columns are (columnIndex)
 * @param language - the workbook's language, for the headers named
 * @returns the missing columns, table by table in the order of `required`
 * @example
 * missingColumns({ Deals: ["Amount"] }, { Deals: { Amount: -1 } }, "zh-CN")
 * //=> [{ table: "Deals", key: "Amount", header: "金额" }]
 */
export function missingColumns(
  required: TableColumns,
  found: Partial<Record<TableName, ColumnIndex>>,
  language: WorkbookLanguage,
): MissingColumn[] {
  const missing: MissingColumn[] = [];
  for (const [table, keys] of Object.entries(required) as [TableName, readonly string[]][]) {
    const index = found[table];
    if (!index) continue;
    for (const key of keys) {
      if ((index[key] ?? -1) >= 0) continue;
      const header = tableSpec(table).columns.find((column) => column.key === key)?.header[language] ?? key;
      missing.push({ table, key, header });
    }
  }
  return missing;
}

/**
 * The union of several areas' column lists, each table's keys in schema order.
 *
 * @example
 * mergeColumns([{ Deals: ["Amount"] }, { Deals: ["Stage", "Amount"] }]) //=> { Deals: ["Stage", "Amount"] }
 */
export function mergeColumns(lists: readonly TableColumns[]): TableColumns {
  const merged: Partial<Record<TableName, Set<string>>> = {};
  for (const list of lists)
    for (const [table, keys] of Object.entries(list) as [TableName, readonly string[]][]) {
      const set = (merged[table] ??= new Set<string>());
      for (const key of keys) set.add(key);
    }
  const result: Partial<Record<TableName, readonly string[]>> = {};
  for (const [table, set] of Object.entries(merged) as [TableName, Set<string>][])
    result[table] = everyColumn(table).filter((key) => set.has(key));
  return result;
}

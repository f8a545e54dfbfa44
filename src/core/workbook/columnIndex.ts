import { tableSpec, workbookLanguages, type TableName, type TableSpec } from "@core/workbook/schema";

/** Where each schema column of a table sits in a header row: its 0-based index, or -1 when missing. */
export type ColumnIndex = Readonly<Record<string, number>>;

function normalize(header: string): string {
  return header.trim().toLowerCase();
}

/**
 * Finds the columns of a SalesGrid table in a header row as it stands in the sheet: by the
 * English or Chinese header or the column key (case and surrounding spaces ignored), so a workbook
 * set up in either language, or with a header retyped, still reads. Columns the user added are
 * not in the index; a spec column that is missing maps to -1. The first match wins. This is the
 * one header matcher: set-up, import, every reader and every writer go through it.
 *
 * @param table - the table, by name (its schema spec) or by a spec (a layout such as the
 *   Performance area's Scorecard, which adds columns to the schema's)
 * @param headers - the header row as read from the sheet
 * @returns the index of every column key of the spec
 * @example
 * columnIndex("Team", ["销售代表", "团队", "备注"]) //=> { Rep: 0, Team: 1, Manager: -1, StartDate: -1, EndDate: -1, Capacity: -1, Email: -1 }
 */
export function columnIndex(table: TableName | TableSpec, headers: readonly unknown[]): ColumnIndex {
  const spec = typeof table === "string" ? tableSpec(table) : table;
  const positions = new Map<string, number>();
  headers.forEach((header, position) => {
    const key = normalize(String(header ?? ""));
    if (key && !positions.has(key)) positions.set(key, position);
  });
  const index: Record<string, number> = {};
  for (const column of spec.columns) {
    const names = [column.key, ...workbookLanguages.map((language) => column.header[language])];
    const found = names.map((candidate) => positions.get(normalize(candidate))).find((at) => at !== undefined);
    index[column.key] = found ?? -1;
  }
  return index;
}

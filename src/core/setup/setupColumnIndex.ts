import { columnIndex, type ColumnIndex } from "@core/workbook/columnIndex";
import { workbookLanguages } from "@core/workbook/schema";
import { cadenceTableSpec, type SetupTableName } from "@core/setup/setupTables";

const normalize = (header: unknown) =>
  String(header ?? "")
    .trim()
    .toLowerCase();

/**
 * Where each schema column of a set-up table sits in a header row, as columnIndex does for the
 * SalesGrid tables (key or either language's header, case and spaces ignored; -1 when missing),
 * extended to the Cadences table.
 *
 * @example
 * setupColumnIndex("Cadences", ["客户等级", "回访间隔天数"]) //=> { Tier: 0, Days: 1 }
 */
export function setupColumnIndex(table: SetupTableName, headers: readonly unknown[]): ColumnIndex {
  if (table !== "Cadences") return columnIndex(table, headers);
  const normalized = headers.map(normalize);
  const index: Record<string, number> = {};
  for (const column of cadenceTableSpec.columns) {
    const names = [column.key, ...workbookLanguages.map((language) => column.header[language])].map(normalize);
    index[column.key] = normalized.findIndex((header) => header !== "" && names.includes(header));
  }
  return index;
}

import type { Cell } from "@core/cells/cell";
import { cellKey } from "@core/import/cellKey";
import type { ImportTarget } from "@core/import/importColumns";
import { importProblem, type ImportProblem } from "@core/import/importProblem";
import type { ImportedRow } from "@core/import/validateRows";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import { tableSpec } from "@core/workbook/schema";

/** The tables an imported row's IDs point into. */
export type ReferenceTable = "Contracts" | "Deals";

/**
 * The IDs the workbook's Contracts and Deals tables hold (their ContractID and DealID columns). A
 * table the workbook lacks, or one without its ID column, is absent: its references are not checked.
 */
export type KnownReferences = Partial<Record<ReferenceTable, readonly Cell[]>>;

/** Per import target, the columns that name a row of another table (Contracts[ContractID], Deals[DealID]). */
const referenceColumns: Readonly<Record<ImportTarget, readonly { column: string; table: ReferenceTable }[]>> = {
  Customers: [],
  Deals: [],
  Activities: [{ column: "DealID", table: "Deals" }],
  Payments: [
    { column: "ContractID", table: "Contracts" },
    { column: "DealID", table: "Deals" },
  ],
  Service: [{ column: "DealID", table: "Deals" }],
};

/** The ID column of each referenced table. */
const idColumns: Readonly<Record<ReferenceTable, string>> = { Contracts: "ContractID", Deals: "DealID" };

/** How a problem names what an ID is the ID of, in English and Chinese. */
const what: Readonly<Record<ReferenceTable, readonly [string, string]>> = {
  Contracts: ["contract", "合同"],
  Deals: ["deal", "商机"],
};

/**
 * The table an ID is missing from, as the pane's missing-column message names it: the Excel table
 * name in English, its sheet's name in Chinese (合同, 销售管道), both from the schema.
 */
const tableName = (table: ReferenceTable): readonly [string, string] => [table, tableSpec(table).sheet["zh-CN"]];

/**
 * The IDs of the referenced tables the workbook has: of each table present with its ID column,
 * that column's cells (empty ones included: they match nothing).
 *
 * @param tables - the workbook's Contracts and Deals tables as read, absent when the workbook lacks them
 * @returns the IDs per table present
 *
 * @example
 * knownReferences({ Contracts: { columns: { ContractID: 0 }, rows: [["HT-0001"]] } })
 * //=> { Contracts: ["HT-0001"] }
 */
export function knownReferences(
  tables: Partial<
    Record<ReferenceTable, { readonly columns: ColumnIndex; readonly rows: readonly (readonly Cell[])[] }>
  >,
): KnownReferences {
  const known: Record<string, Cell[]> = {};
  for (const table of ["Contracts", "Deals"] as const) {
    const contents = tables[table];
    const at = contents?.columns[idColumns[table]] ?? -1;
    if (!contents || at < 0) continue;
    known[table] = contents.rows.map((row) => row[at] ?? null);
  }
  return known;
}

/**
 * The imported rows whose ContractID or DealID names no row of the workbook's Contracts or Deals
 * table, each an "unknown-reference" warning: Contracts[Received] and Deals[Collected] sum
 * Payments by those IDs, so such a row's money would count toward no contract or deal. Payments
 * are checked by ContractID and DealID, follow-ups and service tickets by DealID. IDs match as
 * the import's duplicate checks match them (cellKey: any case and a number as its text, as SUMIFS
 * matches; the imported IDs arrive trimmed, as validateRows writes them, see idCell). An empty ID
 * is not checked (the columns are optional), nor is a table the workbook lacks (absent from `known`).
 * The rows are imported all the same if the user goes on.
 *
 * @param rows - the converted rows (validateRows)
 * @param target - the table being imported into
 * @param known - the IDs the workbook's tables hold (knownReferences)
 * @returns one problem per unknown ID, row by row
 *
 * @example
 * unknownReferences([{ sourceRow: 4, values: { ContractID: "HT-2025-099" }, extras: [] }], "Payments",
 *   { Contracts: ["HT-0001"] })[0].message.en
 * //=> 'row 4: contract "HT-2025-099" is not in Contracts'
 */
export function unknownReferences(
  rows: readonly Pick<ImportedRow, "sourceRow" | "values">[],
  target: ImportTarget,
  known: KnownReferences,
): ImportProblem[] {
  const checks = referenceColumns[target].flatMap(({ column, table }) => {
    const ids = known[table];
    return ids ? [{ column, table, keys: new Set(ids.map(cellKey)) }] : [];
  });
  const problems: ImportProblem[] = [];
  if (checks.length === 0) return problems;
  for (const { sourceRow: row, values } of rows) {
    for (const { column, table, keys } of checks) {
      const value = values[column] ?? null;
      const key = cellKey(value);
      if (key === "" || keys.has(key)) continue;
      const name = tableName(table);
      const params = (at: 0 | 1) => ({ row, what: what[table][at], value: String(value), table: name[at] });
      problems.push(importProblem("unknown-reference", row, column, value, "unknownReference", params(0), params(1)));
    }
  }
  return problems;
}

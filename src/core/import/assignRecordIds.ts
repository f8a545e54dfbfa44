import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import type { ImportTarget } from "@core/import/importColumns";
import type { ImportResult } from "@core/import/validateRows";
import { nextIds, recordIdColumns } from "@core/workbook/recordIds";

/**
 * Gives every new customer, deal or service ticket without an ID one in the workbook's pattern
 * (C-0001, D-0001, T-0001 …), continuing after the highest ID taken — the table's and every ID the source brings,
 * so a new ID never collides with one. Follow-ups and payments have no ID column of their own
 * (a payment's ContractID names its contract, never made up) and pass unchanged; so does
 * an import whose rows all have an ID. The ID column joins the mapped columns, so the layout
 * writes it.
 *
 * @param result - the rows about to be written (after matching)
 * @param target - the table they go into
 * @param taken - the IDs already in the table (and any the caller wants kept free)
 * @param sourceIds - every ID the source has, matched rows included
 * @returns the result with the new rows' IDs filled in
 *
 * @example
 * assignRecordIds(validateRows([["Acme"]], ["Company"], "Customers", { knownStages: [] }), "Customers", ["C-0041"], [])
 *   .rows[0].values.CustomerID
 * //=> "C-0042"
 */
export function assignRecordIds(
  result: ImportResult,
  target: ImportTarget,
  taken: readonly Cell[],
  sourceIds: readonly Cell[],
): ImportResult {
  if (target !== "Customers" && target !== "Deals" && target !== "Service") return result;
  const { key, prefix } = recordIdColumns[target];
  const missing = result.rows.filter((row) => isEmpty(row.values[key] ?? null)).length;
  if (missing === 0) return result;
  const ids = nextIds([...taken, ...sourceIds], missing, prefix);
  let next = 0;
  const rows = result.rows.map((row) =>
    isEmpty(row.values[key] ?? null) ? { ...row, values: { ...row.values, [key]: ids[next++] } } : row,
  );
  const columns = result.columns.includes(key) ? result.columns : [key, ...result.columns];
  return { ...result, rows, columns };
}

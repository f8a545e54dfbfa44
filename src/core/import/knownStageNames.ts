import type { Cell } from "@core/cells/cell";
import type { ColumnIndex } from "@core/workbook/columnIndex";

/**
 * The stage names a workbook knows: the filled text cells of its Stages table's Stage column, in
 * the table's order. No table, or no Stage column, knows none.
 *
 * @param stages - the Stages table as read (schema column positions and rows), if the workbook has one
 * @returns the stage names
 *
 * @example
 * knownStageNames({ columns: { Stage: 0 }, rows: [["Lead"], [""], ["Won"]] }) //=> ["Lead", "Won"]
 */
export function knownStageNames(
  stages: { readonly columns: ColumnIndex; readonly rows: readonly (readonly Cell[])[] } | undefined,
): string[] {
  const at = stages?.columns.Stage ?? -1;
  if (!stages || at < 0) return [];
  return stages.rows.map((row) => row[at]).filter((s): s is string => typeof s === "string" && s !== "");
}

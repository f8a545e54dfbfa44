import type { Cell } from "@core/cells/cell";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import { literalText } from "@core/workbook/literalText";

/**
 * Rows to add to Team for reps, or to Cadences for tiers, an import brings that the workbook does
 * not know and the user chose to add: the name in the table's Rep or Tier column, laid out on the
 * table's own columns, everything else left for the manager to fill (a rep's team and start date,
 * a tier's days between visits).
 *
 * @param table - "Team" or "Cadences"
 * @param names - the reps or tiers to add, in order
 * @param contents - the table as read (headers and schema column positions)
 * @returns one row per name, as wide as the table
 *
 * @example
 * newListRows("Team", ["赵磊"], { headers: ["销售代表", "团队"], columns: { Rep: 0, Team: 1 } }) //=> [["赵磊", ""]]
 */
export function newListRows(
  table: "Team" | "Cadences",
  names: readonly string[],
  contents: { readonly headers: readonly string[]; readonly columns: ColumnIndex },
): Cell[][] {
  const at = contents.columns[table === "Team" ? "Rep" : "Tier"] ?? -1;
  if (at < 0) return [];
  return names.map((name) => {
    const row: Cell[] = contents.headers.map(() => "");
    row[at] = literalText(name);
    return row;
  });
}

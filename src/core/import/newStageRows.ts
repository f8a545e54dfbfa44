import type { Cell } from "@core/cells/cell";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import { literalText } from "@core/workbook/literalText";
import { forecastCategoryChoices, type WorkbookLanguage } from "@core/workbook/schema";

/**
 * Rows to add to the Stages table for stage names an import brings that the workbook does not
 * know, laid out on the Stages table's own columns: the name, the next orders after the highest
 * one, forecast category Pipeline (in the workbook's language) and, left for the manager to set,
 * no probability and no stale days (a deal in such a stage weighs nothing until then).
 *
 * @param names - the stage names to add, in order
 * @param stages - the Stages table as read (headers, schema column positions, rows)
 * @param language - the workbook's language
 * @returns one row per name, as wide as the table
 *
 * @example
 * newStageRows(["Pilot"], { headers: ["Stage", "Order", "Probability", "ForecastCategory", "StaleDays"],
 *   columns: { Stage: 0, Order: 1, Probability: 2, ForecastCategory: 3, StaleDays: 4 }, rows: [["Won", 6, 1, "Closed", ""]] }, "en-US")
 * //=> [["Pilot", 7, "", "Pipeline", ""]]
 */
export function newStageRows(
  names: readonly string[],
  stages: {
    readonly headers: readonly string[];
    readonly columns: ColumnIndex;
    readonly rows: readonly (readonly Cell[])[];
  },
  language: WorkbookLanguage,
): Cell[][] {
  const orderAt = stages.columns.Order ?? -1;
  let order = 0;
  for (const row of stages.rows) {
    const value = orderAt >= 0 ? row[orderAt] : null;
    if (typeof value === "number" && value > order) order = value;
  }
  return names.map((name) => {
    const row: Cell[] = stages.headers.map(() => "");
    const put = (key: string, value: Cell) => {
      const at = stages.columns[key] ?? -1;
      if (at >= 0) row[at] = value;
    };
    put("Stage", literalText(name));
    put("Order", ++order);
    put("ForecastCategory", forecastCategoryChoices[0][language]);
    return row;
  });
}

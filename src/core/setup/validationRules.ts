import { tableSpec, type LocalizedText, type TableName, type WorkbookLanguage } from "@core/workbook/schema";
import { workbookNames } from "@core/setup/workbookNames";

/** A drop-down list on one column's data body. */
export type ValidationRule = {
  /** The schema key of the column. */
  readonly key: string;
  /** Excel's list source: comma-separated values, or "=Name" of a workbook name. */
  readonly source: string;
  /** "Stop" refuses other entries; "Warning" lets a manager type a rep not yet in Team. */
  readonly alert: "Stop" | "Warning";
};

/** The message Excel shows when an entry is not in a column's list. */
export const validationMessage: LocalizedText = {
  "en-US": "Choose a value from the list. Lists come from the Stages and Team tables and can be edited there.",
  "zh-CN": "请从下拉列表中选择。列表来自“阶段”和“销售团队”表格，可在那里修改。",
};

/** Columns whose list comes from another table, through a workbook name. */
const fromTable: Readonly<Record<string, { name: string; alert: ValidationRule["alert"] }>> = {
  Stage: { name: workbookNames.stages, alert: "Stop" },
  LostAt: { name: workbookNames.stages, alert: "Stop" },
  Owner: { name: workbookNames.reps, alert: "Warning" },
  Rep: { name: workbookNames.reps, alert: "Warning" },
};

/**
 * The drop-down lists of a table: Stage and LostAt from Stages, Owner (and a scorecard's Rep)
 * from Team, and every value column with fixed choices (Tier, Method, Status, Deals'
 * ForecastOverride and Stages' ForecastCategory, Level, Metric) from its choices in the
 * workbook's language. A formula column (Deals' ForecastCategory) gets no list: choosing from it
 * would replace the formula. The Stages and Team tables themselves get
 * only their fixed lists: their Stage and Rep columns are the sources. A list from a table is
 * left out when its name is not available.
 *
 * @param table - the table
 * @param language - the workbook's language
 * @param names - the workbook names that exist (or will) when the rules are applied
 * @returns one rule per column with a list
 * @example
 * validationRules("Customers", "en-US", ["SalesGrid_Reps"]).map((r) => r.key) //=> ["Owner", "Tier", "Status"]
 */
export function validationRules(
  table: TableName,
  language: WorkbookLanguage,
  names: readonly string[],
): ValidationRule[] {
  const available = new Set(names.map((name) => name.toLowerCase()));
  return tableSpec(table).columns.flatMap((column): ValidationRule[] => {
    if (column.formula) return [];
    if (column.choices) {
      return [{ key: column.key, source: column.choices.map((choice) => choice[language]).join(","), alert: "Stop" }];
    }
    const list = table === "Stages" || table === "Team" ? undefined : fromTable[column.key];
    if (list && available.has(list.name.toLowerCase())) {
      return [{ key: column.key, source: `=${list.name}`, alert: list.alert }];
    }
    if (table === "Cadences" && column.key === "Tier") return [{ key: column.key, source: "A,B,C", alert: "Stop" }];
    return [];
  });
}

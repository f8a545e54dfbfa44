import { literalText } from "@core/workbook/literalText";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import { stepStatusText, type ActionStep } from "@core/goals/actionPlan/actionStep";

/**
 * Steps as rows of the ActionPlan table, in the order of its header row (the schema's, or an
 * existing table's; a column the user added gets ""). Texts typed by the manager are written as
 * text (a step starting with "=" stays text, see literalText); the status is written in the
 * workbook's language; a step without a due date leaves Due empty.
 *
 * @param steps - the steps, in order
 * @param language - the workbook's language
 * @param headers - the header row of an existing table (default: the schema's in the language)
 * @returns the header row and one array per step
 *
 * @example
 * actionPlanValues([{ goal: "G", step: "=call", owner: "Li", due: 46000, status: "done", kpi: "" }], "en-US").values[0] //=> ["G", "'=call", "Li", 46000, "Done", ""]
 */
export function actionPlanValues(
  steps: readonly ActionStep[],
  language: WorkbookLanguage,
  headers?: readonly string[],
): { headers: string[]; values: (string | number)[][] } {
  const row = headers ?? tableSpec("ActionPlan").columns.map((c) => c.header[language]);
  const index = columnIndex("ActionPlan", row);
  const keyAt = row.map(() => "");
  for (const c of tableSpec("ActionPlan").columns) if (index[c.key] >= 0) keyAt[index[c.key]] = c.key;
  const value = (step: ActionStep, key: string): string | number => {
    switch (key) {
      case "Goal":
        return literalText(step.goal.trim());
      case "Step":
        return literalText(step.step.trim());
      case "Owner":
        return literalText(step.owner.trim());
      case "Due":
        return step.due === null ? "" : Math.floor(step.due);
      case "Status":
        return stepStatusText[step.status][language];
      case "KPI":
        return literalText(step.kpi.trim());
      default:
        return "";
    }
  };
  return { headers: [...row], values: steps.map((step) => keyAt.map((key) => value(step, key))) };
}

import { actionPlanValues } from "@core/goals/actionPlan/actionPlanValues";
import { actionSteps, sameSteps, stepsOfGoal } from "@core/goals/actionPlan/actionSteps";
import type { ActionStep } from "@core/goals/actionPlan/actionStep";
import { columnIndex } from "@core/workbook/columnIndex";
import { columnLetters } from "@core/workbook/columnLetters";
import { tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readTables } from "../tables/readTables";
import { columnFormats } from "./columnFormats";
import { queueColumnFormats, queueNewTable, type PreparedTable } from "./ensureTable";
import { placeRows, queuePlacedRows, unguardTextColumns } from "./placeRows";

export type ActionPlanWrite = {
  /** The goal whose steps are written (ActionPlan[Goal]). */
  readonly goal: string;
  /** Its steps as the manager left them, in order (their own goal fields are ignored). */
  readonly steps: readonly ActionStep[];
  /** The goal's steps as the editor loaded them: if the sheet no longer holds these, ask first. */
  readonly loaded: readonly ActionStep[];
  readonly language: WorkbookLanguage;
  /** The manager confirmed replacing steps that changed in the sheet since they were loaded. */
  readonly replace: boolean;
};

export type ActionPlanWriteOutcome =
  /** The goal's rows in the sheet differ from what was loaded: nothing written. */
  | { readonly status: "needs-confirmation"; readonly inSheet: number }
  | { readonly status: "written"; readonly sheet: string; readonly steps: number; readonly created: boolean };

/**
 * Writes the steps of one goal to the ActionPlan table: the goal's rows (matched by Goal, trimmed
 * and case-insensitive) are replaced by the steps given — written over them in place, surplus
 * steps appended, surplus rows deleted — and rows of other goals are kept. The table
 * is created on an "Action plan" / "行动计划" sheet when missing, with a conditional format that
 * marks overdue steps (due before today, status not done) in the sheet as the pane flags them.
 * If the goal's rows in the sheet are not the ones the editor loaded (someone edited them in
 * Excel meanwhile) and `replace` is false, nothing is written and the pane asks first.
 *
 * @param request - the goal, its steps, the steps as loaded, the language, the confirmation
 * @returns what was written, the confirmation needed, or the Office failure
 * @example
 * await writeActionPlan({ goal: "FY2026 signed 1,200,000", steps, loaded: [], language: "en-US", replace: false })
 * //=> { ok: true, value: { status: "written", sheet: "Action plan", steps: 3, created: true } }
 */
export async function writeActionPlan(request: ActionPlanWrite): Promise<ExcelResult<ActionPlanWriteOutcome>> {
  const read = await readTables(["ActionPlan"]);
  if (!read.ok) return read;
  const existing = read.value.ActionPlan;
  const inSheet = existing ? stepsOfGoal(actionSteps(existing), request.goal) : [];
  if (!request.replace && !sameSteps(inSheet, stepsOfGoal(request.loaded, request.goal))) {
    return { ok: true, value: { status: "needs-confirmation", inSheet: inSheet.length } };
  }
  const steps = request.steps.map((s) => ({ ...s, goal: request.goal }));

  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const lastRow = existing ? context.workbook.tables.getItem("ActionPlan").getRange().getLastRow() : null;
    lastRow?.load("numberFormat");
    await context.sync();
    const headers = existing ? existing.headers : tableHeaders("ActionPlan", request.language);
    const formats = lastRow ? (lastRow.numberFormat[0] as unknown[]) : columnFormats("ActionPlan", headers);
    const values = unguardTextColumns(actionPlanValues(steps, request.language, headers).values, formats);
    const prepared: PreparedTable = existing
      ? {
          table: context.workbook.tables.getItem("ActionPlan"),
          sheet: sheets.getItem(existing.sheet),
          sheetName: existing.sheet,
          headers,
          headerRow: existing.headerRow,
          firstColumn: existing.firstColumn,
          created: false,
        }
      : queueNewTable(
          context,
          "ActionPlan",
          request.language,
          sheets.items.map((s) => s.name),
          values.length,
        );
    const { table } = prepared;
    if (!existing) queueColumnFormats(table, "ActionPlan", headers);
    // The goal's rows and blank rows are freed; the steps go into them in order, the rest appended.
    const blankRows = (existing?.rows ?? []).flatMap((row, i) => (row.every((c) => c === "" || c === null) ? [i] : []));
    const freed = existing ? [...inSheet.map((s) => s.row), ...blankRows] : values.map((_, i) => i);
    const places = placeRows(freed, values.length);
    if (values.length > 0) queuePlacedRows(table, values, places.at);
    // A table keeps at least one data row: when every row would go, the last one is emptied instead.
    const all = existing ? existing.rows.length : values.length;
    const keepOne = places.remove.length > 0 && places.remove.length === all;
    for (const i of keepOne ? places.remove.slice(0, -1) : places.remove) table.rows.getItemAt(i).delete();
    if (keepOne) table.rows.getItemAt(0).getRange().clear("Contents");
    if (prepared.created) queueOverdueFormat(table, prepared, headers, request.language);
    await context.sync();
    return { status: "written" as const, sheet: prepared.sheetName, steps: steps.length, created: prepared.created };
  });
}

/**
 * Marks overdue rows of a new ActionPlan table: Due before today and Status not done. The rule is
 * written for the body's first row, so its addresses count from where the table really sits.
 */
function queueOverdueFormat(
  table: Excel.Table,
  place: Pick<PreparedTable, "headerRow" | "firstColumn">,
  headers: readonly string[],
  language: WorkbookLanguage,
): void {
  const index = columnIndex("ActionPlan", headers);
  if (index.Due < 0 || index.Status < 0) return;
  const row = place.headerRow + 2;
  const due = `$${columnLetters(place.firstColumn + index.Due)}${row}`;
  const status = `$${columnLetters(place.firstColumn + index.Status)}${row}`;
  const done = language === "zh-CN" ? "已完成" : "Done";
  const body = table.getDataBodyRange();
  const format = body.conditionalFormats.add(Excel.ConditionalFormatType.custom);
  format.custom.rule.formula = `=AND(${due}<>"",${due}<TODAY(),${status}<>"${done}")`;
  format.custom.format.font.color = "#A4262C";
}

import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { goalRowValues, nextGoalId, readGoals, sameGoal, type SavedGoal } from "@core/goals/savedGoals";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { queueOpenTable } from "../tables/openTable";
import { queueColumnFit } from "../write/fitColumns";
import { columnFormats } from "./columnFormats";
import { queueColumnFormats, queueNewTable } from "./ensureTable";
import { unguardTextColumns } from "./placeRows";

export type GoalWrite = {
  /** The goal as the card holds it; id "" for a new goal (it gets the next free GoalID). */
  readonly goal: SavedGoal;
  /** The goal as the pane read it, null for a new one: if the sheet's row no longer says this, ask first. */
  readonly loaded: SavedGoal | null;
  readonly language: WorkbookLanguage;
  /** The manager confirmed overwriting a row edited in Excel since it was read. */
  readonly replace: boolean;
};

export type GoalWriteOutcome =
  /** The goal's row differs from what the pane read (or is gone): nothing written. */
  | { readonly status: "needs-confirmation"; readonly id: string }
  | {
      readonly status: "written";
      /** The goal as written, with its GoalID. */
      readonly goal: SavedGoal;
      readonly sheet: string;
      readonly created: boolean;
    };

const isBlank = (row: readonly Cell[]) => row.every((c) => c === "" || c === null || c === undefined);

/**
 * Saves one goal to the `Goals` table, keyed by GoalID: the row holding the goal's ID is
 * overwritten, a new goal (no ID yet) gets the next free ID (nextGoalId) in the table's first
 * blank row or a row appended. The row is located in the same batch, just before the write, from
 * the GoalID column as it is then — never from where the pane saw it, since the manager may have
 * sorted or inserted rows since. If that row no longer says what the pane read (edited in Excel
 * since, or deleted) and `replace` is false, nothing is written and the pane asks first. The table
 * is created on a "Goals" / "目标清单" sheet when missing. Texts are written as text (literalText:
 * a goal starting with "=" stays literal; in Text-formatted columns without the apostrophe).
 *
 * @param request - the goal, the goal as read, the language, the confirmation
 * @returns the goal as written, the confirmation needed, or the Office failure
 * @example
 * await writeGoal({ goal: { ...goal, id: "" }, loaded: null, language: "en-US", replace: false })
 * //=> { ok: true, value: { status: "written", goal: { id: "G-0001", … }, sheet: "Goals", created: true } }
 */
export function writeGoal(request: GoalWrite): Promise<ExcelResult<GoalWriteOutcome>> {
  return runExcel(async (context): Promise<GoalWriteOutcome> => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const { table, opened } = queueOpenTable(context, "Goals");
    await context.sync();
    const open = opened();

    if (!open) {
      if (request.loaded !== null && !request.replace) {
        return { status: "needs-confirmation", id: request.goal.id };
      }
      const goal = { ...request.goal, id: request.goal.id.trim() || nextGoalId([]) };
      const headers = tableHeaders("Goals", request.language);
      const values = unguardTextColumns(
        [goalRowValues(goal, request.language, headers)],
        columnFormats("Goals", headers),
      );
      const prepared = queueNewTable(
        context,
        "Goals",
        request.language,
        sheets.items.map((s) => s.name),
        1,
      );
      queueColumnFormats(prepared.table, "Goals", headers);
      prepared.table.getDataBodyRange().values = values;
      const fit = queueColumnFit(
        prepared.table.getHeaderRowRange(),
        headers.map((header) => ({ header })),
        {
          filterButtons: true,
        },
      );
      await context.sync();
      fit.clamp();
      return { status: "written", goal, sheet: prepared.sheetName, created: true };
    }

    // The rows as they are now: the goal's row is found by its GoalID here, just before the write.
    const body = table.getDataBodyRange();
    body.load("values,numberFormat");
    const sheet = table.worksheet;
    sheet.load("name");
    await context.sync();
    const rows = body.values as Cell[][];
    const goals = readGoals({ headers: open.headers, rows });
    const wanted = normalizeLabel(request.goal.id);
    const inSheet = wanted === "" ? undefined : goals.find((g) => normalizeLabel(g.id) === wanted);
    if (request.loaded !== null && !request.replace && !(inSheet && sameGoal(inSheet, request.loaded))) {
      return { status: "needs-confirmation", id: request.goal.id };
    }
    const ids = goals.map((g) => g.id);
    const id = inSheet
      ? inSheet.id
      : wanted !== "" && !ids.some((other) => normalizeLabel(other) === wanted)
        ? request.goal.id.trim()
        : nextGoalId(ids);
    const goal = { ...request.goal, id };
    const blank = rows.findIndex(isBlank);
    const at = inSheet ? inSheet.row : blank >= 0 ? blank : "append";
    const formats = (body.numberFormat as unknown[][])[at === "append" ? rows.length - 1 : at];
    const values = unguardTextColumns([goalRowValues(goal, request.language, open.headers)], formats);
    if (at === "append") table.rows.add(undefined, values);
    else {
      // Only the schema's cells: a column the manager added keeps what the row holds there.
      const index = columnIndex("Goals", open.headers);
      for (const column of Object.values(index)) {
        if (column >= 0) body.getCell(at, column).values = [[values[0][column]]];
      }
    }
    const fit = queueColumnFit(
      table.getHeaderRowRange(),
      open.headers.map((header) => ({ header })),
      {
        filterButtons: true,
      },
    );
    await context.sync();
    fit.clamp();
    return { status: "written", goal, sheet: sheet.name, created: false };
  });
}

import type { SampleWorkbook } from "@core/sample/sampleRows";
import type { SetupPlan, TablePlan } from "@core/setup/planSetup";
import type { RecordedTable } from "@core/setup/setupRecord";
import type { TableOutcome } from "@core/setup/setupReport";
import { resumeOffset } from "@core/setup/resumeOffset";
import { fixedRows, sampleRows, type WriteRow } from "@core/setup/tableRows";
import type { TableName } from "@core/workbook/schema";

/** The rows set-up writes into one table: with the table itself, then appended in chunks. */
export type PlannedRows = {
  /** Rows written with a created table (its first sample row, or all its fixed rows). */
  readonly initial: WriteRow[];
  /** Rows appended afterwards in chunks. */
  readonly rest: WriteRow[];
  /** False when an interrupted table's rows no longer match the sample, so it cannot be resumed. */
  readonly resumable: boolean;
};

/**
 * The rows a table's plan writes: a created table gets its fixed rows (Stages, Cadences) or its
 * sample rows (the first with the table, the rest in chunks); a table an interrupted set-up left
 * gets the sample rows after the ones it holds, when its last row is where the sample says;
 * kept and skipped tables get none.
 *
 * @param plan - the table's plan
 * @param language - the workbook's language
 * @param sample - the generated sample, or null without sample data
 * @returns the rows, and whether a completion could resume
 * @example
 * plannedRows({ action: "keep", table: "Deals", existing, missingColumns: [] }, "en-US", null)
 * //=> { initial: [], rest: [], resumable: true }
 */
export function plannedRows(
  plan: TablePlan,
  language: SetupPlan["language"],
  sample: SampleWorkbook | null,
): PlannedRows {
  if (plan.action === "create") {
    if (plan.rows === "fixed") return { initial: fixedRows(plan.table, language), rest: [], resumable: true };
    const all = plan.rows === "sample" && sample ? sampleRows(plan.table, sample) : [];
    return { initial: all.slice(0, 1), rest: all.slice(1), resumable: true };
  }
  if (plan.action === "complete" && plan.sample && sample) {
    const all = sampleRows(plan.table, sample);
    const offset = resumeOffset(all, plan.existing.rowCount, plan.existing.lastRowFirstCell);
    return { initial: [], rest: offset === undefined ? [] : all.slice(offset), resumable: offset !== undefined };
  }
  return { initial: [], rest: [], resumable: true };
}

/**
 * What the report says of a table before anything is written: a table to create is
 * "not-written" until its request goes through, one to complete "completed", a kept table
 * "kept" and finished (with the columns it lacks), a skipped one "skipped".
 *
 * @param plan - the table's plan
 * @returns its outcome at the start of the run
 * @example
 * initialOutcome({ action: "skip", table: "Team", reason: "name-taken" }).action //=> "skipped"
 */
export function initialOutcome(plan: TablePlan): TableOutcome {
  const base = { table: plan.table, rowsWritten: 0, rowsPlanned: 0, finished: false, missingColumns: [] as string[] };
  switch (plan.action) {
    case "create":
      return { ...base, action: "not-written", sheet: plan.sheet };
    case "complete":
      return { ...base, action: "completed", sheet: plan.existing.sheet };
    case "keep":
      return {
        ...base,
        action: "kept",
        sheet: plan.existing.sheet,
        finished: true,
        missingColumns: [...plan.missingColumns],
      };
    case "skip":
      return { ...base, action: "skipped", sheet: null, finished: true };
  }
}

/**
 * The roles set-up records before it writes: kept tables as complete, tables to complete as not
 * yet (tables it creates are recorded once Excel has given them an id).
 *
 * @param plans - the tables' plans
 * @returns the recorded role of each kept or completed table
 * @example
 * recordedBeforeWriting([{ action: "keep", table: "Deals", existing, missingColumns: [] }])
 * //=> { Deals: { id: existing.id, sheet: existing.sheet, complete: true } }
 */
export function recordedBeforeWriting(plans: readonly TablePlan[]): Partial<Record<TableName, RecordedTable>> {
  const recorded: Partial<Record<TableName, RecordedTable>> = {};
  for (const plan of plans) {
    if (plan.action === "keep" || plan.action === "complete") {
      recorded[plan.table] = { id: plan.existing.id, sheet: plan.existing.sheet, complete: plan.action === "keep" };
    }
  }
  return recorded;
}

import type { Cell } from "@core/cells/cell";
import { serialFromLocalTime } from "@core/cells/parseDate";
import { forecastSnapshot, type ForecastRecord } from "@core/pipeline/forecastHistory/forecastSnapshot";
import { hasAutomaticSnapshot } from "@core/pipeline/forecastHistory/forecastRecords";
import { pipelineColumns } from "@core/pipeline/pipelineColumns";
import { pipelineDeals } from "@core/pipeline/pipelineDeals";
import { pipelineStages } from "@core/pipeline/pipelineStages";
import { weekLabel, weekOf } from "@core/weekly/week";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { columnNumberFormat } from "@core/workbook/numberFormat";
import { tableHeaders, tableSpec } from "@core/workbook/schema";
import type { ExcelResult } from "../../excelFailure";
import { queueNewTable } from "../../goals/ensureTable";
import { runExcel } from "../../runExcel";
import { readTablesIn } from "../../tables/readTables";
import { appendCheckedRows, queueAppendCheck } from "../../write/appendRows";
import { queueColumnFit, type ColumnFit } from "../../write/fitColumns";

/** What recording the forecast did. */
export type ForecastRecordOutcome =
  /** One row per rep appended (the table created on the first recording). */
  | {
      readonly kind: "recorded";
      readonly rows: number;
      readonly week: string;
      readonly period: string;
      readonly created: boolean;
    }
  /** An automatic snapshot for a week that has one already: nothing appended. */
  | { readonly kind: "already-recorded"; readonly week: string }
  /** No Deals table, or no rep to record: nothing appended. */
  | { readonly kind: "nothing-to-record" };

export type RecordForecastOptions = {
  /** True for the weekly automatic snapshot (appended at most once per ISO week). */
  readonly automatic: boolean;
  /** Today's serial (default: the clock of the machine running Excel). */
  readonly today?: number;
};

/** A record as the table's row, in the schema's column order. */
function rowOf(record: ForecastRecord): Cell[] {
  return [
    record.recordedOn,
    record.week,
    record.period,
    record.periodStart,
    record.periodEnd,
    record.rep,
    record.team,
    record.closed ?? "",
    record.commit ?? "",
    record.bestCase ?? "",
    record.pipeline ?? "",
    record.weighted ?? "",
    record.target ?? "",
    record.automatic,
  ];
}

/**
 * Records the forecast call: appends one row per rep to `ForecastHistory` (forecastSnapshot: the
 * quarter holding today, each rep's cumulative forecast, weighted pipeline and target). Reads
 * Deals, Stages, Team, Targets and the table's Week and Automatic columns in one round trip; then,
 * in the request before the write, reads Week and Automatic again with the check that the cells
 * below the table are empty — so an automatic snapshot appends nothing when the week has one,
 * even if another pane or the manager wrote it since the first read — and appends in one more
 * request, with the columns autofitted. The table is created on its own sheet (Forecast history /
 * 预测记录, headers in the Deals table's language) on the first recording.
 *
 * @param options - automatic or not, today
 * @returns what was recorded, or the Office failure
 * @example
 * await recordForecast({ automatic: false }) //=> { ok: true, value: { kind: "recorded", rows: 6, week: "2026-W49", … } }
 */
export function recordForecast(options: RecordForecastOptions): Promise<ExcelResult<ForecastRecordOutcome>> {
  return runExcel(async (context): Promise<ForecastRecordOutcome> => {
    const today = Math.floor(options.today ?? serialFromLocalTime(new Date()));
    const week = weekLabel(weekOf(today));
    const sheets = context.workbook.worksheets.load("items/name");
    const read = await readTablesIn(context, ["Deals", "Stages", "Team", "Targets", "ForecastHistory"], {
      ...pipelineColumns.read,
      ForecastHistory: ["Week", "Automatic"],
    });
    const { Deals: deals, Stages: stagesTable, Team: team, Targets: targets, ForecastHistory: history } = read;
    if (!deals) return { kind: "nothing-to-record" };
    if (options.automatic && hasAutomaticSnapshot(history, week)) return { kind: "already-recorded", week };
    const stages = pipelineStages(stagesTable);
    const records = forecastSnapshot(
      { deals: pipelineDeals({ deals }, stages), stages, team, targets },
      today,
      options.automatic,
    );
    if (records.length === 0) return { kind: "nothing-to-record" };
    const rows = records.map(rowOf);
    const outcome = { kind: "recorded" as const, rows: rows.length, week, period: records[0].period };

    if (!history) {
      const language = headerLanguage("Deals", deals.headers);
      const headers = tableHeaders("ForecastHistory", language);
      const prepared = queueNewTable(
        context,
        "ForecastHistory",
        language,
        sheets.items.map((sheet) => sheet.name),
        rows.length,
      );
      const formats = tableSpec("ForecastHistory").columns.map((column) => columnNumberFormat(column));
      const body = prepared.table.getDataBodyRange();
      // Formats before values, so the Text columns keep a rep's name as typed.
      body.numberFormat = rows.map(() => formats);
      body.values = rows as (string | number | boolean)[][];
      prepared.sheet.freezePanes.freezeRows(1);
      const fit = queueColumnFit(
        prepared.table.getHeaderRowRange(),
        headers.map((header) => ({ header })),
        { filterButtons: true },
      );
      await context.sync();
      // The widths go with Excel.run's closing sync.
      fit.clamp();
      return { ...outcome, created: true };
    }

    // Just before the write: the Week and Automatic cells as they are now, with the append check.
    const table = context.workbook.tables.getItem("ForecastHistory");
    const body = table.getDataBodyRange();
    const now = (["Week", "Automatic"] as const).map((key) =>
      history.columns[key] >= 0 ? body.getColumn(history.columns[key]).load("values") : null,
    );
    const check = queueAppendCheck(table, rows.length);
    await context.sync();
    if (options.automatic) {
      const [weeks, flags] = now.map((range) => (range?.values ?? []) as Cell[][]);
      const current = {
        columns: { Week: 0, Automatic: 1 },
        rows: weeks.map((cell, i) => [cell[0], flags[i]?.[0] ?? null]),
      };
      if (hasAutomaticSnapshot(current, week)) return { kind: "already-recorded", week };
    }
    let fit: ColumnFit | undefined;
    // The table's own columns may be in another order (or the manager added one): place each value.
    const width = history.headers.length;
    const placed = rows.map((row) => {
      const cells: Cell[] = Array.from({ length: width }, () => "");
      tableSpec("ForecastHistory").columns.forEach((column, k) => {
        const at = history.columns[column.key];
        if (at >= 0) cells[at] = row[k];
      });
      return cells;
    });
    await appendCheckedRows(context, check, "ForecastHistory", placed, {
      afterChunk: () => {
        fit = queueColumnFit(
          table.getHeaderRowRange(),
          history.headers.map((header) => ({ header })),
          { filterButtons: true },
        );
      },
    });
    fit?.clamp();
    return { ...outcome, created: false };
  });
}

import { dashboardRequiredColumns, pipelineColumns } from "@core/pipeline/pipelineColumns";
import { missingColumns, type MissingColumn } from "@core/workbook/areaColumns";
import { pipelineDashboard } from "@core/pipeline/pipelineDashboard";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { serialFromLocalTime } from "@core/cells/parseDate";
import { everyone } from "@core/pipeline/pipelineScope";
import { forecastTrend } from "@core/pipeline/forecastHistory/forecastTrend";
import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { processReview } from "@core/pipeline/review/processReview";
import type { ExcelResult } from "../excelFailure";
import { runExcelWith } from "../runExcel";
import { queueColumnFit } from "../write/fitColumns";
import { addOwnSheet, layoutWidth, queueSheetCells } from "../write/sheetBlocks";
import { readTables } from "../tables/readTables";

/** What writing the dashboard did. */
export type DashboardOutcome =
  /** The sheet is there already and `replace` was not given: ask the user first. */
  | { readonly kind: "exists"; readonly sheet: string }
  /** Deals or Stages is missing: nothing was written. */
  | { readonly kind: "missing"; readonly columns: readonly string[] }
  /** Columns the formulas name are missing (the message the areas give): nothing was written. */
  | { readonly kind: "missing-columns"; readonly missing: readonly MissingColumn[] }
  | {
      readonly kind: "written";
      readonly sheet: string;
      readonly figures: Readonly<Record<string, string>>;
      /** Charts Excel refused in their type, drawn as their fallback type instead (by title). */
      readonly fallbackCharts?: readonly string[];
    };

/**
 * Whether a failed chart request means this Excel refuses the chart's type (an invalid or
 * unsupported argument, or an API it lacks), as opposed to a failure of the request itself
 * (connection, busy editing …), which the pane must report rather than draw around.
 */
function refusesChartType(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "InvalidArgument" || code === "UnsupportedOperation" || code === "ApiNotFound";
}

/**
 * Writes the `Pipeline dashboard` sheet (销售管道看板 in a Chinese workbook): live formulas over
 * the Deals table and a funnel chart and a forecast column chart (see pipelineDashboard), then
 * the process review over every deal — lost reasons (live, with a clustered bar chart), ageing
 * (live), and from DealHistory, when the workbook records it, the history figures as values of
 * the day written, and from ForecastHistory, when this quarter has recordings, the forecast call
 * week by week as the values recorded, with a line chart of it against the target. The
 * sheet is the add-in's own: when it exists, it is replaced only with `replace: true`, which the
 * pane passes after the user confirms. Reads the tables in one round trip, checks for the sheet,
 * writes the cells in one more, then each chart in a request of its own: the Funnel chart, which
 * some Excel builds refuse, is drawn as a clustered bar chart over the same cells when refused
 * (`fallbackCharts` names it), so the sheet is complete whatever happens to a chart.
 *
 * @param options - replace: delete an existing dashboard sheet and write it anew; today: the
 *   serial the history figures are computed for (default: the machine's today)
 * @returns what was done, or the Office failure
 * @example
 * await writePipelineDashboard({ replace: false }) //=> { ok: true, value: { kind: "written", sheet: "Pipeline dashboard", … } }
 */
export async function writePipelineDashboard(options: {
  replace: boolean;
  today?: number;
}): Promise<ExcelResult<DashboardOutcome>> {
  const read = await readTables(["Deals", "Stages", "Targets", "DealHistory", "ForecastHistory"], pipelineColumns.read);
  if (!read.ok) return read;
  const {
    Deals: deals,
    Stages: stagesTable,
    Targets: targets,
    DealHistory: history,
    ForecastHistory: forecastHistory,
  } = read.value;
  if (!deals || !stagesTable) {
    const absent = [...(deals ? [] : ["Deals"]), ...(stagesTable ? [] : ["Stages"])];
    return { ok: true, value: { kind: "missing", columns: absent } };
  }
  const language = headerLanguage("Deals", deals.headers);
  const found = { Deals: deals.columns, Stages: stagesTable.columns };
  const missing = missingColumns(dashboardRequiredColumns, found, language);
  if (missing.length > 0) return { ok: true, value: { kind: "missing-columns", missing } };
  const today = options.today ?? serialFromLocalTime(new Date());
  const book = pipelineBook({ deals, stages: stagesTable, targets, history, forecastHistory }, today);
  const layout = pipelineDashboard({
    language,
    deals,
    stagesTable,
    stages: book.stages,
    targets,
    review: { review: processReview(book, { owner: everyone, period: null, quietDays: 0 }), today },
    forecastCall: forecastTrend(book.forecastHistory, everyone, calendarPeriod("quarter", today)),
  });
  // Replacing deletes the old sheet, which Excel cannot undo: in one undo group the batch would fail.
  return runExcelWith({ mergeUndo: !options.replace })(async (context): Promise<DashboardOutcome> => {
    const added = await addOwnSheet(context, layout.sheetName, options.replace);
    if ("exists" in added) return { kind: "exists", sheet: added.exists };
    const { sheet } = added;
    queueSheetCells(sheet, layout);
    // Not a table: headings are bold cells Excel's autofit measures as drawn, so no header minimum.
    const width = layoutWidth(layout.blocks);
    const fit = queueColumnFit(
      sheet.getRangeByIndexes(0, 0, 1, width),
      Array.from({ length: width }, () => ({ header: "" })),
      { filterButtons: false },
    );
    sheet.activate();
    await context.sync();
    // Widths outside their limits go with the next request (the dashboard's charts) or Excel.run's closing sync.
    fit.clamp();
    // The sheet is complete before any chart: a chart Excel refuses cannot leave it half-written.
    // Each chart goes in its own request; one with a fallback type is drawn in that type when
    // Excel refuses its own.
    const fallbackCharts: string[] = [];
    for (const spec of layout.charts) {
      const queueChart = (type: string) => {
        const chart = sheet.charts.add(type as Excel.ChartType, sheet.getRange(spec.source), "Columns");
        chart.title.text = spec.title;
        chart.setPosition(spec.topLeft, spec.bottomRight);
      };
      queueChart(spec.type);
      try {
        // One request per chart is the point: a refused chart type fails only its own request.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (!spec.fallback || !refusesChartType(error)) throw error;
        queueChart(spec.fallback);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        fallbackCharts.push(spec.title);
      }
    }
    return {
      kind: "written",
      sheet: layout.sheetName,
      figures: layout.figures,
      ...(fallbackCharts.length > 0 ? { fallbackCharts } : {}),
    };
  });
}

import { numberFormat } from "@core/workbook/numberFormat";
import { columnIndex } from "@core/workbook/columnIndex";
import { safeText } from "@core/workbook/safeText";
import { type WorkbookLanguage, scorecardTable } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcelWith } from "../runExcel";
import { queueColumnFit } from "../write/fitColumns";
import { workbookLanguage } from "./readPerformance";
import { readNamedTables } from "./readNamedTables";
import { reviewSheetName } from "./reviewSheetName";

/** What writing a review sheet did, or why it did nothing. */
export type ReviewOutcome =
  | { readonly kind: "written"; readonly sheet: string; readonly periods: number }
  /** The sheet exists: ask the user, then call again with replace. */
  | { readonly kind: "exists"; readonly sheet: string }
  | { readonly kind: "no-rows" };

/** The most recent periods a review sheet shows. */
export const REVIEW_PERIODS = 8;

const TEXT: Record<WorkbookLanguage, { title: string; rep: string; notes: string; chart: string }> = {
  "en-US": { title: "Performance review", rep: "Rep", notes: "Review notes", chart: "Attainment and score" },
  "zh-CN": { title: "绩效面谈", rep: "销售代表", notes: "面谈记录", chart: "达成率与综合得分" },
};

/**
 * The review table's columns: Period, the two charted ratios, then figures (the collection rate
 * where the Scorecard has its column), rating and notes.
 */
const COLUMNS = [
  "Period",
  "Attainment",
  "Score",
  "Revenue",
  "Target",
  "Commission",
  "CollectionRate",
  "Rating",
  "Feedback",
  "Training",
];
const FIRST_ROW = 4;

/**
 * Writes a review sheet for one rep: their last periods in the Scorecard (up to 8, oldest
 * first) with attainment, score, revenue, target and commission as live SUMIFS over the
 * Scorecard, the collection rate looked up from it (a Scorecard written before that KPI has no
 * such column, and the sheet none: Excel refuses a reference to a missing column), the rating history and the manager's notes (Feedback, Training) looked up from it,
 * a native line chart of attainment and score, and a place for the review's own notes. An
 * existing sheet of the same name is replaced only when `replace` says so.
 *
 * @param rep - the rep, as in the Scorecard's Rep column
 * @param replace - true once the user confirmed replacing the rep's existing review sheet
 * @returns what was written, or the Office failure
 * @example
 * await writeReviewSheet("Ann", false) //=> { ok: true, value: { kind: "written", sheet: "Review Ann", periods: 4 } }
 */
export function writeReviewSheet(rep: string, replace: boolean): Promise<ExcelResult<ReviewOutcome>> {
  // Replacing deletes the old sheet, which Excel cannot undo: in one undo group the batch would fail.
  return runExcelWith({ mergeUndo: !replace })(async (context): Promise<ReviewOutcome> => {
    const tables = await readNamedTables(context, ["Scorecard", "Deals"]);
    const scorecard = tables.Scorecard;
    const language = await workbookLanguage(context, tables.Deals);
    if (!scorecard) return { kind: "no-rows" };
    const index = columnIndex(scorecardTable, scorecard.headers);
    const columns = COLUMNS.filter((key) => key !== "CollectionRate" || index.CollectionRate >= 0);
    const wanted = rep.trim().toLowerCase();
    const seen = new Set<string>();
    const firstOfPeriod = ({ period }: { period: string }) => {
      const key = period.toLowerCase();
      if (period === "" || seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    const periods = scorecard.rows
      .filter(
        (row) =>
          String(row[index.Rep] ?? "")
            .trim()
            .toLowerCase() === wanted,
      )
      .map((row, order) => ({
        period: String(row[index.Period] ?? "").trim(),
        start:
          index.PeriodStart >= 0 && typeof row[index.PeriodStart] === "number"
            ? (row[index.PeriodStart] as number)
            : Infinity,
        order,
      }))
      .filter(firstOfPeriod)
      .sort((a, b) => a.start - b.start || a.order - b.order)
      .slice(-REVIEW_PERIODS);
    if (periods.length === 0) return { kind: "no-rows" };

    const name = reviewSheetName(rep, language);
    const found = context.workbook.worksheets.getItemOrNullObject(name);
    found.load("name");
    await context.sync();
    if (!found.isNullObject && !replace) return { kind: "exists", sheet: name };
    if (!found.isNullObject) found.delete();
    const sheet = context.workbook.worksheets.add(name);

    const header = (key: string) => {
      const at = index[key];
      return (at >= 0 ? scorecard.headers[at] : key).trim();
    };
    const ref = (key: string) => `Scorecard[${header(key).replace(/['#[\]]/g, "'$&")}]`;
    const text = TEXT[language];
    const lastRow = FIRST_ROW + periods.length;
    const rows = periods.map(({ period }, i) => {
      const r = FIRST_ROW + 1 + i;
      const match = `MATCH(1,(${ref("Rep")}=$B$2)*(${ref("Period")}=$A${r}),0)`;
      const lookup = (key: string) => `=IFERROR(INDEX(${ref(key)},${match})&"","")`;
      const sum = (key: string) => `=SUMIFS(${ref(key)},${ref("Rep")},$B$2,${ref("Period")},$A${r})`;
      // A number, or "" where the Scorecard shows none (no installment fell due).
      const rate = `=IFERROR(INDEX(${ref("CollectionRate")},${match})*1,"")`;
      const cells: Record<string, string> = {
        Period: `'${period}`,
        Attainment: `=IFERROR(SALES.ATTAINMENT(D${r},E${r}),"")`,
        Score: sum("Score"),
        Revenue: sum("Revenue"),
        Target: sum("Target"),
        Commission: sum("Commission"),
        CollectionRate: rate,
        Rating: lookup("Rating"),
        Feedback: lookup("Feedback"),
        Training: lookup("Training"),
      };
      return columns.map((key) => cells[key]);
    });
    sheet.getRange("A1").values = [[text.title]];
    sheet.getRange("A1").format.font.bold = true;
    sheet.getRange("A2:B2").values = [[text.rep, safeText(rep)]];
    const headerRange = sheet.getRangeByIndexes(FIRST_ROW - 1, 0, 1, columns.length);
    headerRange.values = [columns.map(header)];
    headerRange.format.font.bold = true;
    sheet.getRangeByIndexes(FIRST_ROW, 0, rows.length, columns.length).formulas = rows;
    // Figures get their Scorecard column's format; text (period, rating, notes) stays General.
    columns.forEach((key, c) => {
      const kind = scorecardTable.columns.find((column) => column.key === key)?.kind ?? "text";
      if (kind === "text") return;
      sheet.getRangeByIndexes(FIRST_ROW, c, rows.length, 1).numberFormat = numberFormat(
        kind,
        "figures",
      ) as unknown as string[][];
    });
    const notesRow = lastRow + 2;
    sheet.getRangeByIndexes(notesRow - 1, 0, 1, 1).values = [[text.notes]];
    sheet.getRangeByIndexes(notesRow - 1, 0, 1, 1).format.font.bold = true;

    const chart = sheet.charts.add(
      Excel.ChartType.line,
      sheet.getRangeByIndexes(FIRST_ROW - 1, 0, rows.length + 1, 3),
      Excel.ChartSeriesBy.columns,
    );
    chart.title.text = text.chart;
    chart.setPosition(`K${FIRST_ROW}`, `R${FIRST_ROW + 16}`);
    const fit = queueColumnFit(
      headerRange,
      columns.map((key) => ({ header: header(key) })),
      { filterButtons: false },
    );
    sheet.activate();
    await context.sync();
    // Widths outside their limits go with Excel.run's closing sync.
    fit.clamp();
    return { kind: "written", sheet: name, periods: periods.length };
  });
}

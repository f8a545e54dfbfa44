import { serialFromLocalTime } from "@core/cells/parseDate";
import { weeklySheet } from "@core/weekly/sheet/weeklySheet";
import { weeklySheetColumns, weeklySheetTables } from "@core/weekly/sheet/weeklySheetColumns";
import { weeklySheetText } from "@core/weekly/sheet/weeklySheetText";
import { weeklyReport } from "@core/weekly/report/weeklyReport";
import type { Week } from "@core/weekly/week";
import { missingColumns, type MissingColumn } from "@core/workbook/areaColumns";
import { headerLanguage } from "@core/workbook/headerLanguage";
import type { TableName } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcelWith } from "../runExcel";
import { readWeeklyTables } from "./readWeeklyTables";
import { queueColumnFit } from "../write/fitColumns";
import { addOwnSheet, queueSheetCells } from "../write/sheetBlocks";

/** What writing the weekly sheet did. */
export type WeeklySheetOutcome =
  /** The week's sheet is there already and `replace` was not given: ask the user first. */
  | { readonly kind: "exists"; readonly sheet: string }
  /** Tables, or columns the formulas name, are missing: nothing was written. */
  | { readonly kind: "missing"; readonly tables: readonly TableName[]; readonly columns: readonly MissingColumn[] }
  | { readonly kind: "written"; readonly sheet: string; readonly figures: Readonly<Record<string, string>> };

/**
 * Printable width of a portrait page in points: A4's 8.27 in less Excel's normal margins
 * (0.7 in each side), the narrower of A4 and Letter.
 */
export const PORTRAIT_WIDTH = (8.27 - 1.4) * 72;

/** A header or footer text as Excel prints it: `&` starts a code there, so a literal one is doubled. */
function headerText(text: string): string {
  return text.replace(/&/g, "&&");
}

function isoDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30 + serial));
  return date.toISOString().slice(0, 10);
}

/**
 * Writes the week's sheet ("Weekly 2026-W49", "周报 2026-W49" in a Chinese workbook, a team's with
 * the team's name after it): live formulas over Deals, Customers, Activities, Targets and
 * KpiWeights, stage moves and lost deals as values of the day written, a clustered column chart
 * of follow-ups by method, and a print layout (one page wide, rows 1–2 repeated on each page,
 * landscape when the columns are wider than a portrait page, the title in the page header and
 * the day written in the footer). Reads the tables in one round trip, then checks for the sheet,
 * writes the cells with the autofit, and sets the print layout and the chart with Excel.run's
 * closing sync. Another week's or another team's sheet is never touched; the same week's is
 * replaced only with `replace: true`, which the pane passes after the user confirms.
 *
 * @param options - week; team (null: everyone); replace: delete the week's existing sheet first;
 *   today: the day written (default the machine's today)
 * @returns what was done, or the Office failure
 * @example
 * await writeWeeklySheet({ week, team: null, replace: false }) //=> { ok: true, value: { kind: "written", sheet: "Weekly 2026-W49", … } }
 */
export async function writeWeeklySheet(options: {
  readonly week: Week;
  readonly team: string | null;
  readonly replace: boolean;
  readonly today?: number;
}): Promise<ExcelResult<WeeklySheetOutcome>> {
  const read = await readWeeklyTables();
  if (!read.ok) return read;
  const tables = read.value;
  const absent = weeklySheetTables.filter((name) => !tables[name]);
  if (absent.length > 0) return { ok: true, value: { kind: "missing", tables: absent, columns: [] } };
  const { Deals: deals, Customers: customers, Activities: activities } = tables;
  const language = headerLanguage("Deals", deals!.headers);
  const found = { Deals: deals!.columns, Customers: customers!.columns, Activities: activities!.columns };
  const missing = missingColumns(weeklySheetColumns.required, found, language);
  if (missing.length > 0) return { ok: true, value: { kind: "missing", tables: [], columns: missing } };

  const today = options.today ?? serialFromLocalTime(new Date());
  // The report says who has a block and what the week's stage moves and lost deals were, so the
  // sheet's reps and values are the pane's.
  const report = weeklyReport(tables, options.week, options.team, today);
  const layout = weeklySheet({
    language,
    week: options.week,
    today,
    team: options.team,
    reps: report.reps,
    deals: deals!,
    customers: customers!,
    activities: activities!,
    targets: tables.Targets,
    kpiWeights: tables.KpiWeights,
  });
  const footer = `${weeklySheetText.written[language]} ${isoDate(today)}`;

  // Replacing deletes the old sheet, which Excel cannot undo: in one undo group the batch would fail.
  return runExcelWith({ mergeUndo: !options.replace })(async (context): Promise<WeeklySheetOutcome> => {
    const added = await addOwnSheet(context, layout.sheetName, options.replace);
    if ("exists" in added) return { kind: "exists", sheet: added.exists };
    const { sheet } = added;
    queueSheetCells(sheet, layout);
    const fit = queueColumnFit(
      sheet.getRangeByIndexes(0, 0, 1, layout.width),
      Array.from({ length: layout.width }, () => ({ header: "" })),
      { filterButtons: false },
    );
    sheet.activate();
    await context.sync();
    fit.clamp();
    // The print layout and the chart go with Excel.run's closing sync, with the clamped widths.
    const printed = fit.widths().reduce((sum, width) => sum + width, 0);
    const page = sheet.pageLayout;
    page.orientation = printed > PORTRAIT_WIDTH ? "Landscape" : "Portrait";
    page.zoom = { horizontalFitToPages: 1 };
    page.setPrintTitleRows(layout.printTitleRows);
    const headers = page.headersFooters.defaultForAllPages;
    headers.centerHeader = headerText(layout.pageHeader);
    headers.leftFooter = headerText(footer);
    headers.rightFooter = "&P / &N";
    for (const spec of layout.charts) {
      const chart = sheet.charts.add(spec.type as Excel.ChartType, sheet.getRange(spec.source), "Columns");
      chart.title.text = spec.title;
      chart.setPosition(spec.topLeft, spec.bottomRight);
    }
    return { kind: "written", sheet: layout.sheetName, figures: layout.figures };
  });
}

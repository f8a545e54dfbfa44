import { performanceColumns } from "@core/performance/performanceColumns";
import { performanceData } from "@core/performance/performanceData";
import { performanceLabels } from "@core/performance/performanceLabels";
import { hasSevenKpiBlock } from "@core/performance/kpiPlans";
import { scorecardFormulas } from "@core/performance/scorecardFormulas";
import type { ScorecardPlan } from "@core/performance/scorecardPlan";
import { scorecardWrite, type ScorecardWrite } from "@core/performance/scorecardWrite";
import type { MissingColumn } from "@core/workbook/areaColumns";
import { columnIndex } from "@core/workbook/columnIndex";
import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import { tableSpec, type TableName, scorecardTable, tableHeaders } from "@core/workbook/schema";
import type { Cell } from "@core/cells/cell";
import { queueColumnFit } from "@excel/write/fitColumns";
import { writeKeyedRows, type KeyedRow } from "@excel/write/writeKeyedRows";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { ensureJournalSheet, queueStartJournal } from "../undo/undoJournal";
import { queueFormats } from "./performanceFormats";
import { FORMULA_TABLES, workbookLanguage } from "./readPerformance";
import { readNamedTables, topLeftOf, type NamedTable } from "./readNamedTables";
import { queueSetupTables, setupRows } from "./writeSetupTables";

/** What writing the scorecard did, or why it did nothing. */
export type ScorecardOutcome =
  | {
      readonly kind: "written";
      readonly sheet: string;
      readonly added: number;
      readonly updated: number;
      /** "Period · Rep" of the rows not updated: deleted, or their Period or Rep edited, while writing. */
      readonly notWritten: readonly string[];
    }
  | { readonly kind: "missing-tables"; readonly tables: readonly TableName[] }
  | { readonly kind: "missing-columns"; readonly missing: readonly MissingColumn[] }
  | { readonly kind: "kpi-block-broken"; readonly sheet: string }
  /**
   * KpiWeights is from before per-period KPI plans (no PeriodLength column): the Workbook area's
   * upgrade comes first, since the Scorecard rows of other periods read the table whole.
   */
  | { readonly kind: "needs-upgrade" };

/** A sheet name not taken yet: the base, else "base 2", "base 3" … */
export function freeName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((s) => s.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!used.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/**
 * The updates as rows for writeKeyedRows: the columns they rewrite (those their cells do not keep,
 * null, the same for every row), each row keyed by its Period + Rep as read, and that key as a label.
 */
function keyedUpdates(
  existing: NamedTable | null,
  headers: readonly string[],
  updates: readonly Pick<ScorecardWrite["updates"][number], "row" | "cells">[],
): { columns: number[]; rows: KeyedRow[]; labels: string[] } {
  const columns = headers.flatMap((_, at) => (updates.some((update) => update.cells[at] !== null) ? [at] : []));
  const index = columnIndex(scorecardTable, headers);
  const keyColumns = [index.Period, index.Rep];
  const rows = updates.map((update) => {
    // The key is the row as read, after the inserted columns, compared as scorecardWrite matched it
    // (trimmed, any case); an emptied row is keyed by its blanks.
    const read = existing?.rows[update.row] ?? [];
    const readAt = (at: number): Cell => read[existing?.headers.indexOf(headers[at]) ?? -1] ?? "";
    // No seen row: writeKeyedRows locates the rows in a request of its own first. A row seen past
    // the table's end once rows were deleted would get formulas with [@Column] outside the table,
    // which Excel refuses, failing the whole request.
    return {
      key: { columns: keyColumns, cells: keyColumns.map(readAt) },
      cells: columns.map((at) => update.cells[at]),
    };
  });
  const labels = rows.map((row) => row.key.cells.map((cell) => String(cell ?? "").trim()).join(" · "));
  return { columns, rows, labels };
}

/**
 * Writes a scorecard plan into the workbook in one Excel.run:
 * 1. the set-up tables KpiWeights, RatingBands and CommissionTiers on the set-up sheet (the
 *    Stages table's sheet, else Setup / 设置, created when missing) get the plan's rows — in
 *    KpiWeights only the block of the plan's period length, so other lengths' scores stay;
 * 2. the Scorecard table (created on its own sheet when missing) gets any missing column, then
 *    one row per period and rep: existing rows (same Period and Rep) have their formulas
 *    rewritten and keep Feedback, Training and the user's columns; new rows are added. In a
 *    workbook from before the collection rate KPI (KpiWeights blocks of seven, a Scorecard without
 *    CollectionRate), every block gets the collection rate at weight 0 and every other row the
 *    Score and CollectionRate formulas that read eight KPIs, so no score changes.
 * Existing rows are written keyed by Period + Rep as read (writeKeyedRows), so rows the manager
 * deletes, inserts or sorts meanwhile cannot make a row's formulas land on another; a row whose
 * key is gone is reported in notWritten. New rows are added and written in one request, at the
 * table's end as it is then.
 * Nothing is written when a table the formulas refer to is missing, a required column of
 * performanceColumns is (its figures would read as zeros), or the Scorecard's KPI columns are not
 * side by side (SALES.SCORE reads them as one range), or KpiWeights predates per-period plans
 * (needs-upgrade: the Workbook area upgrades it).
 *
 * @param plan - a plan without problems (see planProblems)
 * @returns what was written, or the Office failure
 * @example
 * await writeScorecard(plan) //=> { ok: true, value: { kind: "written", sheet: "Scorecard", added: 8, updated: 0 } }
 */
export async function writeScorecard(plan: ScorecardPlan): Promise<ExcelResult<ScorecardOutcome>> {
  // Its own batch first: the hidden journal sheet cannot be added inside a merged undo group.
  const journalSheet = await ensureJournalSheet();
  if (!journalSheet.ok) return journalSheet;
  return runExcel(async (context): Promise<ScorecardOutcome> => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const tables = await readNamedTables(context, [
      ...FORMULA_TABLES,
      "Stages",
      "Scorecard",
      "RatingBands",
      "CommissionTiers",
      "KpiWeights",
      "Payments",
    ]);
    const missing = FORMULA_TABLES.filter((name) => !tables[name]);
    if (missing.length > 0) return { kind: "missing-tables", tables: missing };
    const missingColumns = missingColumnsIn(performanceColumns.required, tables);
    if (missingColumns.length > 0) return { kind: "missing-columns", missing: missingColumns };
    const kpiWeights = tables.KpiWeights;
    if (kpiWeights && columnIndex("KpiWeights", kpiWeights.headers).PeriodLength < 0) return { kind: "needs-upgrade" };
    const language = await workbookLanguage(context, tables.Deals);
    const taken = sheets.items.map((sheet) => sheet.name);

    const existing = tables.Scorecard ?? null;
    const labels = performanceLabels(language, performanceData(tables).deals);
    const layoutHeaders = tableHeaders(scorecardTable, language);
    const probe = scorecardWrite(existing, plan.periods, plan.reps, {}, language);
    if (probe.problem) return { kind: "kpi-block-broken", sheet: existing?.sheet ?? "" };

    // The set-up sheet: where Stages lives, else Setup / 设置, created when missing.
    const setupName = tables.Stages?.sheet ?? tableSpec("Stages").sheet[language];
    const setupSheet = taken.some((s) => s.toLowerCase() === setupName.toLowerCase())
      ? sheets.getItem(setupName)
      : sheets.add(setupName);
    const used = setupSheet.getUsedRangeOrNullObject(true);
    used.load("address,columnCount");
    const startJournal = queueStartJournal(context, "scorecard");
    await context.sync();
    const left = used.isNullObject ? 0 : topLeftOf(used.address).left + used.columnCount + 1;
    const { headers: setupHeaders, fits: setupFits } = queueSetupTables(
      context,
      setupSheet,
      left,
      tables,
      setupRows(
        { bands: plan.bands, tiers: plan.commission.tiers, kpis: plan.kpis, length: plan.periods[0].granularity },
        language,
        kpiWeights,
      ),
      language,
    );

    let table: Excel.Table;
    let sheetName: string;
    if (existing) {
      table = context.workbook.tables.getItem("Scorecard");
      sheetName = existing.sheet;
      for (const insert of probe.insertColumns) table.columns.add(insert.index, undefined, insert.header);
    } else {
      sheetName = freeName(tableSpec("Scorecard").sheet[language], [...taken, setupName]);
      const sheet = context.workbook.worksheets.add(sheetName);
      const header = sheet.getRangeByIndexes(0, 0, 1, layoutHeaders.length);
      header.values = [layoutHeaders];
      header.format.font.bold = true;
      // The table spans the rows it will hold, so [@Column] in their formulas resolves.
      const rows = Math.max(1, probe.appends.length);
      table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + rows, layoutHeaders.length), true);
      table.name = "Scorecard";
    }
    const formulas = scorecardFormulas({
      language,
      labels,
      cap: plan.cap,
      commission: plan.commission,
      headers: {
        Deals: tables.Deals?.headers,
        Activities: tables.Activities?.headers,
        Customers: tables.Customers?.headers,
        Targets: tables.Targets?.headers,
        Scorecard: probe.headers,
        RatingBands: setupHeaders.RatingBands,
        CommissionTiers: setupHeaders.CommissionTiers,
        KpiWeights: setupHeaders.KpiWeights,
        // Named only when the workbook has it: Excel refuses a reference to a missing table.
        Payments: tables.Payments?.headers,
      },
    });
    // A Scorecard from before the collection rate KPI, or KpiWeights blocks of seven: every block
    // becomes eight, and every row's Score reads eight KPI cells, in this same request.
    const widen =
      hasSevenKpiBlock(kpiWeights) ||
      (existing !== null && columnIndex(scorecardTable, existing.headers).CollectionRate < 0);
    const write = scorecardWrite(existing, plan.periods, plan.reps, formulas, language, widen);
    // Formats before values: Text (@) keeps periods and names as text, and formulas must not land
    // in Text cells (a column inserted beside a text column may be one).
    queueFormats(table, scorecardTable, write.headers);
    const keyed = keyedUpdates(existing, write.headers, write.updates);
    const widened = keyedUpdates(existing, write.headers, write.widened);
    // The rows rewritten are journaled for "Undo last SalesGrid change"; rows added are not.
    const journal = await startJournal(keyed.rows.length + widened.rows.length);
    const updated = await writeKeyedRows(
      context,
      table,
      keyed.columns,
      keyed.rows,
      journal.track("Scorecard", write.headers, keyed.columns, keyed.rows),
    );
    // Rows of other periods given the eight-KPI Score: one gone meanwhile is reported too.
    const widenedWrite =
      widened.rows.length > 0
        ? await writeKeyedRows(
            context,
            table,
            widened.columns,
            widened.rows,
            journal.track("Scorecard", write.headers, widened.columns, widened.rows),
          )
        : { notWritten: [] };
    if (write.appends.length > 0) {
      const count = write.appends.length;
      if (existing)
        table.rows.add(
          undefined,
          write.appends.map(() => write.headers.map(() => "")),
        );
      queueFormats(table, scorecardTable, write.headers);
      // The rows just added are the table's last ones in this request, wherever rows were deleted
      // or inserted since the table was read.
      const body = table.getDataBodyRange();
      body
        .getLastRow()
        .getOffsetRange(1 - count, 0)
        .getResizedRange(count - 1, 0).values = write.appends as (string | number)[][];
    }
    const fit = queueColumnFit(
      table.getHeaderRowRange(),
      write.headers.map((header) => ({ header })),
      { filterButtons: true },
    );
    journal.commit();
    await context.sync();
    // Widths outside their limits go with Excel.run's closing sync.
    fit.clamp();
    for (const setupFit of setupFits) setupFit.clamp();
    const missed = new Set(updated.notWritten);
    const landed = write.updates.filter((_, i) => !missed.has(i));
    const filled = landed.filter((update) => update.filled).length;
    return {
      kind: "written",
      sheet: sheetName,
      added: write.appends.length + filled,
      updated: landed.length - filled,
      notWritten: [
        ...updated.notWritten.map((i) => keyed.labels[i]),
        ...widenedWrite.notWritten.map((i) => widened.labels[i]),
      ],
    };
  });
}

import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { numberFormat } from "@core/workbook/numberFormat";
import { columnIndex } from "@core/workbook/columnIndex";
import { columnLetters } from "@core/workbook/columnLetters";
import { behindPaceRule } from "@core/setup/conditionalFormatRules";
import { literalText } from "@core/workbook/literalText";
import type { WrittenHeaders } from "@core/goals/breakdown/actualFormula";
import type { Granularity } from "@core/goals/breakdown/fiscalPeriods";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import type { Plan } from "@core/goals/breakdown/plan";
import { planGrid } from "@core/goals/breakdown/planGrid";
import { replacedTargets } from "@core/goals/breakdown/replacedTargets";
import { targetChartBlock } from "@core/goals/breakdown/targetChartBlock";
import { targetRows, targetTable } from "@core/goals/breakdown/targetRows";
import { tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readTables, type TableData } from "../tables/readTables";
import { queueColumnFit } from "../write/fitColumns";
import { writeInChunks, type ChunkOptions } from "../write/writeInChunks";
import { writeKeyedRows, type KeyedRow } from "../write/writeKeyedRows";
import { restoreCell, type JournalRow } from "@core/undo/undoJournal";
import { ensureJournalSheet, queueStartJournal, type JournalRecorder } from "../undo/undoJournal";
import { columnFormats } from "./columnFormats";
import { queueColumnFormats, queueNewTable, type PreparedTable } from "./ensureTable";
import { placeRows, queuePlacedRows, unguardTextColumns } from "./placeRows";

/** One plan to write: its figures and what they count. */
export type PlanToWrite = { readonly plan: Plan; readonly metric: Metric };

export type TargetsWrite = {
  /** One plan per metric (two for "both"). */
  readonly plans: readonly PlanToWrite[];
  readonly language: WorkbookLanguage;
  /** Levels of time to write (year, quarter, month; week optional; granularitiesOf for part of a year). */
  readonly granularities: readonly Granularity[];
  /** Stage labels meaning won in the Actual formulas (GoalsData.wonLabels). */
  readonly wonLabels: readonly string[];
  /** The manager confirmed replacing the rows of the same metric and year. */
  readonly replace: boolean;
} & Pick<ChunkOptions, "onProgress" | "signal">;

export type TargetsWriteOutcome =
  /** Rows of the same metric and year exist: nothing was written; ask, then write with replace. */
  | { readonly status: "needs-confirmation"; readonly replacing: number; readonly sheet: string }
  | {
      readonly status: "written";
      readonly sheet: string;
      readonly added: number;
      readonly replaced: number;
      /** Whether the Targets table was created by this write. */
      readonly created: boolean;
      readonly charts: readonly string[];
      readonly cancelled: boolean;
    };

/** The name of the chart of a metric, so a rewrite replaces it instead of adding another. */
export const chartName = (metric: Metric) => `SalesGrid ${metric === "signed" ? "Signed" : "Collected"} targets`;

const blank = (row: readonly unknown[]) => row.every((cell) => cell === "" || cell === null || cell === undefined);

/**
 * Data rows the write deletes: the replaced targets (for a plan of part of a year, only rows of
 * the periods it writes), and rows left wholly blank (Excel's empty first row).
 */
function rowsToDelete(
  targets: TableData | undefined,
  plans: readonly PlanToWrite[],
  granularities: readonly Granularity[],
): number[] {
  if (!targets) return [];
  const rows = new Set<number>();
  for (const { plan, metric } of plans) {
    const span = { start: plan.months[0].start, end: plan.months[plan.months.length - 1].end };
    const periods = plan.scope.kind === "year" ? undefined : granularities.flatMap((g) => planGrid(plan, g).periods);
    for (const i of replacedTargets(targets, metric, span, periods)) rows.add(i);
  }
  targets.rows.forEach((row, i) => blank(row) && rows.add(i));
  return [...rows].sort((a, b) => a - b);
}

/** The data-body columns that identify a Targets row: Period, Level, Name and Metric (those present). */
function keyColumnsOf(targets: TableData): number[] {
  const { columns } = targets;
  return [columns.Period, columns.Level, columns.Name, columns.Metric].filter((at) => at >= 0);
}

/** A cell as Excel reads it back: text written behind an apostrophe reads without it. */
const readBack = (cell: Cell): Cell => (typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell);

/**
 * Writes the rows of an existing table: those replacing a row in place keyed by the replaced row's
 * Period + Level + Name + Metric as read (writeKeyedRows, which locates them just before the write:
 * a row seen past the table's end would get [@Column] formulas outside the table, which Excel
 * refuses), the rest appended. A row whose replaced row was deleted or had its key edited meanwhile
 * is appended instead, so the plan is written whole and no other row is overwritten.
 */
async function replaceKeyed(
  context: Excel.RequestContext,
  table: Excel.Table,
  existing: TableData,
  values: readonly (readonly (string | number)[])[],
  at: readonly (number | "append")[],
  request: Pick<ChunkOptions, "onProgress" | "signal">,
  journal: JournalRecorder | undefined,
): Promise<{ done: number; cancelled: boolean }> {
  const total = values.length;
  const keys = keyColumnsOf(existing);
  const allColumns = existing.headers.map((_, column) => column);
  // The journal finds a row again by the key it has once written (the write rewrites its key).
  const keyOf = (k: number) => keys.map((column) => readBack(values[k][column]));
  const inPlace = at.flatMap((place, k) => (place === "append" ? [] : [k]));
  const rows: KeyedRow[] = inPlace.map((k) => ({
    key: { columns: keys, cells: keys.map((column) => existing.rows[at[k] as number][column]) },
    cells: values[k],
  }));
  const keyed = await writeKeyedRows(context, table, allColumns, rows, {
    signal: request.signal,
    onProgress: ({ done }) => request.onProgress?.({ done, total }),
    ...journal?.track("Targets", existing.headers, allColumns, rows, (i) => keyOf(inPlace[i])),
  });
  if (keyed.cancelled) return { done: keyed.done, cancelled: true };
  const missed = new Set(keyed.notWritten.map((i) => inPlace[i]));
  const appended = at.flatMap((place, k) => (place === "append" || missed.has(k) ? [k] : []));
  const rest = await writeInChunks(
    context,
    appended.map((k) => values[k]),
    (chunk) =>
      queuePlacedRows(
        table,
        chunk,
        chunk.map(() => "append" as const),
      ),
    { signal: request.signal, onProgress: ({ done }) => request.onProgress?.({ done: keyed.done + done, total }) },
  );
  // Rows appended are journaled once they landed (the undo deletes them); the chunks land in order.
  journal?.record(
    appended.slice(0, rest.done).map((k): JournalRow => ({
      kind: "added",
      table: "Targets",
      keyColumns: keys.map((column) => existing.headers[column]),
      key: keyOf(k),
      columns: existing.headers,
      before: [],
      after: values[k],
    })),
  );
  return { done: keyed.done + rest.done, cancelled: rest.cancelled };
}

/**
 * Writes target plans to the Targets table: one row per period (year, quarters, months and, if
 * asked, weeks) and level (company, each team, each rep) with Target as a value and Actual,
 * Attainment and Gap as live formulas (SUMIFS over Deals, SALES.ATTAINMENT, SALES.GAP) naming the
 * headers as written; then a clustered-column chart of the company's target vs actual by month
 * per metric, drawn from a block of SUMIFS over the Targets table beside it.
 *
 * Creates the table (on a new "Targets" / "目标" sheet) when the workbook has none. In an existing
 * table, "update" means: the rows of the same metric whose period lies within the plan's fiscal
 * year (for a plan of a quarter, a month or the months left: the rows of exactly the periods it
 * writes, so other periods stay untouched) are replaced (the new rows written over them in place, the surplus appended or deleted, see
 * placeRows); rows of other metrics or years and rows the manager added are kept. When there are rows to replace and `replace` is false, nothing is
 * written and the outcome says how many rows would be replaced, for the pane to ask first.
 *
 * In an existing table, rows replaced in place are keyed by the replaced row's Period + Level +
 * Name + Metric (see replaceKeyed) and leftover rows are deleted where their keys are then, so rows
 * the manager deletes, inserts or sorts meanwhile are never overwritten or deleted instead.
 *
 * A replacement is journaled for "Undo last SalesGrid change" (src/excel/undo/): each row
 * rewritten in place (under the key it has once written, with every cell it held), each row
 * appended and each row deleted (whole, with the data row it had), so the undo restores the table
 * as it was; a write that only adds rows is not journaled.
 *
 * Batching: one read (readTables), the journal sheet's own batch and one read of the journal when replacing, one sync for the sheet names and formats, one per chunk of
 * rows (writeInChunks; in an existing table, writeKeyedRows' locating request and chunks, then the
 * appended rows' chunks, and one locating the leftover rows when there are any), and one for any
 * deletes, the formats and the charts.
 *
 * @param request - the plans, the workbook's language, levels of time, won labels, confirmation
 * @returns what was written, the confirmation needed, or the Office failure
 * @example
 * await writeTargets({ plans: [{ plan, metric: "signed" }], language: "en-US", granularities: ["year", "quarter", "month"], wonLabels: ["Won"], replace: false })
 * //=> { ok: true, value: { status: "written", sheet: "Targets", added: 170, replaced: 0, created: true, charts: ["SalesGrid Signed targets"], cancelled: false } }
 */
export async function writeTargets(request: TargetsWrite): Promise<ExcelResult<TargetsWriteOutcome>> {
  // Payments only for its header row (whether Collected rows can measure receipts).
  const read = await readTables(["Targets", "Deals", "Team", "Payments"], { Payments: [] });
  if (!read.ok) return read;
  const existing = read.value.Targets;
  const deleting = rowsToDelete(existing, request.plans, request.granularities);
  const replacing = existing ? deleting.filter((i) => !blank(existing.rows[i])).length : 0;
  if (replacing > 0 && !request.replace) {
    return { ok: true, value: { status: "needs-confirmation", replacing, sheet: existing?.sheet ?? "" } };
  }
  // A replacement is journaled for "Undo last SalesGrid change": the hidden journal sheet is added
  // in a batch of its own first (it cannot be added inside a merged undo group).
  if (replacing > 0) {
    const journalSheet = await ensureJournalSheet();
    if (!journalSheet.ok) return journalSheet;
  }

  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const startJournal = replacing > 0 ? queueStartJournal(context, "targets") : undefined;
    // New rows take the formats of the table's last row (Excel extends them): a Text ("@") column
    // stores text as typed, so its texts need no guard.
    const lastRow = existing ? context.workbook.tables.getItem("Targets").getRange().getLastRow() : null;
    lastRow?.load("numberFormat");
    await context.sync();

    const written: WrittenHeaders = {
      ...(read.value.Deals ? { Deals: read.value.Deals.headers } : {}),
      ...(read.value.Team ? { Team: read.value.Team.headers } : {}),
      ...(read.value.Payments ? { Payments: read.value.Payments.headers } : {}),
    };
    const rowsFor = (headers: readonly string[]) =>
      request.plans.flatMap(({ plan, metric }) => {
        const rows = targetRows(plan, {
          metric,
          language: request.language,
          levels: ["Company", "Team", "Rep"],
          granularities: request.granularities,
          wonLabels: request.wonLabels,
          written: { ...written, Targets: headers },
          teamTable: read.value.Team !== undefined,
          paymentsTable: read.value.Payments !== undefined,
          // Excel reads "Mar 2025", "2025年3月" or "2025" as a date or number; a label stays text.
        }).map((row) => ({ ...row, Period: `'${row.Period}`, Name: literalText(row.Name) }));
        return targetTable(rows, request.language, headers).values;
      });
    const newHeaders = tableHeaders("Targets", request.language);
    const headers = existing ? existing.headers : newHeaders;
    const formats = lastRow ? (lastRow.numberFormat[0] as unknown[]) : columnFormats("Targets", newHeaders);
    const values = unguardTextColumns(rowsFor(headers), formats);
    // What it replaces in place, appends and deletes is journaled: the undo restores the rows as they were.
    const journal = startJournal ? await startJournal(deleting.length + values.length) : undefined;
    const prepared: PreparedTable = existing
      ? {
          table: context.workbook.tables.getItem("Targets"),
          sheet: sheets.getItem(existing.sheet),
          sheetName: existing.sheet,
          headers: existing.headers,
          headerRow: existing.headerRow,
          firstColumn: existing.firstColumn,
          created: false,
        }
      : queueNewTable(
          context,
          "Targets",
          request.language,
          sheets.items.map((s) => s.name),
          values.length,
        );

    const { table, sheet } = prepared;
    // A new table gets its formats before its values, so Text columns take labels as typed; an
    // existing table keeps the manager's formats (rows written in place keep theirs, appended rows
    // take those of the row above, as Excel extends a table).
    if (!existing) {
      queueColumnFormats(table, "Targets", prepared.headers);
      // A new table's Pace column flags the rows behind pace (set-up gives its own Targets the same).
      const pace = columnIndex("Targets", prepared.headers).Pace;
      if (pace >= 0) {
        const rule = behindPaceRule(`$${columnLetters(prepared.firstColumn + pace)}${prepared.headerRow + 2}`);
        const format = table.columns
          .getItemAt(pace)
          .getDataBodyRange()
          .conditionalFormats.add(Excel.ConditionalFormatType.custom);
        format.custom.rule.formula = rule.formula;
        format.custom.format.fill.color = rule.fill;
        format.custom.format.font.color = rule.font;
      }
    }
    // A new table was made with as many empty rows as there are values: each goes in place.
    const places = placeRows(existing ? deleting : values.map((_, i) => i), values.length);
    const chunked = existing
      ? await replaceKeyed(context, table, existing, values, places.at, request, journal)
      : await writeInChunks(
          context,
          values,
          (chunk, offset) => queuePlacedRows(table, chunk, places.at.slice(offset, offset + chunk.length)),
          request,
        );
    if (existing && places.remove.length > 0 && !chunked.cancelled) {
      // Leftover rows go where their keys are now: rows the manager moved meanwhile are not deleted
      // in their stead; bottom-up, so each index still names its row.
      const keys = keyColumnsOf(existing);
      // The whole body (formulas and values): the rows deleted are journaled as they are then.
      const body = table.getDataBodyRange().load(journal ? "formulas,values" : "values");
      await context.sync();
      const bodyValues = body.values as Cell[][];
      const now = keys.map((column) => bodyValues.map((row) => normalizeLabel(row[column])));
      const keyAt = (at: number) => now.map((column) => column[at]).join("\u001f");
      const rowKey = (row: readonly Cell[]) => keys.map((column) => normalizeLabel(row[column])).join("\u001f");
      const taken = new Set<number>();
      for (const i of places.remove) {
        const wanted = rowKey(existing.rows[i]);
        let at = i < (now[0]?.length ?? 0) && keyAt(i) === wanted && !taken.has(i) ? i : -1;
        for (let r = (now[0]?.length ?? 0) - 1; at < 0 && r >= 0; r -= 1)
          if (!taken.has(r) && keyAt(r) === wanted) at = r;
        if (at >= 0) taken.add(at);
      }
      const removing = [...taken].sort((a, b) => a - b);
      journal?.record(
        removing.map((at): JournalRow => ({
          kind: "removed",
          at,
          table: "Targets",
          keyColumns: keys.map((column) => existing.headers[column]),
          key: keys.map((column) => bodyValues[at][column]),
          columns: existing.headers,
          before: bodyValues[at].map((value, k) => restoreCell((body.formulas as Cell[][])[at][k], value)),
          after: [],
        })),
      );
      for (const at of [...removing].reverse()) table.rows.getItemAt(at).delete();
    }
    // The whole entry goes with the deletes (or the charts' request): one undo takes it all back.
    journal?.commit();
    const left = (existing?.firstColumn ?? 0) + prepared.headers.length + 1;
    const top = existing?.headerRow ?? 0;
    // The table's columns are autofitted with the request that reads the charts, so the widths
    // it needs kept within limits ride with the charts' request: no request of their own.
    const fit = queueColumnFit(
      table.getHeaderRowRange(),
      prepared.headers.map((header) => ({ header })),
      { filterButtons: true },
    );
    sheet.charts.load("items/name");
    await context.sync();
    fit.clamp();
    const charts: string[] = [];
    request.plans.forEach(({ plan, metric }, k) => {
      const block = targetChartBlock(plan, metric, request.language, { ...written, Targets: prepared.headers });
      const at = sheet.getRangeByIndexes(top, left + 4 * k, block.rows.length + 1, 3);
      at.values = [[...block.headers], ...block.rows.map(([label, target, actual]) => [`'${label}`, target, actual])];
      at.getRow(0).format.font.bold = true;
      sheet.getRangeByIndexes(top + 1, left + 4 * k + 1, block.rows.length, 2).numberFormat = numberFormat(
        "money",
        "figures",
      ) as unknown as string[][];
      const name = chartName(metric);
      sheet.charts.items.filter((c) => c.name === name).forEach((c) => c.delete());
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, at, Excel.ChartSeriesBy.columns);
      chart.name = name;
      chart.title.text = block.title;
      const chartLeft = left + 4 * request.plans.length;
      chart.setPosition(
        sheet.getRangeByIndexes(top + 18 * k, chartLeft, 1, 1),
        sheet.getRangeByIndexes(top + 18 * k + 16, chartLeft + 8, 1, 1),
      );
      charts.push(name);
      // Not a table: autofit measures the bold headers as drawn, and a block holds short labels and figures.
      at.format.autofitColumns();
    });
    await context.sync();
    return {
      status: "written" as const,
      sheet: prepared.sheetName,
      added: chunked.done,
      replaced: replacing,
      created: prepared.created,
      charts,
      cancelled: chunked.cancelled,
    };
  });
}

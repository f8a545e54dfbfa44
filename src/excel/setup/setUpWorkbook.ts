import { generateSampleWorkbook } from "@core/sample/generateSampleWorkbook";
import { columnWidth } from "@core/setup/columnWidth";
import { columnNumberFormat } from "@core/workbook/numberFormat";
import { conditionalFormatRules } from "@core/setup/conditionalFormatRules";
import { columnFormula, tableColumnFormulas } from "@core/setup/formulaColumns";
import { headerLookup, planSetup, type SetupPlan, type SetupRequest, type TablePlan } from "@core/setup/planSetup";
import { initialOutcome, plannedRows, recordedBeforeWriting } from "@core/setup/setupJobs";
import { columnIndex } from "@core/workbook/columnIndex";
import { setupSettings } from "@core/setup/setupRecord";
import type { SetupReport, TableOutcome } from "@core/setup/setupReport";
import { tableSpec, type TableName } from "@core/workbook/schema";
import type { WriteRow } from "@core/setup/tableRows";
import { validationMessage, validationRules } from "@core/setup/validationRules";
import type { ExcelFailure } from "../excelFailure";
import { runExcel } from "../runExcel";
import { appendCheckedRows, queueAppendCheck, type AppendCheck } from "../write/appendRows";
import { queueColumnFit, type ColumnFit } from "../write/fitColumns";
import { readSetupState } from "./readSetupState";

/** Where a set-up run is: creating the tables, adding rows (done of total), or finishing. */
export type SetupProgress = {
  readonly phase: "tables" | "rows" | "finishing";
  readonly done: number;
  readonly total: number;
};

export type SetupRunOptions = {
  readonly onProgress?: (progress: SetupProgress) => void;
  /** Cancels between row chunks; the tables written so far are finished (lists, formats). */
  readonly signal?: AbortSignal;
  /** Request size bound for row chunks (see writeInChunks); tests lower it to force many chunks. */
  readonly maxRequestBytes?: number;
};

/** The report of a run, or the failure that stopped it with the report of what was written before. */
export type SetupResult =
  | { readonly ok: true; readonly value: SetupReport }
  | { readonly ok: false; readonly error: ExcelFailure; readonly report: SetupReport };

type Outcome = { -readonly [K in keyof TableOutcome]: TableOutcome[K] };

type Job = {
  readonly plan: TablePlan;
  readonly outcome: Outcome;
  /** Rows written with the table itself (created tables only). */
  readonly initial: WriteRow[];
  /** Rows appended afterwards in chunks. */
  readonly rest: WriteRow[];
  table?: Excel.Table;
};

/** Queues a new table: formats, header and first rows, and the table (its formula columns come after every new table, see queueFormulas; widths last, see queueFinish). */
function queueCreate(sheet: Excel.Worksheet, job: Job, plan: Extract<TablePlan, { action: "create" }>) {
  const spec = tableSpec(plan.table);
  const width = spec.columns.length;
  const bodyRows = Math.max(1, job.initial.length);
  // Formats first, so text such as phone numbers is stored as text when the values land.
  const formats = spec.columns.map((column) => columnNumberFormat(column));
  sheet.getRangeByIndexes(plan.headerRow + 1, plan.firstColumn, bodyRows, width).numberFormat = Array.from(
    { length: bodyRows },
    () => formats,
  );
  const block = sheet.getRangeByIndexes(plan.headerRow, plan.firstColumn, 1 + job.initial.length, width);
  block.values = [[...plan.headers], ...job.initial];
  const table = sheet.tables.add(block, true);
  table.name = plan.table;
  table.load("id");
  job.table = table;
}

/**
 * Queues a new table's formula columns. Called once every new table of the request is queued: a
 * formula naming a table Excel does not have yet is refused (Deals[Collected] reads Payments,
 * created after it; Service[DueBy] reads ServiceLevels, later in the schema).
 */
function queueFormulas(job: Job, plan: Extract<TablePlan, { action: "create" }>, setup: SetupPlan) {
  const lookup = headerLookup(setup.written);
  tableSpec(plan.table).columns.forEach((column, index) => {
    const formula = column.formula ? columnFormula(plan.table, column.key, lookup) : undefined;
    // The body has one row here: a formula in it is a calculated column Excel fills as rows come.
    if (formula) job.table!.columns.getItemAt(index).getDataBodyRange().formulas = [[formula]];
  });
}

/**
 * Queues a finished table's drop-down lists and conditional formats over its whole data body, and
 * the fit of its columns to what was written: at least the header, and for a column people type
 * into at least its kind's width (columnWidth), so an empty Notes column still has room.
 */
function queueFinish(job: Job, setup: SetupPlan): ColumnFit | null {
  const { plan, table } = job;
  if (!table || (plan.action !== "create" && plan.action !== "complete")) return null;
  const placement =
    plan.action === "create"
      ? { headerRow: plan.headerRow, firstColumn: plan.firstColumn, headers: plan.headers }
      : plan.existing;
  const index = columnIndex(plan.table, placement.headers);
  const spec = tableSpec(plan.table);
  const fit = queueColumnFit(
    table.getHeaderRowRange(),
    placement.headers.map((header, at) => {
      const column = spec.columns.find((candidate) => index[candidate.key] === at);
      return column ? { header, min: columnWidth(column, header) } : { header };
    }),
    { filterButtons: true },
  );
  for (const rule of validationRules(plan.table, setup.language, setup.availableNames)) {
    if (index[rule.key] < 0) continue;
    const validation = table.columns.getItemAt(index[rule.key]).getDataBodyRange().dataValidation;
    validation.clear();
    validation.rule = { list: { inCellDropDown: true, source: rule.source } };
    validation.errorAlert = {
      showAlert: true,
      style: rule.alert,
      title: "SalesGrid",
      message: validationMessage[setup.language],
    };
  }
  const rules = conditionalFormatRules(
    plan.table,
    { ...placement, column: (key) => index[key] ?? -1, width: placement.headers.length },
    setup.availableNames,
  );
  for (const rule of rules) {
    const range =
      rule.key === null ? table.getDataBodyRange() : table.columns.getItemAt(index[rule.key]).getDataBodyRange();
    // Only SalesGrid's own new (or interrupted) tables get here: clearing drops a half-written attempt.
    range.conditionalFormats.clearAll();
    const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.font;
  }
  return fit;
}

function snapshot(setup: SetupPlan | null, jobs: Job[], sample: SetupReport["sample"], names: string[], done: boolean) {
  return {
    language: setup?.language ?? "en-US",
    tables: jobs.map((job) => ({ ...job.outcome })),
    sample,
    names: [...names],
    done,
  } satisfies SetupReport;
}

/**
 * Sets up (or finishes setting up) the SalesGrid workbook in the open file. Reads what exists,
 * plans with {@link planSetup}, then writes in few requests: one creating every missing table
 * (sheets, headers, number formats, the default stages and cadence, formula columns as calculated
 * columns, frozen header rows, and a record in workbook.settings), the sample rows in byte-bounded
 * chunks (one sync each, with progress and cancel), and one finishing request (workbook names,
 * drop-down lists and conditional formats over the final rows, columns autofitted, the record
 * marked complete; widths kept within limits go with Excel.run's closing sync, see queueColumnFit). Running it again never duplicates or overwrites: tables found are kept, and a
 * table an interrupted run created is completed — its missing sample rows appended, its lists and
 * formats applied. API calculation is suspended until each write's sync.
 *
 * @param request - language, sample data, today
 * @param options - progress, cancel, chunk size
 * @returns the report, or the failure with the report of what was written before it
 * @example
 * const result = await setUpWorkbook({ language: "zh-CN", sample: true, today: 45657 }, { onProgress });
 * if (result.ok) result.value.tables.find((t) => t.table === "Deals")?.action //=> "created"
 */
export async function setUpWorkbook(request: SetupRequest, options: SetupRunOptions = {}): Promise<SetupResult> {
  let setup: SetupPlan | null = null;
  const jobs: Job[] = [];
  const names: string[] = [];
  let sampleOutcome: SetupReport["sample"] = "none";
  const emit = (progress: SetupProgress) => options.onProgress?.(progress);

  const result = await runExcel(async (context) => {
    const state = await readSetupState(context);
    const plan = planSetup(state, request);
    setup = plan;
    const sample =
      plan.sample.kind === "write"
        ? generateSampleWorkbook({
            seed: plan.sample.record.seed,
            today: plan.sample.record.today,
            customers: plan.sample.record.customers,
            language: plan.language === "zh-CN" ? "zh" : "en",
          })
        : null;
    if (plan.sample.kind === "unavailable") sampleOutcome = "unavailable";
    for (const tablePlan of plan.tables) {
      const { initial, rest, resumable } = plannedRows(tablePlan, plan.language, sample);
      if (!resumable) sampleOutcome = "not-resumable";
      const outcome: Outcome = { ...initialOutcome(tablePlan) };
      outcome.rowsPlanned = initial.length + rest.length;
      jobs.push({ plan: tablePlan, outcome, initial, rest });
    }
    const application = context.workbook.application;
    const recorded = recordedBeforeWriting(plan.tables);
    const sampleRecord = plan.sample.kind === "write" ? plan.sample.record : state.record.sample;
    const writeSettings = () => {
      for (const [key, value] of setupSettings(plan.language, recorded, sampleRecord)) {
        context.workbook.settings.add(key, value);
      }
    };

    for (const job of jobs) {
      if (job.plan.action === "complete") job.table = context.workbook.tables.getItem(job.plan.existing.id);
    }
    // The cells below each table that gets rows must be empty (appendRows): checked in the
    // request that creates the tables, or in one of its own.
    const checks = new Map<Job, AppendCheck>();
    const queueChecks = () => {
      for (const job of jobs)
        if (job.table && job.rest.length > 0) checks.set(job, queueAppendCheck(job.table, job.rest.length));
    };

    // 1. Every missing table, in one request.
    const creating = jobs.filter((job) => job.plan.action === "create");
    if (creating.length > 0) {
      emit({ phase: "tables", done: 0, total: creating.length });
      application.suspendApiCalculationUntilNextSync();
      const sheets = new Map<string, Excel.Worksheet>();
      const frozen = new Set<string>();
      for (const job of creating) {
        const tablePlan = job.plan as Extract<TablePlan, { action: "create" }>;
        const key = tablePlan.sheet.toLowerCase();
        let sheet = sheets.get(key);
        if (!sheet) {
          sheet = tablePlan.newSheet
            ? context.workbook.worksheets.add(tablePlan.sheet)
            : context.workbook.worksheets.getItem(tablePlan.sheet);
          sheets.set(key, sheet);
        }
        queueCreate(sheet, job, tablePlan);
        if (tablePlan.headerRow === 0 && tablePlan.firstColumn === 0 && !frozen.has(key)) {
          sheet.freezePanes.freezeRows(1);
          frozen.add(key);
        }
        // Recorded before rows are added, so a run stopped halfway is recognised and completed.
        recorded[tablePlan.table] = { id: "", sheet: tablePlan.sheet, complete: false };
      }
      for (const job of creating) queueFormulas(job, job.plan as Extract<TablePlan, { action: "create" }>, plan);
      writeSettings();
      queueChecks();
      await context.sync();
      for (const job of creating) {
        job.outcome.action = "created";
        job.outcome.rowsWritten = job.initial.length;
        const tablePlan = job.plan as Extract<TablePlan, { action: "create" }>;
        recorded[tablePlan.table] = { id: job.table!.id, sheet: tablePlan.sheet, complete: false };
      }
      emit({ phase: "tables", done: creating.length, total: creating.length });
    }
    if (checks.size === 0 && jobs.some((job) => job.table && job.rest.length > 0)) {
      queueChecks();
      await context.sync();
    }

    // 2. Sample rows, chunk by chunk.
    const filling = jobs.filter((job) => job.rest.length > 0);
    const total = filling.reduce((sum, job) => sum + job.rest.length, 0);
    let before = 0;
    let cancelled = false;
    for (const job of filling) {
      const base = job.outcome.rowsWritten;
      const lookup = headerLookup(plan.written);
      // One formula per formula column, written over the new rows (a workbook with Excel's
      // calculated-column auto-fill off would leave them empty otherwise).
      const formulas = tableColumnFormulas(job.plan.table, lookup);
      const written = await appendCheckedRows(context, checks.get(job)!, job.plan.table, job.rest, {
        formulas,
        beforeChunk: () => application.suspendApiCalculationUntilNextSync(),
        signal: options.signal,
        maxRequestBytes: options.maxRequestBytes,
        onProgress: ({ done }) => {
          job.outcome.rowsWritten = base + done;
          emit({ phase: "rows", done: before + done, total });
        },
      });
      before += written.done;
      if (written.cancelled) {
        cancelled = true;
        break;
      }
    }
    if (plan.sample.kind === "write" && sampleOutcome === "none") sampleOutcome = cancelled ? "cancelled" : "written";

    // 3. Names, lists and conditional formats over the final rows; the record marked complete.
    emit({ phase: "finishing", done: 0, total: 1 });
    // The sample rows went in with calculation suspended; Excel leaves recalculating them to the
    // add-in (suspendApiCalculationUntilNextSync), so this last request recalculates.
    application.calculate(Excel.CalculationType.recalculate);
    for (const name of plan.names) context.workbook.names.add(name.name, name.refersTo);
    const fits = jobs.map((job) => queueFinish(job, plan));
    for (const table of Object.keys(recorded) as TableName[]) {
      recorded[table] = { ...recorded[table]!, complete: true };
    }
    writeSettings();
    const deals = jobs.find((job) => job.plan.table === "Deals" && job.plan.action === "create");
    if (deals?.table) deals.table.worksheet.activate();
    await context.sync();
    // Widths an autofit left outside their limits go with Excel.run's closing sync.
    for (const fit of fits) fit?.clamp();
    for (const name of plan.names) names.push(name.name);
    for (const job of jobs) if (job.table) job.outcome.finished = true;
    emit({ phase: "finishing", done: 1, total: 1 });
  });

  if (!result.ok) return { ok: false, error: result.error, report: snapshot(setup, jobs, sampleOutcome, names, false) };
  return { ok: true, value: snapshot(setup, jobs, sampleOutcome, names, true) };
}

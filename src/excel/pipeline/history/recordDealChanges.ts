import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { serialFromLocalTime } from "@core/cells/parseDate";
import { closingStage } from "@core/pipeline/history/closingStage";
import {
  dealChanges,
  dealKey,
  seedSnapshot,
  type DealCells,
  type DealStamp,
  type HistoryEntry,
  type SnapshotEntry,
} from "@core/pipeline/history/dealChanges";
import { pipelineStages } from "@core/pipeline/pipelineStages";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { literalText } from "@core/workbook/literalText";
import { columnNumberFormat, numberFormat } from "@core/workbook/numberFormat";
import { dealHistoryFieldChoices, settingKeys, tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import { freeSheetName } from "../../goals/ensureTable";
import { queueOpenTable, type OpenedTable } from "../../tables/openTable";
import { readInPages, rowBytesOfKinds } from "../../tables/readInPages";
import { CellsBelowTableNotEmpty, canResizeTables, queueAppendCheck, type AppendCheck } from "../../write/appendRows";
import { writeInChunks, type ChunkOptions } from "../../write/writeInChunks";
import { writeKeyedRows } from "../../write/writeKeyedRows";

/** Data rows of the Deals table: `count` rows from the 0-based `first`. */
export type DealRows = { readonly first: number; readonly count: number };

export type RecordOptions = Pick<ChunkOptions, "maxRequestBytes" | "maxRows"> & {
  /** The Deals data rows that changed (default: every row). */
  readonly rows?: DealRows;
  /** True for changes seen as they are made (default); false on reconciliation. */
  readonly live?: boolean;
  /** Today's serial (default: the clock of the machine running Excel). */
  readonly today?: number;
};

/** What a recording run wrote, and what it could not record. */
export type DealRecording = {
  /** DealHistory rows appended. */
  readonly recorded: number;
  /** Deals rows whose StageSince or ClosedOn were stamped. */
  readonly stamped: number;
  /** Deals rows without a DealID (not recorded). */
  readonly withoutId: number;
  /** Deals rows repeating another row's DealID (only the first is recorded). */
  readonly duplicates: number;
  /** True when the snapshot was missing and was seeded from the deals (no history written). */
  readonly seeded: boolean;
};

const nothing: DealRecording = { recorded: 0, stamped: 0, withoutId: 0, duplicates: 0, seeded: false };

/** The value of settingKeys.dealSnapshot once the snapshot holds every deal. */
const SEEDED = "seeded";

const DEAL_COLUMNS = ["DealID", "Stage", "Amount", "ExpectedClose", "ClosedOn", "StageSince", "Created"] as const;
const SNAPSHOT_COLUMNS = ["DealID", "Stage", "Amount", "ExpectedClose"] as const;

/** Where rows go at the end of a table: its geometry, and the next free sheet row. */
type AppendTarget = {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly top: number;
  readonly left: number;
  readonly width: number;
  next: number;
};

/** Cells of a column range read in pages, by column key (null when the table lacks the column). */
function queueColumns(
  body: Excel.Range,
  columns: Readonly<Record<string, number>>,
  keys: readonly string[],
  start: number,
  count: number,
): () => Cell[][] {
  const ranges = keys.map((key) =>
    columns[key] >= 0
      ? body
          .getCell(start, columns[key])
          .getResizedRange(count - 1, 0)
          .load("values")
      : null,
  );
  return () =>
    Array.from({ length: count }, (_, i) => ranges.map((range) => (range ? (range.values[i]?.[0] as Cell) : null)));
}

/** A history or snapshot cell as written: text kept as text where the column is General. */
function written(cell: Cell, text: boolean): Cell {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" && !text ? literalText(cell) : cell;
}

function historyRow(entry: HistoryEntry, language: WorkbookLanguage): { values: Cell[]; formats: string[] } {
  const field = dealHistoryFieldChoices.find((choice) => choice["en-US"] === entry.field)![language];
  const spec = tableSpec("DealHistory");
  const formats = spec.columns.map((column) => columnNumberFormat(column));
  // From and To hold a stage, an amount or a date: formatted as the field they come from.
  const valueFormat =
    entry.field === "Amount" ? numberFormat("money") : entry.field === "ExpectedClose" ? numberFormat("date") : null;
  if (valueFormat) formats[2] = formats[3] = valueFormat;
  return {
    values: [
      written(entry.dealId, true),
      field,
      written(entry.from, false),
      written(entry.to, false),
      entry.changedOn,
      written(entry.amount, false),
      entry.exact,
    ],
    formats,
  };
}

function snapshotRow(entry: SnapshotEntry): Cell[] {
  return [
    written(entry.dealId, true),
    written(entry.Stage, true),
    written(entry.Amount, false),
    written(entry.ExpectedClose, false),
  ];
}

/** Queues rows at the end of a table: formats, values and the resize (or rows.add without Table.resize). */
function queueAppend(target: AppendTarget, values: Cell[][], formats: string[][]): void {
  if (values.length === 0) return;
  const block = target.sheet.getRangeByIndexes(target.next, target.left, values.length, target.width);
  if (canResizeTables()) {
    block.numberFormat = formats;
    block.values = values as (string | number | boolean)[][];
    target.table.resize(
      target.sheet.getRangeByIndexes(target.top, target.left, target.next + values.length - target.top, target.width),
    );
  } else {
    target.table.rows.add(
      undefined,
      values.map((row) => row.map((cell) => (typeof cell === "string" ? literalText(cell) : cell))) as (
        string | number | boolean
      )[][],
    );
    block.numberFormat = formats;
  }
  target.next += values.length;
}

/** Queues a new table at A1 of a new sheet, holding `values` (one empty row when there are none). */
function queueNewTable(
  context: Excel.RequestContext,
  name: "DealHistory" | "DealSnapshot",
  language: WorkbookLanguage,
  sheets: readonly string[],
  values: Cell[][],
  formats: string[][],
): AppendTarget {
  const spec = tableSpec(name);
  const width = spec.columns.length;
  const sheet = context.workbook.worksheets.add(freeSheetName(name, language, sheets));
  const rows = Math.max(1, values.length);
  const base = spec.columns.map((column) => columnNumberFormat(column));
  sheet.getRangeByIndexes(1, 0, rows, width).numberFormat = values.length > 0 ? formats : [base];
  const block = sheet.getRangeByIndexes(0, 0, 1 + rows, width);
  block.values = [
    spec.columns.map((column) => column.header[language]),
    ...(values.length > 0 ? values : [base.map(() => "")]),
  ] as (string | number | boolean)[][];
  const table = sheet.tables.add(block, true);
  table.name = name;
  if (spec.hidden) sheet.visibility = Excel.SheetVisibility.veryHidden;
  else sheet.freezePanes.freezeRows(1);
  return { table, sheet, top: 0, left: 0, width, next: 1 + rows };
}

/** Where appending to an opened table starts: over its one empty row when it has only that. */
function appendTarget(check: AppendCheck, emptyOnly: boolean): AppendTarget {
  if (check.below && !check.below.isNullObject)
    throw new CellsBelowTableNotEmpty(check.table.name, check.below.address);
  const { whole, table } = check;
  const bottom = whole.rowIndex + whole.rowCount;
  return {
    table,
    sheet: table.worksheet,
    top: whole.rowIndex,
    left: whole.columnIndex,
    width: whole.columnCount,
    next: emptyOnly ? bottom - 1 : bottom,
  };
}

/** One deal's writes, which land together in one request: its history rows and its snapshot entry. */
type DealWrite = {
  readonly history: readonly HistoryEntry[];
  readonly entry: SnapshotEntry;
  readonly snapshotRow: number | null;
};

/**
 * Records changes of Deals[Stage], [Amount] and [ExpectedClose] (dealChanges): reads the Deals
 * columns it needs of the changed rows (with the DealID column of the whole table, to know each
 * deal's first row) and the snapshot, in pages sized under Excel on the web's 5 MB per response;
 * stamps StageSince and ClosedOn where the deals are now (keyed by DealID); then appends the
 * DealHistory rows and puts the snapshot entries, each deal's rows and entry in the same request,
 * in byte-bounded chunks. The stamps go first: a run stopped after them and run again stamps the
 * same days (ClosedOn only when still empty); a deal whose history and snapshot landed is not
 * seen as changed again, so nothing is recorded twice. DealHistory (on its sheet) and DealSnapshot
 * (on a very hidden sheet) are created when missing, headers in the Deals table's language. When
 * the snapshot is missing, recording starts now: the snapshot is seeded from every deal, with no
 * history rows.
 *
 * @param context - the batch's context
 * @param options - the changed rows, live or reconciling, today, request size
 * @returns what was recorded and what could not be
 * @example
 * await Excel.run((context) => recordDealChanges(context, { rows: { first: 4, count: 1 } }))
 * //=> { recorded: 1, stamped: 1, withoutId: 0, duplicates: 0, seeded: false }
 */
export async function recordDealChanges(
  context: Excel.RequestContext,
  options: RecordOptions = {},
): Promise<DealRecording> {
  const today = options.today ?? serialFromLocalTime(new Date());
  const live = options.live ?? true;
  const opening = {
    deals: queueOpenTable(context, "Deals"),
    stages: queueOpenTable(context, "Stages"),
    history: queueOpenTable(context, "DealHistory"),
    snapshot: queueOpenTable(context, "DealSnapshot"),
  };
  const sheets = context.workbook.worksheets.load("items/name");
  const seededSetting = context.workbook.settings.getItemOrNullObject(settingKeys.dealSnapshot).load("value");
  await context.sync();
  const deals = opening.deals.opened();
  if (!deals) return nothing;
  const stagesTable = opening.stages.opened();
  const historyTable = opening.history.opened();
  const snapshotTable = opening.snapshot.opened();
  const language = headerLanguage("Deals", deals.headers);
  const sheetNames = sheets.items.map((sheet) => sheet.name);

  deals.table.rows.load("count");
  snapshotTable?.table.rows.load("count");
  const stagesBody = stagesTable?.table.getDataBodyRange().load("values");
  await context.sync();
  const dealCount = deals.table.rows.count;
  // A seeding stopped between its chunks left a snapshot without the mark: it is finished first.
  const seeding = !snapshotTable || seededSetting.isNullObject || seededSetting.value !== SEEDED;
  const first = seeding ? 0 : Math.min(dealCount, Math.max(0, options.rows?.first ?? 0));
  const count = seeding ? dealCount : Math.min(dealCount - first, options.rows?.count ?? dealCount);
  const partial = first > 0 || count < dealCount;
  if (count <= 0 && !seeding) return nothing;

  const dealBody = deals.table.getDataBodyRange();
  let dealRows: Cell[][] = [];
  let dealIds: Cell[] = [];
  let snapshotRows: Cell[][] = [];
  const snapshotCount = snapshotTable?.table.rows.count ?? 0;
  const snapshotBody = snapshotTable?.table.getDataBodyRange();
  const dealKinds = DEAL_COLUMNS.map((key) => tableSpec("Deals").columns.find((c) => c.key === key)!.kind);
  await readInPages(context, [
    {
      rows: count,
      rowBytes: rowBytesOfKinds(dealKinds),
      queuePage: (start, n) => {
        const take = queueColumns(dealBody, deals.columns, DEAL_COLUMNS, first + start, n);
        return () => {
          const rows = take();
          dealRows = dealRows.concat(rows);
          return rows;
        };
      },
    },
    {
      rows: partial ? dealCount : 0,
      rowBytes: rowBytesOfKinds(["idText"]),
      queuePage: (start, n) => {
        const take = queueColumns(dealBody, deals.columns, ["DealID"], start, n);
        return () => {
          const rows = take();
          dealIds = dealIds.concat(rows.map((row) => row[0]));
          return rows;
        };
      },
    },
    {
      rows: snapshotBody ? snapshotCount : 0,
      rowBytes: rowBytesOfKinds(["idText", "text", "money", "date"]),
      queuePage: (start, n) => {
        const take = queueColumns(snapshotBody!, snapshotTable!.columns, SNAPSHOT_COLUMNS, start, n);
        return () => {
          const rows = take();
          snapshotRows = snapshotRows.concat(rows);
          return rows;
        };
      },
    },
  ]);

  const cells: DealCells[] = dealRows.map((row, i) => ({
    row: first + i,
    DealID: row[0],
    Stage: row[1],
    Amount: row[2],
    ExpectedClose: row[3],
    ClosedOn: row[4],
    StageSince: row[5],
    Created: row[6],
  }));

  const snapshot = new Map<string, SnapshotEntry>();
  const snapshotAt = new Map<string, number>();
  snapshotRows.forEach((row, at) => {
    if (isEmpty(row[0])) return;
    const key = dealKey(row[0]);
    if (snapshot.has(key)) return;
    snapshot.set(key, { dealId: String(row[0]).trim(), Stage: row[1], Amount: row[2], ExpectedClose: row[3] });
    snapshotAt.set(key, at);
  });
  if (seeding) {
    const resume = snapshotTable ? await appendTargetOf(context, snapshotTable.table, dealCount) : null;
    return seed(context, cells, snapshot, resume, { language, sheets: sheetNames, options });
  }
  const firstRows = new Map<string, number>();
  if (partial)
    dealIds.forEach((id, row) => {
      if (!isEmpty(id) && !firstRows.has(dealKey(id))) firstRows.set(dealKey(id), row);
    });
  const stages =
    stagesTable && stagesBody
      ? pipelineStages({ columns: stagesTable.columns, rows: stagesBody.values as Cell[][] })
      : undefined;
  const changes = dealChanges({
    snapshot,
    deals: cells,
    today,
    live,
    closing: closingStage(stages),
    ...(partial ? { firstRows } : {}),
  });
  const counts = { withoutId: changes.withoutId, duplicates: changes.duplicates, seeded: false };
  if (changes.snapshot.length === 0) return { ...nothing, ...counts };

  const stamped = await writeStamps(context, deals, changes.stamps);

  const byDeal = new Map<string, HistoryEntry[]>();
  for (const entry of changes.history)
    byDeal.set(dealKey(entry.dealId), [...(byDeal.get(dealKey(entry.dealId)) ?? []), entry]);
  const writes: DealWrite[] = changes.snapshot.map((entry) => ({
    entry,
    history: byDeal.get(dealKey(entry.dealId)) ?? [],
    snapshotRow: snapshotAt.get(dealKey(entry.dealId)) ?? null,
  }));
  const appended = writes.filter((write) => write.snapshotRow === null).length;

  // Where the rows go, checked empty below each table before the first write.
  const historyCheck = historyTable ? queueAppendCheck(historyTable.table, changes.history.length) : null;
  const historyRows = historyTable?.table.rows.load("count");
  const historyFirst = historyTable?.table.getDataBodyRange().getRow(0).load("values");
  const snapshotCheck = queueAppendCheck(snapshotTable.table, appended);
  const snapshotFirst = snapshotTable.table.getDataBodyRange().getRow(0).load("values");
  await context.sync();
  const onlyEmpty = (rows: number, row: Excel.Range | undefined) =>
    rows === 1 && (row?.values[0] ?? []).every((cell) => isEmpty(cell as Cell));
  let historyTarget = historyCheck
    ? appendTarget(historyCheck, onlyEmpty(historyRows?.count ?? 0, historyFirst))
    : null;
  const snapshotTarget = appendTarget(snapshotCheck, onlyEmpty(snapshotCount, snapshotFirst));
  const snapshotWidth = snapshotTarget.width;
  const snapshotColumns = SNAPSHOT_COLUMNS.map((key) => snapshotTable.columns[key]);
  const contiguous = snapshotColumns.every((column, k) => column >= 0 && column === snapshotColumns[0] + k);
  const snapshotFormats = SNAPSHOT_COLUMNS.map((key) =>
    columnNumberFormat(tableSpec("DealSnapshot").columns.find((c) => c.key === key)!),
  );
  const widen = (row: Cell[], fill: (c: number) => Cell) =>
    Array.from({ length: snapshotWidth }, (_, c) => {
      const at = snapshotColumns.indexOf(c);
      return at >= 0 ? row[at] : fill(c);
    });

  await writeInChunks(
    context,
    writes,
    (chunk) => {
      const rows = chunk.flatMap((write) => write.history.map((entry) => historyRow(entry, language)));
      if (rows.length > 0) {
        if (historyTarget)
          queueAppend(
            historyTarget,
            rows.map((row) => row.values),
            rows.map((row) => row.formats),
          );
        else
          historyTarget = queueNewTable(
            context,
            "DealHistory",
            language,
            sheetNames,
            rows.map((row) => row.values),
            rows.map((row) => row.formats),
          );
      }
      const body = snapshotTable.table.getDataBodyRange();
      for (const write of chunk) {
        if (write.snapshotRow === null) continue;
        // The snapshot's sheet is very hidden and only the recorder, one run at a time, writes
        // it: its rows stay where this run read them.
        const cells = snapshotRow(write.entry);
        if (contiguous)
          body.getCell(write.snapshotRow, snapshotColumns[0]).getResizedRange(0, cells.length - 1).values = [cells] as (
            string | number | boolean
          )[][];
        else
          snapshotColumns.forEach((column, k) => {
            if (column >= 0)
              body.getCell(write.snapshotRow!, column).values = [[cells[k]]] as (string | number | boolean)[][];
          });
      }
      const added = chunk.filter((write) => write.snapshotRow === null);
      queueAppend(
        snapshotTarget,
        added.map((write) => widen(snapshotRow(write.entry), () => "")),
        added.map(() => widen(snapshotFormats, () => "General") as string[]),
      );
    },
    { maxRequestBytes: options.maxRequestBytes, maxRows: options.maxRows },
  );
  return { recorded: changes.history.length, stamped, ...counts };
}

/** Writes the stamps where each deal is now (keyed by DealID), one keyed write per set of columns. */
async function writeStamps(
  context: Excel.RequestContext,
  deals: OpenedTable,
  stamps: readonly DealStamp[],
): Promise<number> {
  const { DealID: idColumn, StageSince: sinceColumn, ClosedOn: closedColumn } = deals.columns;
  if (idColumn < 0) return 0;
  let stamped = 0;
  const groups: { columns: number[]; pick: (stamp: DealStamp) => number[] | null }[] = [
    {
      columns: [sinceColumn, closedColumn],
      pick: (s) => (s.stageSince !== undefined && s.closedOn !== undefined ? [s.stageSince, s.closedOn] : null),
    },
    {
      columns: [sinceColumn],
      pick: (s) => (s.stageSince !== undefined && s.closedOn === undefined ? [s.stageSince] : null),
    },
    {
      columns: [closedColumn],
      pick: (s) => (s.stageSince === undefined && s.closedOn !== undefined ? [s.closedOn] : null),
    },
  ];
  for (const group of groups) {
    if (group.columns.some((column) => column < 0)) continue;
    const rows = stamps.flatMap((stamp) => {
      const cells = group.pick(stamp);
      return cells ? [{ key: { columns: [idColumn], cells: [stamp.dealId] }, cells, row: stamp.row }] : [];
    });
    if (rows.length === 0) continue;
    // Up to three small writes, one per set of stamped columns, each keyed by DealID.
    const result = await writeKeyedRows(context, deals.table, group.columns, rows);
    stamped += result.done;
  }
  return stamped;
}

/** The end of an existing table to append up to `count` rows to (one request, checked empty below). */
async function appendTargetOf(context: Excel.RequestContext, table: Excel.Table, count: number): Promise<AppendTarget> {
  const check = queueAppendCheck(table, count);
  const rows = table.rows.load("count");
  const first = table.getDataBodyRange().getRow(0).load("values");
  await context.sync();
  return appendTarget(check, rows.count === 1 && (first.values[0] ?? []).every((cell) => isEmpty(cell as Cell)));
}

/**
 * Recording starts: the snapshot is created holding every deal as it is, with no history, in
 * chunks; the last chunk's request marks it seeded. A snapshot an interrupted seeding left gets
 * the deals it lacks.
 */
async function seed(
  context: Excel.RequestContext,
  cells: readonly DealCells[],
  existing: ReadonlyMap<string, SnapshotEntry>,
  resume: AppendTarget | null,
  at: { language: WorkbookLanguage; sheets: readonly string[]; options: RecordOptions },
): Promise<DealRecording> {
  const seeded = seedSnapshot(cells);
  const formats = tableSpec("DealSnapshot").columns.map((column) => columnNumberFormat(column));
  let target = resume;
  const rows = seeded.snapshot.filter((entry) => !existing.has(dealKey(entry.dealId))).map(snapshotRow);
  const mark = () => context.workbook.settings.add(settingKeys.dealSnapshot, SEEDED);
  if (rows.length === 0) {
    if (!target) queueNewTable(context, "DealSnapshot", at.language, at.sheets, [], []);
    mark();
    await context.sync();
  } else
    await writeInChunks(
      context,
      rows,
      (chunk, offset) => {
        const values = chunk.map((row) => [...row]);
        if (target)
          queueAppend(
            target,
            values.map((row) => [...row, ...Array.from({ length: target!.width - row.length }, () => "")]),
            values.map(() => [...formats, ...Array.from({ length: target!.width - formats.length }, () => "General")]),
          );
        else
          target = queueNewTable(
            context,
            "DealSnapshot",
            at.language,
            at.sheets,
            values,
            values.map(() => formats),
          );
        if (offset + chunk.length === rows.length) mark();
      },
      { maxRequestBytes: at.options.maxRequestBytes, maxRows: at.options.maxRows },
    );
  return { ...nothing, withoutId: seeded.withoutId, duplicates: seeded.duplicates, seeded: true };
}

/**
 * Reconciles the whole Deals table with the snapshot, as on load: what changed while the add-in
 * was not running is recorded with the day it was noticed, not exact (recordDealChanges).
 *
 * @param context - the batch's context
 * @param options - today, request size
 * @returns what was recorded
 * @example
 * await Excel.run((context) => reconcileDeals(context)) //=> { recorded: 3, stamped: 1, withoutId: 0, duplicates: 0, seeded: false }
 */
export function reconcileDeals(
  context: Excel.RequestContext,
  options: Omit<RecordOptions, "rows" | "live"> = {},
): Promise<DealRecording> {
  return recordDealChanges(context, { ...options, live: false });
}

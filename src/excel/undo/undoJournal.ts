import type { Cell } from "@core/cells/cell";
import {
  bandCells,
  canJournalRows,
  entryTooLarge,
  JOURNAL_HEADERS,
  JOURNAL_WIDTH,
  MAX_JOURNAL_ENTRIES,
  nextEntryId,
  readJournal,
  restoreCell,
  slotForNext,
  type JournaledCommand,
  type JournalRow,
  type JournalState,
  type TooLarge,
} from "@core/undo/undoJournal";
import type { ExcelResult } from "../excelFailure";
import { runExcelWith } from "../runExcel";
import type { KeyedRow, KeyedWriteOptions, LandedRow } from "../write/writeKeyedRows";

/**
 * The journal sheet's name. Hidden (`SheetVisibility.hidden`), not very hidden: a manager can
 * unhide it (Home > Format > Unhide Sheet) to see or clear what SalesGrid kept, which Excel on the
 * web could never do for a very hidden sheet (only code can unhide one).
 */
export const JOURNAL_SHEET = "SalesGrid Undo";

/** The journal sheet, or a null object; queued, the caller syncs. */
export function journalSheet(context: Excel.RequestContext): Excel.Worksheet {
  return context.workbook.worksheets.getItemOrNullObject(JOURNAL_SHEET);
}

/**
 * Queues the journal sheet's look-up with the caller's reads; after the caller's sync, `state()`
 * reads it (one more request, only when the sheet exists: a null object's ranges cannot be asked
 * for in the same request) and answers null when there is no journal sheet.
 */
export function queueJournalRead(context: Excel.RequestContext): { state: () => Promise<JournalState | null> } {
  const sheet = journalSheet(context);
  return {
    state: async () => {
      if (sheet.isNullObject) return null;
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("values,rowIndex,columnIndex");
      await context.sync();
      if (used.isNullObject) return readJournal([]);
      // The grid from A2: the used range is padded to column A and cut below the header row.
      const rows = (used.values as Cell[][]).map((row) => [...new Array<Cell>(used.columnIndex).fill(""), ...row]);
      const below = used.rowIndex >= 1 ? [...new Array<Cell[]>(used.rowIndex - 1).fill([]), ...rows] : rows.slice(1);
      return readJournal(below);
    },
  };
}

/** Queues writing a band's cells from A2 of its slot. */
export function queueBand(sheet: Excel.Worksheet, slot: number, cells: readonly (readonly Cell[])[]): void {
  if (cells.length === 0) return;
  sheet.getRangeByIndexes(1, slot * JOURNAL_WIDTH, cells.length, JOURNAL_WIDTH).values = cells as (
    string | number | boolean
  )[][];
}

/** Runs the journal sheet's creation on its own: hiding a sheet cannot be in a merged undo group. */
const ownRun = runExcelWith({ mergeUndo: false });

/**
 * Adds the hidden journal sheet when the workbook has none, in a batch of its own and not as a
 * merged undo group: Microsoft lists `Worksheet.visibility` among the APIs Excel cannot undo on
 * Windows and Mac, so inside a group (ExcelApi 1.20) Excel would refuse the command that hides it.
 * A journaled command calls this first; the command itself then stays one undo step.
 *
 * @returns whether the sheet was added
 * @example
 * await ensureJournalSheet() //=> { ok: true, value: true }
 */
export function ensureJournalSheet(): Promise<ExcelResult<boolean>> {
  return ownRun(async (context) => {
    const sheet = journalSheet(context);
    await context.sync();
    if (!sheet.isNullObject) return false;
    const added = context.workbook.worksheets.add(JOURNAL_SHEET);
    added.getRangeByIndexes(0, 0, 1, JOURNAL_WIDTH * MAX_JOURNAL_ENTRIES).values = [
      Array.from({ length: MAX_JOURNAL_ENTRIES }, () => [...JOURNAL_HEADERS]).flat(),
    ];
    added.visibility = Excel.SheetVisibility.hidden;
    await context.sync();
    return true;
  });
}

/** What a command that journals needs from the recorder, per keyed write. */
export type JournalTrack = Pick<KeyedWriteOptions, "alongside" | "onLanded">;

/** Records one command's overwritten cells inside the command's own `Excel.run`. */
export type JournalRecorder = {
  /**
   * Hooks for one keyed write (writeKeyedRows): the first request that writes data also writes
   * the entry's head row as "pending"; each landed row's cells before the write are kept.
   */
  readonly track: (
    table: string,
    headers: readonly string[],
    columns: readonly number[],
    rows: readonly KeyedRow[],
    /** The key each row has once written, when the write changes the key columns (by row index). */
    writtenKey?: (index: number) => readonly Cell[],
  ) => JournalTrack;
  /**
   * Keeps rows the command added or removed (or changed outside a keyed write). Call it before
   * the command's request that adds or removes them is sent: the entry's pending head is queued
   * with that request when no tracked write queued it yet.
   */
  readonly record: (rows: readonly JournalRow[]) => void;
  /**
   * Queues the whole entry (status "done") over its pending head, and drops the oldest entries
   * beyond ten; the caller's closing sync sends it with its last commands. Nothing when the
   * command wrote nothing or is too large to journal.
   */
  readonly commit: () => void;
  /** Set when the command is too large to journal (it runs, but cannot be undone from the pane). */
  readonly tooLarge: TooLarge | null;
};

/**
 * Starts journaling a command inside its batch: reads the journal sheet (one request) so the new
 * entry goes in a free band, or over the oldest of ten. Without a journal sheet (ensureJournalSheet
 * not run, or the manager deleted it) or when `rowCount` is beyond the bound, the recorder records
 * nothing.
 *
 * Why this keeps the journal and the workbook in step: the entry's head goes out in the same
 * request as the command's first data write, as "pending", so no write lands without an entry
 * and no entry exists without its write; the closing request replaces it with the full entry
 * ("done"). A run that fails in between leaves a pending entry, which the undo refuses (it
 * cannot know every cell the interrupted command overwrote).
 *
 * @param context - the command's batch
 * @param command - which command
 * @param rowCount - how many rows it will change, for the bound
 * @returns the recorder
 * @example
 * const journal = await startJournal(context, "tiers", rows.length);
 * await writeKeyedRows(context, table, columns, rows, journal.track("Customers", headers, columns, rows));
 * journal.commit(); await context.sync();
 */
export async function startJournal(
  context: Excel.RequestContext,
  command: JournaledCommand,
  rowCount: number,
): Promise<JournalRecorder> {
  const start = queueStartJournal(context, command);
  await context.sync();
  return await start(rowCount);
}

/**
 * {@link startJournal} without its own request: queues the journal's read with the caller's
 * reads, and answers the recorder once the caller synced.
 *
 * @param context - the command's batch
 * @param command - which command
 * @returns what makes the recorder (one request, reading the journal), given the rows the command will
 *   change, after the caller's sync
 * @example
 * const start = queueStartJournal(context, "release"); await context.sync(); const journal = start(rows.length);
 */
export function queueStartJournal(
  context: Excel.RequestContext,
  command: JournaledCommand,
): (rowCount: number) => Promise<JournalRecorder> {
  const read = queueJournalRead(context);
  // A command that changes no existing row has nothing to journal: no request is spent on it.
  return async (rowCount) =>
    recorder(context, command, rowCount > 0 && canJournalRows(rowCount) ? await read.state() : null, rowCount);
}

function recorder(
  context: Excel.RequestContext,
  command: JournaledCommand,
  state: JournalState | null,
  rowCount: number,
): JournalRecorder {
  const tooLarge = canJournalRows(rowCount) ? null : { rows: rowCount, chars: 0 };
  if (state === null || tooLarge)
    return { track: () => ({}), record: () => undefined, commit: () => undefined, tooLarge };
  const sheet = journalSheet(context);
  const id = nextEntryId(state.entries);
  // A free band, else the oldest entry's: the journal keeps the last ten commands.
  const slot = slotForNext(state);
  const height = state.heights[slot];
  const when = new Date().toISOString();
  const journaled: JournalRow[] = [];
  let pending = false;

  const queuePending = () => {
    if (pending) return;
    pending = true;
    // The whole band: the replaced entry's rows go with its head, so none is read as this one's.
    queueBand(sheet, slot, bandCells({ id, status: "pending", command, when, rows: [] }, height));
  };

  const track = (
    table: string,
    headers: readonly string[],
    columns: readonly number[],
    rows: readonly KeyedRow[],
    writtenKey?: (index: number) => readonly Cell[],
  ): JournalTrack => ({
    alongside: queuePending,
    onLanded: (landed: readonly LandedRow[]) => {
      for (const { index, formulas, values } of landed) {
        const row = rows[index];
        journaled.push({
          table,
          keyColumns: row.key.columns.map((column) => headers[column] ?? ""),
          key: writtenKey ? writtenKey(index) : row.key.cells,
          columns: columns.map((column) => headers[column] ?? ""),
          before: formulas.map((formula, k) => restoreCell(formula, values[k])),
          after: row.cells,
        });
      }
    },
  });

  return {
    track,
    record: (rows) => {
      if (rows.length === 0) return;
      queuePending();
      for (const row of rows) journaled.push(row);
    },
    tooLarge,
    commit: () => {
      if (!pending) return;
      const entry = { id, status: "done" as const, command, when, rows: journaled };
      // Too large after all (long formulas): the pending head stays, and the undo refuses it.
      if (entryTooLarge(journaled)) return;
      queueBand(sheet, slot, bandCells(entry, Math.max(height, 1)));
    },
  };
}

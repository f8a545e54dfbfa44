import type { Cell } from "@core/cells/cell";
import type { ImportTarget } from "@core/import/importColumns";
import type { RowUpdate } from "@core/import/matchImport";
import { outputCell, type TableLayout } from "@core/import/tableLayout";
import { columnIndex } from "@core/workbook/columnIndex";
import { columnLetters } from "@core/workbook/columnLetters";
import { recordIdColumns } from "@core/workbook/recordIds";
import type { ExcelResult } from "../excelFailure";
import { runExcel, runExcelWith } from "../runExcel";
import { appendRows } from "../write/appendRows";
import { queueColumnFit } from "../write/fitColumns";
import { writeInChunks, type ChunkOptions } from "../write/writeInChunks";
import { writeKeyedRows, type KeyedRow } from "../write/writeKeyedRows";
import type { SavedMappings } from "@core/import/savedMappings";
import { pendingImportKey, type PendingImport } from "./pendingImport";
import { savedMappingsKey } from "./savedMappingsKey";
import { everyCell } from "../write/everyCell";
import { restoreCell } from "@core/undo/undoJournal";
import { ensureJournalSheet, queueStartJournal, type JournalRecorder } from "../undo/undoJournal";

/** One import, ready to write: the layout from core plus where it goes. */
export type ImportWrite = {
  readonly target: ImportTarget;
  readonly layout: TableLayout;
  /** New sheet: the name wanted (the table's sheet name in the workbook's language); made unique. */
  readonly sheetName?: string;
  /** In place: the source sheet. */
  readonly sourceSheet?: string;
  /** Append: the table's data rows when it was read (guards against a table changed meanwhile). */
  readonly baseRows?: number;
  /** Rows to add to the Stages table first (new stage names the user chose to add). */
  readonly newStages?: readonly (readonly Cell[])[];
  /** Rows to add to Team and Cadences first (reps and tiers the user chose to add). */
  readonly newRows?: Partial<Record<"Team" | "Cadences", readonly (readonly Cell[])[]>>;
  /** The workbook's saved column mappings with this import's remembered (stored with the first rows). */
  readonly savedMappings?: SavedMappings;
  /** What an earlier, unfinished import recorded (readImportWorkbook). */
  readonly pending?: PendingImport | null;
  /**
   * The user confirmed replacing what an unfinished import of another job wrote: the partial new
   * sheet is deleted, the rows a partial append added are removed. Without it such an import
   * is refused rather than touched.
   */
  readonly replacePending?: boolean;
  /**
   * Append with the Update policy: existing rows to change, field by field (matchImport). Before
   * anything is written, each row is read again and compared with `expected` on `compareColumns`;
   * a row changed since the pane read it refuses the whole import.
   */
  readonly updates?: readonly RowUpdate[];
  /** The table columns (0-based) an updated row is compared on: the schema's non-formula columns. */
  readonly compareColumns?: readonly number[];
};

/** What a write did. */
export type ImportOutcome = {
  readonly mode: TableLayout["mode"];
  readonly sheet: string;
  readonly table: ImportTarget;
  /** Rows in the workbook now, out of total (resumed rows included). */
  readonly done: number;
  readonly total: number;
  /** Rows an earlier run had written that this one kept and continued after. */
  readonly resumedFrom: number;
  readonly cancelled: boolean;
  /**
   * In place: rows of the list moved (deleted, inserted or sorted) while it was converted, so the
   * write stopped and the list was not made a table. Sheet row numbers (1-based) converted and not.
   */
  readonly moved?: { readonly written: readonly number[]; readonly notWritten: readonly number[] };
  /** Append with Update: the existing rows updated, and the cells written in them. */
  readonly updated?: { readonly rows: number; readonly cells: number };
};

/** A refusal in Office's own shape, so runExcel types it like Excel's errors. */
function refuse(message: string): never {
  throw Object.assign(new Error(message), { code: "InvalidOperation" });
}

/** Whether the earlier run was this same job, so it can continue where it stopped. */
export function resumesFrom(write: ImportWrite): number {
  const { pending, layout, target } = write;
  if (!pending || layout.mode === "in-place") return 0;
  const same = pending.fingerprint === layout.fingerprint && pending.mode === layout.mode && pending.target === target;
  return same ? Math.min(pending.done, layout.rows.length) : 0;
}

function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  let name = wanted;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

/**
 * Writes an import into the workbook: the rows in byte-bounded chunks (one sync each, with
 * progress and cancel, see writeInChunks), and the table, formulas and formats once. Each chunk's
 * request also records how far the import got (workbook.settings), so a failure or a cancel
 * leaves an exact record and running the same import again continues after the last written row;
 * the record is removed when the import completes. The source is never written to except in
 * place, where only the cells conversion changes are (see inPlaceLayout).
 * - new sheet: a sheet named after the table (made unique), the rows, then the table over them
 *   named after the target, formula columns filled once, header frozen;
 * - append: refused unless the table still has the rows and headers it had when read; with an
 *   Update import, the rows it changes are read again first and the whole import is refused,
 *   nothing written, if any changed since the pane read them; then only the cells that differ are
 *   written (never one holding a formula); columns the table lacks are added, the rows are added
 *   at its end (calculated columns fill them);
 * - in place: refused if the cells the added columns need are not empty; the changed cells, then
 *   the headers, the table over the list and the added formula columns.
 * Stage names, reps and tiers to add go into Stages, Team and Cadences in the first request, with
 * the column mapping to remember (workbook.settings).
 *
 * @param write - the layout and where it goes
 * @param options - progress, cancel and request size (writeInChunks)
 * @returns what was written, or the failure (after which the record tells how far it got)
 */
export function writeImport(write: ImportWrite, options: ChunkOptions = {}): Promise<ExcelResult<ImportOutcome>> {
  switch (write.layout.mode) {
    case "new-sheet":
      return writeNewSheet(write, options);
    case "append":
      return writeAppend(write, options);
    case "in-place":
      return writeInPlace(write, options);
  }
}

type Record_ = Omit<PendingImport, "done">;

function record(context: Excel.RequestContext, base: Record_, done: number): void {
  context.workbook.settings.add(pendingImportKey, { ...base, done });
}

function clearRecord(context: Excel.RequestContext): void {
  context.workbook.settings.getItem(pendingImportKey).delete();
}

function writeNewSheet(write: ImportWrite, options: ChunkOptions): Promise<ExcelResult<ImportOutcome>> {
  const { layout, target, pending } = write;
  const total = layout.rows.length;
  const width = layout.headers.length;
  const resumed = resumesFrom(write);
  // Replacing an unfinished import's sheet deletes it, which Excel cannot undo: in one undo group the batch would fail.
  return runExcelWith({ mergeUndo: !write.replacePending })(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const existing = context.workbook.tables.getItemOrNullObject(target);
    existing.load("name");
    await context.sync();
    if (!existing.isNullObject) refuse(`A table named ${target} already exists: append to it instead.`);
    const names = sheets.items.map((sheet) => sheet.name);
    const stale = pending && !resumed && pending.mode === "new-sheet" && names.includes(pending.sheet);
    if (stale && !write.replacePending) {
      refuse(`An unfinished import left the sheet "${pending.sheet}": confirm replacing it first.`);
    }
    if (resumed && !names.includes(pending?.sheet ?? ""))
      refuse(`The sheet "${pending?.sheet}" of the unfinished import is gone.`);
    const sheetName = resumed
      ? (pending?.sheet ?? "")
      : uniqueSheetName(write.sheetName ?? target, stale ? names.filter((n) => n !== pending.sheet) : names);
    const base: Record_ = { fingerprint: layout.fingerprint, target, mode: "new-sheet", sheet: sheetName, total };

    let sheet = resumed ? sheets.getItem(sheetName) : undefined;
    const written = await writeInChunks(
      context,
      layout.rows.slice(resumed),
      (chunk, offset) => {
        context.application.suspendApiCalculationUntilNextSync();
        if (!sheet) {
          if (stale) sheets.getItem(pending.sheet).delete();
          sheet = sheets.add(sheetName);
          addToLists(context, write);
          sheet.getRangeByIndexes(0, 0, 1, width).values = [layout.headers.map(outputCell)];
          layout.formats.forEach((format, column) => {
            if (format && total > 0) sheet!.getRangeByIndexes(1, column, total, 1).numberFormat = everyCell(format);
          });
        }
        sheet.getRangeByIndexes(1 + resumed + offset, 0, chunk.length, width).values = chunk as Cell[][];
        record(context, base, resumed + offset + chunk.length);
      },
      options,
    );
    const outcome = {
      mode: "new-sheet" as const,
      sheet: sheetName,
      table: target,
      done: resumed + written.done,
      total,
      resumedFrom: resumed,
    };
    if (written.cancelled) return { ...outcome, cancelled: true };

    const target_ = sheet ?? sheets.getItem(sheetName);
    const table = target_.tables.add(`A1:${columnLetters(width - 1)}${total + 1}`, true);
    table.name = target;
    layout.formulas.forEach((formula, column) => {
      if (formula) target_.getRangeByIndexes(1, column, total, 1).formulas = everyCell(formula);
    });
    const fit = queueColumnFit(
      target_.getRangeByIndexes(0, 0, 1, width),
      layout.headers.map((header) => ({ header })),
      { filterButtons: true },
    );
    target_.freezePanes.freezeRows(1);
    target_.activate();
    clearRecord(context);
    recalculate(context);
    await context.sync();
    // Widths outside their limits go with Excel.run's closing sync.
    fit.clamp();
    return { ...outcome, cancelled: false };
  });
}

/**
 * Queues, with the import's first rows, what the user chose to add to the workbook's lists (stage
 * names to Stages, reps to Team, tiers to Cadences) and the column mapping to remember: all go in
 * the same request as the first chunk, so an import that writes nothing adds nothing.
 */
function addToLists(context: Excel.RequestContext, write: ImportWrite): void {
  const add = (table: string, rows: readonly (readonly Cell[])[] | undefined) => {
    if (rows?.length)
      context.workbook.tables.getItem(table).rows.add(undefined, rows as (string | number | boolean)[][]);
  };
  add("Stages", write.newStages);
  add("Team", write.newRows?.Team);
  add("Cadences", write.newRows?.Cadences);
  if (write.savedMappings) context.workbook.settings.add(savedMappingsKey, write.savedMappings);
}

async function writeAppend(write: ImportWrite, options: ChunkOptions): Promise<ExcelResult<ImportOutcome>> {
  const { layout, target, pending } = write;
  const total = layout.rows.length;
  const resumed = resumesFrom(write);
  const existingWidth = layout.headers.length - layout.addedColumns.length;
  // An Update changes existing rows: what it overwrites goes in the undo journal, whose hidden
  // sheet is added in a batch of its own (not inside a merged undo group). A failure here stops
  // the import before it writes anything.
  if ((write.updates ?? []).length > 0) {
    const journalSheet = await ensureJournalSheet();
    if (!journalSheet.ok) return journalSheet;
  }
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItem(target);
    const header = table.getHeaderRowRange();
    header.load("values");
    table.load("rows/count,worksheet/name");
    const lastFormulas = table.getDataBodyRange().getLastRow();
    lastFormulas.load("formulas");
    const updates = write.updates ?? [];
    const body = table.getDataBodyRange();
    const updateRows = updates.map((update) => body.getRow(update.tableRow).load("values,formulas"));
    const startJournal = updates.length > 0 ? queueStartJournal(context, "update") : undefined;
    await context.sync();
    const current = (header.values[0] ?? []).map((cell) => String(cell));
    const expectedHeaders = layout.headers.slice(0, resumed ? layout.headers.length : existingWidth);
    if (current.length !== expectedHeaders.length || current.some((h, i) => h !== expectedHeaders[i])) {
      refuse(`The ${target} table's columns changed since it was read: start the import again.`);
    }
    if (updates.length > 0) {
      if (write.baseRows !== undefined && table.rows.count !== write.baseRows) {
        refuse(`The ${target} table changed since it was read: nothing was updated. Check the data again.`);
      }
      const changed = changedRows(updates, updateRows, write.compareColumns ?? []);
      if (changed.length > 0) {
        const rows = changed.slice(0, 5).join(", ") + (changed.length > 5 ? " …" : "");
        refuse(
          `Rows ${rows} of the ${target} table changed since they were read: nothing was updated. Check the data again.`,
        );
      }
    }
    let count = table.rows.count;
    // The table as the pane read it, before an unfinished append's rows are taken out below.
    const countAsRead = count;
    let replaced = false;
    if (resumed) {
      if (count !== (pending?.baseRows ?? -1) + resumed) {
        refuse(`The ${target} table changed since the unfinished import: start the import again.`);
      }
    } else if (pending && pending.mode === "append" && pending.target === target && pending.done > 0) {
      const base = pending.baseRows ?? -1;
      if (!write.replacePending) refuse(`An unfinished import added rows to ${target}: confirm removing them first.`);
      if (count !== base + pending.done) refuse(`The ${target} table changed since the unfinished import.`);
      deleteLastRows(table, base, pending.done);
      count = base;
      replaced = true;
    }
    if (!resumed && write.baseRows !== undefined && countAsRead !== write.baseRows) {
      refuse(`The ${target} table changed since it was read: start the import again.`);
    }
    const baseRows = resumed ? (pending?.baseRows ?? count) : count;
    const base: Record_ = {
      fingerprint: layout.fingerprint,
      target,
      mode: "append",
      sheet: table.worksheet.name,
      total,
      baseRows,
    };

    // A formula column (the layout leaves its cells null) gets the formula the column holds on
    // its last row, written over the new rows: one formula per column, auto-fill on or off.
    const held = (lastFormulas.formulas[0] ?? []) as unknown[];
    const first = layout.rows[0] ?? [];
    const formulas = layout.headers.map((_, c) =>
      first[c] === null && typeof held[c] === "string" && String(held[c]).startsWith("=") ? String(held[c]) : null,
    );

    const journal = startJournal ? await startJournal(updates.length) : undefined;
    const updated = await writeUpdates(context, body, updates, updateRows, options, {
      target,
      headers: current,
      compareColumns: write.compareColumns ?? [],
      journal,
    });
    // The entry goes out with the next request: the appended rows' first, or the closing one.
    journal?.commit();
    if (updated.cancelled) {
      await context.sync();
      return {
        mode: "append" as const,
        sheet: table.worksheet.name,
        table: target,
        done: resumed,
        total,
        resumedFrom: resumed,
        cancelled: true,
        updated: { rows: updated.rows, cells: updated.cells },
      };
    }

    let prepared = resumed > 0;
    const written = await appendRows(context, table, target, layout.rows.slice(resumed), {
      ...options,
      formulas,
      addedColumns: resumed ? 0 : layout.addedColumns.length,
      beforeChunk: () => {
        context.application.suspendApiCalculationUntilNextSync();
        if (!prepared) {
          prepared = true;
          addToLists(context, write);
          for (const at of layout.addedColumns) table.columns.add(undefined, undefined, layout.headers[at]);
        }
      },
      afterChunk: (chunk, offset) => record(context, base, resumed + offset + chunk.length),
    });
    const outcome = {
      mode: "append" as const,
      sheet: table.worksheet.name,
      table: target,
      done: resumed + written.done,
      total,
      resumedFrom: resumed,
      ...(updates.length > 0 ? { updated: { rows: updated.rows, cells: updated.cells } } : {}),
    };
    if (written.cancelled) return { ...outcome, cancelled: true };
    // The columns go in with the first chunk: an append with no row left to add (a run again after
    // a lost answer, every row already there) added none to format.
    if (prepared)
      for (const at of layout.addedColumns) {
        const format = layout.formats[at];
        if (format) table.columns.getItem(layout.headers[at]).getDataBodyRange().numberFormat = everyCell(format);
      }
    // An append with nothing left to add (every row already in the table) recorded nothing, and
    // another job's record stays unless this run finished or replaced it.
    if (resumed > 0 || replaced || written.done > 0) clearRecord(context);
    recalculate(context);
    await context.sync();
    return { ...outcome, cancelled: false };
  });
}

/** Whether two cells Excel returned hold the same value (a number and its text never do). */
function sameCell(a: unknown, b: unknown): boolean {
  return (a ?? "") === (b ?? "") || (typeof a === typeof b && String(a ?? "") === String(b ?? ""));
}

/** The 1-based table rows (data body) an update would write over that changed since they were read. */
function changedRows(
  updates: readonly RowUpdate[],
  rows: readonly Excel.Range[],
  columns: readonly number[],
): number[] {
  const changed: number[] = [];
  updates.forEach((update, i) => {
    const now = rows[i].values[0] ?? [];
    if (columns.some((c) => !sameCell(now[c], update.expected[c]))) changed.push(update.tableRow + 1);
  });
  return changed;
}

/**
 * Writes an Update import's changes into the rows it matched: only the cells that differ, one
 * range per cell, in byte-bounded requests (writeInChunks). A cell that holds a formula is never
 * written over (a formula column, or a formula the user typed): it is left as it is. Text values
 * come guarded (outputCell / textCell), so `=`, `+`, `-`, `@` text stays text.
 */
async function writeUpdates(
  context: Excel.RequestContext,
  body: Excel.Range,
  updates: readonly RowUpdate[],
  rows: readonly Excel.Range[],
  options: ChunkOptions,
  undo: {
    target: ImportTarget;
    headers: readonly string[];
    compareColumns: readonly number[];
    journal: JournalRecorder | undefined;
  },
): Promise<{ rows: number; cells: number; cancelled: boolean }> {
  if (updates.length === 0) return { rows: 0, cells: 0, cancelled: false };
  let cells = 0;
  let touched = 0;
  const indexed = updates.map((update, i) => ({
    update,
    formulas: (rows[i].formulas[0] ?? []) as Cell[],
    values: (rows[i].values[0] ?? []) as Cell[],
  }));
  const key = updateKey(undo.target, undo.headers, undo.compareColumns);
  const written = await writeInChunks(
    context,
    indexed,
    (chunk) => {
      context.application.suspendApiCalculationUntilNextSync();
      for (const { update, formulas, values } of chunk) {
        // A cell that holds a formula is left as it is.
        const changes = update.changes.filter((change) => {
          const held = formulas[change.column];
          return !(typeof held === "string" && held.startsWith("="));
        });
        if (changes.length === 0) continue;
        // Undo: the cells' contents as read in this run, found again by the row's key, so a sort
        // between the import and the undo does not matter (the journal's pending head goes out
        // with this request, its full entry with the import's next one).
        if (undo.journal) {
          const columns = changes.map((change) => change.column);
          const keyColumns = key(update, columns);
          const row: KeyedRow = {
            key: { columns: keyColumns, cells: keyColumns.map((c) => update.expected[c] ?? "") },
            cells: changes.map((change) => change.write),
            row: update.tableRow,
          };
          const track = undo.journal.track(undo.target, undo.headers, columns, [row]);
          track.alongside?.(touched + 1);
          track.onLanded?.([
            { index: 0, formulas: columns.map((c) => formulas[c] ?? ""), values: columns.map((c) => values[c] ?? "") },
          ]);
        }
        for (const change of changes) {
          body.getCell(update.tableRow, change.column).values = [[change.write as string | number | boolean]];
          cells++;
        }
        touched++;
      }
    },
    { signal: options.signal, maxRequestBytes: options.maxRequestBytes },
  );
  return { rows: touched, cells, cancelled: written.cancelled };
}

/**
 * The rows an in-place import changes, keyed by their source cells as read (or as converted, so
 * a run after an interrupted one recognizes the rows it converted); `at` is each one's list row.
 */
function inPlaceRows(layout: TableLayout, sourceWidth: number): { rows: KeyedRow[]; at: number[] } {
  const columns = Array.from({ length: sourceWidth }, (_, column) => column);
  const rows: KeyedRow[] = [];
  const at: number[] = [];
  layout.rows.forEach((row, r) => {
    const cells = row.slice(0, sourceWidth);
    if (cells.every((cell) => cell === null)) return;
    const read = columns.map((column) => layout.keys?.[r]?.[column] ?? "");
    // A guarded text goes in with its apostrophe, which Excel keeps out of the cell's value.
    const shown = (cell: Cell) => (typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell);
    rows.push({
      key: {
        columns,
        cells: read,
        written: read.map((cell, column) => (cells[column] === null ? cell : shown(cells[column]))),
      },
      cells,
      row: r,
    });
    at.push(r + 1);
  });
  return { rows, at };
}

/**
 * Whether an in-place import can make its list the table: refuses (invalid) when a table of the
 * target's name exists (unless it is this very import's, finished: "finished"), the list overlaps
 * a table, or the cells its added columns need are not empty. Reads only.
 */
async function checkInPlace(context: Excel.RequestContext, write: ImportWrite): Promise<"finished" | "ok"> {
  const { layout, target } = write;
  const anchor = layout.anchor ?? { row: 0, column: 0 };
  const total = layout.rows.length;
  const width = layout.headers.length;
  const sourceWidth = width - layout.addedColumns.length;
  const sheetName = write.sourceSheet ?? "";
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const existing = context.workbook.tables.getItemOrNullObject(target);
  existing.load("name");
  const right =
    layout.addedColumns.length > 0
      ? sheet.getRangeByIndexes(anchor.row, anchor.column + sourceWidth, total + 1, layout.addedColumns.length)
      : undefined;
  right?.load("values,address");
  const allTables = context.workbook.tables;
  allTables.load("items/name,items/worksheet/name");
  await context.sync();
  if (!existing.isNullObject) {
    // A run again after a lost answer: the closing request made the list this very table.
    if (await isFinishedInPlace(context, existing, write)) return "finished";
    refuse(`A table named ${target} already exists: append to it instead.`);
  }
  const sheetTables = allTables.items.filter((table) => table.worksheet.name === sheetName);
  if (sheetTables.length > 0) {
    // The list must not overlap a table already on the sheet (Excel refuses overlapping tables).
    const block = sheet.getRangeByIndexes(anchor.row, anchor.column, total + 1, width);
    const overlaps = sheetTables.map((table) => {
      const overlap = block.getIntersectionOrNullObject(table.getRange());
      overlap.load("address");
      return { name: table.name, overlap };
    });
    await context.sync();
    const hit = overlaps.find(({ overlap }) => !overlap.isNullObject);
    if (hit) refuse(`The list overlaps the table ${hit.name}; select cells outside it or convert to a new sheet.`);
  }
  if (right && right.values.some((row) => row.some((cell) => cell !== "" && cell !== null))) {
    const where = right.address.slice(right.address.lastIndexOf("!") + 1);
    refuse(
      `The cells ${where} next to the list are not empty; the table needs them for its added columns. Convert to a new sheet instead, or clear them.`,
    );
  }
  return "ok";
}

async function writeInPlace(write: ImportWrite, options: ChunkOptions): Promise<ExcelResult<ImportOutcome>> {
  const { layout, target } = write;
  // Checked first, writing nothing: a refused import leaves the workbook as it was.
  const checked = await runExcel((context) => checkInPlace(context, write));
  if (!checked.ok) return checked;
  if (checked.value === "finished") return { ok: true, value: { ...finished(write), cancelled: false } };
  // The conversion is journaled for "Undo last SalesGrid change"; the hidden journal sheet is
  // added in a batch of its own first (it cannot be added inside a merged undo group).
  const journalSheet = await ensureJournalSheet();
  if (!journalSheet.ok) return journalSheet;
  const anchor = layout.anchor ?? { row: 0, column: 0 };
  const total = layout.rows.length;
  const width = layout.headers.length;
  const sourceWidth = width - layout.addedColumns.length;
  const sheetName = write.sourceSheet ?? "";
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    // The list's header row as it is, for the undo to put back (read with the checks' first request).
    const headerRow = sheet.getRangeByIndexes(anchor.row, anchor.column, 1, sourceWidth).load("formulas,values");
    const startJournal = queueStartJournal(context, "import");
    // Checked again in the writing batch: the list may have changed since the first check.
    if ((await checkInPlace(context, write)) === "finished") return { ...finished(write), cancelled: false };
    const base: Record_ = { fingerprint: layout.fingerprint, target, mode: "in-place", sheet: sheetName, total };

    const prepare = () => {
      // The record goes with the first request, so the closing one always has one to remove.
      record(context, base, 0);
      addToLists(context, write);
      layout.formats.forEach((format, column) => {
        if (format && total > 0) {
          sheet.getRangeByIndexes(anchor.row + 1, anchor.column + column, total, 1).numberFormat = everyCell(format);
        }
      });
    };
    const keyed = inPlaceRows(layout, sourceWidth);
    // The rows it converts (each under the key it has once converted, every source cell kept as
    // the undo compares and restores it) and the header row and table it makes.
    const journal = await startJournal(keyed.rows.length + 1);
    const sourceColumns = Array.from({ length: sourceWidth }, (_, column) => column);
    const track = journal.track(
      target,
      layout.headers,
      sourceColumns,
      keyed.rows.map((row) => ({ ...row, cells: row.key.written ?? row.cells })),
      (i) => keyed.rows[i].key.written ?? keyed.rows[i].key.cells,
    );
    // Formats before values, so cells formatted as Text keep what conversion wrote as typed.
    prepare();
    const written = await writeKeyedRows(
      context,
      { body: () => sheet.getRangeByIndexes(anchor.row + 1, anchor.column, Math.max(total, 1), sourceWidth) },
      sourceColumns,
      keyed.rows,
      {
        ...options,
        onLanded: track.onLanded,
        // The table at the end spans the list as read: once rows moved, its extent is no longer
        // known, so the write stops at the first move rather than relocating.
        maxRelocations: 0,
        onProgress: ({ done }) => options.onProgress?.({ done: keyed.at[done - 1] ?? 0, total }),
        alongside: (done) => {
          context.application.suspendApiCalculationUntilNextSync();
          record(context, base, keyed.at[done - 1] ?? 0);
          track.alongside?.(done);
        },
      },
    );
    const outcome = {
      mode: "in-place" as const,
      sheet: sheetName,
      table: target,
      // Rows are converted in order: a cancel stops after the last row written; a stop after rows
      // moved counts the rows converted (listed in moved).
      done: written.cancelled
        ? (keyed.at[written.done - 1] ?? 0)
        : written.notWritten.length > 0
          ? written.done
          : total,
      total,
      resumedFrom: 0,
    };
    if (written.cancelled) return { ...outcome, cancelled: true };
    if (written.notWritten.length > 0) {
      // The record stays, as after a failure: it says how far the list got.
      const rowsOf = (indexes: readonly number[]) =>
        indexes.map((i) => anchor.row + 2 + keyed.at[i] - 1).sort((a, b) => a - b);
      const missed = new Set(written.notWritten);
      return {
        ...outcome,
        cancelled: false,
        moved: {
          written: rowsOf(keyed.rows.flatMap((_, i) => (missed.has(i) ? [] : [i]))),
          notWritten: rowsOf(written.notWritten),
        },
      };
    }

    const headers = layout.headers.map(outputCell);
    journal.record([
      {
        kind: "table",
        at: total,
        table: target,
        keyColumns: [],
        key: [],
        columns: layout.headers,
        before: layout.headers.map((_, column) =>
          column < sourceWidth ? restoreCell(headerRow.formulas[0][column], headerRow.values[0][column]) : null,
        ),
        // The headers as Excel reads them back (a guarded one without its apostrophe).
        after: layout.headers,
      },
    ]);
    journal.commit();
    sheet.getRangeByIndexes(anchor.row, anchor.column, 1, width).values = [headers];
    const table = sheet.tables.add(sheet.getRangeByIndexes(anchor.row, anchor.column, total + 1, width), true);
    table.name = target;
    layout.formulas.forEach((formula, column) => {
      if (formula && total > 0)
        sheet.getRangeByIndexes(anchor.row + 1, anchor.column + column, total, 1).formulas = everyCell(formula);
    });
    clearRecord(context);
    recalculate(context);
    await context.sync();
    return { ...outcome, cancelled: false };
  });
}

/** What an in-place import reports once the whole list is the table. */
function finished(write: ImportWrite) {
  const total = write.layout.rows.length;
  return {
    mode: "in-place" as const,
    sheet: write.sourceSheet ?? "",
    table: write.target,
    done: total,
    total,
    resumedFrom: 0,
  };
}

/**
 * Whether `table` is what this in-place import makes of its list: on the source sheet, spanning
 * exactly the list and its added columns, under the layout's headers. The closing request (headers,
 * table, formulas, the record removed) is one request, so such a table means it landed whole.
 */
async function isFinishedInPlace(context: Excel.RequestContext, table: Excel.Table, write: ImportWrite) {
  const { layout } = write;
  const anchor = layout.anchor ?? { row: 0, column: 0 };
  const range = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
  const header = table.getHeaderRowRange().load("values");
  table.worksheet.load("name");
  await context.sync();
  return (
    table.worksheet.name === write.sourceSheet &&
    range.rowIndex === anchor.row &&
    range.columnIndex === anchor.column &&
    range.rowCount === layout.rows.length + 1 &&
    range.columnCount === layout.headers.length &&
    layout.headers.every((h, i) => String(header.values[0]?.[i]) === h)
  );
}

/**
 * Deletes `count` table rows from index `from`, the end of the table. `TableRowCollection.deleteRows`
 * is ExcelApiOnline (Excel on the web only, and it cannot be declared in the manifest), so it is
 * used only where `isSetSupported` says so; elsewhere each row goes with ExcelApi 1.1's
 * `TableRow.delete()`, from the highest index so the others keep theirs. Desktop Excel has no
 * 5 MB request limit, so one command per row is fine there.
 */
function deleteLastRows(table: Excel.Table, from: number, count: number): void {
  if (Office.context.requirements.isSetSupported("ExcelApiOnline", "1.1")) {
    table.rows.deleteRows(Array.from({ length: count }, (_, i) => from + i));
    return;
  }
  for (let i = from + count - 1; i >= from; i--) table.rows.getItemAt(i).delete();
}

/**
 * Queues a recalculation: the chunks went in with calculation suspended, and Excel leaves
 * recalculating what they wrote to the add-in (suspendApiCalculationUntilNextSync), so the closing
 * request of every import recalculates.
 */
function recalculate(context: Excel.RequestContext): void {
  context.workbook.application.calculate(Excel.CalculationType.recalculate);
}

/**
 * Which columns find an updated row again for its undo: the table's ID (CustomerID, DealID) when
 * the row has one and the update leaves it alone, else every typed (non-formula) column the
 * update does not change, as read, so the row is found by all it still holds.
 */
function updateKey(
  target: ImportTarget,
  headers: readonly string[],
  typed: readonly number[],
): (update: RowUpdate, changed: readonly number[]) => number[] {
  const columns = columnIndex(target, headers);
  const idKey = (recordIdColumns as Record<string, { key: string } | undefined>)[target]?.key;
  const id = idKey === undefined ? -1 : (columns[idKey] ?? -1);
  return (update, changed) => {
    const idCell = id >= 0 ? update.expected[id] : "";
    if (id >= 0 && !changed.includes(id) && idCell !== "" && idCell !== null && idCell !== undefined) return [id];
    return typed.filter((c) => !changed.includes(c) && update.expected[c] !== undefined);
  };
}

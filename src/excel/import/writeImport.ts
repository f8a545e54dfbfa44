import type { Cell } from "@core/cells/cell";
import type { ImportTarget } from "@core/import/importColumns";
import { outputCell, type TableLayout } from "@core/import/tableLayout";
import { columnLetters } from "@core/workbook/columnLetters";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { writeInChunks, type ChunkOptions } from "../write/writeInChunks";
import { pendingImportKey, type PendingImport } from "./pendingImport";

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
  /** What an earlier, unfinished import recorded (readImportWorkbook). */
  readonly pending?: PendingImport | null;
  /**
   * The user confirmed replacing what an unfinished import of another job wrote: the partial new
   * sheet is deleted, the rows a partial append added are removed. Without it such an import
   * is refused rather than touched.
   */
  readonly replacePending?: boolean;
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

/** A value the setter applies to every cell of the range (Office.js accepts a single value). */
function everyCell(value: string): string[][] {
  return value as unknown as string[][];
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
 * - append: refused unless the table still has the rows and headers it had when read; columns
 *   the table lacks are added, the rows are added at its end (calculated columns fill them);
 * - in place: refused if the cells the added columns need are not empty; the changed cells, then
 *   the headers, the table over the list and the added formula columns.
 * Stage names to add go into the Stages table in the first request.
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
  return runExcel(async (context) => {
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
          if (write.newStages?.length) addStages(context, write.newStages);
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
    // Widths from the header and the first rows: measuring a whole 100,000-row column is not worth it.
    target_.getRangeByIndexes(0, 0, Math.min(total, 200) + 1, width).format.autofitColumns();
    target_.freezePanes.freezeRows(1);
    target_.activate();
    clearRecord(context);
    recalculate(context);
    await context.sync();
    return { ...outcome, cancelled: false };
  });
}

function addStages(context: Excel.RequestContext, rows: readonly (readonly Cell[])[]): void {
  context.workbook.tables.getItem("Stages").rows.add(undefined, rows as (string | number | boolean)[][]);
}

function writeAppend(write: ImportWrite, options: ChunkOptions): Promise<ExcelResult<ImportOutcome>> {
  const { layout, target, pending } = write;
  const total = layout.rows.length;
  const resumed = resumesFrom(write);
  const existingWidth = layout.headers.length - layout.addedColumns.length;
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItem(target);
    const header = table.getHeaderRowRange();
    header.load("values");
    // The first data row's formulas, for the rows this append adds (see withTableFormulas).
    const firstRow = header.getOffsetRange(1, 0);
    firstRow.load("formulas");
    table.load("rows/count,worksheet/name");
    await context.sync();
    const current = (header.values[0] ?? []).map((cell) => String(cell));
    const expectedHeaders = layout.headers.slice(0, resumed ? layout.headers.length : existingWidth);
    if (current.length !== expectedHeaders.length || current.some((h, i) => h !== expectedHeaders[i])) {
      refuse(`The ${target} table's columns changed since it was read: start the import again.`);
    }
    let count = table.rows.count;
    const formulas = count > 0 ? (firstRow.formulas[0] ?? []) : [];
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

    let prepared = resumed > 0;
    const written = await writeInChunks(
      context,
      layout.rows.slice(resumed),
      (chunk, offset) => {
        context.application.suspendApiCalculationUntilNextSync();
        if (!prepared) {
          prepared = true;
          if (write.newStages?.length) addStages(context, write.newStages);
          for (const at of layout.addedColumns) table.columns.add(undefined, undefined, layout.headers[at]);
        }
        table.rows.add(undefined, withTableFormulas(chunk, formulas) as (string | number | boolean)[][]);
        record(context, base, resumed + offset + chunk.length);
      },
      options,
    );
    const outcome = {
      mode: "append" as const,
      sheet: table.worksheet.name,
      table: target,
      done: resumed + written.done,
      total,
      resumedFrom: resumed,
    };
    if (written.cancelled) return { ...outcome, cancelled: true };
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

/**
 * Appended rows with the table's formula in each formula column (null in the layout): with Excel's
 * "Fill formulas in tables to create calculated columns" option off, the calculated column fills
 * no new row. The formulas SalesGrid writes refer to their own row with `[@Column]`, so the first
 * row's text is every row's; a column whose first cell holds no formula keeps null (left as is).
 */
function withTableFormulas(rows: readonly (readonly Cell[])[], firstRow: readonly unknown[]): Cell[][] {
  return rows.map((row) =>
    row.map((cell, at) => {
      const formula = firstRow[at];
      return cell === null && typeof formula === "string" && formula.startsWith("=") ? formula : cell;
    }),
  );
}

function writeInPlace(write: ImportWrite, options: ChunkOptions): Promise<ExcelResult<ImportOutcome>> {
  const { layout, target } = write;
  const anchor = layout.anchor ?? { row: 0, column: 0 };
  const total = layout.rows.length;
  const width = layout.headers.length;
  const sourceWidth = width - layout.addedColumns.length;
  const sheetName = write.sourceSheet ?? "";
  return runExcel(async (context) => {
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
    if (!existing.isNullObject) refuse(`A table named ${target} already exists: append to it instead.`);
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
    const base: Record_ = { fingerprint: layout.fingerprint, target, mode: "in-place", sheet: sheetName, total };

    let prepared = false;
    const prepare = () => {
      prepared = true;
      if (write.newStages?.length) addStages(context, write.newStages);
      layout.formats.forEach((format, column) => {
        if (format && total > 0) {
          sheet.getRangeByIndexes(anchor.row + 1, anchor.column + column, total, 1).numberFormat = everyCell(format);
        }
      });
    };
    const written = await writeInChunks(
      context,
      layout.rows,
      (chunk, offset) => {
        context.application.suspendApiCalculationUntilNextSync();
        if (!prepared) prepare();
        if (chunk.some((row) => row.some((cell) => cell !== null))) {
          sheet.getRangeByIndexes(anchor.row + 1 + offset, anchor.column, chunk.length, width).values =
            chunk as Cell[][];
        }
        record(context, base, offset + chunk.length);
      },
      options,
    );
    const outcome = {
      mode: "in-place" as const,
      sheet: sheetName,
      table: target,
      done: written.done,
      total,
      resumedFrom: 0,
    };
    if (written.cancelled) return { ...outcome, cancelled: true };

    if (!prepared) prepare();
    sheet.getRangeByIndexes(anchor.row, anchor.column, 1, width).values = [layout.headers.map(outputCell)];
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

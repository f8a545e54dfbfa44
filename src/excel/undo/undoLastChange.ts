import type { Cell } from "@core/cells/cell";
import {
  bandCells,
  keyLabel,
  rowLabel,
  stillWritten,
  type JournaledCommand,
  type JournalRow,
  type JournalRowKind,
  type SlottedEntry,
} from "@core/undo/undoJournal";
import type { TableName } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { queueOpenTable } from "../tables/openTable";
import { writeKeyedRows } from "../write/writeKeyedRows";
import { journalSheet, queueBand, queueJournalRead } from "./undoJournal";

/** The change "Undo last SalesGrid change" would take back, as the pane shows it. */
export type LastChange = {
  readonly command: JournaledCommand;
  /** When it ran (ISO 8601, UTC). */
  readonly when: string;
  /** How many rows it changed, and in which tables. */
  readonly rows: number;
  readonly tables: readonly string[];
  /** False when the command was interrupted before its record was complete: it cannot be undone. */
  readonly complete: boolean;
};

/** What the undo did. */
export type UndoOutcome =
  | { readonly kind: "nothing" }
  /** The last change was interrupted while it wrote: the journal does not hold all it overwrote. */
  | { readonly kind: "interrupted"; readonly command: JournaledCommand }
  /** Rows changed since (edited, deleted, or a column removed): nothing was written. */
  | { readonly kind: "refused"; readonly command: JournaledCommand; readonly rows: readonly string[] }
  | {
      readonly kind: "undone";
      readonly command: JournaledCommand;
      readonly rows: number;
      /** Rows deleted or re-keyed between the check and the write (not restored). */
      readonly notRestored: readonly string[];
    };

function lastOf(entries: readonly SlottedEntry[]): SlottedEntry | undefined {
  return entries[entries.length - 1];
}

/**
 * The last journaled SalesGrid change, or null when there is none, read from the hidden journal sheet.
 *
 * @returns the change the pane's undo would take back
 * @example
 * await readLastChange() //=> { ok: true, value: { command: "tiers", when: "2026-12-07T08:00:00.000Z", rows: 300, tables: ["Customers"], complete: true } }
 */
export function readLastChange(): Promise<ExcelResult<LastChange | null>> {
  return runExcel(async (context) => {
    const read = queueJournalRead(context);
    await context.sync();
    const last = lastOf((await read.state())?.entries ?? []);
    if (!last) return null;
    return {
      command: last.command,
      when: last.when,
      rows: last.rows.length,
      tables: [...new Set(last.rows.map((row) => row.table))],
      complete: last.status === "done",
    };
  });
}

/** Rows of one table written with the same key and columns, and changed the same way: one write restores them. */
type Group = {
  readonly kind: JournalRowKind;
  readonly table: string;
  readonly keyColumns: readonly string[];
  readonly columns: readonly string[];
  readonly rows: JournalRow[];
};

function groupsOf(rows: readonly JournalRow[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const kind = row.kind ?? "changed";
    const signature = JSON.stringify([kind, row.table, row.keyColumns, row.columns]);
    const group = groups.get(signature) ?? {
      kind,
      table: row.table,
      keyColumns: row.keyColumns,
      columns: row.columns,
      rows: [],
    };
    group.rows.push(row);
    groups.set(signature, group);
  }
  return [...groups.values()];
}

const findColumn = (headers: readonly string[], name: string) =>
  headers.findIndex((header) => header.trim().toLowerCase() === name.trim().toLowerCase());

/**
 * Takes back the last journaled SalesGrid change, in one batch (one undo step where Excel has
 * ExcelApi 1.20). Each row is found by its key (CustomerID, Period + Rep …) where it is now, never
 * by position. It refuses, writing nothing, when any row changed since: a cell no longer holds what
 * the command wrote, the row is gone, or a column was removed; the refusal names those rows. Else
 * it puts back each overwritten cell (a formula as its formula) with a keyed write, deletes the
 * rows the command journaled as added (found by key, unchanged since, else it refuses) and inserts
 * the rows it journaled as removed again at the data rows they had (a Targets replacement), and
 * removes the entry from the journal in the same closing request, so the next undo takes back the
 * change before it. Pool records and other rows a command added without journaling them stay.
 *
 * @returns what it did
 * @example
 * await undoLastChange() //=> { ok: true, value: { kind: "refused", command: "tiers", rows: ["C-0003"] } }
 */
export function undoLastChange(): Promise<ExcelResult<UndoOutcome>> {
  return runExcel(async (context): Promise<UndoOutcome> => {
    const read = queueJournalRead(context);
    await context.sync();
    const state = await read.state();
    const last = lastOf(state?.entries ?? []);
    if (!state || !last) return { kind: "nothing" };
    if (last.status !== "done") return { kind: "interrupted", command: last.command };

    const groups = groupsOf(last.rows);
    const opened = new Map(
      [...new Set(groups.map((group) => group.table))].map((name) => [
        name,
        queueOpenTable(context, name as TableName),
      ]),
    );
    await context.sync();

    // Every key column and written column of every group, read in one request.
    const reads = groups.map((group) => {
      const table = opened.get(group.table)?.opened() ?? null;
      if (!table) return { group, table: null };
      const keyColumns = group.keyColumns.map((name) => findColumn(table.headers, name));
      const columns = group.columns.map((name) => findColumn(table.headers, name));
      if ([...keyColumns, ...columns].some((column) => column < 0)) return { group, table: null };
      // A removed row is inserted again whole: nothing of it is in the table to compare.
      if (group.kind === "removed")
        return { group, table: table.table, keyColumns, columns, keys: [], written: [], headers: table.headers };
      // A list made a table: its place and size, to compare and to convert back.
      if (group.kind === "table") {
        const range = table.table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
        const sheet = table.table.worksheet.load("name");
        return {
          group,
          table: table.table,
          keyColumns,
          columns,
          keys: [],
          written: [],
          headers: table.headers,
          range,
          sheet,
        };
      }
      const body = table.table.getDataBodyRange();
      const keys = keyColumns.map((column) => body.getColumn(column).load("values"));
      const written = columns.map((column) => body.getColumn(column).load("formulas,values"));
      return { group, table: table.table, keyColumns, columns, keys, written, headers: table.headers };
    });
    await context.sync();

    const refused: string[] = [];
    const plans = reads.map((read) => {
      if (!read.table) {
        for (const row of read.group.rows) refused.push(rowLabel(row));
        return null;
      }
      const { keys, written } = read as Required<typeof read>;
      if (read.group.kind === "removed") return { ...(read as Required<typeof read>), located: [] as number[] };
      if (read.group.kind === "table") {
        // The table as the command left it: as many data rows, the same headers in the same order.
        const { range, headers } = read as Required<typeof read>;
        for (const row of read.group.rows)
          if (
            range.rowCount - 1 !== row.at ||
            range.columnCount !== row.after.length ||
            row.after.some((header, k) => String(header) !== headers[k])
          )
            refused.push(row.table);
        return { ...(read as Required<typeof read>), located: [] as number[] };
      }
      const height = keys[0]?.values.length ?? 0;
      const byKey = new Map<string, number[]>();
      for (let at = 0; at < height; at += 1) {
        const label = keyLabel(keys.map((range) => range.values[at][0] as Cell));
        byKey.set(label, [...(byKey.get(label) ?? []), at]);
      }
      const located = read.group.rows.map((row) => {
        const at = byKey.get(keyLabel(row.key))?.shift();
        const unchanged =
          at !== undefined &&
          row.after.every((cell, k) =>
            stillWritten(cell, written[k].formulas[at][0] as Cell, written[k].values[at][0] as Cell),
          );
        if (!unchanged) refused.push(rowLabel(row));
        return at ?? -1;
      });
      return { ...(read as Required<typeof read>), located };
    });
    if (refused.length > 0) return { kind: "refused", command: last.command, rows: refused };

    const notRestored: string[] = [];
    let restored = 0;
    for (const plan of plans) {
      if (!plan || plan.group.kind !== "changed") continue;
      const rows = plan.group.rows;
      // One keyed write per table and column set; a command touches one or two.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      const result = await writeKeyedRows(
        context,
        plan.table,
        plan.columns,
        rows.map((row, i) => ({
          key: { columns: plan.keyColumns, cells: row.key },
          cells: row.before,
          row: plan.located[i],
        })),
      );
      restored += result.done;
      for (const i of result.notWritten) notRestored.push(rowLabel(rows[i]));
    }
    // Rows it added go, bottom-up; then rows it removed come back where they were, first row first,
    // so each lands at the data row it had (rows deleted and inserted in the closing request).
    for (const name of new Set(plans.flatMap((plan) => (plan ? [plan.group.table] : [])))) {
      const ofTable = plans.filter((plan): plan is NonNullable<typeof plan> => plan?.group.table === name);
      const added = ofTable.filter((plan) => plan.group.kind === "added").flatMap((plan) => plan.located);
      for (const at of [...added].sort((a, b) => b - a)) ofTable[0].table.rows.getItemAt(at).delete();
      restored += added.length;
      let height = (ofTable.find((plan) => plan.keys.length > 0)?.keys[0].values.length ?? Infinity) - added.length;
      const removed = ofTable
        .filter((plan) => plan.group.kind === "removed")
        .flatMap((plan) =>
          plan.group.rows.map((row) => ({
            at: row.at ?? 0,
            cells: plan.headers.map((header) => {
              const k = plan.group.columns.findIndex((name) => findColumn([header], name) === 0);
              return k < 0 ? "" : row.before[k];
            }),
          })),
        )
        .sort((a, b) => a.at - b.at);
      // Consecutive rows go in one add.
      for (let first = 0; first < removed.length;) {
        let end = first + 1;
        while (end < removed.length && removed[end].at === removed[end - 1].at + 1) end += 1;
        const at = Math.min(removed[first].at, height);
        ofTable[0].table.rows.add(
          Number.isFinite(at) ? at : undefined,
          removed.slice(first, end).map((row) => row.cells) as (string | number | boolean)[][],
        );
        height += end - first;
        restored += end - first;
        first = end;
      }
    }
    // A list the command made a table is a list again (Table.convertToRange, ExcelApi 1.2: "All
    // data is preserved"), under its own headers; the columns the command added are cleared.
    for (const plan of plans) {
      if (!plan || plan.group.kind !== "table") continue;
      const { range, sheet } = plan as Required<typeof plan>;
      plan.table.convertToRange();
      const on = context.workbook.worksheets.getItem(sheet.name);
      for (const row of plan.group.rows) {
        row.before.forEach((header, k) => {
          if (header === null)
            on.getRangeByIndexes(range.rowIndex, range.columnIndex + k, range.rowCount, 1).clear(
              Excel.ClearApplyTo.contents,
            );
          else on.getRangeByIndexes(range.rowIndex, range.columnIndex + k, 1, 1).values = [[header as string]];
        });
        restored += 1;
      }
    }
    // The entry leaves the journal with the undo's closing request.
    queueBand(journalSheet(context), last.slot, bandCells(null, state.heights[last.slot]));
    await context.sync();
    return { kind: "undone", command: last.command, rows: restored, notRestored };
  });
}

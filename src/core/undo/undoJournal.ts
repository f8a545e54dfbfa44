import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { literalText } from "@core/workbook/literalText";

/**
 * The undo journal: what SalesGrid's commands that change existing rows overwrote, so the pane can
 * put it back ("Undo last SalesGrid change"). Pure: the rows of the journal sheet, their encoding,
 * the bounds, and the check that nothing changed since. src/excel/undo/ reads and writes the sheet.
 */

/** The commands that journal what they overwrite. */
export type JournaledCommand =
  "tiers" | "release" | "reassign" | "claim" | "import" | "update" | "scorecard" | "targets";

/**
 * What a command did to a row: changed its cells in place (the default), added it (the undo
 * deletes it), removed it (the undo inserts it again at the data row it had, `at`), or, for
 * `table`, made a plain list the table: `columns` are the headers it wrote, `before` the list's
 * header cells (null for a column it added, which the undo clears), `at` its data rows; the undo
 * converts the table back to a range.
 */
export type JournalRowKind = "changed" | "added" | "removed" | "table";

/** One table row a command changed: found again by its key, never by position. */
export type JournalRow = {
  /** What the command did to it; absent means changed in place. */
  readonly kind?: JournalRowKind;
  /** For a removed row: the data row (0 = first) it was at, where the undo inserts it again; for a table: its data rows. */
  readonly at?: number;
  /** The table's name (Customers, Deals …). */
  readonly table: string;
  /** Headers of the columns that identify the row (CustomerID, or Company …) and their cells. */
  readonly keyColumns: readonly string[];
  readonly key: readonly Cell[];
  /**
   * Headers of the columns the command wrote, the cells to write to restore them, and what it
   * wrote (an added row has no before, a removed row no after: empty lists).
   */
  readonly columns: readonly string[];
  readonly before: readonly Cell[];
  readonly after: readonly Cell[];
};

/** One command's entry: pending from its first write until its closing request lands. */
export type JournalEntry = {
  readonly id: number;
  readonly status: "pending" | "done";
  readonly command: JournaledCommand;
  /** When it ran, ISO 8601 (UTC). */
  readonly when: string;
  readonly rows: readonly JournalRow[];
};

/** How many commands the journal keeps. */
export const MAX_JOURNAL_ENTRIES = 10;
/** The most rows one entry may hold; a larger command is not journaled (the pane says so before it runs). */
export const MAX_ENTRY_ROWS = 5000;
/** The most characters one entry's rows may hold (its write stays far below Excel's 5 MB request limit). */
export const MAX_ENTRY_CHARS = 1_000_000;
/** The most characters one journal cell may hold (Excel's limit is 32,767). */
export const MAX_CELL_CHARS = 32_000;

/** The journal sheet's columns, in order (its first row holds them). */
export const JOURNAL_HEADERS = [
  "Entry",
  "Status",
  "Command",
  "When",
  "Table",
  "KeyColumns",
  "Key",
  "Columns",
  "Before",
  "After",
] as const;
export const JOURNAL_WIDTH = JOURNAL_HEADERS.length;

/**
 * JSON behind a letter, so Excel stores it as text: no `=`, `+`, `-` or `@` at its start, no
 * number or date Excel could convert, and every cell type (null, numbers, booleans) comes back.
 */
const encode = (value: unknown): string => `j${JSON.stringify(value)}`;
function decode<T>(text: Cell): T | undefined {
  if (typeof text !== "string" || !text.startsWith("j")) return undefined;
  try {
    return JSON.parse(text.slice(1)) as T;
  } catch {
    return undefined;
  }
}

/**
 * The sheet rows of an entry: a head row (entry, status, command, when) and one row per table row
 * (its Command cell holds an added or removed row's kind, its When cell a removed row's place).
 *
 * @param entry - the entry
 * @returns rows of {@link JOURNAL_WIDTH} cells
 * @example
 * entryCells({ id: 1, status: "done", command: "tiers", when: "2026-12-07T08:00:00Z", rows: [] })
 * //=> [[1, "done", "tiers", "2026-12-07T08:00:00Z", "", "", "", "", "", ""]]
 */
export function entryCells(entry: JournalEntry): Cell[][] {
  const head: Cell[] = [entry.id, entry.status, entry.command, entry.when, "", "", "", "", "", ""];
  return [
    head,
    ...entry.rows.map((row): Cell[] => [
      entry.id,
      "",
      row.kind === undefined || row.kind === "changed" ? "" : row.kind,
      row.at ?? "",
      row.table,
      encode(row.keyColumns),
      encode(row.key),
      encode(row.columns),
      encode(row.before),
      encode(row.after),
    ]),
  ];
}

/** An entry as found on the sheet, with the sheet rows (0 = first row under the headers) it spans. */
export type StoredEntry = JournalEntry & { readonly first: number; readonly count: number };

/**
 * The entries of the journal sheet's rows (headers excluded), oldest first. Rows that do not
 * decode (a manager edited the sheet) make their entry unusable: it is dropped, so an undo never
 * restores from a damaged record.
 *
 * @param cells - the sheet's rows under its headers
 * @returns the entries that decode, with where they are
 * @example
 * readEntries(entryCells(entry)) //=> [{ ...entry, first: 0, count: 1 + entry.rows.length }]
 */
export function readEntries(cells: readonly (readonly Cell[])[]): StoredEntry[] {
  const entries: StoredEntry[] = [];
  let at = 0;
  while (at < cells.length) {
    const head = cells[at];
    const id = head[0];
    let end = at + 1;
    while (end < cells.length && cells[end][0] === id && cells[end][1] === "") end += 1;
    const status = head[1];
    if (typeof id === "number" && (status === "pending" || status === "done")) {
      const rows = cells.slice(at + 1, end).map((row): JournalRow | undefined => {
        const keyColumns = decode<string[]>(row[5]);
        const key = decode<Cell[]>(row[6]);
        const columns = decode<string[]>(row[7]);
        const before = decode<Cell[]>(row[8]);
        const after = decode<Cell[]>(row[9]);
        if (!keyColumns || !key || !columns || !before || !after || typeof row[4] !== "string") return undefined;
        const kind =
          row[2] === "added" || row[2] === "removed" || row[2] === "table"
            ? row[2]
            : row[2] === ""
              ? "changed"
              : undefined;
        if (kind === undefined || key.length !== keyColumns.length) return undefined;
        // A removed row has only its before (and where it was), an added row only its after.
        if (
          (kind === "removed" || kind === "table") &&
          (before.length !== columns.length || typeof row[3] !== "number")
        )
          return undefined;
        if (kind === "table" && after.length !== columns.length) return undefined;
        if (kind === "added" && after.length !== columns.length) return undefined;
        if (kind === "changed" && (before.length !== columns.length || after.length !== columns.length))
          return undefined;
        const base = { table: row[4], keyColumns, key, columns, before, after };
        if (kind === "changed") return base;
        return kind === "removed" || kind === "table" ? { kind, at: row[3] as number, ...base } : { kind, ...base };
      });
      if (rows.every((row) => row !== undefined))
        entries.push({
          id,
          status,
          command: String(head[2]) as JournaledCommand,
          when: String(head[3]),
          rows: rows as JournalRow[],
          first: at,
          count: end - at,
        });
    }
    at = end;
  }
  return entries;
}

/** Why a command is not journaled: too many rows, or too much text. */
export type TooLarge = { readonly rows: number; readonly chars: number };

/**
 * Whether an entry fits the journal's bounds; a command whose entry does not is not journaled
 * (never trimmed: half an undo would leave a command half taken back).
 *
 * @param rows - the entry's rows
 * @returns null when it fits, else its size
 * @example
 * entryTooLarge([]) //=> null
 */
export function entryTooLarge(rows: readonly JournalRow[]): TooLarge | null {
  if (rows.length > MAX_ENTRY_ROWS) return { rows: rows.length, chars: 0 };
  let chars = 0;
  for (const row of entryCells({ id: 0, status: "done", command: "tiers", when: "", rows }).slice(1)) {
    for (const cell of row) {
      const length = String(cell ?? "").length;
      if (length > MAX_CELL_CHARS) return { rows: rows.length, chars: length };
      chars += length;
    }
  }
  return chars > MAX_ENTRY_CHARS ? { rows: rows.length, chars } : null;
}

/**
 * Whether a command of this many rows can be journaled at all, for the pane to say before it runs.
 *
 * @param rowCount - rows the command will change
 * @returns true when within {@link MAX_ENTRY_ROWS}
 * @example
 * canJournalRows(6000) //=> false
 */
export function canJournalRows(rowCount: number): boolean {
  return rowCount <= MAX_ENTRY_ROWS;
}

/** An entry with the slot (band of {@link JOURNAL_WIDTH} columns) it is stored in. */
export type SlottedEntry = StoredEntry & { readonly slot: number };

/** The journal as read: its entries, newest last, and how many sheet rows each slot's band uses. */
export type JournalState = { readonly entries: readonly SlottedEntry[]; readonly heights: readonly number[] };

/**
 * Reads the journal sheet's grid: each of the {@link MAX_JOURNAL_ENTRIES} slots is a band of
 * {@link JOURNAL_WIDTH} columns holding at most one entry (its head row first), so replacing the
 * oldest entry or removing an undone one rewrites one band and never shifts or deletes rows.
 *
 * @param grid - the sheet's rows under its header row, from column A
 * @returns the entries (by id, oldest first) and each band's used height
 * @example
 * readJournal([]) //=> { entries: [], heights: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] }
 */
export function readJournal(grid: readonly (readonly Cell[])[]): JournalState {
  const entries: SlottedEntry[] = [];
  const heights: number[] = [];
  for (let slot = 0; slot < MAX_JOURNAL_ENTRIES; slot += 1) {
    const band = grid.map((row) => {
      const cells = row.slice(slot * JOURNAL_WIDTH, (slot + 1) * JOURNAL_WIDTH);
      return [...cells, ...new Array<Cell>(JOURNAL_WIDTH - cells.length).fill("")];
    });
    let height = band.length;
    while (height > 0 && band[height - 1].every((cell) => cell === "" || cell === null || cell === undefined))
      height -= 1;
    heights.push(height);
    const [first] = readEntries(band.slice(0, height));
    if (first && first.first === 0) entries.push({ ...first, slot });
  }
  entries.sort((a, b) => a.id - b.id);
  return { entries, heights };
}

/**
 * Where the next entry goes: the first empty slot, else the oldest entry's (which it replaces,
 * so the journal keeps the last {@link MAX_JOURNAL_ENTRIES} commands).
 *
 * @param state - the journal as read
 * @returns the slot
 * @example
 * slotForNext(readJournal([])) //=> 0
 */
export function slotForNext(state: JournalState): number {
  const used = new Set(state.entries.map((entry) => entry.slot));
  for (let slot = 0; slot < MAX_JOURNAL_ENTRIES; slot += 1)
    if (!used.has(slot) && state.heights[slot] === 0) return slot;
  for (let slot = 0; slot < MAX_JOURNAL_ENTRIES; slot += 1) if (!used.has(slot)) return slot;
  return state.entries[0].slot;
}

/**
 * A band's new cells: the entry's rows, then blanks over whatever the band held below them.
 *
 * @param entry - the entry to store, or null to empty the band
 * @param height - rows the band uses now
 * @returns rows of {@link JOURNAL_WIDTH} cells (none when there is nothing to write)
 * @example
 * bandCells(null, 2) //=> [["", …], ["", …]]
 */
export function bandCells(entry: JournalEntry | null, height: number): Cell[][] {
  const rows = entry ? entryCells(entry) : [];
  const blank = () => new Array<Cell>(JOURNAL_WIDTH).fill("");
  while (rows.length < height) rows.push(blank());
  return rows;
}

/**
 * The next entry's id: one above the highest stored.
 *
 * @example
 * nextEntryId([]) //=> 1
 */
export function nextEntryId(entries: readonly JournalEntry[]): number {
  return entries.reduce((most, entry) => Math.max(most, entry.id), 0) + 1;
}

/**
 * The cell to write to put back what a cell held, from its formula and value as read: a formula
 * as its formula, text as text (an apostrophe where Excel would convert it, "00123" stays text),
 * numbers, booleans and blanks as they were.
 *
 * @param formula - the cell's `formulas` entry
 * @param value - the cell's `values` entry
 * @returns what to write
 * @example
 * restoreCell("=[@Amount]*2", 40) //=> "=[@Amount]*2"
 * restoreCell("00123", "00123") //=> "'00123"
 */
export function restoreCell(formula: Cell, value: Cell): Cell {
  if (typeof formula === "string" && formula.startsWith("=")) return formula;
  if (typeof value === "string") return literalText(value);
  return value ?? "";
}

/**
 * Whether a cell still holds what a command wrote there: the same formula, or the same value
 * (text written with an apostrophe reads back without it; a number written as "5" reads back as 5).
 *
 * @param written - what the command wrote
 * @param formula - the cell's formula now
 * @param value - the cell's value now
 * @returns true when unchanged since
 * @example
 * stillWritten("'545", "545", "545") //=> true
 * stillWritten("A", "B", "B") //=> false
 */
export function stillWritten(written: Cell, formula: Cell, value: Cell): boolean {
  // Excel may respell a formula it stores (function names upper-cased, spaces dropped).
  const spelled = (text: Cell) =>
    String(text ?? "")
      .replace(/\s+/g, "")
      .toUpperCase();
  if (typeof written === "string" && written.startsWith("=")) return spelled(formula) === spelled(written);
  const expected = typeof written === "string" && written.startsWith("'") ? written.slice(1) : written;
  if (expected === null || expected === undefined || expected === "") return value === "" || value == null;
  if (typeof value === "number" && typeof expected === "string" && expected.trim() !== "")
    return Number(expected) === value;
  return String(expected) === String(value ?? "");
}

/**
 * A key as compared when rows are found again: its cells as labels (case and spaces ignored),
 * as the keyed writes compare them.
 *
 * @example
 * keyLabel(["C-0001"]) //=> "c-0001"
 */
export function keyLabel(key: readonly Cell[]): string {
  return key.map(normalizeLabel).join("\u001f");
}

/** How a row is named to the manager: its key cells. */
export function rowLabel(row: JournalRow): string {
  return row.key.map((cell) => String(cell ?? "")).join(" / ");
}

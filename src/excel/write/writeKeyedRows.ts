import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { chunkRows, type ChunkOptions, type ChunkedWrite } from "./writeInChunks";

/** What identifies a row: the data-body columns of its key and the cells they held when it was read. */
export type RowKey = { readonly columns: readonly number[]; readonly cells: readonly Cell[] };

/** One existing row to change: its key, its new cells (aligned with the write's columns) and where it was seen. */
export type KeyedRow = {
  readonly key: RowKey;
  readonly cells: readonly Cell[];
  /** The data row where the caller last saw it (tried first); without one the rows are located first. */
  readonly row?: number;
};

export type KeyedWriteOptions = ChunkOptions & {
  /** How many times moved rows are located again before the write stops (default 3). */
  readonly maxRelocations?: number;
};

/** What a keyed write did: `done` rows landed on their own rows; `notWritten` indexes (into rows) did not. */
export type KeyedWrite = ChunkedWrite & {
  /** Rows whose key is in no row of the table any more, or that kept moving after the last relocation. */
  readonly notWritten: readonly number[];
  /** How many times rows were found moved and located again. */
  readonly relocated: number;
};

const DEFAULT_MAX_RELOCATIONS = 3;

/** A key as compared: its columns and its cells, normalized as labels (case, spaces). */
function keyText(columns: readonly number[], cells: readonly Cell[]): string {
  return `${columns.join(",")}|${cells.map(normalizeLabel).join("\u001f")}`;
}

/** Consecutive column runs, so a row's cells go out as few ranges as possible. */
type Span = { readonly start: number; readonly width: number; readonly offsets: readonly number[] };

function spansOf(columns: readonly number[]): Span[] {
  const order = columns.map((column, offset) => ({ column, offset })).sort((a, b) => a.column - b.column);
  const spans: { start: number; width: number; offsets: number[] }[] = [];
  for (const { column, offset } of order) {
    const last = spans[spans.length - 1];
    if (last && column === last.start + last.width) {
      last.width += 1;
      last.offsets.push(offset);
    } else spans.push({ start: column, width: 1, offsets: [offset] });
  }
  return spans;
}

/** One queued write: a run of adjacent data rows with the same key columns, and what it read first. */
type Run = {
  readonly start: number;
  readonly rows: readonly number[];
  readonly keySpans: readonly Span[];
  readonly keys: readonly Excel.Range[];
  readonly before: readonly Excel.Range[];
};

/**
 * Where each row is now: its seen row when that row still holds its key, else the first row with
 * its key not yet taken, else -1 (deleted, or its key edited).
 */
function placeByKey(
  rows: readonly KeyedRow[],
  wanted: readonly number[],
  columnCells: ReadonlyMap<number, readonly Cell[]>,
  hints: ReadonlyMap<number, number>,
): Map<number, number> {
  let height = 0;
  for (const cells of columnCells.values()) height = Math.max(height, cells.length);
  const keyAt = (columns: readonly number[], at: number) =>
    keyText(
      columns,
      columns.map((c) => columnCells.get(c)?.[at] ?? ""),
    );
  const byKey = new Map<string, number[]>();
  const indexed = new Set<string>();
  const taken = new Set<number>();
  const placed = new Map<number, number>();
  for (const i of wanted) {
    const { columns, cells } = rows[i].key;
    const wantedKey = keyText(columns, cells);
    const hint = hints.get(i) ?? rows[i].row;
    if (hint !== undefined && hint >= 0 && hint < height && !taken.has(hint) && keyAt(columns, hint) === wantedKey) {
      taken.add(hint);
      placed.set(i, hint);
      continue;
    }
    const signature = columns.join(",");
    if (!indexed.has(signature)) {
      indexed.add(signature);
      for (let at = 0; at < height; at += 1) {
        const key = keyAt(columns, at);
        byKey.set(key, [...(byKey.get(key) ?? []), at]);
      }
    }
    const at = (byKey.get(wantedKey) ?? []).find((candidate) => !taken.has(candidate));
    if (at === undefined) placed.set(i, -1);
    else {
      taken.add(at);
      placed.set(i, at);
    }
  }
  return placed;
}

/** Queues the load of the key columns of the whole data body. */
function loadKeyColumns(body: Excel.Range, rows: readonly KeyedRow[], wanted: readonly number[]) {
  const columns = [...new Set(wanted.flatMap((i) => rows[i].key.columns))];
  return columns.map((column) => {
    const range = body.getColumn(column);
    range.load("values");
    return { column, range };
  });
}

const cellsOf = (loaded: readonly { column: number; range: Excel.Range }[]) =>
  new Map(loaded.map(({ column, range }) => [column, (range.values as Cell[][]).map((row) => row[0])]));

/**
 * Changes existing rows of a table where their keys are now, never where they were: the write is
 * keyed by identity (CustomerID, DealID, Period + Rep …), not by position, so rows a manager
 * deleted, inserted or sorted between two requests cannot make a value land on a neighbour.
 *
 * Office cannot test a cell inside a request, so each chunk's request is guarded: before its
 * writes it reads the key cells of the rows it writes and what those cells held, then writes. After
 * the sync every row whose key cells no longer hold its key (the rows moved since they were
 * located) is found: the next request puts back what it overwrote there (a value below the table
 * included, so none is left behind) and reads the key columns again, and those rows go out again
 * where their keys are now. A row whose key is gone is not written and is reported; so are the
 * rest when the rows keep moving after `maxRelocations` relocations. Rows are located first (one
 * request reading the key columns) only when some row lacks a seen row.
 *
 * Syncs: one per chunk when nothing moves (as writeInChunks), plus one per relocation.
 *
 * @param context - the batch's context
 * @param table - the table whose data rows change
 * @param columns - the data-body columns written, aligned with each row's cells
 * @param rows - the rows, each with its key and (ideally) where it was seen
 * @param options - progress, cancel, request size, relocations allowed
 * @returns rows written, those not written (indexes into rows), relocations, whether cancelled
 * @example
 * await writeKeyedRows(context, table, [tierColumn], [{ key: { columns: [0], cells: ["C-7"] }, cells: ["A"], row: 6 }])
 * //=> { done: 1, total: 1, cancelled: false, notWritten: [], relocated: 0 }
 */
export async function writeKeyedRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  columns: readonly number[],
  rows: readonly KeyedRow[],
  options: KeyedWriteOptions = {},
): Promise<KeyedWrite> {
  const total = rows.length;
  const spans = spansOf(columns);
  const size = chunkRows(
    rows.map((row) => row.cells),
    options.maxRequestBytes,
    options.maxRows,
  );
  const maxRelocations = options.maxRelocations ?? DEFAULT_MAX_RELOCATIONS;
  const notWritten: number[] = [];
  let relocated = 0;
  let done = 0;
  let pending = rows.map((_, i) => i);
  let places = new Map<number, number>(rows.map((row, i) => [i, row.row ?? -1]));
  options.onProgress?.({ done: 0, total });

  const locate = (loaded: ReturnType<typeof loadKeyColumns>, hints: ReadonlyMap<number, number>) => {
    places = placeByKey(rows, pending, cellsOf(loaded), hints);
    for (const i of pending) if ((places.get(i) ?? -1) < 0) notWritten.push(i);
    pending = pending.filter((i) => (places.get(i) ?? -1) >= 0);
  };
  if (rows.some((row) => row.row === undefined)) {
    const loaded = loadKeyColumns(table.getDataBodyRange(), rows, pending);
    await context.sync();
    locate(loaded, new Map());
  }

  while (pending.length > 0) {
    if (options.signal?.aborted) return { done, total, cancelled: true, notWritten, relocated };
    const chunk = pending.slice(0, size).sort((a, b) => (places.get(a) ?? 0) - (places.get(b) ?? 0));
    pending = pending.slice(size);
    const body = table.getDataBodyRange();
    const runs: Run[] = [];
    for (let k = 0; k < chunk.length;) {
      const start = places.get(chunk[k]) ?? 0;
      const signature = rows[chunk[k]].key.columns.join(",");
      let end = k + 1;
      while (
        end < chunk.length &&
        places.get(chunk[end]) === start + (end - k) &&
        rows[chunk[end]].key.columns.join(",") === signature
      )
        end += 1;
      const members = chunk.slice(k, end);
      const keySpans = spansOf(rows[chunk[k]].key.columns);
      const block = (span: Span) => body.getCell(start, span.start).getResizedRange(members.length - 1, span.width - 1);
      // Read first, in the same request: the key cells and what the write is about to replace.
      const keys = keySpans.map((span) => block(span).load("values"));
      const before = spans.map((span) => block(span).load("formulas"));
      spans.forEach((span) => {
        block(span).values = members.map((i) => span.offsets.map((offset) => rows[i].cells[offset])) as (
          string | number | boolean
        )[][];
      });
      runs.push({ start, rows: members, keySpans, keys, before });
      k = end;
    }
    // One request per chunk is the point: each stays far below Excel's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();

    const moved: { row: number; at: number; before: Cell[][] }[] = [];
    for (const run of runs) {
      run.rows.forEach((i, j) => {
        const now = run.keySpans.flatMap((span, s) => (run.keys[s].values[j] as Cell[]).slice(0, span.width));
        const order = run.keySpans.flatMap((span) => span.offsets);
        const { columns: keyColumns, cells } = rows[i].key;
        const found = keyText(
          keyColumns,
          keyColumns.map((_, offset) => now[order.indexOf(offset)]),
        );
        if (found === keyText(keyColumns, cells)) done += 1;
        else moved.push({ row: i, at: run.start + j, before: run.before.map((range) => range.formulas[j] as Cell[]) });
      });
    }
    if (moved.length > 0) {
      const again = table.getDataBodyRange();
      for (const { at, before } of moved)
        spans.forEach((span, s) => {
          again.getCell(at, span.start).getResizedRange(0, span.width - 1).formulas = [before[s]] as (
            string | number | boolean
          )[][];
        });
      relocated += 1;
      const retry = moved.map(({ row }) => row);
      if (relocated > maxRelocations) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        for (const i of [...retry, ...pending]) notWritten.push(i);
        pending = [];
        options.onProgress?.({ done, total });
        break;
      }
      pending = [...retry, ...pending];
      const loaded = loadKeyColumns(again, rows, pending);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      const hints = new Map(pending.map((i) => [i, places.get(i) ?? -1]));
      for (const i of retry) hints.delete(i);
      locate(loaded, hints);
    }
    options.onProgress?.({ done, total });
  }
  return { done, total, cancelled: false, notWritten: notWritten.sort((a, b) => a - b), relocated };
}

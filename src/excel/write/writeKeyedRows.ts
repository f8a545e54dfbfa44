import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { chunkRows, type ChunkOptions, type ChunkedWrite } from "./writeInChunks";

/** What identifies a row: the data-body columns of its key and the cells they held when it was read. */
export type RowKey = {
  readonly columns: readonly number[];
  readonly cells: readonly Cell[];
  /**
   * The key cells as the write leaves them, when the write changes its own key (an in-place
   * conversion rewrites the cells that identify a plain row): a row an earlier, interrupted run
   * already wrote still matches, so running the write again finishes it.
   */
  readonly written?: readonly Cell[];
};

/**
 * Where the rows are: a table, or the body of a plain range (its first row is data row 0; the
 * getter is called for each request, as a table's data body is).
 */
export type KeyedTarget = Excel.Table | { readonly body: () => Excel.Range };

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
  /**
   * Queues the caller's own commands into each chunk's request, after its writes, given how many
   * rows are written once that request lands whole (a record of how far the write got).
   */
  readonly alongside?: (written: number) => void;
  /**
   * Told, after each request lands, which rows it wrote and what their written cells held just
   * before (formulas and values, aligned with the write's columns, read in that very request): the
   * undo journal's "before". Rows found moved are not reported until they land where they are now.
   */
  readonly onLanded?: (landed: readonly LandedRow[]) => void;
};

/** A row a request wrote: its index into the rows, and its written cells' formulas and values before. */
export type LandedRow = {
  readonly index: number;
  readonly formulas: readonly Cell[];
  readonly values: readonly Cell[];
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

/** Whether cells found at a row are the row's key, as read or as this write leaves it. */
function isKey(key: RowKey, found: readonly Cell[]): boolean {
  const text = keyText(key.columns, found);
  return (
    text === keyText(key.columns, key.cells) ||
    (key.written !== undefined && text === keyText(key.columns, key.written))
  );
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
    const { columns, cells, written } = rows[i].key;
    const wantedKeys = [keyText(columns, cells), ...(written ? [keyText(columns, written)] : [])];
    const hint = hints.get(i) ?? rows[i].row;
    if (
      hint !== undefined &&
      hint >= 0 &&
      hint < height &&
      !taken.has(hint) &&
      wantedKeys.includes(keyAt(columns, hint))
    ) {
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
    const at = wantedKeys
      .flatMap((wanted) => byKey.get(wanted) ?? [])
      .sort((a, b) => a - b)
      .find((candidate) => !taken.has(candidate));
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
 * In a table, each chunk's request begins by looking up its lowest row: rows deleted since they
 * were located can leave it past the table's end, where Excel refuses a row's `[@Column]`
 * formulas. The look-up fails first, so nothing of that request is written, and the chunk's rows
 * are located again (one relocation); any other failure is the caller's. A plain range (an
 * in-place import's list, before it is a table) has no end to fall past.
 *
 * Syncs: one per chunk when nothing moves (as writeInChunks), plus one per relocation.
 *
 * @param context - the batch's context
 * @param target - the table whose data rows change, or a plain range's body
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
  target: KeyedTarget,
  columns: readonly number[],
  rows: readonly KeyedRow[],
  options: KeyedWriteOptions = {},
): Promise<KeyedWrite> {
  const total = rows.length;
  const table = "body" in target ? undefined : target;
  const bodyOf = () => ("body" in target ? target.body() : target.getDataBodyRange());
  const spans = spansOf(columns);
  // A chunk's request carries the new cells; its answer carries the key cells read back and what
  // the written cells held (about the new cells' size, or the key cells' where the write changes
  // its own key, as in place). Sized on both, so a wide row read back for a narrow write (a list
  // converted in place, only its dates changing) keeps the answer under the web's 5 MB too.
  const size = chunkRows(
    rows.map((row) => [row.cells, row.key.cells]),
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
    const loaded = loadKeyColumns(bodyOf(), rows, pending);
    await context.sync();
    locate(loaded, new Map());
  }
  /** Rows go back in the queue and are located again; false once the relocations allowed are spent. */
  const relocate = async (retry: readonly number[]): Promise<boolean> => {
    relocated += 1;
    if (relocated > maxRelocations) {
      for (const i of [...retry, ...pending]) notWritten.push(i);
      pending = [];
      return false;
    }
    pending = [...retry, ...pending];
    const loaded = loadKeyColumns(bodyOf(), rows, pending);
    await context.sync();
    const hints = new Map(pending.map((i) => [i, places.get(i) ?? -1]));
    for (const i of retry) hints.delete(i);
    locate(loaded, hints);
    return true;
  };

  while (pending.length > 0) {
    if (options.signal?.aborted) return { done, total, cancelled: true, notWritten, relocated };
    const chunk = pending.slice(0, size).sort((a, b) => (places.get(a) ?? 0) - (places.get(b) ?? 0));
    pending = pending.slice(size);
    const body = bodyOf();
    // First in the request, so it fails before any write does: rows deleted since the rows were
    // located can leave the lowest one past the table's end, where Excel refuses a row's
    // [@Column] formulas; Excel stops a request at the command that fails, with nothing after it applied.
    const lowest = chunk.reduce((most, i) => Math.max(most, places.get(i) ?? 0), 0);
    table?.rows.getItemAt(lowest).load("index");
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
      const before = spans.map((span) => block(span).load(options.onLanded ? "formulas,values" : "formulas"));
      spans.forEach((span) => {
        block(span).values = members.map((i) => span.offsets.map((offset) => rows[i].cells[offset])) as (
          string | number | boolean
        )[][];
      });
      runs.push({ start, rows: members, keySpans, keys, before });
      k = end;
    }
    options.alongside?.(done + chunk.length);
    try {
      // One request per chunk is the point: each stays far below Excel's 5 MB limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!table) throw error;
      const count = table.rows.load("count");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (count.count > lowest) throw error;
      // The table ends above a located row: the request stopped at its first command, so nothing
      // of it was written; the chunk's rows are located again.
      if (!(await relocate(chunk))) {
        options.onProgress?.({ done, total });
        break;
      }
      continue;
    }

    const moved: { row: number; at: number; before: Cell[][] }[] = [];
    const landed: LandedRow[] = [];
    /** A row's written cells as read before the write, aligned with `columns`. */
    const aligned = (run: Run, j: number, property: "formulas" | "values") => {
      const cells: Cell[] = new Array<Cell>(columns.length);
      spans.forEach((span, s) =>
        span.offsets.forEach((offset, k) => {
          cells[offset] = (run.before[s][property][j] as Cell[])[k];
        }),
      );
      return cells;
    };
    for (const run of runs) {
      run.rows.forEach((i, j) => {
        const now = run.keySpans.flatMap((span, s) => (run.keys[s].values[j] as Cell[]).slice(0, span.width));
        const order = run.keySpans.flatMap((span) => span.offsets);
        const key = rows[i].key;
        if (
          isKey(
            key,
            key.columns.map((_, offset) => now[order.indexOf(offset)]),
          )
        ) {
          done += 1;
          if (options.onLanded)
            landed.push({ index: i, formulas: aligned(run, j, "formulas"), values: aligned(run, j, "values") });
        } else
          moved.push({ row: i, at: run.start + j, before: run.before.map((range) => range.formulas[j] as Cell[]) });
      });
    }
    if (landed.length > 0) options.onLanded?.(landed);
    if (moved.length > 0) {
      const again = bodyOf();
      for (const { at, before } of moved)
        spans.forEach((span, s) => {
          again.getCell(at, span.start).getResizedRange(0, span.width - 1).formulas = [before[s]] as (
            string | number | boolean
          )[][];
        });
      // The put-back goes out with the relocating request, or alone when no relocation is left.
      if (!(await relocate(moved.map(({ row }) => row)))) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        options.onProgress?.({ done, total });
        break;
      }
    }
    options.onProgress?.({ done, total });
  }
  return { done, total, cancelled: false, notWritten: notWritten.sort((a, b) => a - b), relocated };
}

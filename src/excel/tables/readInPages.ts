import type { ColumnKind } from "@core/workbook/schema";

/** One source of rows read in pages: a table's columns, a block of cells. */
export type PagedSource = {
  /** Rows to read. */
  readonly rows: number;
  /** Estimated response bytes of one row before any page is read (see {@link rowBytesOfKinds}). */
  readonly rowBytes: number;
  /**
   * Queues the loads of rows [start, start + count) and returns what takes them in after the
   * sync; that returns the rows it took in, which size the next pages.
   */
  readonly queuePage: (start: number, count: number) => () => readonly unknown[];
};

export type PageOptions = {
  /**
   * Upper bound on one response's estimated size. Excel on the web refuses responses over 5 MB;
   * the default of 2 MB leaves room for rows longer than the ones measured.
   */
  readonly maxResponseBytes?: number;
  /** Never more rows than this of one source in one page (default 50,000). */
  readonly maxRows?: number;
  /** Rows of a source's first page, before any of its rows were measured (default 5,000). */
  readonly firstPageRows?: number;
};

const DEFAULT_MAX_BYTES = 2_000_000;
const DEFAULT_MAX_ROWS = 50_000;
const DEFAULT_FIRST_PAGE_ROWS = 5_000;

/** Bytes one cell of a kind adds to a response as JSON, before any row was measured. */
const cellBytes: Readonly<Record<ColumnKind, number>> = {
  money: 20,
  percent: 20,
  number: 20,
  date: 8,
  count: 8,
  flag: 6,
  idText: 24,
  text: 64,
  value: 24,
};

/**
 * A first estimate of a row's response bytes from its columns' kinds (JSON of the values,
 * brackets and commas included).
 *
 * @example
 * rowBytesOfKinds(["date", "money"]) //=> 38
 */
export function rowBytesOfKinds(kinds: readonly ColumnKind[]): number {
  return kinds.reduce((sum, kind) => sum + cellBytes[kind] + 1, 2);
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The largest row among up to 64 evenly spaced ones, as UTF-8 JSON bytes. */
function largestRowBytes(rows: readonly unknown[]): number {
  const samples = Math.min(rows.length, 64);
  let largest = 0;
  for (let i = 0; i < samples; i += 1) {
    const at = samples === 1 ? 0 : Math.round((i * (rows.length - 1)) / (samples - 1));
    largest = Math.max(largest, utf8Bytes(JSON.stringify(rows[at]) ?? "") + 1);
  }
  return largest;
}

type SourceState = { readonly source: PagedSource; next: number; rowBytes: number; measured: boolean };

/**
 * Reads several sources of rows as a series of pages, one `context.sync()` each, so syncs grow
 * with pages, not rows, and no response nears Excel on the web's 5 MB limit. A page takes rows
 * from the sources in order until its byte budget is spent: small tables share one page, a big
 * one spreads over several. A source's first page is small; its rows, measured, size the rest
 * (the largest of a sample, so uneven rows still fit). There is always at least one sync, so
 * loads the caller queued before the call travel with the first page.
 *
 * @param context - the request context of the surrounding Excel.run
 * @param sources - what to read
 * @param options - size limits
 * @returns the number of pages (syncs) it took
 * @example
 * await readInPages(context, [{ rows: 100000, rowBytes: 80, queuePage: (start, count) => … }])
 * //=> 6
 */
export async function readInPages(
  context: Excel.RequestContext,
  sources: readonly PagedSource[],
  options: PageOptions = {},
): Promise<number> {
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const firstRows = options.firstPageRows ?? DEFAULT_FIRST_PAGE_ROWS;
  const states: SourceState[] = sources.map((source) => ({
    source,
    next: 0,
    rowBytes: Math.max(1, source.rowBytes),
    measured: false,
  }));
  let pages = 0;

  const readPage = async (): Promise<number> => {
    let budget = maxBytes;
    const takers: { state: SourceState; take: () => readonly unknown[] }[] = [];
    for (const state of states) {
      const left = state.source.rows - state.next;
      if (left <= 0) continue;
      const cap = state.measured ? maxRows : Math.min(maxRows, firstRows);
      const count = Math.min(left, cap, Math.floor(budget / state.rowBytes));
      // A page always carries at least one row, however large, or the read would never end.
      const rows = takers.length === 0 ? Math.max(1, count) : count;
      if (rows <= 0) break;
      takers.push({ state, take: state.source.queuePage(state.next, rows) });
      state.next += rows;
      budget -= rows * state.rowBytes;
    }
    await context.sync();
    pages += 1;
    for (const { state, take } of takers) {
      const rows = take();
      const measured = largestRowBytes(rows);
      if (measured > 0) state.rowBytes = state.measured ? Math.max(state.rowBytes, measured) : measured;
      state.measured = true;
    }
    return states.some((state) => state.next < state.source.rows) ? readPage() : pages;
  };
  return readPage();
}

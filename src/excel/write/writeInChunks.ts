/** How far a chunked write has got: rows written (synced) so far, out of all rows. */
export type WriteProgress = { readonly done: number; readonly total: number };

export type ChunkOptions = {
  /** Called after each chunk has synced, and once with done = 0 before the first. */
  readonly onProgress?: (progress: WriteProgress) => void;
  /** Checked before each chunk: once aborted, no further chunk is queued. */
  readonly signal?: AbortSignal;
  /**
   * Upper bound on one request's estimated size. Excel on the web refuses requests over 5 MB;
   * the default of 1 MB leaves room for the JSON envelope, formats and formulas queued alongside.
   */
  readonly maxRequestBytes?: number;
  /** Never more rows than this in one chunk (default 20,000), however small the rows are. */
  readonly maxRows?: number;
};

/** What a chunked write did: `done` rows synced; `cancelled` when the signal stopped it early. */
export type ChunkedWrite = { readonly done: number; readonly total: number; readonly cancelled: boolean };

const DEFAULT_MAX_BYTES = 1_000_000;
const DEFAULT_MAX_ROWS = 20_000;

/** Bytes one row adds to a request, as the JSON of its values (UTF-8, so Chinese counts 3). */
function rowBytes(row: unknown): number {
  return new TextEncoder().encode(JSON.stringify(row)).length + 1;
}

/**
 * Rows per chunk so that a chunk's estimated request stays under `maxBytes`: the largest of a
 * sample of rows (first, last and evenly spaced ones) sets the estimate, doubled for the
 * `values` and `formulas` echo Office may add.
 */
export function chunkRows(rows: readonly unknown[], maxBytes = DEFAULT_MAX_BYTES, maxRows = DEFAULT_MAX_ROWS): number {
  if (rows.length === 0) return 1;
  const samples = Math.min(rows.length, 64);
  let largest = 1;
  for (let i = 0; i < samples; i += 1) {
    const at = samples === 1 ? 0 : Math.round((i * (rows.length - 1)) / (samples - 1));
    largest = Math.max(largest, rowBytes(rows[at]));
  }
  // A NaN limit would make a NaN chunk size, an empty slice, and a write loop that never advances.
  const bytes = Number.isNaN(maxBytes) ? DEFAULT_MAX_BYTES : maxBytes;
  const most = Number.isNaN(maxRows) ? DEFAULT_MAX_ROWS : maxRows;
  return Math.max(1, Math.min(most, Math.floor(bytes / (2 * largest))));
}

/**
 * Writes many rows as a series of requests, each one `context.sync()`, so syncs grow with the
 * number of chunks, not rows, and no request nears Excel's 5 MB limit. `queueChunk` queues the
 * Office commands for one slice (e.g. `range.values = chunk`); this function syncs after each,
 * reports progress and stops between chunks when the signal is aborted. A failed sync rejects
 * (let runExcel type it): chunks before it are written, and `onProgress` said how many.
 *
 * @param context - the request context of the surrounding Excel.run
 * @param rows - every row to write, in order
 * @param queueChunk - queues the write of `chunk`, whose first row is `rows[offset]`
 * @param options - progress, cancel and size limits
 * @param checkChunk - awaited before each chunk is queued (it may sync, e.g. to check the cells the
 *   chunk goes into as they are now); a rejection stops the write with the chunks before it written
 * @returns how many rows were written and whether it was cancelled
 * @example
 * await writeInChunks(context, rows, (chunk, offset) => {
 *   sheet.getRangeByIndexes(1 + offset, 0, chunk.length, width).values = chunk;
 * }, { onProgress: setProgress, signal })
 * //=> { done: 100000, total: 100000, cancelled: false }
 */
export async function writeInChunks<Row>(
  context: Excel.RequestContext,
  rows: readonly Row[],
  queueChunk: (chunk: Row[], offset: number) => void,
  options: ChunkOptions = {},
  checkChunk?: (chunk: Row[], offset: number) => Promise<void>,
): Promise<ChunkedWrite> {
  const total = rows.length;
  const size = chunkRows(rows, options.maxRequestBytes, options.maxRows);
  options.onProgress?.({ done: 0, total });
  let done = 0;
  while (done < total) {
    if (options.signal?.aborted) return { done, total, cancelled: true };
    const chunk = rows.slice(done, done + size);
    if (checkChunk) await checkChunk(chunk, done);
    queueChunk(chunk, done);
    // One sync per chunk is the point: each request stays far below Excel's 5 MB limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    done += chunk.length;
    options.onProgress?.({ done, total });
  }
  return { done, total, cancelled: false };
}

import { fittedWidth, widthLimits } from "@core/workbook/columnWidthLimits";

/** One written column: its header as written, and a larger minimum width if the writer wants one. */
export type FitColumn = { readonly header: string; readonly min?: number };

/** Columns queued for fitting; {@link ColumnFit.clamp} keeps them within their limits after the write's sync. */
export type ColumnFit = {
  /**
   * After the sync that carried the autofit: queues a width for each column outside its limits
   * and returns whether it queued any. The widths go with the writer's next request, or with the
   * sync Excel.run makes when the batch resolves, so they cost no request of their own.
   */
  readonly clamp: () => boolean;
  /** After {@link ColumnFit.clamp}: each column's width in points as it will stand (a print layout sizes pages by it). */
  readonly widths: () => readonly number[];
};

/**
 * Queues the autofit of the columns a writer just wrote, in the writer's own request: Excel sizes
 * each column to its displayed text, and the width each column got is loaded with the same sync
 * (one number per column), so {@link ColumnFit.clamp} can keep it within the add-in's limits —
 * at least the header (with room for a table's filter button), at most a third of a laptop's
 * sheet area (see columnWidthLimits). Excel's autofit measures the whole column (office-js #1017,
 * #5999), so the range's rows only say which columns; its request carries no cell data however
 * many rows the sheet has.
 *
 * @param range - the written columns: the header row's cells are enough, a table's whole range also works
 * @param columns - one entry per column of the range, left to right
 * @param options - filterButtons: the headers are a table's
 * @returns the queued fit
 * @example
 * const fit = queueColumnFit(table.getRange(), headers.map((header) => ({ header })), { filterButtons: true });
 * await context.sync();
 * fit.clamp(); // carried by the next request, or by Excel.run's closing sync
 */
export function queueColumnFit(
  range: Excel.Range,
  columns: readonly FitColumn[],
  options: { readonly filterButtons: boolean },
): ColumnFit {
  range.format.autofitColumns();
  const formats = columns.map((_, index) => range.getColumn(index).format.load("columnWidth"));
  const fitted: number[] = [];
  const clamp = () => {
    let queued = false;
    formats.forEach((format, index) => {
      const { header, min } = columns[index];
      const width = fittedWidth(format.columnWidth, widthLimits(header, { filterButton: options.filterButtons, min }));
      fitted[index] = width;
      if (width !== format.columnWidth) {
        format.columnWidth = width;
        queued = true;
      }
    });
    return queued;
  };
  return { clamp, widths: () => fitted };
}

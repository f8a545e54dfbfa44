/**
 * Geometry of the windowed sheet grid: column offsets from Excel's widths, the grid's extent and
 * which rows and columns are on screen. Pure, so it is tested without a browser; the grid renders
 * only the cells this says are visible, which keeps a 10^5-row table as cheap as an empty sheet.
 */
import { MAX_COLUMNS, MAX_ROWS } from "@workbench/emulator/address";

/** Row height in CSS pixels (Excel's default 15 points at 96 dpi). */
export const ROW_HEIGHT = 20;
/** Rows and columns kept beyond the last used cell, so there is room to type past the data. */
export const SPARE_ROWS = 100;
export const SPARE_COLUMNS = 10;
/** An empty sheet still shows a screenful and more. */
export const MIN_ROWS = 200;
export const MIN_COLUMNS = 26;
/** Rows and columns rendered beyond each edge of the viewport, for smooth scrolling. */
export const OVERSCAN = 4;

/** Excel column widths are in points; the grid draws in CSS pixels (96 dpi). */
export function pointsToPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

/**
 * How many rows and columns the grid spans: the used extent or the active cell, whichever is
 * further, plus spare room; never beyond Excel's limits.
 * @example gridExtent({ rows: 5, columns: 3 }, { row: 0, col: 0 }) //=> { rows: 200, columns: 26 }
 */
export function gridExtent(
  used: { rows: number; columns: number },
  active: { row: number; col: number },
): { rows: number; columns: number } {
  return {
    rows: Math.min(MAX_ROWS, Math.max(MIN_ROWS, Math.max(used.rows, active.row + 1) + SPARE_ROWS)),
    columns: Math.min(MAX_COLUMNS, Math.max(MIN_COLUMNS, Math.max(used.columns, active.col + 1) + SPARE_COLUMNS)),
  };
}

/**
 * Left edges of `count` columns and the total width: offsets[c] is where column c starts,
 * offsets[count] the right edge of the last one.
 * @example columnOffsets(3, () => 64) //=> [0, 64, 128, 192]
 */
export function columnOffsets(count: number, widthOf: (col: number) => number): number[] {
  const offsets = new Array<number>(count + 1);
  offsets[0] = 0;
  for (let c = 0; c < count; c++) offsets[c + 1] = offsets[c] + widthOf(c);
  return offsets;
}

/** The index of the column whose span holds x (binary search over the offsets). */
export function columnAt(offsets: readonly number[], x: number): number {
  let low = 0;
  let high = offsets.length - 2;
  if (high < 0) return 0;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid] <= x) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** An inclusive window of rows and columns to render. */
export type GridWindow = { top: number; bottom: number; left: number; right: number };

/**
 * The rows and columns that intersect the viewport (scroll position and size in pixels of the
 * cell area), widened by {@link OVERSCAN} and clipped to the grid.
 * @example visibleWindow({ scrollTop: 0, scrollLeft: 0, width: 200, height: 100 }, 200, [0, 64, 128, 192]) //=> { top: 0, bottom: 8, left: 0, right: 2 }
 */
export function visibleWindow(
  viewport: { scrollTop: number; scrollLeft: number; width: number; height: number },
  rows: number,
  offsets: readonly number[],
): GridWindow {
  const columns = offsets.length - 1;
  const firstRow = Math.floor(viewport.scrollTop / ROW_HEIGHT);
  const lastRow = Math.floor((viewport.scrollTop + Math.max(viewport.height, 0)) / ROW_HEIGHT);
  const firstCol = columnAt(offsets, viewport.scrollLeft);
  const lastCol = columnAt(offsets, viewport.scrollLeft + Math.max(viewport.width, 0));
  return {
    top: Math.max(0, firstRow - OVERSCAN),
    bottom: Math.min(rows - 1, lastRow + OVERSCAN),
    left: Math.max(0, firstCol - 1),
    right: Math.min(columns - 1, lastCol + 1),
  };
}

/**
 * The scroll position that brings a cell fully into view, changing as little as possible.
 * `top`/`left` and `width`/`height` describe the cell area's current scroll and size.
 */
export function scrollToReveal(
  cell: { top: number; left: number; width: number; height: number },
  viewport: { scrollTop: number; scrollLeft: number; width: number; height: number },
): { scrollTop: number; scrollLeft: number } {
  const reveal = (start: number, size: number, scroll: number, span: number) => {
    if (start < scroll) return start;
    if (start + size > scroll + span) return Math.max(0, start + size - span);
    return scroll;
  };
  return {
    scrollTop: reveal(cell.top, cell.height, viewport.scrollTop, viewport.height),
    scrollLeft: reveal(cell.left, cell.width, viewport.scrollLeft, viewport.width),
  };
}

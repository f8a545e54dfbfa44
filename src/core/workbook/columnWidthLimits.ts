/**
 * The limits every autofitted column the add-in writes is kept within (README, "Sheets that read
 * well"): never narrower than its header (with room for a table's filter button, which Excel on
 * the web leaves out of autofit, office-js #473), never wider than {@link MAX_FITTED_WIDTH}, so a
 * long note wraps into view instead of making a column a screen wide. Widths are in points, as
 * Excel's `RangeFormat.columnWidth` is.
 */

/** The widest an autofitted column gets, in points (400 px: a third of a laptop's sheet area). */
export const MAX_FITTED_WIDTH = 300;

/** Room for a table header's filter button and the cell's padding, in points. */
const FILTER_BUTTON = 18;
const PADDING = 8;

/** Approximate advance of one character of a bold Calibri 11 header, in points (CJK counts double). */
const CHARACTER = 6.2;

/** A column's limits, in points. */
export type WidthLimits = { readonly min: number; readonly max: number };

/**
 * The width a header needs to show in full, in points.
 *
 * @param header - the header text as written
 * @param filterButton - whether the header is a table's (Excel draws a filter button in it)
 * @returns points
 * @example
 * headerWidth("Amount", true) //=> 63.2
 */
export function headerWidth(header: string, filterButton: boolean): number {
  let units = 0;
  for (const ch of header) units += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return Math.round((units * CHARACTER + PADDING + (filterButton ? FILTER_BUTTON : 0)) * 10) / 10;
}

/**
 * A column's limits: at least its header's width (or a larger minimum the writer asks for, as
 * set-up does for columns people type into), at most {@link MAX_FITTED_WIDTH}; a header wider
 * than that raises the maximum to it, since a header is never clipped.
 *
 * @param header - the header text as written
 * @param options - filterButton: a table header; min: a larger minimum in points
 * @returns the limits
 * @example
 * widthLimits("Notes", { filterButton: true, min: 160 }) //=> { min: 160, max: 300 }
 */
export function widthLimits(header: string, options: { filterButton: boolean; min?: number }): WidthLimits {
  const min = Math.max(headerWidth(header, options.filterButton), options.min ?? 0);
  return { min, max: Math.max(MAX_FITTED_WIDTH, min) };
}

/**
 * The width to keep after Excel's autofit: the autofitted width within the limits.
 *
 * @param autofitted - the width Excel chose, in points (null when Excel reports none)
 * @param limits - from {@link widthLimits}
 * @returns points
 * @example
 * fittedWidth(512, { min: 60, max: 300 }) //=> 300
 */
export function fittedWidth(autofitted: number | null, limits: WidthLimits): number {
  if (autofitted === null || !Number.isFinite(autofitted)) return limits.min;
  return Math.min(limits.max, Math.max(limits.min, autofitted));
}

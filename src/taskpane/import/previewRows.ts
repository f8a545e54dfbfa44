import type { Cell } from "@core/cells/cell";
import { isDateFormat } from "@core/cells/isDateFormat";
import { dateFromSerial } from "@core/cells/parseDate";
import type { TableLayout } from "@core/import/tableLayout";

/** A preview cell: the text to show, or a formula column's marker. */
export type PreviewCell = { readonly text: string; readonly formula: boolean };

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * How a written value will read in the sheet: the text prefix dropped, a number under a date
 * format as an ISO date (not the serial number Excel stores), a whole percent as a percent.
 *
 * @param cell - the value as written or read
 * @param format - its number format, or null when it has none
 * @returns the text to show
 * @example
 * displayCell(45444, "m/d/yyyy") //=> "2024-06-01"
 */
export function displayCell(cell: Cell, format: string | null | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.startsWith("'") ? cell.slice(1) : cell;
  if (typeof cell === "number" && isDateFormat(format) && cell >= 1) {
    const { year, month, day } = dateFromSerial(Math.floor(cell));
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  if (typeof cell === "number" && format === "0%") return `${Math.round(cell * 100)}%`;
  return String(cell);
}

/**
 * The first rows as they will stand after the write: for a new sheet or an append, the layout's
 * rows; in place, the source row (`below`: the source rows under the header row) with the
 * converted cells put in (null in the layout means the cell stays as it is, and reads in its own
 * number format from `belowFormats`). Formula columns are marked rather than computed.
 */
export function previewRows(
  layout: TableLayout,
  below: readonly (readonly Cell[])[] | undefined,
  count: number,
  belowFormats?: readonly (readonly string[])[],
): PreviewCell[][] {
  return layout.rows.slice(0, count).map((row, i) =>
    layout.headers.map((_, column) => {
      const formula = layout.formulas[column] !== null || (layout.mode === "append" && row[column] === null);
      if (formula) return { text: "", formula: true };
      const kept = layout.mode === "in-place" && (row[column] ?? null) === null;
      const value = kept ? (below?.[i]?.[column] ?? null) : row[column];
      const format = layout.formats[column] ?? (kept ? belowFormats?.[i]?.[column] : null);
      return { text: displayCell(value ?? null, format ?? null), formula: false };
    }),
  );
}

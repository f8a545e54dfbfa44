import type { Cell } from "@core/cells/cell";
import { dateFromSerial } from "@core/cells/parseDate";
import type { TableLayout } from "@core/import/tableLayout";

/** A preview cell: the text to show, or a formula column's marker. */
export type PreviewCell = { readonly text: string; readonly formula: boolean };

const pad = (n: number) => String(n).padStart(2, "0");

/** How a written value will read in the sheet: the text prefix dropped, dates as dates. */
export function displayCell(cell: Cell, format: string | null): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.startsWith("'") ? cell.slice(1) : cell;
  if (typeof cell === "number" && format === "yyyy-mm-dd" && cell >= 1) {
    const { year, month, day } = dateFromSerial(Math.floor(cell));
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  if (typeof cell === "number" && format === "0%") return `${Math.round(cell * 100)}%`;
  return String(cell);
}

/**
 * The first rows as they will stand after the write: for a new sheet or an append, the layout's
 * rows; in place, the source row (`below`: the source rows under the header row) with the converted cells put in (null in the layout means the
 * cell stays as it is). Formula columns are marked rather than computed.
 */
export function previewRows(
  layout: TableLayout,
  below: readonly (readonly Cell[])[] | undefined,
  count: number,
): PreviewCell[][] {
  return layout.rows.slice(0, count).map((row, i) =>
    layout.headers.map((_, column) => {
      const formula = layout.formulas[column] !== null || (layout.mode === "append" && row[column] === null);
      if (formula) return { text: "", formula: true };
      const value = layout.mode === "in-place" ? (row[column] ?? below?.[i]?.[column] ?? null) : row[column];
      return { text: displayCell(value ?? null, layout.formats[column]), formula: false };
    }),
  );
}

import { salesError, type SalesError } from "@core/errors";
import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { cellCount } from "@core/cells/flatten";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";

/** Shows a cell in a message: text as it is, other values by String(). */
export function showCell(cell: Cell): string {
  const text = typeof cell === "string" ? cell : String(cell);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * A number from a cell that must hold one, or #VALUE! naming the 1-based row.
 *
 * @example
 * numberAt("1,200", 0) //=> 1200
 */
export function numberAt(cell: Cell, index: number): number | SalesError {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  const value = parseNumber(cell);
  return value ?? salesError("invalid-value", "notANumber", { row: index + 1, value: showCell(cell) });
}

/** A date serial from a cell that must hold one, or #VALUE! naming the 1-based row. */
export function dateAt(cell: Cell, index: number): number | SalesError {
  const value = parseDate(cell);
  return value ?? salesError("invalid-value", "notADate", { row: index + 1, value: showCell(cell) });
}

/**
 * #VALUE! "ranges must be the same size" unless every given range has as many cells as the
 * first. Omitted arguments (null) are not compared.
 */
export function checkSameSize(...ranges: CellOrMatrix[]): SalesError | undefined {
  const given = ranges.filter((r) => r !== null && r !== undefined);
  if (given.length < 2) return undefined;
  const n = cellCount(given[0]);
  return given.every((r) => cellCount(r) === n) ? undefined : salesError("invalid-value", "sameSize");
}

/**
 * A single number from an argument that may be a one-cell range, or #VALUE!.
 * An empty cell is `undefined` so the caller can apply a default or report it.
 */
export function scalarNumber(arg: CellOrMatrix, what: string): number | undefined | SalesError {
  const cell = Array.isArray(arg) ? (arg.length === 1 && arg[0].length === 1 ? arg[0][0] : undefined) : arg;
  if (Array.isArray(arg) && cell === undefined)
    return salesError("invalid-value", "outOfRange", { what, range: "one cell" });
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return undefined;
  return numberAt(cell as Cell, 0);
}

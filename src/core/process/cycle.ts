import type { Cell, CellOrMatrix } from "../cells/cell";
import { asMatrix, cellAt } from "../cells/cellAt";
import { cellCount } from "../cells/flatten";
import { isEmpty } from "../cells/isEmpty";
import { DEFAULT_WON, labelsOrDefault, normalizeLabel } from "../cells/outcome";
import { MAX_SERIAL } from "../cells/parseDate";
import { checkSameSize, dateAt } from "../cells/readCell";
import { isSalesError, salesError, type Result } from "../errors";

/** A whole-day serial from a date cell, with a fast path for the serial numbers Excel sends. */
function dayAt(cell: Cell, i: number): number | ReturnType<typeof dateAt> {
  if (typeof cell === "number" && cell >= 0 && cell <= MAX_SERIAL + 1) return Math.floor(cell);
  return dateAt(cell, i);
}

/**
 * Sales cycle: the mean of (closed − created) in whole days over the rows where both dates are
 * present; given outcomes, over won rows only (a lost deal's cycle is not how long it takes to
 * win). A row with one date missing is still open and left out. A time of day is dropped.
 *
 * @param created - creation dates (serials or text dates)
 * @param closed - close dates, the same size
 * @param outcomes - outcome labels, the same size; null to use every row with both dates
 * @param won - labels that mean won; null for the default set
 * @returns the mean cycle in days; #DIV/0! when no row is left; #VALUE! naming the row when
 *   closed < created or a date is unreadable, or when the ranges differ in size
 *
 * @example
 * cycle([[45292], [45300]], [[45322], [45310]]) //=> 20
 */
export function cycle(created: CellOrMatrix, closed: CellOrMatrix, outcomes: CellOrMatrix = null, won: CellOrMatrix = null): Result<number> {
  const sizeError = checkSameSize(created, closed, outcomes);
  if (sizeError) return sizeError;
  const wonSet = labelsOrDefault(won, DEFAULT_WON);
  const c = asMatrix(created);
  const d = asMatrix(closed);
  const o = outcomes === null || outcomes === undefined ? null : asMatrix(outcomes);
  const cCols = c.length === 0 ? 1 : c[0].length;
  const dCols = d.length === 0 ? 1 : d[0].length;
  const oCols = o === null || o.length === 0 ? 1 : o[0].length;
  const isWon = new Map<Cell, boolean>();
  const n = cellCount(c);
  let days = 0;
  let rows = 0;
  for (let i = 0; i < n; i++) {
    if (o !== null) {
      const label = cellAt(o, oCols, i);
      let hit = isWon.get(label);
      if (hit === undefined) {
        hit = !isEmpty(label) && wonSet.has(normalizeLabel(label));
        isWon.set(label, hit);
      }
      if (!hit) continue;
    }
    const from = cellAt(c, cCols, i);
    const to = cellAt(d, dCols, i);
    if (isEmpty(from) || isEmpty(to)) continue;
    const start = dayAt(from, i);
    if (isSalesError(start)) return start;
    const end = dayAt(to, i);
    if (isSalesError(end)) return end;
    if (end < start) return salesError("invalid-value", "closedBeforeCreated", { row: i + 1 });
    days += end - start;
    rows++;
  }
  return rows === 0 ? salesError("div-by-zero", "noRows") : days / rows;
}

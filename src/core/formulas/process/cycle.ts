import type { CellOrMatrix } from "@core/cells/cell";
import { asColumn, sameSizeColumns } from "@core/cells/asColumn";
import { LabelCache } from "@core/cells/labelCache";
import { isEmpty } from "@core/cells/isEmpty";
import { DEFAULT_WON, labelsOrDefault } from "@core/cells/outcome";
import { MAX_SERIAL } from "@core/cells/parseDate";
import { dateAt } from "@core/cells/readCell";
import { isSalesError, salesError, type Result } from "@core/errors";

const LAST_SERIAL = MAX_SERIAL + 1;

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
export function cycle(
  created: CellOrMatrix,
  closed: CellOrMatrix,
  outcomes: CellOrMatrix = null,
  won: CellOrMatrix = null,
): Result<number> {
  const wonSet = labelsOrDefault(won, DEFAULT_WON);
  const c = asColumn(created);
  const d = asColumn(closed);
  const o = outcomes === null || outcomes === undefined ? null : asColumn(outcomes);
  const sizeError = sameSizeColumns(c, d, o);
  if (sizeError) return sizeError;
  const isWon = new LabelCache((label) => (label !== "" && wonSet.has(label) ? 1 : 0));
  let days = 0;
  let rows = 0;
  for (let i = 0; i < c.length; i++) {
    if (o !== null) {
      if (isWon.get(o[i][0]) === 0) continue;
    }
    const from = c[i][0];
    const to = d[i][0];
    // Excel sends dates as serial numbers: take them without a call (a call returning a number
    // or an error object would box every result).
    let start: number;
    let end: number;
    if (typeof from === "number" && from >= 0 && from <= LAST_SERIAL) start = Math.floor(from);
    else if (isEmpty(from)) continue;
    else {
      const parsed = dateAt(from, i);
      if (isSalesError(parsed)) return parsed;
      start = parsed;
    }
    if (typeof to === "number" && to >= 0 && to <= LAST_SERIAL) end = Math.floor(to);
    else if (isEmpty(to)) continue;
    else {
      const parsed = dateAt(to, i);
      if (isSalesError(parsed)) return parsed;
      end = parsed;
    }
    if (end < start) return salesError("invalid-value", "closedBeforeCreated", { row: i + 1 });
    days += end - start;
    rows++;
  }
  return rows === 0 ? salesError("div-by-zero", "noRows") : days / rows;
}

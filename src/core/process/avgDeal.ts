import type { Cell, CellOrMatrix } from "../cells/cell";
import { asMatrix, cellAt } from "../cells/cellAt";
import { isEmpty } from "../cells/isEmpty";
import { DEFAULT_WON, labelsOrDefault, normalizeLabel } from "../cells/outcome";
import { checkSameSize, numberAt } from "../cells/readCell";
import { cellCount } from "../cells/flatten";
import { isSalesError, salesError, type Result } from "../errors";

/**
 * Average deal size: the mean of the non-empty amounts, or, given outcomes, of the won rows'
 * amounts only (an open or lost deal's amount is a hope, not a deal size). Rows with an empty
 * amount are left out rather than counted as 0, as AVERAGE does. A negative amount is #NUM!,
 * as in WINRATE: a deal cannot be worth less than nothing.
 *
 * @param amounts - deal amounts
 * @param outcomes - outcome labels, the same size as amounts; null to average every amount
 * @param won - labels that mean won; null for the default set (Won, Closed Won, 赢单, 成交 …)
 * @returns the mean amount; #DIV/0! when no row is left; #VALUE! naming a row whose amount is
 *   no number or when the ranges differ in size
 *
 * @example
 * avgDeal([[1000], [3000], [500]], [["won"], ["赢单"], ["lost"]]) //=> 2000
 */
export function avgDeal(amounts: CellOrMatrix, outcomes: CellOrMatrix = null, won: CellOrMatrix = null): Result<number> {
  const sizeError = checkSameSize(amounts, outcomes);
  if (sizeError) return sizeError;
  const wonSet = labelsOrDefault(won, DEFAULT_WON);
  const a = asMatrix(amounts);
  const aCols = a.length === 0 ? 1 : a[0].length;
  const o = outcomes === null || outcomes === undefined ? null : asMatrix(outcomes);
  const oCols = o === null || o.length === 0 ? 1 : o[0].length;
  const isWon = new Map<Cell, boolean>();
  const n = cellCount(a);
  let total = 0;
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
    const cell = cellAt(a, aCols, i);
    let amount: number;
    if (typeof cell === "number") amount = cell;
    else if (isEmpty(cell)) continue;
    else {
      const parsed = numberAt(cell, i);
      if (isSalesError(parsed)) return parsed;
      amount = parsed;
    }
    if (amount < 0) return salesError("out-of-range", "negative", { what: `amount (row ${i + 1})` });
    total += amount;
    rows++;
  }
  return rows === 0 ? salesError("div-by-zero", "noRows") : total / rows;
}

import type { CellOrMatrix } from "@core/cells/cell";
import { asColumn, sameSizeColumns } from "@core/cells/asColumn";
import { LabelCache } from "@core/cells/labelCache";
import { isEmpty } from "@core/cells/isEmpty";
import { DEFAULT_WON, labelsOrDefault } from "@core/cells/outcome";
import { numberAt } from "@core/cells/readCell";
import { isSalesError, salesError, type Result, type SalesError } from "@core/errors";

function negativeAmount(i: number): SalesError {
  return salesError("out-of-range", "negative", { what: `amount (row ${i + 1})` });
}

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
export function avgDeal(
  amounts: CellOrMatrix,
  outcomes: CellOrMatrix = null,
  won: CellOrMatrix = null,
): Result<number> {
  const wonSet = labelsOrDefault(won, DEFAULT_WON);
  const a = asColumn(amounts);
  const o = outcomes === null || outcomes === undefined ? null : asColumn(outcomes);
  const sizeError = sameSizeColumns(a, o);
  if (sizeError) return sizeError;
  const isWon = new LabelCache((label) => (label !== "" && wonSet.has(label) ? 1 : 0));
  let total = 0;
  let rows = 0;
  for (let i = 0; i < a.length; i++) {
    if (o !== null) {
      if (isWon.get(o[i][0]) === 0) continue;
    }
    const cell = a[i][0];
    if (typeof cell === "number") {
      if (cell < 0) return negativeAmount(i);
      total += cell;
      rows++;
      continue;
    }
    if (isEmpty(cell)) continue;
    const amount = numberAt(cell, i);
    if (isSalesError(amount)) return amount;
    if (amount < 0) return negativeAmount(i);
    total += amount;
    rows++;
  }
  return rows === 0 ? salesError("div-by-zero", "noRows") : total / rows;
}

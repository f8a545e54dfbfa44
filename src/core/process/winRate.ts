import type { CellOrMatrix } from "../cells/cell";
import { flatten } from "../cells/flatten";
import { isEmpty } from "../cells/isEmpty";
import { DEFAULT_LOST, DEFAULT_WON, labelsOrDefault, normalizeLabel } from "../cells/outcome";
import { checkSameSize, numberAt } from "../cells/readCell";
import { isSalesError, salesError, type Result } from "../errors";

/**
 * Win rate: won ÷ (won + lost) by count, or by Σamount when amounts are given. Open deals (any
 * other label) and empty outcome cells are left out; with amounts, a row with an empty amount
 * is left out too. A negative amount → #NUM!.
 *
 * @param outcomes - outcome labels
 * @param amounts - deal amounts, the same size as outcomes; null to count deals
 * @param won - labels that mean won; null for the default set
 * @param lost - labels that mean lost; null for the default set
 * @returns a fraction in [0, 1]; #DIV/0! when no deal is closed
 *
 * @example
 * winRate([["won"], ["lost"], ["lost"], ["open"], ["lost"]]) //=> 0.25
 */
export function winRate(
  outcomes: CellOrMatrix,
  amounts: CellOrMatrix = null,
  won: CellOrMatrix = null,
  lost: CellOrMatrix = null,
): Result<number> {
  const sizeError = checkSameSize(outcomes, amounts);
  if (sizeError) return sizeError;
  const wonSet = labelsOrDefault(won, DEFAULT_WON);
  const lostSet = labelsOrDefault(lost, DEFAULT_LOST);
  const cells = flatten(outcomes);
  const values = amounts === null || amounts === undefined ? null : flatten(amounts);
  const kindOf = new Map<unknown, 0 | 1 | 2>(); // 0 open, 1 won, 2 lost
  let wonTotal = 0;
  let closedTotal = 0;
  let closedRows = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined || cell === "") continue;
    let kind = kindOf.get(cell);
    if (kind === undefined) {
      const label = normalizeLabel(cell);
      kind = label === "" ? 0 : wonSet.has(label) ? 1 : lostSet.has(label) ? 2 : 0;
      kindOf.set(cell, kind);
    }
    if (kind === 0) continue;
    let weight = 1;
    if (values) {
      const raw = values[i];
      if (typeof raw === "number") weight = raw;
      else if (isEmpty(raw)) continue;
      else {
        const parsed = numberAt(raw, i);
        if (isSalesError(parsed)) return parsed;
        weight = parsed;
      }
    }
    if (weight < 0) return salesError("out-of-range", "negative", { what: `amount (row ${i + 1})` });
    closedRows++;
    closedTotal += weight;
    if (kind === 1) wonTotal += weight;
  }
  if (closedRows === 0) return salesError("div-by-zero", "noClosedDeals");
  if (closedTotal === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σ closed amount" });
  return wonTotal / closedTotal;
}

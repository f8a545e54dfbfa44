import type { CellOrMatrix } from "@core/cells/cell";
import { asColumn, sameSizeColumns } from "@core/cells/asColumn";
import { isEmpty } from "@core/cells/isEmpty";
import { LabelCache } from "@core/cells/labelCache";
import { DEFAULT_LOST, DEFAULT_WON, errorOfLiteral, isErrorLiteral, labelsOrDefault } from "@core/cells/outcome";
import { numberAt } from "@core/cells/readCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Win rate: won ÷ (won + lost) by count, or by Σamount when amounts are given. Open deals (any
 * other label) and empty outcome cells are left out; with amounts, a row with an empty amount
 * is left out too. A negative amount → #NUM!.
 *
 * @param outcomes - outcome labels
 * @param amounts - deal amounts, the same size as outcomes; null to count deals
 * @param won - labels that mean won; null for the default set
 * @param lost - labels that mean lost; null for the default set
 * @returns a fraction in [0, 1]; #DIV/0! when no deal is closed; a cell holding an Excel error value
 *   as text ("#N/A") passes that error on instead of counting as an open deal
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
  const outcomeColumn = asColumn(outcomes);
  const amountColumn = amounts === null || amounts === undefined ? null : asColumn(amounts);
  const sizeError = sameSizeColumns(outcomeColumn, amountColumn);
  if (sizeError) return sizeError;
  const wonSet = labelsOrDefault(won, DEFAULT_WON);
  const lostSet = labelsOrDefault(lost, DEFAULT_LOST);
  // 0 open/empty, 1 won, 2 lost, 3 an error value (passed on, not counted as open)
  const kinds = new LabelCache((label) =>
    wonSet.has(label) ? 1 : lostSet.has(label) ? 2 : isErrorLiteral(label) ? 3 : 0,
  );
  let wonTotal = 0;
  let closedTotal = 0;
  let closedRows = 0;
  for (let i = 0; i < outcomeColumn.length; i++) {
    const cell = outcomeColumn[i][0];
    if (cell === null || cell === undefined || cell === "") continue;
    const kind = kinds.get(cell);
    if (kind === 0) continue;
    if (kind === 3) return errorOfLiteral(cell, i);
    let weight = 1;
    if (amountColumn) {
      const raw = amountColumn[i][0];
      if (typeof raw === "number") weight = raw;
      else if (isEmpty(raw)) continue;
      else {
        const parsed = numberAt(raw, i);
        if (isSalesError(parsed)) return parsed;
        weight = parsed;
      }
      if (weight < 0) return salesError("out-of-range", "negative", { what: `amount (row ${i + 1})` });
    }
    closedRows++;
    closedTotal += weight;
    if (kind === 1) wonTotal += weight;
  }
  if (closedRows === 0) return salesError("div-by-zero", "noClosedDeals");
  if (closedTotal === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σ closed amount" });
  return wonTotal / closedTotal;
}

import type { CellOrMatrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { parseProbability } from "@core/cells/parseProbability";
import { scalarNumber, showCell } from "@core/cells/readCell";
import { scalarCell } from "@core/cells/scalarCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Sales velocity: opportunities × win_rate × avg_deal ÷ cycle_days, the revenue the pipeline
 * yields per day. win_rate reads as every rate does: 0.25, 25 and "25%" are all 25 %. An empty
 * argument counts 0, as in an Excel formula (so an empty cycle_days is #DIV/0!).
 *
 * @param opportunities - open opportunities
 * @param winRate - win rate, a fraction or a percent
 * @param avgDeal - average deal size
 * @param cycleDays - sales cycle in days
 * @returns revenue per day; #NUM! for a negative input (or a rate above 100 %);
 *   #DIV/0! when cycle_days = 0; #VALUE! for text that is no number
 *
 * @example
 * velocity(40, 0.25, 25000, 90) //=> 2777.777…
 */
export function velocity(
  opportunities: CellOrMatrix,
  winRate: CellOrMatrix,
  avgDeal: CellOrMatrix,
  cycleDays: CellOrMatrix,
): Result<number> {
  const opps = scalarNumber(opportunities, "opportunities");
  if (isSalesError(opps)) return opps;
  const rateCell = scalarCell(winRate, "win_rate");
  if (isSalesError(rateCell)) return rateCell;
  const deal = scalarNumber(avgDeal, "avg_deal");
  if (isSalesError(deal)) return deal;
  const days = scalarNumber(cycleDays, "cycle_days");
  if (isSalesError(days)) return days;
  const rate = isEmpty(rateCell) ? 0 : parseProbability(rateCell);
  if (rate === undefined)
    return salesError("invalid-value", "argNotANumber", { what: "win_rate", value: showCell(rateCell) });
  if (Number.isNaN(rate)) return salesError("out-of-range", "outOfRange", { what: "win_rate", range: "0–100 %" });
  for (const [what, value] of [
    ["opportunities", opps],
    ["avg_deal", deal],
    ["cycle_days", days],
  ] as const) {
    if ((value ?? 0) < 0) return salesError("out-of-range", "negative", { what });
  }
  if (!days) return salesError("div-by-zero", "zeroDenominator", { what: "cycle_days" });
  return ((opps ?? 0) * rate * (deal ?? 0)) / days;
}

import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { scalarNumber, showCell } from "@core/cells/readCell";
import { scalarCell } from "@core/cells/scalarCell";
import { isSalesError, salesError, type Result } from "@core/errors";
import { commissionTiers, type CommissionTier } from "@core/formulas/performance/commissionTiers";

/** How tiers apply: each slice at its own tier's rate, or the whole amount at the tier reached. */
export type CommissionMode = "marginal" | "whole";

/** The rate of the highest tier whose threshold `value` has reached (a value equal to a threshold has reached it). */
function rateAt(tiers: readonly CommissionTier[], value: number): number {
  let rate = tiers[0].rate;
  for (const tier of tiers) {
    if (value >= tier.threshold) rate = tier.rate;
    else break;
  }
  return rate;
}

/**
 * Commission on `amount` sold after `prior` was already sold in the period (year-to-date sales
 * before this deal, say), so a deal that crosses a threshold is paid correctly.
 * - marginal (超额累进): each slice of (prior, prior + amount] is paid at the rate of the tier it
 *   falls in.
 * - whole (全额累进): (prior + amount) × rate(prior + amount) − prior × rate(prior): the whole
 *   running total is paid at the rate it has reached, minus what was already paid.
 * This is the core the scorecard reuses; it expects tiers as {@link commissionTiers} returns them.
 *
 * @param amount - the amount to pay commission on, ≥ 0
 * @param tiers - tiers ascending from threshold 0
 * @param mode - "marginal" or "whole"
 * @param prior - the amount already sold before, ≥ 0
 * @returns the commission; #NUM! when amount or prior is negative
 *
 * @example
 * commission(20000, [{ threshold: 0, rate: 0.04 }, { threshold: 150000, rate: 0.06 }, { threshold: 250000, rate: 0.08 }], "marginal", 145000) //=> 1100
 */
export function commission(
  amount: number,
  tiers: readonly CommissionTier[],
  mode: CommissionMode = "marginal",
  prior = 0,
): Result<number> {
  if (amount < 0) return salesError("out-of-range", "negative", { what: "amount" });
  if (prior < 0) return salesError("out-of-range", "negative", { what: "prior" });
  const end = prior + amount;
  if (mode === "whole") return end * rateAt(tiers, end) - prior * rateAt(tiers, prior);
  let paid = 0;
  for (let k = 0; k < tiers.length; k++) {
    const from = Math.max(prior, tiers[k].threshold);
    const to = Math.min(end, k + 1 < tiers.length ? tiers[k + 1].threshold : Infinity);
    if (to > from) paid += (to - from) * tiers[k].rate;
  }
  return paid;
}

const MODES: ReadonlyMap<string, CommissionMode> = new Map([
  ["marginal", "marginal"],
  ["超额累进", "marginal"],
  ["whole", "whole"],
  ["全额累进", "whole"],
]);

/** A mode argument: "marginal" / "whole" (or 超额累进 / 全额累进), any case; empty → marginal. */
function modeOf(arg: Cell): Result<CommissionMode> {
  if (isEmpty(arg)) return "marginal";
  return (
    MODES.get(normalizeLabel(arg)) ??
    salesError("invalid-value", "unknownOption", {
      what: "mode",
      value: showCell(arg),
      allowed: '"marginal" (超额累进), "whole" (全额累进)',
    })
  );
}

/**
 * SALES.COMMISSION on cells: reads amount and prior (empty counts 0, as in an Excel formula), the
 * tier table and the mode, then calls {@link commission}.
 *
 * @param amount - the amount sold
 * @param tiers - 2 columns (threshold, rate)
 * @param mode - "marginal" or "whole"; null for marginal
 * @param prior - the amount sold before; null for 0
 * @returns the commission; #VALUE! for a bad tier table or unknown mode; #NUM! for a negative amount or prior
 *
 * @example
 * commissionOf(20000, [[0, "4%"], [150000, "6%"], [250000, "8%"]], "marginal", 145000) //=> 1100
 */
export function commissionOf(
  amount: CellOrMatrix,
  tiers: CellOrMatrix,
  mode: CellOrMatrix = null,
  prior: CellOrMatrix = null,
): Result<number> {
  const a = scalarNumber(amount, "amount");
  if (isSalesError(a)) return a;
  const p = scalarNumber(prior, "prior");
  if (isSalesError(p)) return p;
  const table = commissionTiers(tiers);
  if (isSalesError(table)) return table;
  const modeCell = scalarCell(mode, "mode");
  if (isSalesError(modeCell)) return modeCell;
  const m = modeOf(modeCell);
  if (isSalesError(m)) return m;
  return commission(a ?? 0, table, m, p ?? 0);
}

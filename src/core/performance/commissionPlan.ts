import { isSalesError, type Result } from "@core/errors";
import { commission, type CommissionMode } from "@core/formulas/performance/commission";
import type { CommissionTier } from "@core/formulas/performance/commissionTiers";

/** Which amounts commission is paid on: signed contracts (合同额) or collected cash (回款额). */
export type CommissionBasis = "signed" | "collected";

/** A quota-relative accelerator: sales above `from` × quota earn `multiplier` × their commission. */
export type Accelerator = { readonly from: number; readonly multiplier: number };

/** How a team is paid: the tier table, how tiers apply, on what, with what accelerator and carry. */
export type CommissionPlan = {
  readonly tiers: readonly CommissionTier[];
  readonly mode: CommissionMode;
  readonly basis: CommissionBasis;
  /** Null for none. */
  readonly accelerator: Accelerator | null;
  /** Carry year-to-date sales (and quota) of the earlier periods of the same year into this one. */
  readonly carry: boolean;
};

/** The default plan: 3 % to 100k, 5 % to 300k, 7 % above, marginal, on signed amounts, 1.5× above 100 %, carried. */
export const DEFAULT_COMMISSION_PLAN: CommissionPlan = {
  tiers: [
    { threshold: 0, rate: 0.03 },
    { threshold: 100000, rate: 0.05 },
    { threshold: 300000, rate: 0.07 },
  ],
  mode: "marginal",
  basis: "signed",
  accelerator: { from: 1, multiplier: 1.5 },
  carry: true,
};

/** What one rep earns in one period and how. */
export type CommissionInput = {
  /** Sales of the period on the plan's basis. */
  readonly amount: number;
  /** Sales of the earlier periods of the year (0 without carry). */
  readonly prior: number;
  /** The quota the accelerator is measured against: year to date with carry, else the period's. */
  readonly quota: number;
};

/**
 * Commission for one period with carried attainment and a quota-relative accelerator, as the
 * Scorecard's Commission formula computes it:
 * COMMISSION(amount, tiers, mode, prior) + (multiplier − 1) × COMMISSION(max(0, prior + amount − s), tiers, mode, s)
 * with s = max(prior, from × quota): the part of the running total above the accelerator's line
 * earns its commission once more × (multiplier − 1). With no quota (0) nothing is accelerated.
 * Commission is homogeneous in the amounts, so the same tiers serve marginal and whole modes.
 *
 * @param input - amount, prior and quota
 * @param plan - the commission plan
 * @returns the commission; #NUM! for a negative amount or prior
 *
 * @example
 * acceleratedCommission({ amount: 100000, prior: 50000, quota: 120000 }, { tiers: [{ threshold: 0, rate: 0.04 }], mode: "marginal", basis: "signed", accelerator: { from: 1, multiplier: 1.5 }, carry: true }) //=> 4600
 */
export function acceleratedCommission(input: CommissionInput, plan: CommissionPlan): Result<number> {
  const base = commission(input.amount, plan.tiers, plan.mode, input.prior);
  if (isSalesError(base) || !plan.accelerator || !(input.quota > 0)) return base;
  const line = Math.max(input.prior, plan.accelerator.from * input.quota);
  const above = commission(Math.max(0, input.prior + input.amount - line), plan.tiers, plan.mode, line);
  if (isSalesError(above)) return above;
  return base + (plan.accelerator.multiplier - 1) * above;
}

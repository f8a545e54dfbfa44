import type { PoolCandidate, RecycleReason } from "@core/customers/poolCandidates";
import type { PoolChangeProblem } from "@core/customers/poolChanges";
import type { PoolRuleKey } from "@core/customers/poolRules";
import type { TranslationKey } from "@i18n/translationKey";

// Each key spelled out once, so a missing string is a type error here rather than a raw key in the pane.

/** The label of each rule's field. */
export const poolRuleLabelKeys = {
  "NoFollowUpDays.A": "customers.pool.rule.NoFollowUpDays.A",
  "NoFollowUpDays.B": "customers.pool.rule.NoFollowUpDays.B",
  "NoFollowUpDays.C": "customers.pool.rule.NoFollowUpDays.C",
  ProtectionDays: "customers.pool.rule.ProtectionDays",
  WarnDays: "customers.pool.rule.WarnDays",
  ClaimsPerDay: "customers.pool.rule.ClaimsPerDay",
} as const satisfies Record<PoolRuleKey, TranslationKey>;

/** Why a release, reassignment or claim cannot go ahead. */
export const poolProblemKeys = {
  "nothing-selected": "customers.pool.problems.nothing-selected",
  "not-active": "customers.pool.problems.not-active",
  "not-in-pool": "customers.pool.problems.not-in-pool",
  "unknown-rep": "customers.pool.problems.unknown-rep",
  "same-owner": "customers.pool.problems.same-owner",
  "claim-limit": "customers.pool.problems.claim-limit",
} as const satisfies Record<PoolChangeProblem["kind"], TranslationKey>;

/** How close a candidate is to going back to the pool. */
export const candidateStateKeys = {
  due: "customers.pool.due",
  warning: "customers.pool.warning",
} as const satisfies Record<PoolCandidate["state"], TranslationKey>;

/** Which rule makes a customer a candidate. */
export const recycleReasonKeys = {
  "no-follow-up": "customers.pool.reasons.no-follow-up",
  "no-deal": "customers.pool.reasons.no-deal",
} as const satisfies Record<RecycleReason, TranslationKey>;

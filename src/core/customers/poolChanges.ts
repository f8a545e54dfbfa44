import { normalizeLabel } from "@core/cells/outcome";
import type { CustomerBook } from "@core/customers/customerRecords";
import type { PoolRules } from "@core/customers/poolRules";

/** Why a pool change cannot be made as asked. */
export type PoolChangeProblem =
  | { readonly kind: "nothing-selected" }
  | { readonly kind: "not-active"; readonly labels: readonly string[] }
  | { readonly kind: "not-in-pool"; readonly labels: readonly string[] }
  | { readonly kind: "unknown-rep"; readonly rep: string }
  | { readonly kind: "same-owner"; readonly labels: readonly string[] }
  | {
      readonly kind: "claim-limit";
      readonly rep: string;
      readonly limit: number;
      readonly claimedToday: number;
      /** How many more the rep may claim today. */
      readonly allowed: number;
    };

/** A change checked against the book: the customers it touches (indexes), or why it cannot be made. */
export type PoolChangeCheck =
  | { readonly ok: true; readonly indexes: readonly number[] }
  | ({ readonly ok: false } & {
      readonly problem: PoolChangeProblem;
    });

function knownRep(book: CustomerBook, rep: string): boolean {
  const wanted = normalizeLabel(rep);
  if (!wanted) return false;
  // Without a Team table any name is accepted: there is nothing to check it against.
  return book.reps.length === 0 || book.reps.some((candidate) => normalizeLabel(candidate) === wanted);
}

const fail = (problem: PoolChangeProblem): PoolChangeCheck => ({ ok: false, problem });

/**
 * Checks a release to the pool: every customer must be active (not already in the pool).
 *
 * @example
 * checkRelease(book, [0]) //=> { ok: true, indexes: [0] }
 */
export function checkRelease(book: CustomerBook, indexes: readonly number[]): PoolChangeCheck {
  if (indexes.length === 0) return fail({ kind: "nothing-selected" });
  const pooled = indexes.filter((index) => book.customers[index].status === "pool");
  if (pooled.length > 0) return fail({ kind: "not-active", labels: pooled.map((i) => book.customers[i].label) });
  return { ok: true, indexes };
}

/**
 * Checks a reassignment: the new owner must be on the Team (when there is a Team table) and differ
 * from the current owner of every customer.
 *
 * @example
 * checkReassign(book, [0], "李强") //=> { ok: true, indexes: [0] }
 */
export function checkReassign(book: CustomerBook, indexes: readonly number[], rep: string): PoolChangeCheck {
  if (indexes.length === 0) return fail({ kind: "nothing-selected" });
  if (!knownRep(book, rep)) return fail({ kind: "unknown-rep", rep });
  const same = indexes.filter((index) => normalizeLabel(book.customers[index].owner) === normalizeLabel(rep));
  if (same.length > 0) return fail({ kind: "same-owner", labels: same.map((i) => book.customers[i].label) });
  return { ok: true, indexes };
}

/**
 * How many customers a rep has claimed from the pool on a day: the claim rows (see poolMarkers)
 * of that rep dated that day.
 *
 * @example
 * claimsOn(book, "王芳", 45320) //=> 2
 */
export function claimsOn(book: CustomerBook, rep: string, day: number): number {
  const wanted = normalizeLabel(rep);
  let count = 0;
  for (const activity of book.activities) {
    if (activity.kind === "claim" && activity.date === day && normalizeLabel(activity.owner) === wanted) count++;
  }
  return count;
}

/**
 * Checks a claim from the pool: the rep must be on the Team, every customer must be in the pool,
 * and the rep's claims today plus these must stay within the daily limit.
 *
 * @param book - the customer tables as they are now
 * @param indexes - the customers to claim
 * @param rep - who claims them
 * @param today - today's serial
 * @param rules - the pool's rules (claimsPerDay)
 * @returns the customers to claim, or the problem (with how many more the rep may claim today)
 *
 * @example
 * // Limit 5, three claimed today, two more asked: fine; three more: "claim-limit" with allowed 2.
 * checkClaim(book, [7, 8, 9], "王芳", 45320, defaultPoolRules) //=> { ok: false, problem: { kind: "claim-limit", allowed: 2, … } }
 */
export function checkClaim(
  book: CustomerBook,
  indexes: readonly number[],
  rep: string,
  today: number,
  rules: PoolRules,
): PoolChangeCheck {
  if (indexes.length === 0) return fail({ kind: "nothing-selected" });
  if (!knownRep(book, rep)) return fail({ kind: "unknown-rep", rep });
  const active = indexes.filter((index) => book.customers[index].status !== "pool");
  if (active.length > 0) return fail({ kind: "not-in-pool", labels: active.map((i) => book.customers[i].label) });
  const claimedToday = claimsOn(book, rep, today);
  const allowed = Math.max(0, rules.claimsPerDay - claimedToday);
  if (indexes.length > allowed) {
    return fail({ kind: "claim-limit", rep, limit: rules.claimsPerDay, claimedToday, allowed });
  }
  return { ok: true, indexes };
}

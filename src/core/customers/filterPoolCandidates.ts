import type { PoolCandidate } from "@core/customers/poolCandidates";

/** Which recycle candidates to list; an absent field lets every value through. */
export type PoolCandidateFilter = {
  readonly owner?: string;
  /** The tier as written; "" for customers without one. */
  readonly tier?: string;
  /** Only those due now, or only those within the warning days. */
  readonly state?: PoolCandidate["state"];
};

/**
 * The recycle candidates the filter lets through, in their order (due first, then by days
 * remaining).
 *
 * @param candidates - the candidates, as {@link poolCandidates} orders them
 * @param filter - owner, tier and due-or-warning; {} for all
 * @returns the candidates kept
 * @example
 * filterPoolCandidates(pool.candidates, { state: "due" }).length //=> pool.due
 */
export function filterPoolCandidates(
  candidates: readonly PoolCandidate[],
  filter: PoolCandidateFilter,
): PoolCandidate[] {
  return candidates.filter(
    (candidate) =>
      (filter.owner === undefined || candidate.owner === filter.owner) &&
      (filter.tier === undefined || candidate.tier === filter.tier) &&
      (filter.state === undefined || candidate.state === filter.state),
  );
}

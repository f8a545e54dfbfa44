import fc from "fast-check";
import { filterInPool } from "@core/customers/filterInPool";
import { bookOf } from "./tablesOf";
import { filterPoolCandidates } from "@core/customers/filterPoolCandidates";
import type { PoolCandidate } from "@core/customers/poolCandidates";

const candidate = (index: number, owner: string, tier: string, daysRemaining: number): PoolCandidate => ({
  index,
  row: index,
  label: `C${index}`,
  owner,
  tier,
  lastFollowUp: null,
  lastDeal: null,
  recycleOn: 45500 + daysRemaining,
  daysRemaining,
  reason: "no-follow-up",
  state: daysRemaining <= 0 ? "due" : "warning",
});

describe("filterPoolCandidates", () => {
  const candidates = [
    candidate(0, "Wang", "A", -5),
    candidate(1, "Li", "B", 0),
    candidate(2, "Wang", "", 3),
    candidate(3, "Li", "A", 7),
  ];

  it("keeps the candidates of an owner, a tier, or a state, in order", () => {
    const labels = (filter: Parameters<typeof filterPoolCandidates>[1]) =>
      filterPoolCandidates(candidates, filter).map((c) => c.label);
    expect(labels({})).toEqual(["C0", "C1", "C2", "C3"]);
    expect(labels({ owner: "Wang" })).toEqual(["C0", "C2"]);
    expect(labels({ tier: "" })).toEqual(["C2"]);
    expect(labels({ state: "due" })).toEqual(["C0", "C1"]);
    expect(labels({ owner: "Li", tier: "A", state: "warning" })).toEqual(["C3"]);
  });

  it("totals the candidates the filter matches, each once", () => {
    const arbitrary = fc.array(
      fc.tuple(fc.constantFrom("Wang", "Li", ""), fc.constantFrom("A", "B", ""), fc.integer({ min: -30, max: 30 })),
    );
    fc.assert(
      fc.property(
        arbitrary,
        fc.constantFrom("Wang", "Li", ""),
        fc.constantFrom("due" as const, "warning" as const),
        (rows, owner, state) => {
          const list = rows.map(([o, tier, days], i) => candidate(i, o, tier, days));
          const kept = filterPoolCandidates(list, { owner, state });
          expect(kept).toHaveLength(list.filter((c) => c.owner === owner && c.state === state).length);
          expect(kept.every((c) => c.owner === owner && c.state === state)).toBe(true);
          expect(kept.map((c) => c.index)).toEqual([...kept.map((c) => c.index)].sort((a, b) => a - b));
        },
      ),
    );
  });
});

describe("filterInPool", () => {
  const book = bookOf({
    Customers: [
      { Company: "Pooled A", Tier: "A", Status: "Pool" },
      { Company: "Active", Owner: "Li", Tier: "A" },
      { Company: "Pooled B", Tier: "B", Status: "Pool" },
      { Company: "Pooled none", Status: "Pool" },
    ],
  });
  const inPool = [0, 2, 3];

  it("keeps the customers in the pool of one tier, or all of them", () => {
    expect(filterInPool(book, inPool, {})).toBe(inPool);
    expect(filterInPool(book, inPool, { tier: "A" })).toEqual([0]);
    expect(filterInPool(book, inPool, { tier: "" })).toEqual([3]);
    expect(filterInPool(book, inPool, { tier: "C" })).toEqual([]);
  });
});

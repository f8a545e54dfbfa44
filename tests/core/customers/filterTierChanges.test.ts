import { customerTiering } from "@core/customers/customerTiering";
import { filterTierChanges } from "@core/customers/filterTierChanges";
import { isSalesError } from "@core/errors";
import { bookOf } from "./tablesOf";

describe("filterTierChanges", () => {
  const book = bookOf({
    Customers: [
      { Company: "P", Owner: "Wang", Tier: "C" },
      { Company: "Q", Owner: "Li", Tier: "A" },
      { Company: "R", Owner: "Li", Tier: "B" },
      { Company: "S", Owner: "Wang", Tier: "" },
      { Company: "T", Owner: "Li", Tier: "C" },
    ],
    Deals: [
      { Customer: "P", Stage: "Won", Amount: 500, ClosedOn: 45390 },
      { Customer: "Q", Stage: "Won", Amount: 300, ClosedOn: 45300 },
      { Customer: "R", Stage: "Won", Amount: 150, ClosedOn: 45350 },
      { Customer: "S", Stage: "Won", Amount: 50, ClosedOn: 45100 },
    ],
  });
  const tiering = customerTiering(book, 45400);
  if (isSalesError(tiering)) throw new Error(tiering.message);

  it("lists the customers that move, as many as the tiering counts, in table order", () => {
    // A A B C C: P C→A, S none→C move; Q, R and T keep their tier.
    const all = filterTierChanges(tiering, {});
    expect(all.map((c) => [c.label, c.currentTier, c.newTier])).toEqual([
      ["P", "C", "A"],
      ["S", "", "C"],
    ]);
    expect(all).toHaveLength(tiering.moved);
  });

  it("keeps the moves of one owner or into one tier", () => {
    expect(filterTierChanges(tiering, { owner: "Wang", tier: "C" }).map((c) => c.label)).toEqual(["S"]);
    expect(filterTierChanges(tiering, { tier: "A" }).map((c) => c.label)).toEqual(["P"]);
    expect(filterTierChanges(tiering, { owner: "Li" })).toEqual([]);
  });
});

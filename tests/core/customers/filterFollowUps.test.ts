import fc from "fast-check";
import { filterFollowUps, type FollowUpFilter } from "@core/customers/filterFollowUps";
import { followUpsDue } from "@core/customers/followUpsDue";
import { defaultTierCadence } from "@core/customers/tierCadence";
import { bookOf } from "./tablesOf";

const today = 45320;
const book = bookOf({
  Customers: [
    { Company: "A late", Owner: "Wang", Tier: "A", LastContact: 45300 }, // 6 overdue
    { Company: "B today", Owner: "Wang", Tier: "B", LastContact: 45290 }, // today
    { Company: "A very late", Owner: "Li", Tier: "A", LastContact: 45200 }, // 106 overdue
    { Company: "Wang older", Owner: "Wang", Tier: "A", LastContact: 45290 }, // 16 overdue
    { Company: "Unowned", Owner: "", Tier: "B", LastContact: 45000 }, // 290 overdue
    { Company: "Li today", Owner: "Li", Tier: "C", LastContact: 45230 }, // today
  ],
});
const due = followUpsDue(book, today, defaultTierCadence);

describe("filterFollowUps", () => {
  it("lists every follow-up owner by owner, overdue before today's", () => {
    expect(filterFollowUps(due, {}).map((item) => item.label)).toEqual([
      "Wang older",
      "A late",
      "B today",
      "A very late",
      "Li today",
      "Unowned",
    ]);
  });

  it("keeps one owner, one tier, or only the overdue or today's", () => {
    const labels = (filter: FollowUpFilter) => filterFollowUps(due, filter).map((item) => item.label);
    expect(labels({ owner: "Li" })).toEqual(["A very late", "Li today"]);
    expect(labels({ owner: "" })).toEqual(["Unowned"]);
    expect(labels({ tier: "A" })).toEqual(["Wang older", "A late", "A very late"]);
    expect(labels({ when: "today" })).toEqual(["B today", "Li today"]);
    expect(labels({ owner: "Wang", when: "overdue", tier: "A" })).toEqual(["Wang older", "A late"]);
    expect(labels({ owner: "Nobody" })).toEqual([]);
  });

  it("totals what the filter lets through, in the unfiltered order", () => {
    const all = filterFollowUps(due, {});
    const filters = fc.record(
      {
        owner: fc.constantFrom("Wang", "Li", "", "Zhao"),
        tier: fc.constantFrom("A", "B", "C", ""),
        when: fc.constantFrom("overdue" as const, "today" as const),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, (filter) => {
        const matches = (item: (typeof all)[number]) =>
          (filter.owner === undefined || item.owner === filter.owner) &&
          (filter.tier === undefined || item.tier === filter.tier) &&
          (filter.when === undefined || (filter.when === "overdue") === item.daysOverdue > 0);
        expect(filterFollowUps(due, filter)).toEqual(all.filter(matches));
      }),
    );
    expect(all).toHaveLength(due.overdueCount + due.todayCount);
  });
});

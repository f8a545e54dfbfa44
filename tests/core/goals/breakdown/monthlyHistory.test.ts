import { monthlyHistory, repKey } from "@core/goals/breakdown/monthlyHistory";
import { isSalesError } from "@core/errors";
import { ok, wonDeal, yearOfDeals } from "./fixtures";

describe("monthlyHistory", () => {
  it("aligns an April fiscal year: April 2025 is fiscal month 1 of last year", () => {
    const deals = [
      wonDeal("Li", 2025, 4, 1, 100),
      wonDeal("Li", 2026, 3, 31, 30),
      wonDeal("Wang", 2026, 1, 10, 50),
      wonDeal("Wang", 2026, 4, 1, 999), // in the plan year itself: not history
    ];
    const h = ok(monthlyHistory(deals, "signed", 2026, 4, 1));
    expect(h.months).toHaveLength(12);
    expect(h.months[0].key).toBe("FY2025-M04");
    expect(h.total).toEqual([100, 0, 0, 0, 0, 0, 0, 0, 0, 50, 0, 30]);
    expect(h.byRep.get("li")).toEqual([100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30]);
    expect(h.byRep.get("wang")?.[9]).toBe(50);
    expect(h.coveredMonths).toBe(12);
  });

  it("counts won deals only, and collected cash for the collected metric", () => {
    const deals = [
      wonDeal("Li", 2025, 5, 2, 100, 60),
      { owner: "Li", stage: "Lost", closedOn: 45800, amount: 500, collected: null },
      { owner: "Li", stage: "Negotiation", closedOn: 45800, amount: 700, collected: null },
      { owner: "Li", stage: "closed won", closedOn: null, amount: 800, collected: null },
      { owner: null, stage: "Won", closedOn: wonDeal("x", 2025, 6, 1, 0).closedOn, amount: 40, collected: 40 },
    ];
    const signed = ok(monthlyHistory(deals, "signed", 2026, 1, 1));
    expect(signed.total.slice(0, 6)).toEqual([0, 0, 0, 0, 100, 40]);
    expect([...signed.byRep.keys()]).toEqual(["li"]);
    // Plan year 2025 → its history is calendar 2024, before any deal.
    expect(ok(monthlyHistory(deals, "collected", 2025, 1, 1)).coveredMonths).toBe(0);
    const next = ok(monthlyHistory(deals, "collected", 2026, 1, 1));
    expect(next.total.slice(0, 6)).toEqual([0, 0, 0, 0, 60, 40]);
  });

  it("matches owners trimmed and case-insensitively", () => {
    const h = ok(
      monthlyHistory([wonDeal(" Li  Lei ", 2025, 1, 5, 10), wonDeal("LI LEI", 2025, 2, 5, 20)], "signed", 2026, 1, 1),
    );
    expect(h.byRep.get(repKey("li lei"))?.slice(0, 2)).toEqual([10, 20]);
  });

  it("reports how many months the data covers: from the first won deal to last year's end", () => {
    const h = ok(
      monthlyHistory(yearOfDeals("Li", 2025, 4, [0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5]), "signed", 2026, 4, 3),
    );
    expect(h.months).toHaveLength(36);
    expect(h.months[0].key).toBe("FY2023-M04");
    expect(h.firstDataIndex).toBe(27); // July 2025 = fiscal month 4 of FY2025
    expect(h.coveredMonths).toBe(9);
    const older = ok(monthlyHistory([wonDeal("Li", 2010, 1, 1, 1)], "signed", 2026, 4, 3));
    expect(older.firstDataIndex).toBe(0);
    expect(older.coveredMonths).toBe(36);
    const none = ok(monthlyHistory([], "signed", 2026, 4));
    expect([none.firstDataIndex, none.coveredMonths]).toEqual([-1, 0]);
  });

  it("rejects years outside 1–10", () => {
    expect(isSalesError(monthlyHistory([], "signed", 2026, 4, 0))).toBe(true);
    expect(isSalesError(monthlyHistory([], "signed", 2026, 13))).toBe(true);
  });
});

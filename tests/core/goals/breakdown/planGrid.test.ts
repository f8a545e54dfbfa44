import { buildPlan } from "@core/goals/breakdown/buildPlan";
import { planGrid } from "@core/goals/breakdown/planGrid";
import { ok, sum } from "./fixtures";

describe("planGrid", () => {
  const plan = ok(
    buildPlan({
      fiscalYear: 2026,
      startMonth: 4,
      annualTarget: 36_000,
      timeSplit: { method: "equal" },
      peopleSplit: { method: "equal" },
      reps: [{ name: "Li", team: "North" }],
    }),
  );

  it("quarters and the year are sums of their months", () => {
    expect(planGrid(plan, "quarter").periodTotals).toEqual([9000, 9000, 9000, 9000]);
    expect(planGrid(plan, "year").cells).toEqual([[36000]]);
    expect(planGrid(plan, "quarter").teamCells).toEqual([[9000], [9000], [9000], [9000]]);
  });

  it("a week crossing a month end takes its days' share of both months", () => {
    const weeks = planGrid(plan, "week");
    // April (3,000 over 30 days) splits by days 5, 7, 7, 7, 4 → 500, 700, 700, 700, 400.
    expect(weeks.cells.slice(0, 4).map((row) => row[0])).toEqual([500, 700, 700, 700]);
    // Week 5 (27 Apr – 3 May): April's 4 days (400) + May's 3 of 31 days.
    // May: 3,000 by days 3, 7, 7, 7, 7 → 290.3, 677.4 × 4 → 290, 678, 678, 677, 677.
    expect(weeks.periods[4].key).toBe("FY2026-W05");
    expect(weeks.cells[4][0]).toBe(400 + 290);
    expect(weeks.cells.slice(5, 9).map((row) => row[0])).toEqual([678, 678, 677, 677]);
    expect(sum(weeks.periodTotals)).toBe(36000);
    expect(weeks.periods).toHaveLength(53);
  });

  it("only the month grid carries locks", () => {
    expect(planGrid(plan, "month").locked.flat().some(Boolean)).toBe(false);
    expect(planGrid(plan, "week").locked).toHaveLength(53);
  });
});

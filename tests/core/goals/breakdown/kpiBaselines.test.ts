import { kpiBaselines } from "@core/goals/breakdown/kpiBaselines";
import { serialFromDate } from "@core/cells/parseDate";
import { isSalesError } from "@core/errors";

const d = (m: number, day: number, y = 2025) => serialFromDate(y, m, day);
const range = { start: d(1, 1), end: d(12, 31) };

describe("kpiBaselines", () => {
  const deals = [
    { owner: "Li", stage: "赢单", created: d(1, 10), closedOn: d(2, 9), amount: 30_000, collected: 30_000 },
    { owner: "Li", stage: "Won", created: d(3, 1), closedOn: d(3, 21), amount: 10_000, collected: 0 },
    { owner: "Wang", stage: "输单", created: d(4, 1), closedOn: d(5, 1), amount: 50_000, collected: null },
    { owner: "Wang", stage: "方案报价", created: d(11, 1), closedOn: null, amount: 80_000, collected: null },
    // Created the year before, won this year: counts for cycle and order value, not conversion.
    { owner: "Zhao", stage: "Won", created: d(12, 1, 2024), closedOn: d(1, 10), amount: 20_000, collected: null },
  ];
  const activities = [{ date: d(1, 5) }, { date: d(6, 5) }, { date: d(1, 5, 2026) }, { date: null }];
  const customers = [{ firstPurchase: d(2, 9) }, { firstPurchase: d(12, 31, 2024) }, { firstPurchase: null }];

  it("computes last year's KPI values with the SALES core functions", () => {
    const k = kpiBaselines(deals, activities, customers, range);
    expect(k.conversionRate).toBe(0.5); // 2 won of the 4 created in 2025
    expect(k.avgCycleDays).toBe((30 + 20 + 40) / 3);
    expect(k.avgOrderValue).toBe(20_000);
    expect(k.newCustomers).toBe(1);
    expect(k.followUps).toBe(2);
  });

  it("answers a KPI with nothing to measure with its error value", () => {
    const k = kpiBaselines([], [], [], range);
    expect(isSalesError(k.conversionRate)).toBe(true);
    expect(isSalesError(k.avgCycleDays)).toBe(true);
    expect(isSalesError(k.avgOrderValue)).toBe(true);
    expect([k.newCustomers, k.followUps]).toEqual([0, 0]);
  });
});

import { monthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import { timeWeights } from "@core/goals/breakdown/timeWeights";
import { ok, yearOfDeals } from "./fixtures";

const lastYear = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3].map((v) => v * 1000);

describe("timeWeights", () => {
  const full = ok(monthlyHistory(yearOfDeals("Li", 2025, 4, lastYear), "signed", 2026, 4, 1));

  it("equal: every month alike, whatever the history", () => {
    const w = timeWeights(full, { method: "equal" });
    expect(w.weights).toEqual(new Array(12).fill(1));
    expect([w.used, w.warning]).toEqual(["equal", null]);
  });

  it("lastYear and growth: last fiscal year's months, fiscal month 1 first", () => {
    expect(timeWeights(full, { method: "lastYear" }).weights).toEqual(lastYear);
    const g = timeWeights(full, { method: "growth", rate: 0.2 });
    expect(g.weights).toEqual(lastYear);
    expect(g.lastYear).toEqual(lastYear);
  });

  it("seasonal with one year: each month ÷ the year's mean", () => {
    const w = timeWeights(full, { method: "seasonal" });
    expect(w.used).toBe("seasonal");
    w.weights.forEach((x, i) => expect(x).toBeCloseTo(lastYear[i] / 2000, 12));
  });

  it("seasonal rotates a history that starts mid-year so weight 1 is the fiscal year's first month", () => {
    // Data from October 2024 (fiscal month 7 of FY2024) to March 2026: 18 months. The first full
    // season (Oct 2024 – Sep 2025) decides; its value for fiscal month p is 100 × p.
    const fy2024 = yearOfDeals("Li", 2024, 4, [0, 0, 0, 0, 0, 0, 700, 800, 900, 1000, 1100, 1200]);
    const fy2025 = yearOfDeals("Li", 2025, 4, [100, 200, 300, 400, 500, 600, 7, 7, 7, 7, 7, 7]);
    const h = ok(monthlyHistory([...fy2024, ...fy2025], "signed", 2026, 4, 3));
    expect(h.coveredMonths).toBe(18);
    const w = timeWeights(h, { method: "seasonal" });
    expect(w.used).toBe("seasonal");
    w.weights.forEach((x, p) => expect(x).toBeCloseTo((p + 1) / 6.5, 12));
  });

  it("seasonal with three years uses the moving-average decomposition", () => {
    const shape = [8, 9, 10, 10, 11, 12, 9, 10, 11, 12, 14, 16];
    const deals = [2023, 2024, 2025].flatMap((y, k) =>
      yearOfDeals(
        "Li",
        y,
        1,
        shape.map((v) => v * (1 + k / 10)),
      ),
    );
    const w = timeWeights(ok(monthlyHistory(deals, "signed", 2026, 1, 3)), { method: "seasonal" });
    expect(w.used).toBe("seasonal");
    expect(w.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(12, 9);
    // December, the biggest month of every year, weighs most; January least.
    expect(Math.max(...w.weights)).toBe(w.weights[11]);
    expect(Math.min(...w.weights)).toBe(w.weights[0]);
  });

  it("a year with no history: equal split with a thin-history warning", () => {
    const none = ok(monthlyHistory([], "signed", 2026, 4));
    for (const method of ["lastYear", "seasonal", "growth"] as const) {
      const w = timeWeights(none, method === "growth" ? { method, rate: 0.1 } : { method });
      expect(w.weights).toEqual(new Array(12).fill(1));
      expect(w.used).toBe("equal");
      expect(w.warning).toMatchObject({ kind: "thin-history", split: "time", requested: method, months: 0 });
      expect(w.warning?.message.en).toContain("only 0 months");
      expect(w.warning?.message.zh).toContain("历史数据仅 0 个月");
    }
    expect(timeWeights(null, { method: "seasonal" }).used).toBe("equal");
  });

  it("less than a year of history (9 months) is thin too", () => {
    const h = ok(monthlyHistory(yearOfDeals("Li", 2025, 4, [0, 0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5]), "signed", 2026, 4));
    const w = timeWeights(h, { method: "lastYear" });
    expect(w.used).toBe("equal");
    expect(w.warning).toMatchObject({ kind: "thin-history", months: 9 });
  });
});

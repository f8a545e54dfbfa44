import { buildPlan, type PlanInput } from "@core/goals/breakdown/buildPlan";
import { monthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import { isSalesError } from "@core/errors";
import { expectExact, ok, sum, yearOfDeals } from "./fixtures";

const twoReps = [{ name: "Li" }, { name: "Wang" }];
const base: PlanInput = {
  fiscalYear: 2026,
  startMonth: 4,
  annualTarget: 2400,
  timeSplit: { method: "equal" },
  peopleSplit: { method: "equal" },
  reps: twoReps,
};

const lastYear = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3].map((v) => v * 1000);
const history = ok(
  monthlyHistory(
    [
      ...yearOfDeals(
        "Li",
        2025,
        4,
        lastYear.map((v) => v / 2),
      ),
      ...yearOfDeals(
        "Wang",
        2025,
        4,
        lastYear.map((v) => v / 2),
      ),
    ],
    "signed",
    2026,
    4,
    1,
  ),
);

describe("buildPlan: time split methods on known histories", () => {
  it("equal: 2,400 → 200 a month, 100 per rep", () => {
    const plan = ok(buildPlan(base));
    expect(plan.periodTotals).toEqual(new Array(12).fill(200));
    expect(plan.cells.every((row) => row[0] === 100 && row[1] === 100)).toBe(true);
    expect(plan.warnings).toEqual([]);
    expectExact(plan, ["year", "quarter", "week"]);
  });

  it("lastYear: each month keeps last year's share (1 : 2 : 3 by four-month blocks)", () => {
    const plan = ok(buildPlan({ ...base, timeSplit: { method: "lastYear" }, history }));
    expect(plan.periodTotals).toEqual([100, 100, 100, 100, 200, 200, 200, 200, 300, 300, 300, 300]);
    expect(plan.time).toMatchObject({ requested: "lastYear", used: "lastYear" });
    expectExact(plan, ["year", "quarter", "week"]);
  });

  it("growth without an annual target: last year × 1.2 month by month, the annual target is the sum", () => {
    const plan = ok(buildPlan({ ...base, annualTarget: null, timeSplit: { method: "growth", rate: 0.2 }, history }));
    expect(plan.total).toBe(28_800);
    expect(plan.periodTotals).toEqual(lastYear.map((v) => v * 1.2));
    expectExact(plan, ["year", "quarter", "week"]);
  });

  it("growth with an annual target: the target wins, last year's shape is scaled to it", () => {
    const plan = ok(buildPlan({ ...base, annualTarget: 2400, timeSplit: { method: "growth", rate: 0.2 }, history }));
    expect(plan.periodTotals).toEqual([100, 100, 100, 100, 200, 200, 200, 200, 300, 300, 300, 300]);
  });

  it("seasonal: one year of history gives month ÷ mean", () => {
    const plan = ok(buildPlan({ ...base, timeSplit: { method: "seasonal" }, history }));
    expect(plan.periodTotals).toEqual([100, 100, 100, 100, 200, 200, 200, 200, 300, 300, 300, 300]);
    expect(plan.time.used).toBe("seasonal");
  });

  it("a year with no history: equal split and a thin-history warning", () => {
    const empty = ok(monthlyHistory([], "signed", 2026, 4));
    const plan = ok(
      buildPlan({ ...base, timeSplit: { method: "seasonal" }, peopleSplit: { method: "lastYear" }, history: empty }),
    );
    expect(plan.periodTotals).toEqual(new Array(12).fill(200));
    expect(plan.repTotals).toEqual([1200, 1200]);
    expect(plan.warnings.map((w) => [w.kind, w.kind === "thin-history" && w.split])).toEqual([
      ["thin-history", "time"],
      ["thin-history", "people"],
    ]);
    expect(
      isSalesError(
        buildPlan({ ...base, annualTarget: null, timeSplit: { method: "growth", rate: 0.1 }, history: empty }),
      ),
    ).toBe(true);
  });
});

describe("buildPlan: people and exactness", () => {
  it("capacity over teams: North (3 + 2) and South (1) get 500 and 100 of 600", () => {
    const plan = ok(
      buildPlan({
        ...base,
        annualTarget: 600,
        peopleSplit: { method: "capacity" },
        reps: [
          { name: "Li", team: "North", capacity: 3 },
          { name: "Zhao", team: "South", capacity: 1 },
          { name: "Wang", team: "North", capacity: 2 },
        ],
      }),
    );
    expect(plan.teams).toEqual(["North", "South"]);
    expect(plan.teamTotals).toEqual([500, 100]);
    expect(plan.repTotals).toEqual([300, 100, 200]);
    expect(plan.periodTotals).toEqual(new Array(12).fill(50));
    expectExact(plan, ["year", "quarter", "week"]);
  });

  it("1,200,000 split seasonally over 12 months and 7 reps adds up exactly per month and per rep", () => {
    const shape = [8, 9, 10, 10, 11, 12, 9, 10, 11, 12, 14, 16];
    const deals = [2023, 2024, 2025].flatMap((y, k) =>
      yearOfDeals(
        "A1",
        y,
        1,
        shape.map((v) => v * 1000 * (1 + k / 10)),
      ),
    );
    const h = ok(monthlyHistory(deals, "signed", 2026, 1, 3));
    const reps = ["A1", "A2", "A3", "B1", "B2", "C1", "C2"].map((name) => ({ name, team: name[0] }));
    const plan = ok(
      buildPlan({
        fiscalYear: 2026,
        startMonth: 1,
        annualTarget: 1_200_000,
        timeSplit: { method: "seasonal" },
        peopleSplit: { method: "equal" },
        reps,
        history: h,
      }),
    );
    expect(plan.time.used).toBe("seasonal");
    expect(plan.total).toBe(1_200_000);
    expect(sum(plan.periodTotals)).toBe(1_200_000);
    expect(plan.repTotals).toEqual([171429, 171429, 171428, 171429, 171428, 171429, 171428]);
    expect(plan.teamTotals).toEqual([514286, 342857, 342857]);
    expectExact(plan, ["year", "quarter", "week"]);
    // Cells are the floor or ceiling of month × rep ÷ total.
    plan.cells.forEach((row, i) =>
      row.forEach((x, r) =>
        expect(Math.abs(x - (plan.periodTotals[i] * plan.repTotals[r]) / plan.total)).toBeLessThan(1),
      ),
    );
  });

  it("works in cents with decimals 2 and in thousands with decimals −3", () => {
    const cents = ok(
      buildPlan({ ...base, annualTarget: 1000, decimals: 2, reps: [{ name: "A" }, { name: "B" }, { name: "C" }] }),
    );
    expect(cents.total).toBe(100_000);
    expect(cents.periodTotals.slice(0, 5)).toEqual([8334, 8334, 8334, 8334, 8333]);
    expectExact(cents, ["year", "quarter", "week"]);
    const thousands = ok(buildPlan({ ...base, annualTarget: 1_234_567, decimals: -3 }));
    expect(thousands.total).toBe(1235);
    expectExact(thousands, ["year", "quarter", "week"]);
  });

  it("keeps manual figures that add up to the target exactly as typed", () => {
    const plan = ok(buildPlan({ ...base, annualTarget: 1000, peopleSplit: { method: "manual", figures: [613, 387] } }));
    expect(plan.repTotals).toEqual([613, 387]);
    expectExact(plan, ["year", "quarter", "week"]);
  });

  it("answers bad input with error values", () => {
    const bad: Partial<PlanInput>[] = [
      { startMonth: 0 },
      { decimals: 7 },
      { decimals: 0.5 },
      { annualTarget: -1 },
      { annualTarget: null },
      { annualTarget: NaN },
      { reps: [] },
      { reps: [{ name: "Li" }, { name: " li " }] },
      { reps: [{ name: "  " }] },
      { jumpThreshold: -0.1 },
      { timeSplit: { method: "growth", rate: -1 } },
      { pipeline: { openPipeline: 100, winRate: 1.5 } },
      { pipeline: { openPipeline: -1, winRate: 0.5 } },
      { history: ok(monthlyHistory([], "signed", 2025, 4)) },
      { annualTarget: 1e17, decimals: 2 },
    ];
    for (const change of bad) expect(isSalesError(buildPlan({ ...base, ...change }))).toBe(true);
  });
});

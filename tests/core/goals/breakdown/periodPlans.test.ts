import fc from "fast-check";
import { serialFromDate } from "@core/cells/parseDate";
import { isSalesError } from "@core/errors";
import { buildPlan, type PlanInput } from "@core/goals/breakdown/buildPlan";
import { buildPlans, scopeOf, type BreakdownData } from "@core/goals/breakdown/buildPlans";
import { monthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import { scopeMonths, toUnits } from "@core/goals/breakdown/plan";
import { planGrid } from "@core/goals/breakdown/planGrid";
import { targetRows } from "@core/goals/breakdown/targetRows";
import { wonInRange } from "@core/goals/breakdown/wonInRange";
import { granularitiesOf, initialChoices } from "@core/goals/breakdown/wizardChoices";
import { expectExact, ok, sum, wonDeal, yearOfDeals } from "./fixtures";

const reps = [
  { name: "Li", team: "North", capacity: 3 },
  { name: "Wang", team: "North", capacity: 1 },
  { name: "Zhao", team: "South", capacity: 2 },
  { name: "Sun", team: "", capacity: 1 },
];
const seasonalYear = [5, 3, 4, 6, 7, 9, 8, 6, 5, 4, 9, 12].map((v) => v * 1000);
const history = ok(monthlyHistory(yearOfDeals("Li", 2025, 4, seasonalYear), "signed", 2026, 4, 1));
const base: PlanInput = {
  fiscalYear: 2026,
  startMonth: 4,
  annualTarget: 3_000_000,
  decimals: 2,
  timeSplit: { method: "seasonal" },
  peopleSplit: { method: "capacity" },
  reps,
  history,
};

describe("buildPlan for part of a year", () => {
  it("splits a quarter's target over its three months by their seasonal weight", () => {
    const plan = ok(buildPlan({ ...base, scope: { kind: "quarter", quarter: 4 } }));
    expect(plan.months.map((m) => m.key)).toEqual(["FY2026-M01", "FY2026-M02", "FY2026-M03"]);
    expect(plan.total).toBe(300_000_000);
    // January to March last year sold 9, 12 and 5 (×1,000 … in fiscal order 4, 9, 12).
    expect(plan.periodTotals[2]).toBeGreaterThan(plan.periodTotals[0]);
    expectExact(plan);
    expect(planGrid(plan, "quarter").periods.map((p) => p.key)).toEqual(["FY2026-Q4"]);
  });

  it("gives a month's target to that month alone, split over teams and reps", () => {
    const plan = ok(buildPlan({ ...base, annualTarget: 100_000.01, scope: { kind: "month", month: 9 } }));
    expect(plan.months.map((m) => m.key)).toEqual(["FY2026-M12"]);
    expect(plan.periodTotals).toEqual([10_000_001]);
    expectExact(plan);
  });

  it("uses last year's share of the same months, and says when they held nothing", () => {
    const plan = ok(buildPlan({ ...base, timeSplit: { method: "lastYear" }, scope: { kind: "quarter", quarter: 1 } }));
    // April to June last year: 5,000, 3,000 and 4,000 of 12,000.
    expect(plan.periodTotals).toEqual([125_000_000, 75_000_000, 100_000_000]);
    // A deal before the history: the data covers the whole year, which sold nothing from April to June.
    const quiet = [wonDeal("Li", 2020, 1, 1, 1), ...yearOfDeals("Li", 2025, 4, [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1])];
    const empty = ok(monthlyHistory(quiet, "signed", 2026, 4, 1));
    const equal = ok(
      buildPlan({ ...base, history: empty, timeSplit: { method: "lastYear" }, scope: { kind: "quarter", quarter: 1 } }),
    );
    expect(equal.time.used).toBe("equal");
    expect(equal.warnings.map((w) => w.kind)).toContain("empty-months");
  });

  it("compares reps with the same months last year", () => {
    const plan = ok(buildPlan({ ...base, scope: { kind: "quarter", quarter: 1 } }));
    expect(plan.reps[0].lastYear).toBe(12_000);
  });

  it("splits what is left of the year over the months left", () => {
    const plan = ok(buildPlan({ ...base, annualTarget: 1000, scope: { kind: "rest", from: 10, won: 400.5 } }));
    expect(plan.months).toHaveLength(3);
    expect(plan.rest).toEqual({ annual: 100_000, won: 40_050 });
    expect(plan.total).toBe(59_950);
    expectExact(plan);
    const overWon = ok(buildPlan({ ...base, annualTarget: 1000, scope: { kind: "rest", from: 10, won: 1500 } }));
    expect(overWon.total).toBe(0);
    expect(overWon.cells.flat().every((c) => c === 0)).toBe(true);
  });

  it("refuses a quarter or month out of range", () => {
    expect(isSalesError(buildPlan({ ...base, scope: { kind: "quarter", quarter: 5 } }))).toBe(true);
    expect(isSalesError(buildPlan({ ...base, scope: { kind: "month", month: 0 } }))).toBe(true);
    expect(isSalesError(buildPlan({ ...base, scope: { kind: "rest", from: 13, won: 0 } }))).toBe(true);
    expect(scopeMonths({ kind: "rest", from: 11, won: 0 })).toEqual([11, 12]);
  });

  it("writes only the period's rows: a quarter and its months, a month alone", () => {
    const quarter = ok(buildPlan({ ...base, scope: { kind: "quarter", quarter: 2 } }));
    const rows = targetRows(quarter, {
      metric: "signed",
      language: "en-US",
      levels: ["Company"],
      granularities: granularitiesOf({ period: "quarter", weeks: true }),
    });
    expect(rows.map((r) => r.periodKey)).toEqual(["FY2026-Q2", "FY2026-M07", "FY2026-M08", "FY2026-M09"]);
    expect(granularitiesOf({ period: "month", weeks: false })).toEqual(["month"]);
    expect(granularitiesOf({ period: "rest", weeks: true })).toEqual(["month"]);
  });
});

describe("period plans add up exactly (property)", () => {
  const cents = fc.integer({ min: 0, max: 1e11 }).map((c) => c / 100);
  const people = fc.constantFrom<PlanInput["peopleSplit"]>({ method: "capacity" }, { method: "equal" });
  const time = fc.constantFrom<PlanInput["timeSplit"]>(
    { method: "seasonal" },
    { method: "equal" },
    { method: "lastYear" },
  );

  it("quarter-only and month-only plans, to the cent per month, team and rep", () => {
    fc.assert(
      fc.property(
        cents,
        fc.oneof(
          fc.integer({ min: 1, max: 4 }).map((quarter) => ({ kind: "quarter" as const, quarter })),
          fc.integer({ min: 1, max: 12 }).map((month) => ({ kind: "month" as const, month })),
        ),
        time,
        people,
        (target, scope, timeSplit, peopleSplit) => {
          const plan = ok(buildPlan({ ...base, annualTarget: target, scope, timeSplit, peopleSplit }));
          expect(plan.total).toBe(toUnits(target, 2));
          expect(plan.months).toHaveLength(scope.kind === "quarter" ? 3 : 1);
          expectExact(plan);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("rest of the year: the months left plus what was won make the annual target", () => {
    fc.assert(
      fc.property(
        cents,
        fc.integer({ min: 1, max: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        time,
        (annual, from, share, timeSplit) => {
          const won = Math.round(annual * share * 100) / 100;
          const plan = ok(buildPlan({ ...base, annualTarget: annual, scope: { kind: "rest", from, won }, timeSplit }));
          expect(plan.months).toHaveLength(13 - from);
          expect(sum(plan.periodTotals) + toUnits(won, 2)).toBe(toUnits(annual, 2));
          expectExact(plan);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the wizard's period choices", () => {
  const deals = [
    wonDeal("Li", 2026, 2, 10, 300, 100),
    wonDeal("Li", 2026, 11, 30, 200, 50),
    { owner: "Li", stage: "Lost", closedOn: serialFromDate(2026, 3, 1), amount: 999, collected: null },
    wonDeal("Wang", 2025, 12, 31, 700),
  ];
  const data: BreakdownData = { deals, reps: [{ name: "Li", capacity: 1 }] };
  const today = serialFromDate(2026, 12, 5);
  const year = { start: serialFromDate(2026, 1, 1), end: serialFromDate(2026, 12, 31) };

  it("counts won so far as Targets[Actual] does", () => {
    expect(wonInRange(deals, "signed", year)).toBe(500);
    expect(wonInRange(deals, "collected", year)).toBe(150);
  });

  it("starts the rest of the year at today's month and takes off what was won", () => {
    const choices = {
      ...initialChoices(2026),
      period: "rest" as const,
      annualTarget: "1200",
      timeMethod: "equal" as const,
    };
    expect(scopeOf(choices, data, "signed", today)).toEqual({ kind: "rest", from: 12, won: 500 });
    expect(scopeOf({ ...choices, fiscalYear: "2027" }, data, "signed", today)).toEqual({
      kind: "rest",
      from: 1,
      won: 0,
    });
    const over = scopeOf({ ...choices, fiscalYear: "2025" }, data, "signed", today);
    expect(isSalesError(over) && over.code).toBe("planYearOver");
    const [built] = ok(buildPlans(choices, data, today));
    expect(built.plan.months.map((m) => m.key)).toEqual(["FY2026-M12"]);
    expect(built.plan.total).toBe(700);
  });

  it("plans a chosen quarter or month of the fiscal year", () => {
    const choices = { ...initialChoices(2027), period: "quarter" as const, quarter: 1, annualTarget: "3000000" };
    const [built] = ok(buildPlans(choices, data, today));
    expect(built.plan.months.map((m) => m.key)).toEqual(["FY2027-M01", "FY2027-M02", "FY2027-M03"]);
    expect(sum(built.plan.periodTotals)).toBe(3_000_000);
    const [month] = ok(buildPlans({ ...choices, period: "month", month: 5 }, data, today));
    expect(month.plan.months.map((m) => m.key)).toEqual(["FY2027-M05"]);
  });
});

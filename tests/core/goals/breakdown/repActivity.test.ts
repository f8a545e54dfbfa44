import fc from "fast-check";
import { serialFromDate } from "@core/cells/parseDate";
import { isSalesError } from "@core/errors";
import { applyEdit } from "@core/goals/breakdown/applyEdit";
import { buildPlan, type PlanInput } from "@core/goals/breakdown/buildPlan";
import { carryLocks } from "@core/goals/breakdown/carryLocks";
import { fiscalPeriods, type Period } from "@core/goals/breakdown/fiscalPeriods";
import { teamReps } from "@core/goals/breakdown/goalTableRows";
import { hierarchicalSplit } from "@core/goals/breakdown/hierarchicalSplit";
import { monthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import { toUnits, type RepInput } from "@core/goals/breakdown/plan";
import { DEFAULT_RAMP, repFactors, validRamp } from "@core/goals/breakdown/repActivity";
import { expectExact, ok, yearOfDeals } from "./fixtures";

const months2027 = fiscalPeriods(2027, 1, "month") as Period[];
const day = (y: number, m: number, d: number) => serialFromDate(y, m, d);

describe("repFactors: who carries how much of a full target, month by month", () => {
  it("0 before the start month, then 50 %, 75 %, 100 %, then 1; the start month counts whatever its day", () => {
    const factors = repFactors({ name: "Zhao", startDate: day(2027, 2, 28) }, months2027.slice(0, 6));
    expect(factors).toEqual([0, 0.5, 0.75, 1, 1, 1]);
  });

  it("a rep who started before the plan is already into the ramp", () => {
    expect(repFactors({ name: "Zhao", startDate: day(2026, 12, 1) }, months2027.slice(0, 3))).toEqual([0.75, 1, 1]);
  });

  it("0 after the month the rep leaves in; the month of leaving counts whole", () => {
    expect(repFactors({ name: "Li", endDate: day(2027, 3, 10) }, months2027.slice(0, 5))).toEqual([1, 1, 1, 0, 0]);
  });

  it("a custom ramp, and a rep without dates carries 1 everywhere", () => {
    expect(repFactors({ name: "Zhao", startDate: day(2027, 1, 5) }, months2027.slice(0, 3), [0.2, 0.6])).toEqual([
      0.2, 0.6, 1,
    ]);
    expect(repFactors({ name: "Li" }, months2027.slice(0, 3))).toEqual([1, 1, 1]);
  });

  it("validRamp takes 1–12 fractions in [0, 1]", () => {
    expect(validRamp(DEFAULT_RAMP)).toBe(true);
    expect(validRamp([])).toBe(false);
    expect(validRamp([1.5])).toBe(false);
    expect(validRamp([Number.NaN])).toBe(false);
  });
});

const team: RepInput[] = [
  { name: "Li", team: "North", capacity: 3 },
  { name: "Wang", team: "North", capacity: 1 },
  { name: "Zhao", team: "South", capacity: 2, startDate: day(2027, 2, 10) },
  { name: "Sun", team: "", capacity: 1, endDate: day(2027, 2, 20) },
];
const base: PlanInput = {
  fiscalYear: 2027,
  startMonth: 1,
  annualTarget: 3_000_000,
  scope: { kind: "quarter", quarter: 1 },
  decimals: 2,
  timeSplit: { method: "equal" },
  peopleSplit: { method: "capacity" },
  reps: team,
};

describe("buildPlan with new hires and leavers", () => {
  it("a new hire gets 0 before the start, then the ramp's share of their weight; a leaver 0 after leaving", () => {
    const plan = ok(buildPlan(base));
    expectExact(plan);
    const [li, , zhao, sun] = [0, 1, 2, 3];
    expect(plan.reps[zhao].factors).toEqual([0, 0.5, 0.75]);
    expect(plan.reps[sun].factors).toEqual([1, 1, 0]);
    expect(plan.cells[0][zhao]).toBe(0);
    expect(plan.cells[2][sun]).toBe(0);
    // February: weights Li 3, Wang 1, Zhao 2 × 50 % = 1, Sun 1 → Zhao has a sixth of 1,000,000.
    expect(plan.cells[1][zhao]).toBe(toUnits(1_000_000 / 6, 2));
    // March: Li 3, Wang 1, Zhao 1.5 (Sun gone) → Li has 3 / 5.5 of the month.
    expect(Math.abs(plan.cells[2][li] - toUnits((1_000_000 * 3) / 5.5, 2))).toBeLessThanOrEqual(1);
  });

  it("without dates the plan is the one built before (controlled rounding), to the cent", () => {
    const plain = team.map(({ name, team: t, capacity }) => ({ name, team: t, capacity }));
    const plan = ok(buildPlan({ ...base, reps: plain }));
    expect(plan.reps.every((rep) => rep.factors.every((f) => f === 1))).toBe(true);
    // Reps' totals are the company → team → rep split of the target, as before dates existed.
    expect(plan.repTotals).toEqual(hierarchicalSplit(300_000_000, ["North", "North", "South", ""], [3, 1, 2, 1]));
  });

  it("a month no rep works in is refused with its name", () => {
    const result = buildPlan({ ...base, reps: [{ name: "Zhao", capacity: 1, startDate: day(2027, 3, 1) }] });
    expect(isSalesError(result) && result.message).toContain("Jan 2027");
  });

  it("refuses a ramp out of range", () => {
    expect(isSalesError(buildPlan({ ...base, ramp: [2] }))).toBe(true);
  });

  it("a lock in a month with a ramping rep re-splits the rest by the ramped weights", () => {
    const plan = ok(buildPlan(base));
    const edited = ok(applyEdit(plan, { period: "FY2027-M02", rep: "Li", value: 100_000, lock: true }));
    expectExact(edited);
    // February's 900,000 left go to Wang 1, Zhao 1 (2 × 50 %) and Sun 1: 300,000 each.
    expect(edited.cells[1].map((u) => u / 100)).toEqual([100_000, 300_000, 300_000, 300_000]);
    const march = ok(applyEdit(plan, { period: "FY2027-M03", rep: "Li", value: 0, lock: true }));
    expect(march.cells[2][3]).toBe(0);
  });

  it("property: month, team and rep totals equal the target to the cent with any dates and ramps", () => {
    const date = fc.option(fc.integer({ min: day(2026, 6, 1), max: day(2028, 6, 30) }), { nil: null });
    const rep = fc.record({
      team: fc.constantFrom("A", "B", ""),
      capacity: fc.integer({ min: 0, max: 5 }),
      startDate: date,
      endDate: date,
    });
    fc.assert(
      fc.property(
        fc.array(rep, { minLength: 0, maxLength: 6 }),
        fc.array(
          fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
          { minLength: 1, maxLength: 4 },
        ),
        fc.integer({ min: 0, max: 1e9 }).map((c) => c / 100),
        fc.constantFrom<PlanInput["scope"]>(
          { kind: "year" },
          { kind: "quarter", quarter: 1 },
          { kind: "quarter", quarter: 3 },
          { kind: "month", month: 5 },
        ),
        fc.constantFrom<PlanInput["peopleSplit"]>({ method: "capacity" }, { method: "equal" }),
        (others, ramp, target, scope, peopleSplit) => {
          // One rep always at work, so no month is left without anyone.
          const reps: RepInput[] = [
            { name: "Anchor", team: "A", capacity: 1 },
            ...others.map((r, k) => ({ ...r, name: `Rep ${k}` })),
          ];
          const plan = ok(buildPlan({ ...base, reps, ramp, annualTarget: target, scope, peopleSplit }));
          expectExact(plan);
          expect(plan.total).toBe(toUnits(target, 2));
          plan.reps.forEach((r, k) =>
            plan.months.forEach((m, i) => {
              if (r.factors[i] === 0) expect(plan.cells[i][k]).toBe(0);
              if (r.startDate !== null && m.end < r.startDate) expect(r.factors[i]).toBe(0);
              if (r.endDate !== null && m.start > r.endDate) expect(r.factors[i]).toBe(0);
            }),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("planWarnings: a rep who joined during last year is explained, not flagged", () => {
  it("says when they joined and how many months last year covers", () => {
    const deals = [
      ...yearOfDeals("Li", 2026, 1, Array(12).fill(10_000)),
      ...yearOfDeals("Zhao", 2026, 1, [0, 0, 0, 0, 0, 0, 0, 0, 0, 10_000, 10_000, 10_000]),
    ];
    const history = ok(monthlyHistory(deals, "signed", 2027, 1, 1, undefined, day(2027, 1, 5)));
    const plan = ok(
      buildPlan({
        fiscalYear: 2027,
        startMonth: 1,
        annualTarget: 240_000,
        timeSplit: { method: "equal" },
        peopleSplit: { method: "equal" },
        reps: [{ name: "Li" }, { name: "Zhao", startDate: day(2026, 10, 1) }],
        history,
      }),
    );
    expect(plan.warnings.map((w) => w.kind)).toEqual(["partial-year"]);
    const [warning] = plan.warnings;
    expect(warning.kind === "partial-year" && warning.months).toBe(3);
    expect(warning.message.en).toBe(
      "Zhao: target 120,000 is 300% above last year's 30,000, but Zhao joined on 2026-10-01, so last year covers only 3 of their months",
    );
    expect(warning.message.zh).toContain("入职日期为 2026-10-01，去年仅在岗 3 个月");
  });
});

describe("carryLocks: locks survive a rebuilt plan, or say why they were dropped", () => {
  const equal: PlanInput = {
    fiscalYear: 2027,
    startMonth: 1,
    annualTarget: 1200,
    scope: { kind: "quarter", quarter: 1 },
    timeSplit: { method: "equal" },
    peopleSplit: { method: "equal" },
    reps: [{ name: "Li" }, { name: "Wang" }],
  };

  it("keeps a lock that still fits and rebalances around it", () => {
    const locked = ok(applyEdit(ok(buildPlan(equal)), { period: "FY2027-M01", rep: "Li", value: 300, lock: true }));
    const { plan, dropped } = carryLocks(locked, ok(buildPlan({ ...equal, annualTarget: 2400 })));
    expect(dropped).toEqual([]);
    expect(plan.locked[0][0]).toBe(true);
    expect(plan.cells[0]).toEqual([300, 500]);
  });

  it("drops a lock above the new month total, with the figures in en and zh", () => {
    const locked = ok(applyEdit(ok(buildPlan(equal)), { period: "FY2027-M01", rep: "Li", value: 300, lock: true }));
    const { plan, dropped } = carryLocks(locked, ok(buildPlan({ ...equal, annualTarget: 600 })));
    expect(plan.locked.flat().some(Boolean)).toBe(false);
    expect(dropped.map((d) => d.message.en)).toEqual([
      "the lock on Li, Jan 2027 (300) was dropped: locked figures in Jan 2027 add up to 300, above the period's target 200",
    ]);
    expect(dropped[0].message.zh).toBe(
      "已取消 Li 2027年1月 的锁定（300）：2027年1月 已锁定的数值合计 300，超过该周期目标 200",
    );
  });

  it("drops a lock whose month or rep is gone", () => {
    const locked = ok(applyEdit(ok(buildPlan(equal)), { period: "FY2027-M01", rep: "Wang", value: 100, lock: true }));
    const otherQuarter = carryLocks(locked, ok(buildPlan({ ...equal, scope: { kind: "quarter", quarter: 2 } })));
    expect(otherQuarter.dropped[0].message.en).toContain("the plan no longer has this month");
    const noWang = carryLocks(locked, ok(buildPlan({ ...equal, reps: [{ name: "Li" }] })));
    expect(noWang.dropped[0].message.zh).toContain("该销售代表已不在团队中");
  });
});

describe("teamReps reads StartDate and EndDate when the Team has them", () => {
  it("a Team without EndDate reads as no end", () => {
    const reps = teamReps({
      headers: ["Rep", "Team", "StartDate", "Capacity"],
      rows: [["Zhao", "South", day(2027, 2, 10), 2]],
    });
    expect(reps).toEqual([{ name: "Zhao", team: "South", capacity: 2, startDate: day(2027, 2, 10) }]);
    const withEnd = teamReps({ headers: ["销售代表", "离职日期"], rows: [["Li", "2027-03-31"]] });
    expect(withEnd).toEqual([{ name: "Li", team: "", capacity: null, endDate: day(2027, 3, 31) }]);
  });
});

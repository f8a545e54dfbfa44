import fc from "fast-check";
import { applyEdit } from "@core/goals/breakdown/applyEdit";
import { buildPlan, type PlanInput } from "@core/goals/breakdown/buildPlan";
import { planGrid } from "@core/goals/breakdown/planGrid";
import { toAmount, type Plan } from "@core/goals/breakdown/plan";
import { rebalance } from "@core/goals/breakdown/rebalance";
import { isSalesError } from "@core/errors";
import { ok, sum } from "./fixtures";

const input: PlanInput = {
  fiscalYear: 2026,
  startMonth: 4,
  annualTarget: 36_000,
  timeSplit: { method: "equal" },
  peopleSplit: { method: "capacity" },
  reps: [
    { name: "Li", team: "North", capacity: 2 },
    { name: "Wang", team: "North", capacity: 1 },
    { name: "Zhao", team: "South", capacity: 1 },
  ],
};

describe("applyEdit and rebalance", () => {
  const plan = ok(buildPlan(input));

  it("starts from 3,000 a month: Li 1,500, Wang 750, Zhao 750", () => {
    expect(plan.cells[0]).toEqual([1500, 750, 750]);
    expect(plan.repTotals).toEqual([18000, 9000, 9000]);
  });

  it("a locked figure keeps its value; the month's other reps absorb the difference by weight", () => {
    const edited = ok(applyEdit(plan, { period: "FY2026-M04", rep: "li", value: 0, lock: true }));
    expect(edited.cells[0]).toEqual([0, 1500, 1500]);
    expect(edited.locked[0]).toEqual([true, false, false]);
    expect(edited.periodTotals).toEqual(plan.periodTotals);
    // Other months untouched; rep totals follow the edit.
    expect(edited.cells.slice(1)).toEqual(plan.cells.slice(1));
    expect(edited.repTotals).toEqual([16500, 9750, 9750]);
    expect(edited.teamTotals).toEqual([26250, 9750]);
    expect(plan.cells[0]).toEqual([1500, 750, 750]); // the input plan is unchanged
  });

  it("a second lock in the same month leaves the rest to the last unlocked rep", () => {
    const one = ok(applyEdit(plan, { period: "FY2026-M04", rep: "Li", value: 1000, lock: true }));
    expect(one.cells[0]).toEqual([1000, 1000, 1000]);
    const two = ok(applyEdit(one, { period: "FY2026-M04", rep: "Wang", value: 1200.4, lock: true }));
    expect(two.cells[0]).toEqual([1000, 1200, 800]);
  });

  it("releasing the only lock of a month restores the month as built", () => {
    const edited = ok(applyEdit(plan, { period: "FY2026-M05", rep: "Zhao", value: 3000, lock: true }));
    expect(edited.cells[1]).toEqual([0, 0, 3000]);
    const released = ok(applyEdit(edited, { period: "FY2026-M05", rep: "Zhao", lock: false }));
    expect(released.cells).toEqual(plan.cells);
  });

  it("splits equally among unlocked reps that all weigh 0", () => {
    const zeroes = ok(buildPlan({ ...input, peopleSplit: { method: "manual", figures: [1, 0, 0] } }));
    const edited = ok(applyEdit(zeroes, { period: "FY2026-M04", rep: "Li", value: 1001, lock: true }));
    expect(edited.cells[0]).toEqual([1001, 1000, 999]);
  });

  it("rejects a lock that puts a month's locked figures above its total, with the figures", () => {
    const result = applyEdit(plan, { period: "FY2026-M04", rep: "Li", value: 3000.5, lock: true });
    expect(isSalesError(result) && result.kind).toBe("out-of-range");
    expect(isSalesError(result) && result.message).toBe(
      "locked figures in Apr 2026 add up to 3,001, above the period's target 3,000",
    );
  });

  it("rejects locking every figure of a month when they miss its total", () => {
    let p = ok(applyEdit(plan, { period: "FY2026-M04", rep: "Li", value: 1000, lock: true }));
    p = ok(applyEdit(p, { period: "FY2026-M04", rep: "Wang", value: 1000, lock: true }));
    const result = applyEdit(p, { period: "FY2026-M04", rep: "Zhao", value: 999, lock: true });
    expect(isSalesError(result) && result.code).toBe("planLockedMismatch");
    expect(ok(applyEdit(p, { period: "FY2026-M04", rep: "Zhao", value: 1000, lock: true })).cells[0]).toEqual([
      1000, 1000, 1000,
    ]);
  });

  it("rejects unknown months and reps and bad figures", () => {
    expect(isSalesError(applyEdit(plan, { period: "FY2026-Q1", rep: "Li", value: 1, lock: true }))).toBe(true);
    expect(isSalesError(applyEdit(plan, { period: "FY2026-M04", rep: "Sun", value: 1, lock: true }))).toBe(true);
    expect(isSalesError(applyEdit(plan, { period: "FY2026-M04", rep: "Li", value: -1, lock: true }))).toBe(true);
    expect(isSalesError(applyEdit(plan, { period: "FY2026-M04", rep: "Li", value: NaN, lock: true }))).toBe(true);
  });

  it("rebalance of a plan without locks is the plan as built", () => {
    expect(ok(rebalance(plan)).cells).toEqual(plan.cells);
  });
});

describe("exact totals at every level after random edits and locks (property)", () => {
  const planInput = fc.record({
    annualTarget: fc.integer({ min: 0, max: 50_000_000 }),
    decimals: fc.integer({ min: -2, max: 2 }),
    startMonth: fc.integer({ min: 1, max: 12 }),
    reps: fc.array(fc.record({ team: fc.constantFrom("", "A", "B", "C"), capacity: fc.nat({ max: 20 }) }), {
      minLength: 1,
      maxLength: 7,
    }),
    months: fc.array(fc.nat({ max: 100 }), { minLength: 12, maxLength: 12 }),
  });
  const edits = fc.array(
    fc.record({
      month: fc.nat({ max: 11 }),
      rep: fc.nat({ max: 6 }),
      share: fc.double({ min: 0, max: 1.3, noNaN: true }),
      lock: fc.boolean(),
    }),
    { maxLength: 25 },
  );

  function check(plan: Plan, locks: Map<string, number>) {
    plan.cells.forEach((row, i) => {
      expect(sum(row)).toBe(plan.periodTotals[i]);
      row.forEach((x, r) => {
        expect(Number.isInteger(x)).toBe(true);
        expect(x).toBeGreaterThanOrEqual(0);
        const locked = locks.get(`${i}:${r}`);
        expect(plan.locked[i][r]).toBe(locked !== undefined);
        if (locked !== undefined) expect(x).toBe(locked);
      });
    });
    expect(sum(plan.periodTotals)).toBe(plan.total);
    expect(sum(plan.repTotals)).toBe(plan.total);
    const noTeam = sum(plan.reps.map((rep, r) => (rep.team === "" ? plan.repTotals[r] : 0)));
    expect(sum(plan.teamTotals) + noTeam).toBe(plan.total);
    for (const g of ["year", "quarter", "week"] as const) {
      const grid = planGrid(plan, g);
      expect(sum(grid.periodTotals)).toBe(plan.total);
      expect(grid.repTotals).toEqual(plan.repTotals);
      grid.teamCells.forEach((row, p) => {
        const teamless = sum(plan.reps.map((rep, r) => (rep.team === "" ? grid.cells[p][r] : 0)));
        expect(sum(row) + teamless).toBe(grid.periodTotals[p]);
      });
    }
    const quarters = planGrid(plan, "quarter").periodTotals;
    quarters.forEach((q, k) => expect(q).toBe(sum(plan.periodTotals.slice(3 * k, 3 * k + 3))));
  }

  it("keeps every total, every locked figure and no negative cell", () => {
    fc.assert(
      fc.property(planInput, edits, (p, steps) => {
        const reps = p.reps.map((r, k) => ({
          name: `Rep ${k + 1}`,
          team: r.team,
          capacity: r.capacity + (k === 0 ? 1 : 0),
        }));
        const built = buildPlan({
          fiscalYear: 2026,
          startMonth: p.startMonth,
          annualTarget: p.annualTarget,
          decimals: p.decimals,
          timeSplit: { method: "equal" },
          peopleSplit: { method: "capacity" },
          reps,
        });
        let plan = ok(built);
        const original = plan.periodTotals.slice();
        const locks = new Map<string, number>();
        check(plan, locks);
        for (const step of steps) {
          const r = step.rep % reps.length;
          const i = step.month;
          const monthKey = plan.months[i].key;
          const fair = plan.periodTotals[i] / reps.length;
          const value = Math.round(fair * step.share);
          const amount = toAmount(value, p.decimals);
          const edit = step.lock
            ? ({ period: monthKey, rep: reps[r].name, value: amount, lock: true } as const)
            : ({ period: monthKey, rep: reps[r].name, lock: false } as const);
          const next = applyEdit(plan, edit);
          const key = `${i}:${r}`;
          const trial = new Map(locks);
          if (step.lock) trial.set(key, value);
          else trial.delete(key);
          const lockedSum = sum([...trial].filter(([k]) => k.startsWith(`${i}:`)).map(([, v]) => v));
          const lockedCount = [...trial.keys()].filter((k) => k.startsWith(`${i}:`)).length;
          const feasible =
            lockedSum <= plan.periodTotals[i] && (lockedCount < reps.length || lockedSum === plan.periodTotals[i]);
          expect(isSalesError(next)).toBe(!feasible);
          if (isSalesError(next)) continue;
          plan = next;
          locks.clear();
          trial.forEach((v, k) => locks.set(k, v));
          expect(plan.periodTotals).toEqual(original);
          check(plan, locks);
        }
      }),
      { numRuns: 200 },
    );
  });
});

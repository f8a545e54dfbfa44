import fc from "fast-check";
import { MAX_SERIAL } from "@core/cells/parseDate";
import { isSalesError } from "@core/errors";
import { buildPlan } from "@core/goals/breakdown/buildPlan";
import { fiscalPeriods } from "@core/goals/breakdown/fiscalPeriods";
import { monthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import { planGrid } from "@core/goals/breakdown/planGrid";

/*
 * Issue #14: the breakdown's loops run over fiscal years, months, weeks and reps whose counts come
 * from the wizard's fields and the Deals table. Whatever those hold — magnitudes from 1e-300 to
 * 1e308, NaN, Infinity, dates past 9999-12-31, spans of centuries — each core answers quickly with
 * a result or an error value.
 */

const magnitude: fc.Arbitrary<number> = fc
  .tuple(fc.integer({ min: -300, max: 307 }), fc.double({ min: 1, max: 9.99, noNaN: true }), fc.boolean())
  .map(([exponent, mantissa, negative]) => (negative ? -1 : 1) * mantissa * 10 ** exponent);
const anyNumber: fc.Arbitrary<number> = fc.oneof(
  magnitude,
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, 1e9, MAX_SERIAL, MAX_SERIAL + 1, 1e308, 5e-324),
  fc.integer({ min: -20_000, max: 20_000 }),
);
const year: fc.Arbitrary<number> = fc.oneof(anyNumber, fc.integer({ min: 1890, max: 10_010 }));
const month: fc.Arbitrary<number> = fc.oneof(anyNumber, fc.integer({ min: -1, max: 13 }));
const granularity = fc.constantFrom("year" as const, "quarter" as const, "month" as const, "week" as const);

const OPTIONS = { numRuns: 200 };

describe("the breakdown at extreme inputs", () => {
  it("fiscalPeriods: at most 54 weeks, or an error, for any year and month", () => {
    fc.assert(
      fc.property(year, month, granularity, (y, m, g) => {
        const periods = fiscalPeriods(y, m, g);
        if (isSalesError(periods)) return;
        expect(periods.length).toBeLessThanOrEqual(54);
      }),
      OPTIONS,
    );
  }, 60_000);

  it("monthlyHistory: at most ten years of months, or an error, for any years, dates and figures", () => {
    const deal = fc.record({
      owner: fc.constantFrom("Li", "Wang", null),
      stage: fc.constantFrom("Won", "赢单", "Lost", "Open"),
      closedOn: fc.oneof(anyNumber, fc.integer({ min: 0, max: MAX_SERIAL + 100 }), fc.constant(null)),
      amount: fc.oneof(anyNumber, fc.constant(null)),
      collected: fc.oneof(anyNumber, fc.constant(null)),
    });
    fc.assert(
      fc.property(
        fc.array(deal, { maxLength: 20 }),
        year,
        month,
        fc.oneof(anyNumber, fc.integer({ min: 0, max: 11 })),
        (deals, y, m, years) => {
          const history = monthlyHistory(deals, "signed", y, m, years);
          if (isSalesError(history)) return;
          expect(history.total.length).toBeLessThanOrEqual(120);
        },
      ),
      OPTIONS,
    );
  }, 60_000);

  it("buildPlan and planGrid: a plan whose figures add up, or an error, for any target, decimals, rate and capacity", () => {
    const started = Date.now();
    fc.assert(
      fc.property(
        year,
        month,
        fc.oneof(anyNumber, fc.constant(null)),
        fc.oneof(anyNumber, fc.integer({ min: -7, max: 7 })),
        anyNumber,
        fc.array(fc.oneof(anyNumber, fc.constant(null)), { minLength: 1, maxLength: 4 }),
        fc.constantFrom("equal" as const, "capacity" as const, "growth" as const),
        (y, m, annualTarget, decimals, rate, capacities, method) => {
          const plan = buildPlan({
            fiscalYear: y,
            startMonth: m,
            annualTarget,
            decimals,
            timeSplit: method === "growth" ? { method, rate } : { method: "equal" },
            peopleSplit: method === "capacity" ? { method } : { method: "equal" },
            reps: capacities.map((capacity, i) => ({ name: `Rep ${i}`, capacity })),
          });
          if (isSalesError(plan)) return;
          expect(plan.periodTotals.reduce((a, b) => a + b, 0)).toBe(plan.total);
          for (const g of ["year", "quarter", "week"] as const) {
            const grid = planGrid(plan, g);
            expect(grid.periods.length).toBeLessThanOrEqual(54);
          }
        },
      ),
      OPTIONS,
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});

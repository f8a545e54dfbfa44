import fc from "fast-check";
import { isSalesError } from "@core/errors";
import { score } from "@core/formulas/performance/score";
import { COLLECTION_RATE_DEFAULT, defaultKpis, KPI_KEYS, type Kpi } from "@core/performance/kpis";
import { repKpis } from "@core/performance/repKpis";
import { scorecardLines } from "@core/performance/scorecardLines";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import type { PaymentFact } from "@core/performance/performanceData";
import { data, kpis, labels, plan, Q1 } from "./performanceFixture";

const q2 = scorecardPeriods({ kind: "quarter", year: 2026, quarter: 2 })[0];

describe("the collection rate KPI (回款率)", () => {
  it("is SALES.COLLECTRATE's rate over the rep's installments due in the period, as of its end (hand-computed)", () => {
    // Q1: 100 + 50 + 50 received of 100 + 200 + 200 due ("ann" is Ann, as SUMIFS compares).
    expect(repKpis(data, "Ann", plan.periods[0], labels, plan.commission).collectionRate).toBe(0.4);
    // Q2: 120 received on 100 due counts 100 (capped per installment).
    expect(repKpis(data, "Ann", q2, labels, plan.commission).collectionRate).toBe(1);
    // Nothing fell due for Bob: no rate rather than a made-up 0 or 100 %.
    expect(repKpis(data, "Bob", plan.periods[0], labels, plan.commission).collectionRate).toBeNull();
    expect(
      repKpis({ ...data, payments: [] }, "Ann", plan.periods[0], labels, plan.commission).collectionRate,
    ).toBeNull();
  });

  it("is in every default plan with weight 0 and a 90 % target, last in KPI_KEYS", () => {
    expect(KPI_KEYS.at(-1)).toBe("collectionRate");
    for (const length of ["month", "quarter", "year"] as const) {
      const plan = defaultKpis(length);
      expect(plan.at(-1)).toEqual(COLLECTION_RATE_DEFAULT);
      expect(plan.reduce((sum, kpi) => sum + kpi.weight, 0)).toBe(100);
    }
  });

  it("moves the score once it is weighed: alone at target 80 %, Ann's Q1 40 % scores 0.5", () => {
    const only: Kpi[] = KPI_KEYS.map((key) =>
      key === "collectionRate"
        ? { key, weight: 1, target: 0.8, lowerIsBetter: false }
        : { ...(kpis.find((kpi) => kpi.key === key) ?? COLLECTION_RATE_DEFAULT), weight: 0 },
    );
    const [ann] = scorecardLines(data, { ...plan, reps: ["Ann"], kpis: only }, labels);
    expect(ann.score).toBe(0.5);
  });

  it("with weight 0 leaves every score, rating and commission exactly as a plan without it", () => {
    const payment = fc.record<PaymentFact>({
      owner: fc.constantFrom("Ann", "Bob", "ann", "Cai"),
      dueDate: fc.integer({ min: Q1.start - 40, max: Q1.end + 40 }),
      amountDue: fc.integer({ min: 0, max: 100000 }).map((cents) => cents / 100),
      received: fc.integer({ min: 0, max: 120000 }).map((cents) => cents / 100),
    });
    fc.assert(
      fc.property(
        fc.array(payment, { maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 7 }),
        fc.double({ min: 0.01, max: 1.5, noNaN: true }),
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        (payments, weights, target, cap) => {
          fc.pre(weights.some((weight) => weight > 0));
          const seven = kpis.map((kpi, i) => ({ ...kpi, weight: weights[i] }));
          const eight = [...seven, { key: "collectionRate" as const, weight: 0, target, lowerIsBetter: false }];
          const withPayments = { ...data, payments };
          const before = scorecardLines(withPayments, { ...plan, cap, kpis: seven }, labels);
          const after = scorecardLines(withPayments, { ...plan, cap, kpis: eight }, labels);
          const without = scorecardLines({ ...data, payments: [] }, { ...plan, cap, kpis: eight }, labels);
          for (const [i, line] of after.entries()) {
            expect(line.score).toBe(before[i].score);
            expect(line.rating).toBe(before[i].rating);
            expect(line.commission).toBe(before[i].commission);
            expect(line.score).toBe(without[i].score);
            // And as the Score formula of a row from before the KPI: SALES.SCORE over seven cells.
            const old = score(
              [seven.map((kpi) => line.kpis[kpi.key] ?? "")],
              seven.map((kpi) => [kpi.target]),
              seven.map((kpi) => [kpi.weight]),
              cap,
              seven.map((kpi) => [kpi.lowerIsBetter]),
            );
            expect(line.score).toBe(isSalesError(old) ? null : old);
          }
        },
      ),
    );
  });
});

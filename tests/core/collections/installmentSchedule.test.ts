import fc from "fast-check";
import {
  addMonths,
  installmentSchedule,
  isScheduleProblem,
  scheduleProblem,
  type Installment,
  type PaymentTerms,
} from "@core/collections/installmentSchedule";
import { toCents } from "@core/collections/cents";
import { serialFromDate } from "@core/cells/parseDate";

const d = serialFromDate;
const schedule = (amount: number, terms: PaymentTerms): Installment[] => {
  const result = installmentSchedule(amount, terms);
  if (isScheduleProblem(result)) throw new Error(`unexpected problem ${result.code}`);
  return result;
};
const centsTotal = (xs: readonly Installment[]) => xs.reduce((s, x) => s + toCents(x.amount), 0);

describe("addMonths", () => {
  it("keeps the day, or falls back to the month's last day", () => {
    expect(addMonths(d(2026, 1, 31), 1)).toBe(d(2026, 2, 28));
    expect(addMonths(d(2028, 1, 31), 1)).toBe(d(2028, 2, 29));
    expect(addMonths(d(2026, 11, 15), 3)).toBe(d(2027, 2, 15));
    expect(addMonths(d(2026, 5, 10), 0)).toBe(d(2026, 5, 10));
  });
});

describe("installmentSchedule", () => {
  it("deposit 30 % + balance on delivery", () => {
    expect(
      schedule(128000, {
        kind: "depositBalance",
        depositShare: 0.3,
        depositDue: d(2026, 3, 1),
        balanceDue: d(2026, 5, 20),
      }),
    ).toEqual([
      { number: 1, dueDate: d(2026, 3, 1), amount: 38400 },
      { number: 2, dueDate: d(2026, 5, 20), amount: 89600 },
    ]);
  });
  it("three equal monthly installments: the odd cent goes to the first", () => {
    expect(schedule(1000, { kind: "monthly", count: 3, firstDue: d(2026, 2, 1) })).toEqual([
      { number: 1, dueDate: d(2026, 2, 1), amount: 333.34 },
      { number: 2, dueDate: d(2026, 3, 1), amount: 333.33 },
      { number: 3, dueDate: d(2026, 4, 1), amount: 333.33 },
    ]);
  });
  it("custom shares in the user's order, leftover cents to the largest remainders", () => {
    // 9999 cents: 4999.5, 2499.75, 2499.75 → floors 4999, 2499, 2499; the 2 leftover cents go to the .75s.
    expect(
      schedule(99.99, {
        kind: "custom",
        parts: [
          { share: 0.5, dueDate: 46100 },
          { share: 0.25, dueDate: 46050 },
          { share: 0.25, dueDate: 46200 },
        ],
      }).map((x) => x.amount),
    ).toEqual([49.99, 25, 25]);
  });
  it("accepts shares that add up to 1 up to float noise (3 × 1/3)", () => {
    const third = 1 / 3;
    const parts = [third, third, third].map((share, i) => ({ share, dueDate: 46000 + i }));
    expect(centsTotal(schedule(100, { kind: "custom", parts }))).toBe(10000);
  });
  it("reports what makes terms unusable", () => {
    expect(scheduleProblem(0, { kind: "monthly", count: 3, firstDue: 46000 })).toEqual({ code: "amountNotPositive" });
    expect(scheduleProblem(-5, { kind: "monthly", count: 3, firstDue: 46000 })).toEqual({ code: "amountNotPositive" });
    expect(scheduleProblem(100, { kind: "monthly", count: 0, firstDue: 46000 })).toEqual({ code: "noInstallments" });
    expect(scheduleProblem(100, { kind: "monthly", count: 2.5, firstDue: 46000 })).toEqual({ code: "noInstallments" });
    expect(scheduleProblem(100, { kind: "monthly", count: 601, firstDue: 46000 })).toEqual({
      code: "tooManyInstallments",
      max: 600,
    });
    expect(scheduleProblem(100, { kind: "depositBalance", depositShare: 1, depositDue: 1, balanceDue: 2 })).toEqual({
      code: "badShare",
      installment: 2,
    });
    expect(scheduleProblem(100, { kind: "custom", parts: [{ share: 0.5, dueDate: 46000 }] })).toEqual({
      code: "sharesNotWhole",
      total: 0.5,
    });
    expect(scheduleProblem(100, { kind: "custom", parts: [{ share: 1, dueDate: 4.5 }] })).toEqual({
      code: "badDate",
      installment: 1,
    });
    expect(installmentSchedule(100, { kind: "custom", parts: [] })).toEqual({ code: "noInstallments" });
  });

  const amounts = fc.integer({ min: 1, max: 1e12 }).map((c) => c / 100);
  it("property: N equal monthly installments add up exactly to the amount and differ by at most a cent", () => {
    fc.assert(
      fc.property(
        amounts,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 36526, max: 60000 }),
        (amount, count, firstDue) => {
          const xs = schedule(amount, { kind: "monthly", count, firstDue });
          expect(xs).toHaveLength(count);
          expect(centsTotal(xs)).toBe(toCents(amount));
          const cents = xs.map((x) => toCents(x.amount));
          expect(Math.max(...cents) - Math.min(...cents)).toBeLessThanOrEqual(1);
          for (let i = 1; i < xs.length; i++) expect(xs[i].dueDate).toBeGreaterThan(xs[i - 1].dueDate);
        },
      ),
    );
  });
  it("property: deposit + balance adds up exactly", () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 99 }), (amount, percent) => {
        const xs = schedule(amount, {
          kind: "depositBalance",
          depositShare: percent / 100,
          depositDue: 46000,
          balanceDue: 46090,
        });
        expect(centsTotal(xs)).toBe(toCents(amount));
        expect(xs.every((x) => Number.isInteger(toCents(x.amount)) && x.amount >= 0)).toBe(true);
      }),
    );
  });
  it("property: custom shares (normalised weights) add up exactly, each part within a cent of its share", () => {
    fc.assert(
      fc.property(
        amounts,
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 24 }),
        (amount, weights) => {
          const sum = weights.reduce((s, w) => s + w, 0);
          const parts = weights.map((w, i) => ({ share: w / sum, dueDate: 46000 + i }));
          const xs = schedule(amount, { kind: "custom", parts });
          expect(centsTotal(xs)).toBe(toCents(amount));
          xs.forEach((x, i) =>
            expect(Math.abs(toCents(x.amount) - (toCents(amount) * weights[i]) / sum)).toBeLessThan(1 + 1e-6),
          );
        },
      ),
    );
  });
});

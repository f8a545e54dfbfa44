import fc from "fast-check";
import { MAX_SERIAL, serialFromDate } from "@core/cells/parseDate";
import { MAX_MONTHS, monthOf, recentMonths } from "@core/team/months";

describe("recentMonths", () => {
  it("gives the complete months before today's, oldest first", () => {
    expect(recentMonths(serialFromDate(2026, 3, 15), 2).map((m) => m.label)).toEqual(["2026-01", "2026-02"]);
  });

  it("stops at the months of Excel's calendar however large the count (issue #14)", () => {
    const started = Date.now();
    const months = recentMonths(serialFromDate(2026, 3, 15), 1e9);
    expect(months).toHaveLength(MAX_MONTHS);
    expect(months[months.length - 1].label).toBe("2026-02");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("ends quickly for any today and count, from 1e-300 to 1e308, NaN and Infinity", () => {
    const magnitude = fc
      .tuple(fc.integer({ min: -300, max: 307 }), fc.double({ min: 1, max: 9.99, noNaN: true }), fc.boolean())
      .map(([exponent, mantissa, negative]) => (negative ? -1 : 1) * mantissa * 10 ** exponent);
    const anyNumber = fc.oneof(
      magnitude,
      fc.constantFrom(NaN, Infinity, -Infinity, 0, MAX_SERIAL, MAX_SERIAL + 1, 1e9),
      fc.integer({ min: 0, max: MAX_SERIAL }),
    );
    fc.assert(
      fc.property(anyNumber, anyNumber, (today, count) => {
        const months = recentMonths(today, count);
        expect(months.length).toBeLessThanOrEqual(MAX_MONTHS);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("gives the calendar month of a serial", () => {
    expect(monthOf(serialFromDate(9999, 12, 31))).toEqual({
      start: serialFromDate(9999, 12, 1),
      end: MAX_SERIAL,
      label: "9999-12",
    });
  });
});

import { pace } from "@core/formulas/goals/pace";
import { serialFromDate } from "@core/cells/parseDate";
import { isSalesError } from "@core/errors";

const jan = (d: number) => serialFromDate(2024, 1, d);

describe("pace", () => {
  it("is actual ÷ (target × elapsed), counting start and as_of as days gone", () => {
    // 10 of 31 days gone; 10 000 of 31 000 is exactly on pace.
    expect(pace(10000, 31000, jan(1), jan(31), jan(10))).toBe(1);
    expect(pace(5000, 31000, jan(1), jan(31), jan(10))).toBe(0.5);
  });
  it("on the first day, one day of the period has gone", () => {
    expect(pace(100, 3100, jan(1), jan(31), jan(1))).toBeCloseTo(1, 12);
  });
  it("caps elapsed at 1: after the period, pace is attainment", () => {
    expect(pace(90, 100, jan(1), jan(31), serialFromDate(2024, 6, 1))).toBe(0.9);
    expect(pace(90, 100, jan(1), jan(31), jan(31))).toBe(0.9);
  });
  it("reads text dates in every accepted form and text numbers", () => {
    expect(pace("¥10,000", "31,000", "2024-01-01", "2024/1/31", "2024年1月10日")).toBe(1);
  });
  it("sums ranges of actuals and targets", () => {
    expect(pace([[4000], [6000], [null]], [[31000]], jan(1), jan(31), jan(10))).toBe(1);
  });
  it("drops a time of day from serials", () => {
    expect(pace(10000, 31000, jan(1) + 0.75, jan(31) + 0.2, jan(10) + 0.99)).toBe(1);
  });
  it('answers #N/A "period has not started" when as_of is before start', () => {
    const r = pace(0, 100, jan(10), jan(31), jan(9));
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["not-available", "period has not started"]);
  });
  it("answers #VALUE! when end is before start", () => {
    const r = pace(10, 100, jan(10), jan(9), jan(10));
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", "end is before start"]);
  });
  it("answers #VALUE! for a missing or unreadable date", () => {
    const missing = pace(10, 100, null, jan(9), jan(10));
    expect(isSalesError(missing) && [missing.kind, missing.message]).toEqual(["invalid-value", "start is missing"]);
    const bad = pace(10, 100, jan(1), "next Friday", jan(10));
    expect(isSalesError(bad) && [bad.kind, bad.message]).toEqual(["invalid-value", 'end: "next Friday" is not a date']);
  });
  it("answers #DIV/0! for a zero target and #NUM! for a negative one", () => {
    const zero = pace(10, 0, jan(1), jan(31), jan(10));
    expect(isSalesError(zero) && zero.kind).toBe("div-by-zero");
    const negative = pace(10, -5, jan(1), jan(31), jan(10));
    expect(isSalesError(negative) && negative.kind).toBe("out-of-range");
  });
});

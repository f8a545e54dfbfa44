import { velocity } from "@core/formulas/process/velocity";
import { isSalesError } from "@core/errors";

describe("velocity", () => {
  it("worked value: VELOCITY(40, 25%, 25000, 90) → 2777.78", () => {
    expect((velocity(40, 0.25, 25000, 90) as number).toFixed(2)).toBe("2777.78");
  });
  it("reads the win rate as a fraction, a percent number or percent text", () => {
    const expected = velocity(40, 0.25, 25000, 90) as number;
    expect(velocity(40, 25, 25000, 90)).toBeCloseTo(expected, 9);
    expect(velocity(40, "25%", "¥25,000", "９０")).toBeCloseTo(expected, 9);
    expect(velocity([[40]], [[0.25]], [[25000]], [[90]])).toBeCloseTo(expected, 9);
  });
  it("is 0 when a factor is 0 or empty", () => {
    expect(velocity(0, 0.25, 25000, 90)).toBe(0);
    expect(velocity(40, null, 25000, 90)).toBe(0);
  });
  it("answers #DIV/0! when cycle_days is 0 or empty", () => {
    for (const days of [0, null]) {
      const r = velocity(40, 0.25, 25000, days);
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    }
  });
  it("answers #NUM! for a negative input or a rate above 100 %", () => {
    for (const args of [
      [-1, 0.25, 1, 1],
      [1, -0.25, 1, 1],
      [1, 0.25, -1, 1],
      [1, 0.25, 1, -1],
      [1, 101, 1, 1],
      [1, "120%", 1, 1],
    ]) {
      const r = velocity(args[0], args[1], args[2], args[3]);
      expect(isSalesError(r) && r.kind).toBe("out-of-range");
    }
  });
  it("answers #VALUE! for text that is no number", () => {
    const rate = velocity(40, "high", 1, 1);
    expect(isSalesError(rate) && [rate.kind, rate.message]).toEqual([
      "invalid-value",
      'win_rate: "high" is not a number',
    ]);
    const deal = velocity(40, 0.25, "big", 1);
    expect(isSalesError(deal) && deal.kind).toBe("invalid-value");
  });
});

import fc from "fast-check";
import { fromCents, roundCents, toCents } from "@core/collections/cents";

describe("cents", () => {
  it("rounds half a cent up as Excel's ROUND does, also where binary makes it 0.4999…", () => {
    expect(toCents(1.005)).toBe(101);
    expect(toCents(0.125)).toBe(13);
    expect(toCents(1200.004)).toBe(120000);
    expect(roundCents(0.1 + 0.2)).toBe(0.3);
    expect(fromCents(120001)).toBe(1200.01);
  });
  it("property: the fast path agrees with rounding at 15 significant digits", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (x) => {
        expect(toCents(x)).toBe(Math.round(Number((x * 100).toPrecision(15))));
      }),
    );
  });
});

import fc from "fast-check";
import { ascendingOrder } from "@core/formulas/customers/ascendingOrder";

describe("ascendingOrder", () => {
  it("orders indices by value, ties by index", () => {
    expect(Array.from(ascendingOrder(Float64Array.of(3, 1, 2, 1)))).toEqual([1, 3, 2, 0]);
  });
  it("orders negatives, -0, 0, fractions and huge values like numbers", () => {
    const values = Float64Array.of(1e300, -0, -1e-300, 0, -5.5, 2.25, -1e300, 5e-324, 7);
    expect(Array.from(ascendingOrder(values))).toEqual([6, 4, 2, 1, 3, 7, 5, 8, 0]);
  });
  it("handles an empty list", () => {
    expect(ascendingOrder(new Float64Array(0)).length).toBe(0);
  });
  it("agrees with a stable comparator sort", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 })), {
          maxLength: 200,
        }),
        (xs) => {
          const expected = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b);
          expect(Array.from(ascendingOrder(Float64Array.from(xs)))).toEqual(expected);
        },
      ),
    );
  });
});

import fc from "fast-check";
import { divisorSum, sumCells } from "@core/cells/sumCells";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("divisorSum", () => {
  it("is sumCells, except a total that cancels out up to rounding is exactly 0", () => {
    expect(sumCells(col(0.1, 0.2, -0.3))).not.toBe(0);
    expect(divisorSum(col(0.1, 0.2, -0.3))).toBe(0);
    expect(divisorSum([[0.1, 0.2, -0.3]])).toBe(0);
    expect(divisorSum(col("¥1,200", null, 800))).toBe(2000);
    expect(divisorSum(1e-20)).toBe(1e-20);
  });
  it("answers #VALUE! naming the row, as sumCells does", () => {
    const r = divisorSum(col(1, "abc"));
    expect(isSalesError(r) && r.message).toBe('row 2: "abc" is not a number');
  });
  it("equals sumCells whenever the total is not small against the cells", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 20 }), (values) => {
        const total = sumCells(col(...values));
        expect(divisorSum(col(...values))).toBe(total);
      }),
    );
  });
});

import { moneyDigits } from "@core/cells/moneyDigits";

describe("moneyDigits", () => {
  it("shows cents only when a figure of the column has them", () => {
    expect(moneyDigits([1200, 80, 0])).toBe(0);
    expect(moneyDigits([1200, 80.5])).toBe(2);
    expect(moneyDigits([0.01])).toBe(2);
  });

  it("ignores a formula's float residue and empty figures", () => {
    expect(moneyDigits([1200.0000001, null, undefined, Number.NaN])).toBe(0);
    expect(moneyDigits([])).toBe(0);
  });
});

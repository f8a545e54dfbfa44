import { nps } from "@core/formulas/customers/nps";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("nps", () => {
  it("worked value: 30 % promoters and 20 % detractors → 10", () => {
    expect(nps(col(10, 9, 9, 8, 7, 7, 7, 5, 3, 8))).toBe(10);
  });
  it("counts 9–10 as promoters, 0–6 as detractors, 7–8 as passives", () => {
    expect(nps(col(9, 10))).toBe(100);
    expect(nps(col(0, 6))).toBe(-100);
    expect(nps(col(7, 8))).toBe(0);
  });
  it("skips empty cells and reads text and full-width numbers", () => {
    expect(
      nps([
        ["10", null],
        ["  ", "０"],
      ]),
    ).toBe(0);
  });
  it.each([11, -1, 7.5, "high", "90%", true])("answers #VALUE! naming the row of the score %p", (bad) => {
    const r = nps(col(10, bad));
    expect(isSalesError(r) && r.kind).toBe("invalid-value");
    expect(isSalesError(r) && r.message).toMatch(/^row 2: .* is not a whole score from 0 to 10$/);
  });
  it("answers #DIV/0! when there is no score", () => {
    const r = nps(col(null, ""));
    expect(isSalesError(r) && r.kind).toBe("div-by-zero");
  });
});

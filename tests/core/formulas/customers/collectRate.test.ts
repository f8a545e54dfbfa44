import { collectRate } from "@core/formulas/customers/collectRate";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
const kind = (r: unknown) => (isSalesError(r) ? r.kind : "ok");

describe("collectRate (SALES.COLLECTRATE over cells)", () => {
  it("worked value: 150 ÷ 300 = 0.5", () => {
    expect(collectRate(col(100, 200, 300), col(100, 50, 0), col(45000, 45100, 45300), 45210)).toBe(0.5);
  });
  it("reads text money and dates, caps received per row, skips rows without a due date", () => {
    expect(
      collectRate(col("¥1,000", 500, 800), col("1,200", null, 800), col("2023-10-01", 45200, null), "2023-10-11"),
    ).toBe(1000 / 1500);
  });
  it("#DIV/0! when nothing is due, #NUM! for a negative amount, #VALUE! for sizes and text", () => {
    expect(kind(collectRate(col(100), col(0), col(45300), 45210))).toBe("div-by-zero");
    expect(kind(collectRate(col(null), col(null), col(null), 45210))).toBe("div-by-zero");
    expect(kind(collectRate(col(100), col(-5), col(45000), 45210))).toBe("out-of-range");
    expect(kind(collectRate(col(100, 1), col(0), col(45000, 1), 45210))).toBe("invalid-value");
    expect(kind(collectRate(col(100), col("some"), col(45000), 45210))).toBe("invalid-value");
    expect(kind(collectRate(col(100), col(0), col(45000), "soon"))).toBe("invalid-value");
  });
});

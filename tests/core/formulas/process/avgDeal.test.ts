import { avgDeal } from "@core/formulas/process/avgDeal";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("avgDeal", () => {
  it("is the mean of non-empty amounts", () => {
    expect(avgDeal(col(100, 200, null, "", 600))).toBe(300);
  });
  it("given outcomes, averages won rows only (default and Chinese labels)", () => {
    expect(avgDeal(col(1000, 3000, 500, 9000), col("won", "赢单", "lost", "Proposal"))).toBe(2000);
    expect(avgDeal(col(1000, 3000), col("Closed Won", "已成交"))).toBe(2000);
  });
  it("takes the user's won labels", () => {
    expect(avgDeal(col(10, 20, 30), col("Signed", "won", "Signed"), "signed")).toBe(20);
  });
  it("reads text amounts (¥1,200 / full-width)", () => {
    expect(avgDeal(col("¥1,200", "８００"))).toBe(1000);
  });
  it("names the row of an amount that is no number", () => {
    const r = avgDeal(col(1, "abc"), col("won", "won"));
    expect(isSalesError(r) && r.message).toBe('row 2: "abc" is not a number');
  });
  it("does not read amounts of rows that are not won", () => {
    expect(avgDeal(col(100, "abc"), col("won", "lost"))).toBe(100);
  });
  it("answers #NUM! for a negative amount", () => {
    const r = avgDeal(col(100, -1));
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
  it("answers #VALUE! when ranges differ in size", () => {
    const r = avgDeal(col(1, 2), col("won"));
    expect(isSalesError(r) && r.message).toBe("ranges must be the same size");
  });
  it("answers #DIV/0! when no row is left", () => {
    for (const r of [avgDeal(col(null, "")), avgDeal(col(5, 6), col("lost", "open"))]) {
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    }
  });
  it("reads a row and a column of the same size side by side", () => {
    expect(avgDeal([[10, 20, 30]], col("won", "lost", "won"))).toBe(20);
  });
});

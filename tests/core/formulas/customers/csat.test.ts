import { csat } from "@core/formulas/customers/csat";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("csat", () => {
  it("is the share of 4s and 5s on the default 5-point scale", () => {
    expect(csat(col(5, 4, 3, 5))).toBe(0.75);
  });
  it("uses scale and top_boxes: on a 10-point scale with 3 top boxes, 8–10 count", () => {
    expect(csat(col(10, 8, 7, 1), 10, 3)).toBe(0.5);
    expect(csat(col(5, 4, 3), 5, 1)).toBeCloseTo(1 / 3, 12);
  });
  it("skips empty cells and reads text numbers", () => {
    expect(csat(col("5", null, " ", "2"))).toBe(0.5);
  });
  it.each([0, 6, 4.5, "good", false])("answers #VALUE! naming the row of the score %p", (bad) => {
    const r = csat(col(5, bad));
    expect(isSalesError(r) && r.message).toMatch(/^row 2: .* is not a whole score from 1 to 5$/);
  });
  it.each([
    [1, 1],
    [5.5, 2],
    [5, 0],
    [5, 6],
    [5, 1.5],
  ])("answers #NUM! for scale %p with top_boxes %p", (scale, boxes) => {
    const r = csat(col(1), scale, boxes);
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
  it("answers #DIV/0! when there is no score", () => {
    const r = csat(col(null));
    expect(isSalesError(r) && r.kind).toBe("div-by-zero");
  });
});

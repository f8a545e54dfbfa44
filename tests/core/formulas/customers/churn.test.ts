import { churn } from "@core/formulas/customers/churn";
import { isSalesError } from "@core/errors";

describe("churn", () => {
  it("is lost ÷ start", () => {
    expect(churn(200, 30)).toBe(0.15);
    expect(churn("200", [["0"]])).toBe(0);
    expect(churn(200, 200)).toBe(1);
  });
  it("counts an empty lost as 0", () => {
    expect(churn(200, null)).toBe(0);
  });
  it("answers #DIV/0! when start is 0 or empty", () => {
    const zero = churn(0, 0);
    expect(isSalesError(zero) && zero.kind).toBe("div-by-zero");
    const empty = churn(null, 3);
    expect(isSalesError(empty) && empty.kind).toBe("div-by-zero");
  });
  it("answers #NUM! when lost > start, lost < 0 or start < 0", () => {
    for (const [s, l] of [
      [100, 101],
      [100, -1],
      [-100, 5],
    ]) {
      const r = churn(s, l);
      expect(isSalesError(r) && r.kind).toBe("out-of-range");
    }
  });
  it("answers #VALUE! for text that is no number", () => {
    const r = churn(100, "few");
    expect(isSalesError(r) && r.message).toBe('row 1: "few" is not a number');
  });
});

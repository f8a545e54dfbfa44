import { retention } from "@core/formulas/customers/retention";
import { isSalesError } from "@core/errors";

describe("retention", () => {
  it("worked value: RETENTION(200, 220, 40) → 0.9", () => {
    expect(retention(200, 220, 40)).toBe(0.9);
  });
  it("reads text numbers and one-cell ranges", () => {
    expect(retention("1,000", [["950"]], "150")).toBe(0.8);
  });
  it("answers #DIV/0! when start is 0 or empty", () => {
    for (const start of [0, null, ""]) {
      const r = retention(start, 10, 5);
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    }
  });
  it("answers #NUM! when end − new < 0", () => {
    const r = retention(100, 30, 40);
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
  it("answers #NUM! when more customers are retained than there were", () => {
    const r = retention(100, 150, 20);
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
  it("answers #NUM! for a negative count", () => {
    for (const args of [
      [-100, 50, 0],
      [100, -1, -5],
      [100, 50, -1],
    ]) {
      const r = retention(args[0], args[1], args[2]);
      expect(isSalesError(r) && r.kind).toBe("out-of-range");
    }
  });
  it("gives 1 when every starting customer stayed and 0 when none did", () => {
    expect(retention(100, 130, 30)).toBe(1);
    expect(retention(100, 30, 30)).toBe(0);
  });
  it("answers #VALUE! for text that is no number", () => {
    const r = retention(100, "many", 30);
    expect(isSalesError(r) && r.kind).toBe("invalid-value");
  });
});

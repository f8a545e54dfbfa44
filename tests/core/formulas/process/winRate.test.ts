import fc from "fast-check";
import { winRate } from "@core/formulas/process/winRate";
import { isSalesError } from "@core/errors";

const col = (xs: unknown[]) => xs.map((x) => [x]) as never;
const repeat = (label: string, n: number) => Array.from({ length: n }, () => label);

describe("winRate", () => {
  it("worked value: 45 won, 135 lost, 80 open → 0.25", () => {
    expect(winRate(col([...repeat("Won", 45), ...repeat("Lost", 135), ...repeat("Proposal", 80)]))).toBe(0.25);
  });
  it("weights by amount when amounts are given", () => {
    expect(winRate(col(["won", "lost", "open"]), col([300, 100, 5000]))).toBe(0.75);
  });
  it("reads text amounts leniently and skips empty amounts", () => {
    expect(winRate(col(["won", "lost", "lost"]), col(["¥1,000", "1000", null]))).toBe(0.5);
  });
  it("names the row of an amount that is no number", () => {
    const r = winRate(col(["won", "lost"]), col([100, "n/a"]));
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", 'row 2: "n/a" is not a number']);
  });
  it("rejects a negative amount with #NUM!", () => {
    const r = winRate(col(["won", "lost"]), col([100, -5]));
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
  it("answers #VALUE! when ranges differ in size", () => {
    const r = winRate(col(["won", "lost"]), col([1]));
    expect(isSalesError(r) && r.message).toBe("ranges must be the same size");
  });
  it("uses Chinese labels and the user's own labels", () => {
    expect(winRate(col(["赢单", "输单", "丢单", "已成交"]))).toBe(0.5);
    expect(winRate(col(["Signed", "Dropped", "won"]), null, "signed", "dropped")).toBe(0.5);
  });
  it("answers #DIV/0! when no deal is closed", () => {
    const r = winRate(col(["open", "Proposal", null]));
    expect(isSalesError(r) && r.kind).toBe("div-by-zero");
  });
  it("lies in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("won", "lost", "open", null), fc.double({ min: 0, max: 1e9, noNaN: true })), {
          minLength: 1,
        }),
        (rows) => {
          const r = winRate(col(rows.map((x) => x[0])), col(rows.map((x) => x[1])));
          if (!isSalesError(r)) expect(r >= 0 && r <= 1).toBe(true);
        },
      ),
    );
  });
});

describe("winRate over an error value held as text", () => {
  it("passes the error on instead of counting an open deal", () => {
    const r = winRate(col(["won", "lost", "#VALUE!"]));
    expect(isSalesError(r) && [r.kind, r.message]).toEqual([
      "invalid-value",
      "row 3 holds the error #VALUE!, not an outcome",
    ]);
    const num = winRate(col(["won", "#NUM!"]));
    expect(isSalesError(num) && num.kind).toBe("out-of-range");
  });
});

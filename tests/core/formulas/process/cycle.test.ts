import { cycle } from "@core/formulas/process/cycle";
import { serialFromDate } from "@core/cells/parseDate";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
const d = (m: number, day: number) => serialFromDate(2024, m, day);

describe("cycle", () => {
  it("is the mean of closed − created in days over rows with both dates", () => {
    expect(cycle(col(d(1, 1), d(1, 10), d(2, 1)), col(d(1, 21), d(1, 20), null))).toBe(15);
  });
  it("given outcomes, uses won rows only", () => {
    expect(cycle(col(d(1, 1), d(1, 1), d(1, 1)), col(d(1, 11), d(3, 1), d(1, 31)), col("won", "lost", "赢单"))).toBe(
      20,
    );
  });
  it("takes the user's won labels", () => {
    expect(cycle(col(d(1, 1), d(1, 1)), col(d(1, 5), d(1, 9)), col("Signed", "won"), "signed")).toBe(4);
  });
  it("reads text dates in every accepted form and drops the time of day", () => {
    expect(cycle(col("2024-01-01", "2024/1/1"), col("2024年1月11日", d(1, 11) + 0.9))).toBe(10);
  });
  it("answers #VALUE! naming the row when closed < created", () => {
    const r = cycle(col(d(1, 1), d(1, 10)), col(d(1, 2), d(1, 9)));
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", "row 2: closed before created"]);
  });
  it("answers #VALUE! naming the row of an unreadable date", () => {
    const r = cycle(col(d(1, 1)), col("soon"));
    expect(isSalesError(r) && r.message).toBe('row 1: "soon" is not a date');
  });
  it("answers #VALUE! when ranges differ in size", () => {
    const r = cycle(col(1, 2), col(3, 4), col("won"));
    expect(isSalesError(r) && r.message).toBe("ranges must be the same size");
  });
  it("answers #DIV/0! when no row has both dates (or none is won)", () => {
    for (const r of [cycle(col(d(1, 1), null), col(null, d(1, 2))), cycle(col(d(1, 1)), col(d(1, 2)), col("lost"))]) {
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    }
  });
});

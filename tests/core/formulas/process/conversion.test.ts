import fc from "fast-check";
import { conversion } from "@core/formulas/process/conversion";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("conversion", () => {
  it("is the share of filled cells with a won label", () => {
    expect(conversion(col("Won", "Lost", "Negotiation", "赢单"))).toBe(0.5);
  });
  it("skips empty cells (null, '', spaces)", () => {
    expect(conversion(col("won", null, "", "  ", "lost"))).toBe(0.5);
  });
  it("accepts the user's converted labels, a text or a range", () => {
    expect(conversion(col("Qualified", "Lead", "Lead", "Qualified"), "qualified")).toBe(0.5);
    expect(conversion(col("A", "B", "C", "D"), [["a", "b", "c"]])).toBe(0.75);
  });
  it("reads a 2-D range row-major and a single value", () => {
    expect(
      conversion([
        ["won", "lost"],
        ["won", "open"],
      ]),
    ).toBe(0.5);
    expect(conversion("成交")).toBe(1);
  });
  it("counts numbers and booleans as filled, non-converted cells", () => {
    expect(conversion(col("won", 0, false, "won"))).toBe(0.5);
  });
  it("answers #DIV/0! when no cell is filled", () => {
    const r = conversion(col(null, "", " "));
    expect(isSalesError(r) && r.kind).toBe("div-by-zero");
  });
  it("lies in [0, 1] for any labels", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom("won", "lost", "open", "赢单", "", null), fc.string()), { minLength: 1 }),
        (labels) => {
          const r = conversion(labels.map((l) => [l]));
          if (!isSalesError(r)) expect(r >= 0 && r <= 1).toBe(true);
        },
      ),
    );
  });
});

describe("conversion over an error value held as text", () => {
  it("passes the error on, naming the row, rather than counting an open deal", () => {
    const r = conversion(col("Won", "Lost", "#N/A"));
    expect(isSalesError(r) && [r.kind, r.message]).toEqual([
      "not-available",
      "row 3 holds the error #N/A, not an outcome",
    ]);
    const other = conversion(col("#NAME?"));
    expect(isSalesError(other) && other.kind).toBe("invalid-value");
  });
  it("still counts text that merely starts with # as an open label", () => {
    expect(conversion(col("Won", "#1 priority"))).toBe(0.5);
  });
});

import fc from "fast-check";
import { aging } from "@core/formulas/customers/aging";
import { agingBuckets } from "@core/collections/aging";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("aging (SALES.AGING over cells)", () => {
  it("worked value: {0;300;0;0;250}", () => {
    expect(aging(col(45000, 45100, 45200), col(100, 200, 300), col(0, 50, 0), 45210)).toEqual([
      [0],
      [300],
      [0],
      [0],
      [250],
    ]);
  });
  it("skips rows with an empty due date or amount due, reads an empty received as 0", () => {
    expect(aging(col(null, 45200, 45200, "  "), col(100, null, 40, 7), col(null, 5, null, null), 45210)).toEqual([
      [0],
      [40],
      [0],
      [0],
      [0],
    ]);
  });
  it("reads a row, a block or a single value as well as a column", () => {
    expect(aging([[45000, 45200]] as never, [[100, 300]] as never, [[0, 0]] as never, 45210)).toEqual([
      [0],
      [300],
      [0],
      [0],
      [100],
    ]);
    expect(aging(45210, 100, null, 45210)).toEqual([[100], [0], [0], [0], [0]]);
  });
  it("takes edges from bucket_days, skipping empty cells; no edge is the default", () => {
    expect(aging(col(100), col(5), col(null), 200, col(null, 50, 120))).toEqual([[0], [0], [5], [0]]);
    expect(aging(col(100), col(5), col(null), 200, col(null, "  "))).toHaveLength(5);
  });
  it("answers bad input with error values", () => {
    const kind = (r: unknown) => (isSalesError(r) ? r.kind : "ok");
    expect(kind(aging(col(1, 2), col(1), col(0, 0), 10))).toBe("invalid-value");
    expect(kind(aging(col("later"), col(1), col(0), 10))).toBe("invalid-value");
    expect(kind(aging(col(1), col("lots"), col(0), 10))).toBe("invalid-value");
    expect(kind(aging(col(1), col(-1), col(0), 10))).toBe("out-of-range");
    expect(kind(aging(col(null), col(1), col(-1), 10))).toBe("out-of-range");
    expect(kind(aging(col(1), col(1), col(0), null))).toBe("invalid-value");
    expect(kind(aging(col(1), col(1), col(0), 10, col(30, 30)))).toBe("out-of-range");
    expect(kind(aging(col(1), col(1e308), col(0), 10))).toBe("out-of-range");
  });
  it("property: agrees with the core the pane uses", () => {
    const cents = fc.integer({ min: 0, max: 1e9 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 45000, max: 45400 }), due: cents, got: cents })),
        (rows) => {
          const out = aging(
            col(...rows.map((r) => r.d)),
            col(...rows.map((r) => r.due / 100)),
            col(...rows.map((r) => r.got / 100)),
            45210,
          );
          const core = agingBuckets(
            rows.map((r) => ({ dueDate: r.d, amountDue: r.due / 100, received: r.got / 100 })),
            45210,
          );
          expect(out).toEqual(core.map((x) => [x]));
        },
      ),
    );
  });
});

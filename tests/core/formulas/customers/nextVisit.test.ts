import { cadenceTable, nextVisit } from "@core/formulas/customers/nextVisit";
import { isSalesError } from "@core/errors";
import { serialFromDate } from "@core/cells/parseDate";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
const d = serialFromDate(2024, 3, 1);

describe("nextVisit", () => {
  it("adds the default cadence: A 14, B 30, C 90 days", () => {
    expect(nextVisit(col(d, d, d), col("A", "B", "C"))).toEqual([[d + 14], [d + 30], [d + 90]]);
  });
  it("compares tiers trimmed and case-insensitively", () => {
    expect(nextVisit(col(d, d), col(" a ", "c"))).toEqual([[d + 14], [d + 90]]);
  });
  it("reads text dates", () => {
    expect(nextVisit(col("2024-03-01", "2024年3月1日", "2024/3/1"), col("A", "B", "C"))).toEqual([
      [d + 14],
      [d + 30],
      [d + 90],
    ]);
  });
  it("uses a cadence table instead of the defaults, including Chinese tiers", () => {
    const cadence = [
      ["VIP", 7],
      ["重点", "10"],
      [null, null],
    ];
    expect(nextVisit(col(d, d), col("vip", "重点"), cadence)).toEqual([[d + 7], [d + 10]]);
    const r = nextVisit(col(d), col("A"), cadence) as unknown[][];
    expect(isSalesError(r[0][0]) && r[0][0].kind).toBe("not-available");
  });
  it("gives '' for an empty last contact, and spills in its shape", () => {
    expect(
      nextVisit(
        [
          [d, null],
          ["  ", d],
        ],
        [
          ["A", "A"],
          ["B", "C"],
        ],
      ),
    ).toEqual([
      [d + 14, ""],
      ["", d + 90],
    ]);
  });
  it("applies a single tier to every row", () => {
    expect(nextVisit(col(d, d + 1), "B")).toEqual([[d + 30], [d + 31]]);
  });
  it("answers #N/A in the cell of an unknown or empty tier only", () => {
    const r = nextVisit(col(d, d, d), col("A", "Z", null)) as unknown[][];
    expect(r[0][0]).toBe(d + 14);
    expect(isSalesError(r[1][0]) && [r[1][0].kind, r[1][0].message]).toEqual([
      "not-available",
      'row 2: no cadence for tier "Z"',
    ]);
    expect(isSalesError(r[2][0]) && r[2][0].kind).toBe("not-available");
  });
  it("answers #VALUE! in the cell of a last contact that is no date", () => {
    const r = nextVisit(col("last week", d), col("A", "A")) as unknown[][];
    expect(isSalesError(r[0][0]) && r[0][0].message).toBe('row 1: "last week" is not a date');
    expect(r[1][0]).toBe(d + 14);
  });
  it("answers #NUM! in the cell of a date past 9999-12-31", () => {
    const r = nextVisit(col(serialFromDate(9999, 12, 30)), col("C")) as unknown[][];
    expect(isSalesError(r[0][0]) && r[0][0].kind).toBe("out-of-range");
  });
  it("answers #VALUE! when the sizes differ", () => {
    const r = nextVisit(col(d, d, d), col("A", "B"));
    expect(isSalesError(r) && r.message).toBe("ranges must be the same size");
  });
});

describe("cadenceTable", () => {
  it("refuses a tier listed twice, naming the row", () => {
    const c = cadenceTable([
      ["A", 7],
      [" a ", 9],
    ]);
    expect(isSalesError(c) && c.kind).toBe("invalid-value");
    expect(isSalesError(c) && c.message).toBe('bad cadence table: row 2: tier " a " is listed twice');
  });
  it.each([
    [[["A", 7, 1]], "it needs 2 columns (tier, days)"],
    [[["A", -1]], 'row 1: days "-1" is not a whole number ≥ 0'],
    [[["A", 1.5]], 'row 1: days "1.5" is not a whole number ≥ 0'],
    [[["A", "soon"]], 'row 1: days "soon" is not a whole number ≥ 0'],
    [[[null, 5]], "row 1 has no tier"],
    [[[null, null]], "it has no tier"],
  ])("answers #VALUE! for the bad table %j", (table, why) => {
    const c = cadenceTable(table as never);
    expect(isSalesError(c) && [c.kind, c.message]).toEqual(["invalid-value", `bad cadence table: ${why}`]);
  });
  it("makes a bad cadence an error for the whole result", () => {
    const r = nextVisit(col(d), col("A"), [["A", "x"]]);
    expect(isSalesError(r) && r.kind).toBe("invalid-value");
  });
});

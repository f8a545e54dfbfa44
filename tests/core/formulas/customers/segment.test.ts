import { segment, segmentOf, SEGMENT_NAMES, type Segment } from "@core/formulas/customers/segment";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

/** The catalogue's rules, written as ranges, to check every pair against. */
const RULES: [Segment, number[], number[]][] = [
  ["champions", [5], [4, 5]],
  ["loyal", [3, 4], [4, 5]],
  ["potentialLoyalist", [4, 5], [2, 3]],
  ["new", [5], [1]],
  ["promising", [4], [1]],
  ["needsAttention", [3], [3]],
  ["aboutToSleep", [3], [1, 2]],
  ["cantLose", [1, 2], [5]],
  ["atRisk", [1, 2], [3, 4]],
  ["hibernating", [1, 2], [1, 2]],
];

describe("segmentOf", () => {
  const pairs = [1, 2, 3, 4, 5].flatMap((r) => [1, 2, 3, 4, 5].map((f) => [r, f] as const));
  it.each(pairs)("R %i & F %i falls under exactly one catalogue rule, and segmentOf picks it", (r, f) => {
    const matching = RULES.filter(([, rs, fs]) => rs.includes(r) && fs.includes(f)).map(([s]) => s);
    expect(matching).toHaveLength(1);
    expect(segmentOf(r, f)).toBe(matching[0]);
  });
  it("covers all 25 pairs and uses every segment", () => {
    expect(pairs).toHaveLength(25);
    expect(new Set(pairs.map(([r, f]) => segmentOf(r, f)))).toEqual(new Set(Object.keys(SEGMENT_NAMES)));
  });
});

describe("segment (cells)", () => {
  it("names segments in English by default, from text or number codes", () => {
    expect(segment(col("545", 411, " 133 ", "251", "515"))).toEqual([
      ["Champions"],
      ["Promising"],
      ["At risk"],
      ["Can't lose"],
      ["New"],
    ]);
  });
  it("names segments in Chinese", () => {
    expect(segment(col("545", "311", "335", "441", "323", "231"), "zh")).toEqual([
      ["冠军客户"],
      ["将沉睡"],
      ["需关注"],
      ["忠诚客户"],
      ["将沉睡"],
      ["流失风险"],
    ]);
    expect(segment("155", "zh-CN")).toEqual([["重要挽留"]]);
  });
  it("accepts the language in any case and with spaces", () => {
    expect(segment("525", " EN ")).toEqual([["Potential loyalist"]]);
  });
  it("spills in the shape of the codes and gives '' for empty cells", () => {
    expect(
      segment([
        ["555", null],
        ["  ", "111"],
      ]),
    ).toEqual([
      ["Champions", ""],
      ["", "Hibernating"],
    ]);
  });
  it.each(["55", "5555", "605", "50a", "5 4 5", 54.5, true])(
    "answers #VALUE! in the cell of the bad code %p",
    (bad) => {
      const r = segment(col("555", bad)) as unknown[][];
      expect(r[0][0]).toBe("Champions");
      expect(isSalesError(r[1][0]) && r[1][0].kind).toBe("invalid-value");
    },
  );
  it("names the row in the message", () => {
    const r = segment(col("555", "abc")) as unknown[][];
    expect(isSalesError(r[1][0]) && r[1][0].message).toBe('row 2: "abc" is not an RFM code (three digits 1–5)');
  });
  it("answers #VALUE! for an unknown language", () => {
    const r = segment("555", "fr");
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", 'unknown language "fr"; use "en", "zh"']);
  });
});

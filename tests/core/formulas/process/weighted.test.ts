import { weighted } from "@core/formulas/process/weighted";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
const stages = [
  ["线索开发", 0.1],
  ["Proposal", "50%"],
  ["Negotiation", 75],
  ["赢单", 1],
  ["输单", 0],
] as never;

describe("weighted", () => {
  it("worked value: WEIGHTED({3800;22500}, {0.9;0.2}) → 7920", () => {
    expect(weighted(col(3800, 22500), col(0.9, 0.2))).toBe(7920);
  });
  it("reads probabilities as fractions, percent numbers and percent text; 1 is 100 %", () => {
    expect(weighted(col(100, 100, 100, 100), col(0.5, 50, "50%", 1))).toBe(250);
  });
  it("counts empty amounts and empty probabilities as 0 and reads text amounts", () => {
    expect(weighted(col(null, "¥1,000", 500, "２００"), col(0.5, 0.5, null, "10%"))).toBe(520);
  });
  it("answers #NUM! for a probability outside 0–100 % and #VALUE! for one that is no number", () => {
    const high = weighted(col(1), col(150));
    expect(isSalesError(high) && high.kind).toBe("out-of-range");
    const text = weighted(col(1, 2), col(0.1, "likely"));
    expect(isSalesError(text) && [text.kind, text.message]).toEqual([
      "invalid-value",
      "row 2: likely is not a probability (0–1 or 0–100 %)",
    ]);
  });
  it("answers #NUM! for a negative amount and #VALUE! naming an unreadable one", () => {
    const negative = weighted(col(-5), col(0.5));
    expect(isSalesError(negative) && negative.kind).toBe("out-of-range");
    const text = weighted(col("lots"), col(0.5));
    expect(isSalesError(text) && text.message).toBe('row 1: "lots" is not a number');
  });
  it("answers #VALUE! when ranges differ in size", () => {
    const r = weighted(col(1, 2), col(0.5));
    expect(isSalesError(r) && r.message).toBe("ranges must be the same size");
  });

  describe("with a stage table", () => {
    it("looks up each row's stage, trimmed and case-insensitive, Chinese names too", () => {
      expect(weighted(col(1000, 2000, 400), col(" proposal ", "NEGOTIATION", "线索开发"), stages)).toBe(
        500 + 1500 + 40,
      );
    });
    it("leaves out won and lost rows, whatever the table says of them", () => {
      expect(weighted(col(1000, 5000, 7000, 3000), col("Proposal", "赢单", "Closed Lost", "Won"), stages)).toBe(500);
    });
    it("skips rows with an empty stage", () => {
      expect(weighted(col(1000, 5000), col("Proposal", null), stages)).toBe(500);
    });
    it("answers #VALUE! naming a stage missing from the table", () => {
      const r = weighted(col(1, 2), col("Proposal", "Demo"), stages);
      expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", 'row 2: unknown stage "Demo"']);
    });
    it("checks the table: 2 columns, readable probabilities, no stage twice", () => {
      const shape = weighted(col(1), col("A"), [["A", 0.1, "x"]] as never);
      expect(isSalesError(shape) && shape.message).toBe("stage table needs 2 columns (stage, probability)");
      const prob = weighted(col(1), col("A"), [["A", "high"]] as never);
      expect(isSalesError(prob) && prob.message).toBe(
        'stage table row 1: "high" is not a probability (0–1 or 0–100 %)',
      );
      const range = weighted(col(1), col("A"), [["A", 250]] as never);
      expect(isSalesError(range) && range.kind).toBe("out-of-range");
      const twice = weighted(col(1), col("A"), [
        ["A", 0.1],
        [" a", 0.2],
      ] as never);
      expect(isSalesError(twice) && twice.message).toBe('stage " a" is listed twice');
    });
    it("skips table rows with an empty stage", () => {
      expect(
        weighted(col(100), col("A"), [
          ["A", 0.3],
          [null, null],
        ] as never),
      ).toBeCloseTo(30, 12);
    });
  });
});

import { funnel } from "@core/formulas/process/funnel";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
const order = [["Lead", "Proposal", "Contract"]] as never;
const zhOrder = col("线索开发", "需求分析", "方案报价", "商务谈判", "合同签订");

describe("funnel", () => {
  it("counts deals that reached each stage, with conversions from the previous and first stage", () => {
    expect(funnel(col("Lead", "Proposal", "Won", "Lost"), order)).toEqual([
      [4, 1, 1],
      [2, 0.5, 0.5],
      [1, 0.5, 0.25],
    ]);
  });
  it("reads Chinese stages with 赢单 reaching every stage and 输单 the first only", () => {
    const r = funnel(col("线索开发", "需求分析", "方案报价", "赢单", "输单", "合同签订"), zhOrder) as unknown[][];
    expect(r.map((row) => row[0])).toEqual([6, 4, 3, 2, 2]);
    expect(r[2]).toEqual([3, 0.75, 0.5]);
  });
  it("puts a lost deal at its lost_at stage, or the first stage when lost_at is empty", () => {
    const r = funnel(
      col("输单", "Lost", "lost", "Lead"),
      order,
      col("Contract", " proposal ", null, null),
    ) as unknown[][];
    expect(r.map((row) => row[0])).toEqual([4, 2, 1]);
  });
  it("compares stage names trimmed and case-insensitively and skips empty stage cells", () => {
    const r = funnel(col(" lead ", "PROPOSAL", null, "", "  "), order) as unknown[][];
    expect(r.map((row) => row[0])).toEqual([2, 1, 0]);
  });
  it("accepts Won as the last listed stage", () => {
    const r = funnel(col("Lead", "won"), [["Lead", "Won"]] as never) as unknown[][];
    expect(r).toEqual([
      [2, 1, 1],
      [1, 0.5, 0.5],
    ]);
  });
  it("gives #DIV/0! in a cell whose previous count is 0", () => {
    const r = funnel(col("Lead"), [["Lead", "Proposal", "Contract"]] as never) as unknown[][];
    expect(r[1].slice(0, 1)).toEqual([0]);
    expect(r[1][1]).toBe(0);
    const s = r[2][1];
    expect(isSalesError(s) && s.kind).toBe("div-by-zero");
    expect(r[2][2]).toBe(0);
  });
  it("gives #DIV/0! in the from-first column when no deal is in the funnel", () => {
    const r = funnel(col(null), order) as unknown[][];
    expect(r[0]).toEqual([0, 1, 1]);
    const cell = r[1][2];
    expect(isSalesError(cell) && cell.kind).toBe("div-by-zero");
  });
  it("answers #VALUE! naming the row of a stage neither listed nor won/lost", () => {
    const r = funnel(col("Lead", "Demo"), order);
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", 'row 2: unknown stage "Demo"']);
  });
  it("answers #VALUE! naming the row of an unknown lost_at stage", () => {
    const r = funnel(col("Lead", "Lost"), order, col(null, "Pricing"));
    expect(isSalesError(r) && r.message).toBe('row 2: unknown stage "Pricing"');
  });
  it("answers #VALUE! for a stage listed twice, an empty stage_order or mismatched sizes", () => {
    const twice = funnel(col("Lead"), [["Lead", "lead"]] as never);
    expect(isSalesError(twice) && twice.message).toBe('stage "lead" is listed twice');
    const none = funnel(col("Lead"), [[null, ""]] as never);
    expect(isSalesError(none) && none.message).toBe("no stage in stage_order");
    const size = funnel(col("Lead", "Lost"), order, col(null));
    expect(isSalesError(size) && size.message).toBe("ranges must be the same size");
  });
});

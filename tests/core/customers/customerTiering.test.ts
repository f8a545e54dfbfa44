import { customerTiering, segmentName } from "@core/customers/customerTiering";
import { isSalesError } from "@core/errors";
import { bookOf } from "./tablesOf";

describe("customerTiering", () => {
  const today = 45400;
  const book = bookOf({
    Customers: [
      { Company: "P", Tier: "C" },
      { Company: "Q", Tier: "A" },
      { Company: "R", Tier: "B" },
      { Company: "S", Tier: "" },
      { Company: "T", Tier: "C" },
    ],
    Deals: [
      { Customer: "P", Stage: "Won", Amount: 300, ClosedOn: 45390 },
      { Customer: "P", Stage: "Won", Amount: 200, ClosedOn: 45380 },
      { Customer: "Q", Stage: "Won", Amount: 300, ClosedOn: 45300 },
      { Customer: "R", Stage: "Won", Amount: 150, ClosedOn: 45350 },
      { Customer: "S", Stage: "Won", Amount: 50, ClosedOn: 45100 },
      { Customer: "T", Stage: "Proposal", Amount: 999 },
      { Customer: "T", Stage: "Lost", Amount: 999, ClosedOn: 45390 },
    ],
  });

  it("classes customers ABC by won revenue and counts the moves", () => {
    const tiering = customerTiering(book, today);
    if (isSalesError(tiering)) throw new Error(tiering.message);
    // Revenue 500, 300, 150, 50, 0 of 1000: shares before them 0, .5, .8, .95 → A A B C; no revenue → C.
    expect(tiering.customers.map((c) => [c.label, c.revenue, c.currentTier, c.newTier])).toEqual([
      ["P", 500, "C", "A"],
      ["Q", 300, "A", "A"],
      ["R", 150, "B", "B"],
      ["S", 50, "", "C"],
      ["T", 0, "C", "C"],
    ]);
    expect(tiering.counts).toEqual({ A: 2, B: 1, C: 2 });
    expect(tiering.moves).toEqual([
      { from: "", to: "C", count: 1 },
      { from: "C", to: "A", count: 1 },
    ]);
    expect(tiering).toMatchObject({ moved: 2, up: 1, down: 0 });
  });

  it("gives RFM codes and segments from the won deals (as SALES.RFM and SALES.SEGMENT)", () => {
    const tiering = customerTiering(book, today);
    if (isSalesError(tiering)) throw new Error(tiering.message);
    // n = 4 scored. Recency days 10, 100, 50, 300 → worse counts 3, 1, 2, 0 → 1 + floor(5·k/4) = 4, 2, 3, 1.
    // Frequency 2, 1, 1, 1 → worse 3, 0, 0, 0 → 4, 1, 1, 1. Money 500, 300, 150, 50 → 4, 3, 2, 1.
    expect(tiering.customers.map((c) => c.rfm)).toEqual(["444", "213", "312", "111", ""]);
    expect(tiering.customers.map((c) => c.segment)).toEqual([
      "loyal",
      "hibernating",
      "aboutToSleep",
      "hibernating",
      null,
    ]);
    expect(tiering.segments).toEqual({ loyal: 1, hibernating: 2, aboutToSleep: 1 });
    expect(segmentName("aboutToSleep", "zh-CN")).toBe("将沉睡");
  });

  it("honours other ABC shares", () => {
    const tiering = customerTiering(book, today, { aShare: 0.5, bShare: 0.9 });
    if (isSalesError(tiering)) throw new Error(tiering.message);
    expect(tiering.customers.map((c) => c.newTier)).toEqual(["A", "B", "B", "C", "C"]);
  });

  it("answers #DIV/0! when no customer has won revenue", () => {
    const none = customerTiering(bookOf({ Customers: [{ Company: "X" }] }), today);
    expect(isSalesError(none) && none.kind).toBe("div-by-zero");
  });
});

import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import { pipelineDeals } from "@core/pipeline/pipelineDeals";
import { pipelineStages } from "@core/pipeline/pipelineStages";
import { lostReasons } from "@core/pipeline/review/lostReasons";
import { plainTable, stagesTable } from "../pipelineFixture";
import { reviewDeals } from "./reviewFixture";

const stages = pipelineStages(stagesTable);

describe("lostReasons", () => {
  it("counts and sums lost deals by reason (empty ones together), stage lost at and rep", () => {
    const deals = pipelineDeals({ deals: reviewDeals }, stages);
    expect(lostReasons(reviewDeals, deals, null)).toEqual({
      lost: 3,
      amount: 6000,
      byReason: [
        { label: "Price", deals: 2, amount: 5000 },
        { label: "", deals: 1, amount: 1000 },
      ],
      byStage: [
        { label: "Proposal", deals: 1, amount: 3000 },
        { label: "Negotiation", deals: 1, amount: 2000 },
        { label: "", deals: 1, amount: 1000 },
      ],
      byRep: [
        { label: "Zhao", deals: 1, amount: 3000 },
        { label: "Lee", deals: 1, amount: 2000 },
        { label: "Wang", deals: 1, amount: 1000 },
      ],
    });
    expect(lostReasons(reviewDeals, deals, Int32Array.from([0, 5])).byReason).toEqual([
      { label: "price", deals: 1, amount: 2000 },
    ]);
  });

  it("reads a table without a LostReason column as deals without reasons", () => {
    const table = plainTable("Deals", ["DealID", "Stage", "Amount"], [["X", "Lost", 10]]);
    const deals = pipelineDeals({ deals: table }, stages);
    expect(lostReasons(table, deals, null).byReason).toEqual([{ label: "", deals: 1, amount: 10 }]);
  });

  it("has counts by reason, stage and rep that each sum to the lost deals (property)", () => {
    const row = fc.tuple(
      fc.constantFrom("Won", "Lost", "lost", "Proposal", ""),
      fc.integer({ min: 0, max: 10_000 }),
      fc.constantFrom("Price", " price", "Timing", "", "竞品"),
      fc.constantFrom("Lee", "Wang", ""),
      fc.constantFrom("Proposal", "", "Contract"),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), (rows) => {
        const cells: Cell[][] = rows.map(([stage, amount, reason, owner, at], i) => [
          `D${i}`,
          owner,
          stage,
          amount,
          at,
          reason,
        ]);
        const table = plainTable("Deals", ["DealID", "Owner", "Stage", "Amount", "LostAt", "LostReason"], cells);
        const result = lostReasons(table, pipelineDeals({ deals: table }, stages), null);
        const lost = rows.filter(([stage]) => stage.toLowerCase() === "lost");
        expect(result.lost).toBe(lost.length);
        for (const groups of [result.byReason, result.byStage, result.byRep]) {
          expect(groups.reduce((sum, group) => sum + group.deals, 0)).toBe(lost.length);
          expect(groups.reduce((sum, group) => sum + group.amount, 0)).toBe(result.amount);
        }
      }),
    );
  });
});

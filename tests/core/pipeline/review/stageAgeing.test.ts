import { pipelineBook } from "@core/pipeline/pipelineView";
import { daysInCurrentStage, lastEntries, stageAgeing } from "@core/pipeline/review/stageAgeing";
import { reviewTables, today } from "./reviewFixture";

describe("stageAgeing", () => {
  const book = pipelineBook(reviewTables, today);

  it("ages each open deal from its last entry in the history, else its StageSince", () => {
    const ageing = stageAgeing(book.deals, book.stages, book.history, () => true, today);
    expect(ageing.map((stage) => [stage.stage, stage.deals, stage.buckets, stage.overStaleDays, stage.noDate])).toEqual(
      [
        ["Prospecting", 1, [1, 0, 0, 0], 0, 0],
        ["Needs analysis", 0, [0, 0, 0, 0], 0, 0],
        // R2 48 days (since 10-11, its step back and forth); R3 119 days since it reopened on 08-01.
        ["Proposal", 2, [0, 0, 1, 1], 2, 0],
        // R4 from the reconciled change (10-20): 39 days.
        ["Negotiation", 1, [0, 0, 1, 0], 1, 0],
        ["Contract", 1, [0, 0, 0, 0], 0, 1],
      ],
    );
    expect(ageing[2].amount).toBe(11000);
  });

  it("uses StageSince when the last history row led elsewhere", () => {
    const entries = lastEntries(book.history);
    expect(entries.get("R3")).toEqual({ stage: "proposal", on: book.deals.stageSince[2] - 92 });
    const moved = new Map([["R3", { stage: "negotiation", on: 0 }]]);
    expect(daysInCurrentStage(book.deals, 2, moved, today)).toBe(27);
  });
});

import { everyone } from "@core/pipeline/pipelineScope";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { processReview, reviewPeriod } from "@core/pipeline/review/processReview";
import { d, reviewTables, today } from "./reviewFixture";

const all = { owner: everyone, period: null, quietDays: 30 };

describe("processReview", () => {
  it("reviews the history of every deal when the workbook records it", () => {
    const review = processReview(pipelineBook(reviewTables, today), all);
    expect(review.history?.rows).toBe(17);
    expect(review.history?.days.map((stage) => [stage.stage, stage.intervals, stage.unknown])).toEqual([
      ["Prospecting", 3, 1],
      ["Needs analysis", 2, 1],
      ["Proposal", 2, 0],
      ["Negotiation", 0, 0],
      ["Contract", 0, 0],
    ]);
    expect(review.history?.slipped.deals.map((deal) => deal.dealId)).toEqual(["R2"]);
    expect(review.history?.shrunk.shrink).toBe(1000);
    expect(review.history?.slower.period).toEqual({ start: today - 89, end: today });
    expect(review.lost.lost).toBe(3);
  });

  it("keeps to one rep's deals, and the lost deals to the period", () => {
    const lee = processReview(pipelineBook(reviewTables, today), { ...all, owner: { kind: "rep", name: "Lee" } });
    expect(lee.history?.days[0]).toMatchObject({ stage: "Prospecting", intervals: 2, average: 15, unknown: 0 });
    expect(lee.history?.slipped.deals).toEqual([]);
    expect(lee.lost.byReason).toEqual([{ label: "price", deals: 1, amount: 2000 }]);
    const early = processReview(pipelineBook(reviewTables, today), {
      ...all,
      period: { start: d(10, 1), end: d(10, 5) },
    });
    expect(early.lost.lost).toBe(2);
  });

  it("says recording is off without a DealHistory table, and still ages deals and reads lost reasons", () => {
    const review = processReview(pipelineBook({ ...reviewTables, history: undefined }, today), all);
    expect(review.history).toBeNull();
    // Without history R3 is aged from its StageSince (11-01): 27 days.
    expect(review.ageing[2].buckets).toEqual([0, 1, 1, 0]);
    expect(review.lost.byReason[0]).toMatchObject({ label: "Price", deals: 2, amount: 5000 });
  });

  it("compares the pane's period, else the last 90 days", () => {
    expect(reviewPeriod(null, 1000)).toEqual({ start: 911, end: 1000 });
    expect(reviewPeriod({ start: 10, end: 20 }, 1000)).toEqual({ start: 10, end: 20 });
  });
});

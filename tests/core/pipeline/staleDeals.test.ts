import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import { everyone } from "@core/pipeline/pipelineScope";
import { tables, today } from "./pipelineFixture";

describe("staleDeals", () => {
  it("lists deals stuck past their stage's StaleDays or quiet for the given days, worst first", () => {
    const stale = pipelineView(pipelineBook(tables, today), { owner: everyone, period: null, quietDays: 30 }).stale;
    expect(stale.map((deal) => [deal.dealId, deal.stuck, deal.quiet, deal.overdueBy])).toEqual([
      ["D5", false, true, 9], // last activity 10-20: 39 days quiet
      ["D4", true, false, 6], // 27 days in Proposal (limit 21)
      ["D6", true, false, 4], // 18 days in Prospecting (limit 14); a follow-up 3 days ago
    ]);
    expect(stale[1]).toMatchObject({
      row: 3,
      customer: "Delta",
      owner: "Wang",
      stage: "Proposal",
      amount: 4000,
      daysInStage: 27,
      staleDays: 21,
      daysQuiet: 8,
    });
  });

  it("takes the latest of LastActivity and the deal's follow-ups, else the day it was created", () => {
    const stale = pipelineView(pipelineBook({ ...tables, activities: undefined }, today), {
      owner: everyone,
      period: null,
      quietDays: 30,
    }).stale;
    expect(stale.find((deal) => deal.dealId === "D6")).toMatchObject({ quiet: true, daysQuiet: 58, overdueBy: 28 });
  });

  it("lowers the quiet limit and filters by owner", () => {
    const view = pipelineView(pipelineBook(tables, today), {
      owner: { kind: "rep", name: "Wang" },
      period: null,
      quietDays: 8,
    });
    expect(view.stale.map((deal) => [deal.dealId, deal.stuck, deal.quiet])).toEqual([["D4", true, true]]);
  });
});

import { isSalesError } from "@core/errors";
import { salesError } from "@core/errors";
import { bottleneckOf } from "@core/pipeline/pipelineFunnel";
import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import { everyone } from "@core/pipeline/pipelineScope";
import { dealsTable, tables, today } from "./pipelineFixture";

describe("pipelineFunnel", () => {
  it("counts the deals that reached each stage, with conversions and the open deals at each", () => {
    const funnel = pipelineView(pipelineBook(tables, today), { owner: everyone, period: null, quietDays: 30 }).funnel;
    if (isSalesError(funnel)) throw new Error(funnel.message);
    // Lost deals reach their LostAt (D2: Proposal) or only the first stage (D7); won ones every stage.
    expect(funnel.stages.map((s) => [s.stage, s.reached])).toEqual([
      ["Prospecting", 8],
      ["Needs analysis", 6],
      ["Proposal", 6],
      ["Negotiation", 4],
      ["Contract", 3],
      ["Won", 2],
    ]);
    expect(funnel.stages.map((s) => s.fromPrevious)).toEqual([1, 0.75, 1, 4 / 6, 0.75, 2 / 3]);
    expect(funnel.stages[5].fromFirst).toBe(0.25);
    expect(funnel.stages.map((s) => s.openAmount)).toEqual([6000, 0, 4000, 5000, 2000, 0]);
    expect(funnel.stages[2].openDeals).toBe(1);
    // Negotiation (4/6) and Won (2/3) tie for the weakest step: the earlier one is the bottleneck.
    expect(funnel.bottleneck).toBe(3);
  });

  it("answers FUNNEL's error for a deal at a stage the Stages table lacks", () => {
    const deals = {
      ...dealsTable,
      rows: [...dealsTable.rows, ["D9", "X", "Lee", "Demo", 10, "", "", "", "", "", "", ""]],
    };
    const funnel = pipelineView(pipelineBook({ ...tables, deals }, today), {
      owner: everyone,
      period: null,
      quietDays: 30,
    }).funnel;
    expect(isSalesError(funnel) && funnel.message).toBe('row 9: unknown stage "Demo"');
  });

  it("needs a Stages table", () => {
    const funnel = pipelineView(pipelineBook({ deals: dealsTable }, today), {
      owner: everyone,
      period: null,
      quietDays: 30,
    }).funnel;
    expect(isSalesError(funnel)).toBe(true);
  });
});

describe("bottleneckOf", () => {
  it("picks the lowest step conversion, the earliest on a tie, skipping steps that cannot be computed", () => {
    expect(bottleneckOf([1, 0.5, 0.8, 0.5])).toBe(1);
    expect(bottleneckOf([1, 0.9, 0.3])).toBe(2);
    expect(bottleneckOf([1, salesError("div-by-zero", "noRows"), 0.6])).toBe(2);
    expect(bottleneckOf([1])).toBeNull();
    expect(bottleneckOf([1, salesError("div-by-zero", "noRows")])).toBeNull();
  });
});

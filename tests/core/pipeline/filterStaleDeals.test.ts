import fc from "fast-check";
import { filterStaleDeals, staleAge } from "@core/pipeline/filterStaleDeals";
import { everyone } from "@core/pipeline/pipelineScope";
import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import type { StaleDeal } from "@core/pipeline/staleDeals";
import { tables, today } from "./pipelineFixture";

const stale = pipelineView(pipelineBook(tables, today), { owner: everyone, period: null, quietDays: 30 }).stale;

describe("filterStaleDeals", () => {
  it("keeps the deals of a stage, or left alone at least so many days, worst first", () => {
    const ids = (filter: Parameters<typeof filterStaleDeals>[1]) =>
      filterStaleDeals(stale, filter).map((d) => d.dealId);
    expect(ids({})).toEqual(["D5", "D4", "D6"]);
    expect(ids({ stage: "Proposal" })).toEqual(["D4"]);
    // D5: 39 days quiet; D4: 27 days in Proposal; D6: 18 days in Prospecting.
    expect(ids({ minDays: 27 })).toEqual(["D5", "D4"]);
    expect(ids({ minDays: 40 })).toEqual([]);
  });

  it("ages a deal by the longer of its days in the stage and its days without activity", () => {
    expect(staleAge({ daysInStage: 27, daysQuiet: 8 })).toBe(27);
    expect(staleAge({ daysInStage: null, daysQuiet: 40 })).toBe(40);
    expect(staleAge({ daysInStage: null, daysQuiet: null })).toBe(0);
  });

  it("totals the deals the filter matches, in the unfiltered order", () => {
    const deal = (row: number, stage: string, daysInStage: number | null, daysQuiet: number | null): StaleDeal => ({
      row,
      dealId: `D${row}`,
      customer: "",
      owner: "",
      stage,
      amount: 0,
      daysInStage,
      staleDays: null,
      daysQuiet,
      stuck: false,
      quiet: true,
      overdueBy: 0,
    });
    const days = fc.option(fc.integer({ min: 0, max: 400 }));
    const rows = fc.array(fc.tuple(fc.constantFrom("Lead", "Proposal", "Won"), days, days));
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom("Lead", "Proposal"),
        fc.integer({ min: 0, max: 400 }),
        (list, stage, minDays) => {
          const deals = list.map(([s, inStage, quiet], i) => deal(i, s, inStage, quiet));
          const kept = filterStaleDeals(deals, { stage, minDays });
          const matching = deals.filter(
            (d) => d.stage === stage && Math.max(d.daysInStage ?? 0, d.daysQuiet ?? 0) >= minDays,
          );
          expect(kept).toEqual(matching);
        },
      ),
    );
  });
});

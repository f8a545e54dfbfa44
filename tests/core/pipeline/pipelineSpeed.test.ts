import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import { everyone } from "@core/pipeline/pipelineScope";
import { syntheticPipeline } from "./syntheticPipeline";
import { today } from "./pipelineFixture";

// Speed is recorded (the issue asks for under a second on 10^5 deals), not asserted: a shared
// CI machine must not fail a test on timing. The figures are checked so the run does real work.
describe("the pipeline view on 10^5 deals", () => {
  it("reads once and computes every filter's view, logging the time", () => {
    const tables = syntheticPipeline(100_000);
    const started = performance.now();
    const book = pipelineBook(tables, today);
    const read = performance.now();
    const all = pipelineView(book, { owner: everyone, period: null, quietDays: 30 });
    const quarter = pipelineView(book, {
      owner: { kind: "team", name: "East" },
      period: calendarPeriod("quarter", today),
      quietDays: 30,
    });
    const done = performance.now();
    console.log(
      `pipeline on 10^5 deals: read ${(read - started).toFixed(0)} ms, two views ${(done - read).toFixed(0)} ms`,
    );
    let open = 0;
    for (let i = 0; i < book.deals.count; i++) if (book.deals.outcome[i] === 0) open += book.deals.amount[i];
    expect(all.summary.openPipeline).toBe(open);
    expect(all.summary.forecast.pipeline).toBe(open);
    expect(quarter.summary.deals).toBeLessThan(all.summary.deals);
    expect(all.stale.length).toBeGreaterThan(0);
  });
});

import { everyone } from "@core/pipeline/pipelineScope";
import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import { readPipelineTables } from "@excel/pipeline/readPipelineTables";
import { createEmulator } from "@workbench/emulator";
import { syntheticPipeline } from "../../core/pipeline/syntheticPipeline";
import { dealsTable, stagesTable, today } from "../../core/pipeline/pipelineFixture";

jest.setTimeout(300_000);

// The issue asks for the pane's summaries on 10^5 deals in under a second in the emulator. Timing
// is logged, not asserted (a loaded machine must not fail a test); the round trips are asserted:
// one to open the tables, then one per page of rows, each response well under Excel on the web's
// 5 MB (a single round trip for 10^5 deals was the defect: its response did not fit).
describe("the pipeline on 10^5 deals in the emulator", () => {
  it("reads Deals and Stages in pages under 5 MB each and computes the view, logging the time", async () => {
    const emulator = createEmulator({ platform: "web" });
    emulator.install();
    const rows = syntheticPipeline(100_000).deals.rows;
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Pipeline");
      context.workbook.worksheets.add("Setup");
      await context.sync();
    });
    emulator.book.setValues("Pipeline", "A1", [dealsTable.headers, ...rows] as (string | number)[][]);
    emulator.book.setValues("Setup", "A1", [stagesTable.headers, ...stagesTable.rows] as (string | number)[][]);
    await Excel.run(async (context) => {
      const deals = context.workbook.worksheets.getItem("Pipeline").tables.add(`A1:L${rows.length + 1}`, true);
      deals.name = "Deals";
      const stages = context.workbook.worksheets
        .getItem("Setup")
        .tables.add(`A1:E${stagesTable.rows.length + 1}`, true);
      stages.name = "Stages";
      await context.sync();
    });

    const before = emulator.stats.syncs;
    const started = performance.now();
    const read = await readPipelineTables();
    const readDone = performance.now();
    if (!read.ok) throw new Error(read.error.message);
    const book = pipelineBook({ deals: read.value.Deals!, stages: read.value.Stages }, today);
    const view = pipelineView(book, { owner: everyone, period: null, quietDays: 30 });
    const done = performance.now();
    console.log(
      `pipeline on 10^5 deals in the emulator: read ${(readDone - started).toFixed(0)} ms, compute ${(done - readDone).toFixed(0)} ms`,
    );
    const syncs = emulator.stats.syncs - before;
    expect(syncs).toBeGreaterThan(3);
    expect(syncs).toBeLessThan(15);
    expect(emulator.stats.largestResponseBytes()).toBeLessThan(5 * 1024 * 1024);
    expect(view.summary.deals).toBe(100_000);
    expect(view.summary.forecast.pipeline).toBe(view.summary.openPipeline);
  });
});

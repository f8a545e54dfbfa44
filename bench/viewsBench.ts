/**
 * The `views` section of `npm run bench`: the pane summaries computed from tables as the excel
 * layer reads them, at the sizes a large sales team reaches (10^4 customers, 10^5 deals). These
 * run in the task pane after one read of the tables; the read itself is not timed here.
 */
import { customerSummaries } from "@core/customers/customerSummaries";
import { sampleCustomerTables } from "@core/customers/sampleCustomerTables";
import { everyone } from "@core/pipeline/pipelineScope";
import { pipelineBook, pipelineView } from "@core/pipeline/pipelineView";
import { generateSampleWorkbook } from "@core/sample/generateSampleWorkbook";
import { medianMs, ms } from "./measure";

export type ViewRow = { pane: string; what: string; size: string; ms: number };

/** Today's serial for the sample workbook the views read. */
const TODAY = 45600;

/**
 * Times each pane summary on the sample workbook tiled up to `customers` customers.
 *
 * @param customers - how many customers for the Customers area (10^4 by default in run.ts)
 * @param deals - how many deals for the Pipeline area (10^5 by default in run.ts)
 */
export function runViewsBench(customers: number, deals: number, runs: number, log: (line: string) => void): ViewRow[] {
  const sample = generateSampleWorkbook({ seed: 1, language: "en", today: TODAY });
  const copies = Math.max(1, Math.ceil(customers / sample.customers.length));
  const tables = sampleCustomerTables(sample, copies);
  const size =
    `${tables.Customers.rows.length.toLocaleString("en")} customers, ` +
    `${tables.Deals.rows.length.toLocaleString("en")} deals, ` +
    `${tables.Activities.rows.length.toLocaleString("en")} activities`;
  log(`Customer summaries over ${size}…`);
  const rows: ViewRow[] = [];
  const summaries = medianMs(() => customerSummaries({ tables, today: TODAY }), runs);
  rows.push({
    pane: "Customers",
    what: "every summary at once: tiering (ABC + RFM + segment), follow-ups due, public pool, satisfaction",
    size,
    ms: summaries,
  });
  log(`  Customers: ${ms(summaries)}`);

  const pipeline = sampleCustomerTables(sample, Math.max(1, Math.ceil(deals / sample.deals.length)));
  const pipelineTables = {
    deals: pipeline.Deals,
    stages: pipeline.Stages,
    team: pipeline.Team,
    activities: pipeline.Activities,
  };
  const dealSize =
    `${pipeline.Deals.rows.length.toLocaleString("en")} deals, ` +
    `${pipeline.Activities.rows.length.toLocaleString("en")} activities`;
  log(`Pipeline over ${dealSize}…`);
  const reading = medianMs(() => pipelineBook(pipelineTables, TODAY), runs);
  rows.push({ pane: "Pipeline", what: "the deals read into columns once (pipelineBook)", size: dealSize, ms: reading });
  const book = pipelineBook(pipelineTables, TODAY);
  const view = medianMs(() => pipelineView(book, { owner: everyone, period: null, quietDays: 30 }), runs);
  rows.push({
    pane: "Pipeline",
    what: "one view from the columns: summary cards, funnel, forecast by month, stale deals (everyone, all time)",
    size: dealSize,
    ms: view,
  });
  log(`  Pipeline: read ${ms(reading)}, view ${ms(view)}`);
  return rows;
}

export function viewsTable(rows: readonly ViewRow[]): string {
  return [
    "| pane | what is computed | data | time |",
    "|---|---|---|---:|",
    ...rows.map((r) => `| ${r.pane} | ${r.what} | ${r.size} | ${ms(r.ms)} |`),
  ].join("\n");
}

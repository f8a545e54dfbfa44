/**
 * The `views` section of `npm run bench`: the pane summaries computed from tables as the excel
 * layer reads them, at the sizes a large sales team reaches (10^4 customers, 10^5 deals). These
 * run in the task pane after one read of the tables; the read itself is not timed here.
 */
import { customerSummaries } from "@core/customerViews/customerSummaries";
import { sampleCustomerTables } from "@core/customerViews/sampleCustomerTables";
import { generateSampleWorkbook } from "@core/sample/generateSampleWorkbook";
import { medianMs, ms } from "./measure";

export type ViewRow = { pane: string; what: string; size: string; ms: number };

/** Today's serial for the sample workbook the views read. */
const TODAY = 45600;

/**
 * Times each pane summary on the sample workbook tiled up to `customers` customers.
 *
 * @param customers - how many customers (10^4 by default in run.ts); deals and activities scale with them
 */
export function runViewsBench(customers: number, runs: number, log: (line: string) => void): ViewRow[] {
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
  return rows;
}

export function viewsTable(rows: readonly ViewRow[]): string {
  return [
    "| pane | what is computed | data | time |",
    "|---|---|---|---:|",
    ...rows.map((r) => `| ${r.pane} | ${r.what} | ${r.size} | ${ms(r.ms)} |`),
  ].join("\n");
}

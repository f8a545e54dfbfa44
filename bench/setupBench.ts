/**
 * The Set up area's speed in the emulator: a new workbook with sample data, written by the real
 * writer (`setUpWorkbook` from src/excel/setup, the function the pane calls) into an emulator with
 * the SALES functions registered, so every formula column is computed as the rows land.
 */
import { performance } from "node:perf_hooks";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { setUpWorkbook } from "@excel/setup/setUpWorkbook";
import { createEmulator } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";

export type SetupFigures = {
  readonly language: WorkbookLanguage;
  readonly customers: number;
  /** Sample rows written over every table. */
  readonly rows: number;
  readonly seconds: number;
  /** context.sync() calls of the run. */
  readonly syncs: number;
  /** The largest single request, in bytes (UTF-8 JSON of its commands). */
  readonly largestRequestBytes: number;
};

/** Today for the sample: 2024-06-28. */
const TODAY = 45471;

/**
 * Sets up a workbook with `customers` sample customers (and their deals, activities, targets …)
 * in a fresh emulator and measures the whole run.
 */
export async function benchSetUp(customers: number, language: WorkbookLanguage): Promise<SetupFigures> {
  const emulator = createEmulator({ functions: await loadSalesFunctionsFromSource() });
  emulator.install();
  emulator.stats.reset();
  const started = performance.now();
  const result = await setUpWorkbook({ language, sample: true, today: TODAY, seed: 1, customers });
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) throw new Error(`set-up failed: ${result.error.code} ${result.error.message}`);
  return {
    language,
    customers,
    rows: result.value.tables.reduce((sum, table) => sum + table.rowsWritten, 0),
    seconds,
    syncs: emulator.stats.syncs,
    largestRequestBytes: emulator.stats.largestRequestBytes(),
  };
}

export function setupTable(figures: readonly SetupFigures[]): string {
  return [
    "| language | sample customers | rows written (all tables) | seconds | rows / s | syncs | largest request |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...figures.map(
      (f) =>
        `| ${f.language} | ${f.customers.toLocaleString("en")} | ${f.rows.toLocaleString("en")} | ${f.seconds.toFixed(1)} | ` +
        `${Math.round(f.rows / f.seconds).toLocaleString("en")} | ${f.syncs} | ${(f.largestRequestBytes / 1024).toFixed(0)} KiB |`,
    ),
  ].join("\n");
}

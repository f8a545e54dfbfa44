/**
 * The `recorder` section of `npm run bench` (issue #15): what the deal recorder costs in requests on
 * a workbook of 100,000 deals (with 300,000 DealHistory rows) in the emulator's web profile, where
 * a request or response over 5 MB fails. Three runs, as they happen in Excel:
 * - seeding: recording turned on, the snapshot written from every deal;
 * - a paste of new amounts over 500 deals, recorded live from the change event's rows;
 * - the load after 500 deals changed elsewhere (another computer), reconciled over the whole table.
 * Building the workbook is not timed; each run is timed once (syncs and bytes are what matter on
 * the web, and they do not vary between runs).
 */
import { recordDealChanges, reconcileDeals, type DealRecording } from "@excel/pipeline/history/recordDealChanges";
import { runExcelWith } from "@excel/runExcel";
import type { Emulator } from "@workbench/emulator";
import { createLargeWorkbook, LARGE_SIZES, largeToday } from "../tests/fixtures/largeWorkbook";

/** One recorder run's figures. */
export type RecorderFigures = {
  readonly run: string;
  readonly recorded: number;
  readonly ms: number;
  readonly syncs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly totalBytes: number;
};

/** Deals changed by the paste and by the other computer. */
const CHANGED = 500;

/** Adds 1 to the Amount of the first {@link CHANGED} deals, as a paste over them does. */
function changeAmounts(emulator: Emulator): void {
  const book = emulator.book;
  const headers = Array.from({ length: 30 }, (_, col) => book.getCell("Pipeline", 0, col).value);
  const amountAt = headers.indexOf("Amount");
  if (amountAt < 0) throw new Error("the large workbook's Deals table has no Amount column");
  const amounts = Array.from({ length: CHANGED }, (_, i) => [
    Number(book.getCell("Pipeline", i + 1, amountAt).value) + 1,
  ]);
  book.setValues("Pipeline", `${String.fromCharCode(65 + amountAt)}2`, amounts);
}

async function measure(
  emulator: Emulator,
  run: string,
  record: (context: Excel.RequestContext) => Promise<DealRecording>,
): Promise<RecorderFigures> {
  emulator.stats.reset();
  const started = performance.now();
  const result = await runExcelWith({ mergeUndo: false })(record);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`${run}: ${result.error.code}: ${result.error.message}`);
  const requests = emulator.stats.requests;
  return {
    run,
    recorded: result.value.recorded,
    ms,
    syncs: emulator.stats.syncs,
    largestRequestBytes: emulator.stats.largestRequestBytes(),
    largestResponseBytes: emulator.stats.largestResponseBytes(),
    totalBytes: requests.reduce((sum, r) => sum + r.bytes + (r.responseBytes ?? 0), 0),
  };
}

/**
 * Builds the large workbook and measures the recorder's three runs on it.
 *
 * @param log - progress lines (stderr)
 */
export async function runRecorderBench(log: (line: string) => void): Promise<RecorderFigures[]> {
  log(`Building a workbook of ${LARGE_SIZES.deals} deals for the recorder (not timed)…`);
  const emulator = createLargeWorkbook({ platform: "web" });
  emulator.install();
  const today = largeToday;
  const figures: RecorderFigures[] = [];
  const seeding = await measure(emulator, "turn recording on: seed the snapshot from every deal", (context) =>
    reconcileDeals(context, { today }),
  );
  figures.push(seeding);
  log(`  seeding: ${(seeding.ms / 1000).toFixed(1)} s, ${seeding.syncs} syncs`);

  changeAmounts(emulator);
  const live = await measure(emulator, `a paste over ${CHANGED} deals' amounts, recorded live`, (context) =>
    recordDealChanges(context, { rows: { first: 0, count: CHANGED }, today }),
  );
  figures.push(live);
  log(`  live paste: ${(live.ms / 1000).toFixed(1)} s, ${live.syncs} syncs, ${live.recorded} recorded`);

  changeAmounts(emulator);
  const reconciled = await measure(
    emulator,
    `on load: ${CHANGED} deals changed elsewhere, reconciled over all deals`,
    (context) => reconcileDeals(context, { today }),
  );
  figures.push(reconciled);
  log(
    `  reconcile: ${(reconciled.ms / 1000).toFixed(1)} s, ${reconciled.syncs} syncs, ${reconciled.recorded} recorded`,
  );
  for (const f of [live, reconciled])
    if (f.recorded !== CHANGED) throw new Error(`${f.run}: recorded ${f.recorded}, expected ${CHANGED}`);
  return figures;
}

/** The figures as a markdown table. */
export function recorderTable(figures: readonly RecorderFigures[]): string {
  const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en")} KiB`;
  return [
    "| run | history rows added | time | syncs | largest request | largest response | all requests and responses |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...figures.map(
      (f) =>
        `| ${f.run} | ${f.recorded.toLocaleString("en")} | ${(f.ms / 1000).toFixed(1)} s | ${f.syncs} | ` +
        `${kib(f.largestRequestBytes)} | ${kib(f.largestResponseBytes)} | ${(f.totalBytes / 2 ** 20).toFixed(1)} MiB |`,
    ),
  ].join("\n");
}

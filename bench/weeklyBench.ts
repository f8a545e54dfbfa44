/**
 * The `weekly` section of `npm run bench` (issue #18): writing the weekly sheet (周报) on a workbook
 * of 100,000 customers, 100,000 deals and 500,000 activities in the emulator's web profile, where a
 * request or response over 5 MB fails: the read of the Weekly area's tables, then the sheet — its
 * cells are formulas, not data, so its requests stay small at any number of rows. Building the
 * workbook is not timed; the write runs once (syncs and bytes are what matter on the web).
 */
import { lastWeek } from "@core/weekly/week";
import { writeWeeklySheet } from "@excel/weekly/writeWeeklySheet";
import { createLargeWorkbook, LARGE_SIZES, largeToday } from "../tests/fixtures/largeWorkbook";

/** What writing the weekly sheet measured. */
export type WeeklyFigures = {
  readonly ms: number;
  readonly syncs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly totalBytes: number;
};

/**
 * Builds the large workbook and writes last week's sheet for everyone on it.
 *
 * @param log - progress lines (stderr)
 */
export async function runWeeklyBench(log: (line: string) => void): Promise<WeeklyFigures> {
  const { customers, deals, activities } = LARGE_SIZES;
  log(`Building a workbook of ${customers} customers, ${deals} deals, ${activities} activities (not timed)…`);
  const emulator = createLargeWorkbook({ platform: "web" });
  emulator.install();
  emulator.stats.reset();
  const started = performance.now();
  const result = await writeWeeklySheet({ week: lastWeek(largeToday), team: null, replace: false, today: largeToday });
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`weekly sheet: ${result.error.code}: ${result.error.message}`);
  if (result.value.kind !== "written") throw new Error(`weekly sheet: ${result.value.kind}`);
  const requests = emulator.stats.requests;
  log(`  weekly sheet: ${(ms / 1000).toFixed(1)} s, ${emulator.stats.syncs} syncs`);
  return {
    ms,
    syncs: emulator.stats.syncs,
    largestRequestBytes: emulator.stats.largestRequestBytes(),
    largestResponseBytes: emulator.stats.largestResponseBytes(),
    totalBytes: requests.reduce((sum, r) => sum + r.bytes + (r.responseBytes ?? 0), 0),
  };
}

/** The figures as a markdown table. */
export function weeklyTable(figures: WeeklyFigures): string {
  const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en")} KiB`;
  return [
    "| write | time | syncs | largest request | largest response | all requests and responses |",
    "|---|---:|---:|---:|---:|---:|",
    `| last week's sheet, everyone | ${(figures.ms / 1000).toFixed(1)} s | ${figures.syncs} | ` +
      `${kib(figures.largestRequestBytes)} | ${kib(figures.largestResponseBytes)} | ` +
      `${(figures.totalBytes / 2 ** 20).toFixed(1)} MiB |`,
  ].join("\n");
}

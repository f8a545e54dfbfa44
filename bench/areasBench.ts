/**
 * The `areas` section of `npm run bench` (issue #13): every pane area's read of the workbook, as
 * the pane calls it, on a workbook of 100,000 customers, 100,000 deals and 500,000 activities in
 * the emulator's web profile (a response over 5 MB would fail, as in Excel on the web), and the
 * Import area's source, a 100,000-row sheet. Per area: read time, syncs and the largest response.
 * Building the workbook is set-up and is not timed; each read runs once (a read at this size
 * takes seconds, and it is the syncs and responses that matter on the web).
 */
import { readSheetBlock } from "@excel/import/readImportSource";
import { createEmulator } from "@workbench/emulator";
import { areaReads, measureRead, type ReadFigures } from "../tests/fixtures/areaReads";
import { addCustomerList, createLargeWorkbook, LARGE_SIZES } from "../tests/fixtures/largeWorkbook";

/** One area's figures. */
export type AreaFigures = ReadFigures & { readonly area: string; readonly tables: string };

/** Rows of the Import area's source list. */
const LIST_ROWS = 100_000;

/**
 * Builds the large workbook and measures each area's read on it, then the Import source.
 *
 * @param log - progress lines (stderr)
 */
export async function runAreasBench(log: (line: string) => void): Promise<AreaFigures[]> {
  const { customers, deals, activities } = LARGE_SIZES;
  log(`Building a workbook of ${customers} customers, ${deals} deals, ${activities} activities (not timed)…`);
  const emulator = createLargeWorkbook({ platform: "web" });
  emulator.install();
  const figures: AreaFigures[] = [];
  for (const { area, tables, read } of areaReads) {
    const { figures: measured } = await measureRead(emulator, read);
    figures.push({ area, tables, ...measured });
    log(`  ${area}: ${(measured.ms / 1000).toFixed(1)} s, ${measured.syncs} syncs`);
  }

  const source = createEmulator({ platform: "web" });
  source.install();
  addCustomerList(source, "List", LIST_ROWS);
  const { figures: measured } = await measureRead(source, () => readSheetBlock("List"));
  figures.push({
    area: "Import (source)",
    tables: `a ${LIST_ROWS.toLocaleString("en")}-row list of 7 columns: values, formulas, number formats`,
    ...measured,
  });
  log(`  Import (source): ${(measured.ms / 1000).toFixed(1)} s, ${measured.syncs} syncs`);
  return figures;
}

/** The figures as a markdown table. */
export function areasTable(figures: readonly AreaFigures[]): string {
  const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en")} KiB`;
  return [
    "| area | what it reads | read time | syncs | largest response | all responses |",
    "|---|---|---:|---:|---:|---:|",
    ...figures.map(
      (f) =>
        `| ${f.area} | ${f.tables} | ${(f.ms / 1000).toFixed(1)} s | ${f.syncs} | ${kib(f.largestResponseBytes)} | ` +
        `${(f.totalResponseBytes / 2 ** 20).toFixed(1)} MiB |`,
    ),
  ].join("\n");
}

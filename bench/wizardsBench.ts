/**
 * The import wizard's speed in the emulator: a customer list of N rows in a sheet is read, planned
 * (header detection, mapping, validation, layout in core) and written as a new Customers table
 * with its NextContact formula column, through the same functions the pane calls. Filling the
 * source sheet is set-up of the measurement and is not timed.
 *
 * `benchImportWizard(rows)` is what `npm run bench` calls; run this file alone with
 * `npx tsx bench/wizardsBench.ts [--write]` to print (and with --write record) only these figures
 * between the `<!-- bench:wizards:begin -->` and `<!-- bench:wizards:end -->` markers of
 * docs/BENCHMARKS.md.
 */
import * as prettier from "prettier";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { detectHeaderRow } from "@core/import/detectHeaderRow";
import { planImport } from "@core/import/planImport";
import { proposeMapping } from "@core/import/proposeMapping";
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import { readSheetBlock } from "@excel/import/readImportSource";
import { writeImport } from "@excel/import/writeImport";
import { createEmulator } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";

/** What one import run measured. */
export type ImportWizardFigures = {
  readonly rows: number;
  /** Rows per second over read + plan + write. */
  readonly rowsPerSecond: number;
  /** context.sync() calls of the run (reads, the writer's check, one per chunk, the finish). */
  readonly syncs: number;
  /** The largest single request, in bytes (UTF-8 JSON of its commands). */
  readonly largestRequestBytes: number;
  readonly seconds: number;
};

const tiers = ["A", "B", "C"];

/** A messy customer list: Chinese headers, text dates in two styles, phones as numbers and text. */
function customerList(rows: number): (string | number)[][] {
  const list: (string | number)[][] = [["客户名称", "联系人", "电话", "客户等级", "最近联系", "负责人", "备注"]];
  for (let i = 0; i < rows; i++) {
    const day = (i % 28) + 1;
    list.push([
      `客户${i}科技有限公司`,
      `联系人${i % 997}`,
      i % 2 === 0 ? 13800000000 + i : `139-${String(i).padStart(8, "0")}`,
      tiers[i % 3],
      i % 3 === 0 ? `2024/3/${day}` : `${day}.3.2024`,
      `销售${i % 8}`,
      i % 50 === 0 ? '\'=HYPERLINK("x")' : `备注 ${i}`,
    ]);
  }
  return list;
}

/**
 * Converts a list of `rows` customers into a new Customers table in a fresh emulator and measures
 * it: rows per second, syncs and the largest request.
 *
 * @param rows - the list's data rows (10^4 and 10^5 in docs/BENCHMARKS.md)
 */
export async function benchImportWizard(rows: number): Promise<ImportWizardFigures> {
  const emulator = createEmulator({ functions: await loadSalesFunctionsFromSource() });
  emulator.install();
  emulator.book.setValues("Sheet1", "A1", customerList(rows));
  const syncsBefore = emulator.stats.syncs;
  const requestsBefore = emulator.stats.requests.length;
  const started = performance.now();

  const block = await readSheetBlock("Sheet1");
  const workbook = await readImportWorkbook();
  if (!block.ok || !workbook.ok) throw new Error("reading the source failed");
  const { headerRow } = detectHeaderRow(block.value.values);
  const plan = planImport({
    source: { ...block.value, kind: "range" },
    headerRow,
    mapping: proposeMapping(block.value.values[headerRow], "Customers"),
    target: "Customers",
    mode: "new-sheet",
    language: "zh-CN",
  });
  const written = await writeImport({ target: "Customers", layout: plan.layout, sheetName: "客户档案" });
  if (!written.ok || written.value.done !== rows) throw new Error(`the write failed: ${JSON.stringify(written)}`);

  const seconds = (performance.now() - started) / 1000;
  const requests = emulator.stats.requests.slice(requestsBefore);
  return {
    rows,
    rowsPerSecond: Math.round(rows / seconds),
    syncs: emulator.stats.syncs - syncsBefore,
    largestRequestBytes: Math.max(0, ...requests.map((request) => request.bytes)),
    seconds: Math.round(seconds * 10) / 10,
  };
}

/** The figures as a markdown table. */
export function wizardsTable(figures: readonly ImportWizardFigures[]): string {
  const lines = [
    "| rows | rows / s | seconds | syncs | largest request |",
    "|---:|---:|---:|---:|---:|",
    ...figures.map(
      (f) =>
        `| ${f.rows.toLocaleString("en-US")} | ${f.rowsPerSecond.toLocaleString("en-US")} | ${f.seconds} | ${f.syncs} | ${(f.largestRequestBytes / 1024).toFixed(0)} KiB |`,
    ),
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const figures = [await benchImportWizard(10_000), await benchImportWizard(100_000)];
  const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}`;
  const report = [
    "### Import wizard (convert a customer list to a new Customers table, in the emulator)",
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}; read + plan + write, source filling not timed.`,
    "",
    wizardsTable(figures),
  ].join("\n");
  process.stdout.write(report + "\n");
  if (process.argv.includes("--write")) {
    const file = path.join(__dirname, "..", "docs", "BENCHMARKS.md");
    const begin = "<!-- bench:wizards:begin -->";
    const end = "<!-- bench:wizards:end -->";
    const doc = readFileSync(file, "utf8");
    const from = doc.indexOf(begin);
    const to = doc.indexOf(end);
    const next =
      from >= 0 && to > from
        ? doc.slice(0, from + begin.length) + "\n" + report + "\n" + doc.slice(to)
        : `${doc.trimEnd()}\n\n${begin}\n${report}\n${end}\n`;
    // Formatted as `npm run lint` checks it (prettier --check).
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(next, { ...options, filepath: file }));
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}

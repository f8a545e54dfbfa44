/**
 * `npm run bench`: prints the speed figures (markdown tables). `npm run bench -- --write` also
 * replaces the generated parts of docs/BENCHMARKS.md, stamped with the machine, the load and the
 * date: the functions, pane summaries and set-up between `<!-- bench:begin -->` and
 * `<!-- bench:end -->`, the import wizard in its own `<!-- bench:wizards:… -->` section.
 *
 * Flags:
 * - `--rows N`: rows for the SALES functions and their tight loops (default 10^6)
 * - `--hf-rows N`: rows for HyperFormula's one-cell built-ins (default 10^5; 0 skips HyperFormula)
 * - `--hf-per-row-rows N`: rows for HyperFormula's per-row formulas, O(n²) (default 1,000)
 * - `--runs N`: timed runs per measurement, the median is kept (default 7)
 * - `--hf-runs N`: timed runs per HyperFormula measurement (default 3)
 * - `--customers N`: customers for the Customers summaries (default 10^4)
 * - `--deals N`: deals for the Pipeline view (default 10^5)
 * - `--setup-customers N,M`: sample customers for the set-up runs (default 300, what the pane
 *   writes, and 5000, a large sample of about 12,000 rows)
 * - `--import-rows N,M`: list sizes for the import wizard (default 10000,100000; it runs in the
 *   emulator's formula engine, so 10^5 rows take about half a minute)
 * - `--pane-runs N`: page loads timed for the pane's first render (default 5)
 * - `--only functions,views,wizards,areas,recorder,weekly,pane`: run only the named sections (default: all);
 *   `areas` is every pane area's read on 100,000 customers, 100,000 deals and 500,000 activities
 *   in the emulator's web profile (building that workbook takes a minute or two); `recorder` is
 *   the deal recorder's runs on the same workbook (seeding, a 500-row paste, a reconcile on load);
 *   `pane` builds production
 *   and records the bundle sizes and the pane's time to first render in headless Chromium, written
 *   between `<!-- bench:pane:begin -->` and `<!-- bench:pane:end -->`
 */
import * as prettier from "prettier";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { installCustomFunctionsRuntime } from "@workbench/emulator/customFunctionsRuntime";
import { functionTable, runFunctionBench } from "./functionsBench";
import { machineLine } from "./machine";
import { benchSetUp, setupTable } from "./setupBench";
import { runViewsBench, viewsTable } from "./viewsBench";
import { areasTable, runAreasBench } from "./areasBench";
import { benchImportWizard, wizardsTable } from "./wizardsBench";
import { runWeeklyBench, weeklyTable } from "./weeklyBench";
import { recorderTable, runRecorderBench } from "./recorderBench";
import { paneTable, runPaneBench } from "./paneBench";

const args = process.argv.slice(2);
function flag(name: string): string | undefined {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
}
function numberFlag(name: string, fallback: number): number {
  const text = flag(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number, not ${text}`);
  return value;
}
const rows = numberFlag("--rows", 1_000_000);
const runs = numberFlag("--runs", 7);
const hfRows = numberFlag("--hf-rows", 100_000);
const hfPerRowRows = numberFlag("--hf-per-row-rows", 1_000);
const hfRuns = numberFlag("--hf-runs", 3);
const customers = numberFlag("--customers", 10_000);
const deals = numberFlag("--deals", 100_000);
/** A flag's comma-separated list of whole numbers above 0. */
function sizesFlag(name: string, fallback: string): number[] {
  const sizes = (flag(name) ?? fallback).split(",").map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`${name} takes whole numbers, e.g. ${fallback}`);
  return sizes;
}
const setupCustomers = sizesFlag("--setup-customers", "300,5000");
const importRows = sizesFlag("--import-rows", "10000,100000");
const paneRuns = numberFlag("--pane-runs", 5);
const SECTIONS = ["functions", "views", "wizards", "areas", "recorder", "weekly", "pane"] as const;
const only = (flag("--only") ?? SECTIONS.join(",")).split(",");
for (const name of only) {
  if (!(SECTIONS as readonly string[]).includes(name))
    throw new Error(`--only takes ${SECTIONS.join(", ")}, not ${name}`);
}
const write = args.includes("--write");
const log = (line: string) => process.stderr.write(line + "\n");

/** Replaces the text between two markers of docs/BENCHMARKS.md. */
async function writeBetween(begin: string, end: string, text: string): Promise<void> {
  const file = path.join(__dirname, "..", "docs", "BENCHMARKS.md");
  const doc = readFileSync(file, "utf8");
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/BENCHMARKS.md lacks the ${begin} … ${end} markers`);
  const updated = doc.slice(0, from + begin.length) + "\n" + text + "\n" + doc.slice(to);
  // Formatted as `npm run lint` checks it (prettier --check), so a refresh never fails the lint.
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(updated, { ...options, filepath: file }));
  log(`docs/BENCHMARKS.md updated between ${begin} and ${end}`);
}

/**
 * Writes the sections run into the generated block of docs/BENCHMARKS.md: a section already there
 * (by its "### " title) is replaced, a new one added at the end, the others kept as they were.
 */
async function writeSections(sections: readonly { title: string; text: string }[]): Promise<void> {
  const begin = "<!-- bench:begin -->";
  const doc = readFileSync(path.join(__dirname, "..", "docs", "BENCHMARKS.md"), "utf8");
  const block = doc.slice(doc.indexOf(begin) + begin.length, doc.indexOf("<!-- bench:end -->"));
  const kept = new Map(
    block
      .split(/^### /m)
      .slice(1)
      .map((part) => {
        const title = part.slice(0, part.indexOf("\n")).trim();
        return [title, part.slice(part.indexOf("\n")).trim()] as const;
      }),
  );
  for (const { title, text } of sections) kept.set(title, text);
  const text = [...kept].map(([title, body]) => `### ${title}\n\n${body}`).join("\n\n");
  await writeBetween(begin, "<!-- bench:end -->", text);
}

async function main(): Promise<void> {
  installCustomFunctionsRuntime();
  const loadBefore = os.loadavg()[0];
  // Each section carries its own stamp, so a run of some sections (--only) keeps the others'.
  const sections: { title: string; text: string }[] = [];
  const add = (title: string, text: string) => sections.push({ title, text: `${machineLine(loadBefore)}\n\n${text}` });
  if (only.includes("functions")) {
    const figures = runFunctionBench({ rows, runs, hfRows, hfPerRowRows, hfRuns }, log);
    add("SALES functions", functionTable(figures, rows));
  }
  if (only.includes("views")) {
    add("Pane summaries", viewsTable(runViewsBench(customers, deals, runs, log)));
  }
  let importReport: string | undefined;
  if (only.includes("wizards")) {
    const setups = [];
    for (const n of setupCustomers) {
      log(`Set-up with ${n.toLocaleString("en")} sample customers in the emulator…`);
      setups.push(await benchSetUp(n, "en-US"));
    }
    add(
      "Set up (a new workbook with sample data, in the emulator)",
      "The real writer (`setUpWorkbook`) into the emulator with the SALES functions registered, " +
        "so the formula columns are computed as rows land.\n\n" +
        setupTable(setups),
    );
    const figures = [];
    for (const n of importRows) {
      log(`Import wizard with ${n.toLocaleString("en")} rows in the emulator…`);
      figures.push(await benchImportWizard(n));
    }
    importReport = [
      "### Import wizard (convert a customer list to a new Customers table, in the emulator)",
      "",
      `${machineLine(loadBefore)} Read + plan + write, source filling not timed.`,
      "",
      wizardsTable(figures),
    ].join("\n");
  }

  if (only.includes("areas")) {
    add(
      "Pane areas' reads at scale (web profile, in the emulator)",
      "Each area's read as the pane calls it, on 100,000 customers, 100,000 deals and 500,000 " +
        "activities (`tests/fixtures/largeWorkbook.ts`), in the emulator's web profile, where a " +
        "response over 5 MB fails; one run each.\n\n" +
        areasTable(await runAreasBench(log)),
    );
  }
  if (only.includes("recorder")) {
    add(
      "Deal recorder at scale (web profile, in the emulator)",
      "The recorder's runs (`recordDealChanges`) on 100,000 deals with 300,000 DealHistory rows, in " +
        "the emulator's web profile, where a request or response over 5 MB fails; one run each.\n\n" +
        recorderTable(await runRecorderBench(log)),
    );
  }

  if (only.includes("weekly")) {
    add(
      "Weekly sheet at scale (web profile, in the emulator)",
      "Writing last week's sheet for everyone (`writeWeeklySheet`: the Weekly area's read, then the " +
        "sheet's formulas, print layout and chart) on 100,000 customers, 100,000 deals and 500,000 " +
        "activities, in the emulator's web profile, where a request or response over 5 MB fails; one run.\n\n" +
        weeklyTable(await runWeeklyBench(log)),
    );
  }

  let paneReport: string | undefined;
  if (only.includes("pane")) {
    const figures = await runPaneBench(Math.max(1, paneRuns), log);
    paneReport = ["### Pane bundles and first render", "", machineLine(loadBefore), "", paneTable(figures)].join("\n");
  }

  const report = sections.map(({ title, text }) => `### ${title}\n\n${text}`).join("\n\n");
  if (sections.length > 0) process.stdout.write(report + "\n");
  if (paneReport) process.stdout.write("\n" + paneReport + "\n");
  if (importReport) process.stdout.write("\n" + importReport + "\n");
  if (write) {
    if (sections.length > 0) await writeSections(sections);
    if (importReport) await writeBetween("<!-- bench:wizards:begin -->", "<!-- bench:wizards:end -->", importReport);
    if (paneReport) await writeBetween("<!-- bench:pane:begin -->", "<!-- bench:pane:end -->", paneReport);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

/**
 * `npm run bench`: prints the speed figures (markdown tables). `npm run bench -- --write` also
 * replaces the generated part of docs/BENCHMARKS.md, stamped with the machine, the load and the date.
 *
 * Flags:
 * - `--rows N`: rows for the SALES functions and their tight loops (default 10^6)
 * - `--hf-rows N`: rows for HyperFormula's one-cell built-ins (default 10^5; 0 skips HyperFormula)
 * - `--hf-per-row-rows N`: rows for HyperFormula's per-row formulas, O(n²) (default 1,000)
 * - `--runs N`: timed runs per measurement, the median is kept (default 7)
 * - `--hf-runs N`: timed runs per HyperFormula measurement (default 3)
 * - `--customers N`: customers for the pane summaries (default 10^4; deals scale with them)
 * - `--only functions,views`: run only the named section(s), comma-separated
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { installCustomFunctionsRuntime } from "@workbench/emulator/customFunctionsRuntime";
import { functionTable, runFunctionBench } from "./functionsBench";
import { machineLine } from "./machine";
import { runViewsBench, viewsTable } from "./viewsBench";

installCustomFunctionsRuntime();

const args = process.argv.slice(2);
function numberFlag(name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number, not ${args[at + 1]}`);
  return value;
}
const rows = numberFlag("--rows", 1_000_000);
const runs = numberFlag("--runs", 7);
const hfRows = numberFlag("--hf-rows", 100_000);
const hfPerRowRows = numberFlag("--hf-per-row-rows", 1_000);
const hfRuns = numberFlag("--hf-runs", 3);
const onlyAt = args.indexOf("--only");
const customers = numberFlag("--customers", 10_000);
const SECTIONS = ["functions", "views"] as const;
const only = onlyAt >= 0 ? args[onlyAt + 1].split(",") : [...SECTIONS];
for (const name of only) {
  if (!(SECTIONS as readonly string[]).includes(name))
    throw new Error(`--only takes ${SECTIONS.join(", ")}, not ${name}`);
}
const write = args.includes("--write");
const log = (line: string) => process.stderr.write(line + "\n");

const loadBefore = os.loadavg()[0];
const sections: string[] = [];
if (only.includes("functions")) {
  const figures = runFunctionBench({ rows, runs, hfRows, hfPerRowRows, hfRuns }, log);
  sections.push("### SALES functions\n\n" + functionTable(figures, rows));
}
if (only.includes("views")) {
  sections.push("### Pane summaries\n\n" + viewsTable(runViewsBench(customers, runs, log)));
}

const report = [machineLine(loadBefore), "", ...sections].join("\n");
process.stdout.write(report + "\n");

if (write) {
  const file = path.join(__dirname, "..", "docs", "BENCHMARKS.md");
  const begin = "<!-- bench:begin -->";
  const end = "<!-- bench:end -->";
  const doc = readFileSync(file, "utf8");
  const from = doc.indexOf(begin);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/BENCHMARKS.md lacks the ${begin} … ${end} markers`);
  writeFileSync(file, doc.slice(0, from + begin.length) + "\n" + report + "\n" + doc.slice(to));
  log("docs/BENCHMARKS.md updated");
}

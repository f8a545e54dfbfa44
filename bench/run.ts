/**
 * `npm run bench`: prints the speed figures (markdown tables). `npm run bench -- --write` also
 * replaces the generated part of docs/BENCHMARKS.md, stamped with the machine and the date.
 * `--rows N` changes the function data size (default 10^6).
 */
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { installCustomFunctionsRuntime } from "@workbench/emulator/customFunctionsRuntime";
import { functionTable, runFunctionBench } from "./functionsBench";

installCustomFunctionsRuntime();

const args = process.argv.slice(2);
const rowsArg = args.indexOf("--rows");
const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 1_000_000;
const write = args.includes("--write");
const log = (line: string) => process.stderr.write(line + "\n");

const sections: string[] = [];
const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.`;

sections.push("### SALES functions\n\n" + functionTable(runFunctionBench(rows, log), rows));

const report = [stamp, "", ...sections].join("\n");
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

/** The line that says where and when the figures were measured: CPU, cores, Node, date and load. */
import { readFileSync } from "node:fs";
import os from "node:os";

/** The CPU model as /proc/cpuinfo names it (os.cpus() where there is no /proc). */
function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (match) return match[1].trim();
  } catch {
    // Not Linux: fall through.
  }
  return os.cpus()[0]?.model ?? "unknown CPU";
}

/**
 * @param loadBefore - the 1-minute load average when the run started
 * @example
 * machineLine(0.4) //=> "Measured 2026-11-28 on AMD EPYC, 2 cores, 24 GiB, Node v20.20.2 (linux); load average 0.40 at the start, 1.10 at the end."
 */
export function machineLine(loadBefore: number): string {
  const cores = os.cpus().length;
  const memory = Math.round(os.totalmem() / 2 ** 30);
  const loadAfter = os.loadavg()[0];
  return (
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpuModel()}, ${cores} cores, ${memory} GiB, ` +
    `Node ${process.version} (${os.platform()}); load average ${loadBefore.toFixed(2)} at the start, ` +
    `${loadAfter.toFixed(2)} at the end (on ${cores} cores).`
  );
}

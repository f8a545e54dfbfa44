/** Timing helpers for the benchmarks: medians of repeated runs, in milliseconds. */
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
/**
 * A full garbage collection, run (untimed) before each timed run so that one run's garbage, or
 * the setup's, is not collected on the next run's clock.
 */
export const collectGarbage = vm.runInNewContext("gc") as () => void;

/** Runs `fn` `runs` times (after one warm-up, each after a full garbage collection) and returns the median wall time in ms. */
export function medianMs(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A seeded PRNG (mulberry32) so every run benchmarks the same data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Formats milliseconds for a table cell. */
export function ms(value: number | undefined): string {
  if (value === undefined) return "n/a";
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}

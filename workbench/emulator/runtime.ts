/**
 * What every request context of one emulator shares: the workbook, the statistics, the request
 * size limit and the scheduled sync failures.
 */
import type { EmulatorStats } from "./instrumentation";
import type { Workbook } from "./workbook";

/** A failure scheduled with `failSync`. */
export type ScheduledFailure = { code: string; message: string };

/** Shared emulator state. */
export type EmulatorRuntime = {
  book: Workbook;
  stats: EmulatorStats;
  requestLimitBytes: number;
  /** Called once per sync: the failure scheduled for this sync, if any. */
  takeSyncFailure(): ScheduledFailure | null;
};

/** A failure schedule: `schedule(n)` makes the n-th sync from now fail. */
export function createFailureSchedule(): { schedule(n: number, failure: ScheduledFailure): void; take(): ScheduledFailure | null } {
  const pending: { countdown: number; failure: ScheduledFailure }[] = [];
  return {
    schedule(n, failure) {
      if (!Number.isInteger(n) || n < 1) throw new Error("failSync(n): n is 1 for the next sync, 2 for the one after …");
      pending.push({ countdown: n, failure });
    },
    take() {
      let hit: ScheduledFailure | null = null;
      for (const p of pending) {
        p.countdown--;
        if (p.countdown === 0 && !hit) hit = p.failure;
      }
      for (let i = pending.length - 1; i >= 0; i--) if (pending[i].countdown <= 0) pending.splice(i, 1);
      return hit;
    },
  };
}

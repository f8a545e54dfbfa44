/**
 * The request store: what happens to a request between `context.sync()` and the workbook. It
 * counts every sync and measures every request (UTF-8 JSON of the queued commands), fails the
 * syncs a test scheduled with `failSync`, and refuses a request over the payload limit — all
 * before a command is applied. Shared by every request context of one emulator, unlike the
 * workbook stores. Limits of Excel's platforms (request and response sizes) belong here.
 */
import { DEFAULT_REQUEST_LIMIT_BYTES, type EmulatorStats, utf8Length } from "../instrumentation";
import { OfficeExtensionError } from "../officeError";

/** A failure scheduled with `failSync`. */
export type ScheduledFailure = { code: string; message: string };

/** A command as it is sent: its operation, its target's path and its arguments. */
export type SentCommand = { op: string; target: string; args?: unknown };

/** Sync counting, request sizes, the payload limit and scheduled failures. */
export class RequestStore {
  private readonly pending: { countdown: number; failure: ScheduledFailure }[] = [];

  constructor(
    readonly stats: EmulatorStats,
    readonly limitBytes: number = DEFAULT_REQUEST_LIMIT_BYTES,
  ) {}

  /** Makes the n-th sync from now (1 = the next) fail without applying its commands. */
  scheduleFailure(n: number, failure: ScheduledFailure): void {
    if (!Number.isInteger(n) || n < 1) throw new Error("failSync(n): n is 1 for the next sync, 2 for the one after …");
    this.pending.push({ countdown: n, failure });
  }

  /** Counts a sync and records its request; returns the request's size in bytes. */
  record(commands: readonly SentCommand[]): number {
    this.stats.syncs++;
    const payload = JSON.stringify(
      commands.map((c) =>
        c.args === undefined ? { op: c.op, target: c.target } : { op: c.op, target: c.target, args: c.args },
      ),
    );
    const bytes = utf8Length(payload);
    this.stats.requests.push({ bytes, commands: commands.length, responseBytes: 0 });
    return bytes;
  }

  /** Records the size of the last request's response (the loaded values it filled in). */
  recordResponse(bytes: number): void {
    const last = this.stats.requests[this.stats.requests.length - 1];
    if (last) last.responseBytes = bytes;
  }

  /** Lets a recorded request through to the workbook, or throws: a scheduled failure first, then the payload limit. */
  admit(bytes: number): void {
    const failure = this.takeFailure();
    if (failure) throw new OfficeExtensionError(failure.code, failure.message);
    if (bytes > this.limitBytes)
      throw new OfficeExtensionError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload (${bytes} bytes) exceeds the limit of ${this.limitBytes} bytes.`,
      );
  }

  /** Called once per sync: counts every schedule down, and returns the failure due now, if any. */
  private takeFailure(): ScheduledFailure | null {
    let hit: ScheduledFailure | null = null;
    for (const p of this.pending) {
      p.countdown--;
      if (p.countdown === 0 && !hit) hit = p.failure;
    }
    for (let i = this.pending.length - 1; i >= 0; i--) if (this.pending[i].countdown <= 0) this.pending.splice(i, 1);
    return hit;
  }
}

/**
 * The request store: what happens to a request between `context.sync()` and the workbook. It
 * counts every sync and measures every request (UTF-8 JSON of the queued commands), fails the
 * syncs a test scheduled with `failSync`, and refuses a request over the payload limit — all
 * before a command is applied, and runs the edits a test scheduled with `scheduleEdit` (the user
 * changing the grid while the add-in waits between two requests). After the commands ran it
 * measures the response (UTF-8 JSON of every value the sync loaded) and refuses one over the same
 * limit, as Excel on the web does ("a payload size limit for requests and responses of 5MB",
 * resource-limits-and-performance-optimization). Shared by every request context of one
 * emulator, unlike the workbook stores.
 */
import { DEFAULT_REQUEST_LIMIT_BYTES, type EmulatorStats, utf8Length } from "../instrumentation";
import { OfficeExtensionError } from "../officeError";

/** A failure scheduled with `failSync`. */
export type ScheduledFailure = { code: string; message: string };

/** A command as it is sent: its operation, its target's path and its arguments. */
export type SentCommand = { op: string; target: string; args?: unknown };

/** Sync counting, request and response sizes, the payload limit and scheduled failures. */
export class RequestStore {
  private readonly pending: { countdown: number; failure: ScheduledFailure }[] = [];
  private readonly edits: { countdown: number; edit: () => void }[] = [];

  /**
   * @param limitBytes the payload limit of each request and each response; null for none (desktop
   * Excel has none: both errors "only occur in Office on the web")
   */
  constructor(
    readonly stats: EmulatorStats,
    public limitBytes: number | null = DEFAULT_REQUEST_LIMIT_BYTES,
    private readonly modes: { readonly limitResponses: boolean } = { limitResponses: true },
  ) {}

  /** Makes the n-th sync from now (1 = the next) fail without applying its commands. */
  scheduleFailure(n: number, failure: ScheduledFailure): void {
    if (!Number.isInteger(n) || n < 1) throw new Error("failSync(n): n is 1 for the next sync, 2 for the one after …");
    this.pending.push({ countdown: n, failure });
  }

  /**
   * Runs `edit` just before the n-th sync from now (1 = the next) reaches the workbook, as a user's
   * edit made between the add-in's requests would: after the previous request, before this one.
   */
  scheduleEdit(n: number, edit: () => void): void {
    if (!Number.isInteger(n) || n < 1)
      throw new Error("scheduleEdit(n): n is 1 for the next sync, 2 for the one after …");
    this.edits.push({ countdown: n, edit });
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

  /** Lets a recorded request through to the workbook, or throws: a scheduled failure first, then the payload limit. */
  admit(bytes: number): void {
    for (const due of this.edits.filter((e) => --e.countdown === 0)) due.edit();
    this.edits.splice(0, this.edits.length, ...this.edits.filter((e) => e.countdown > 0));
    const failure = this.takeFailure();
    if (failure) throw new OfficeExtensionError(failure.code, failure.message);
    if (this.limitBytes !== null && bytes > this.limitBytes)
      throw new OfficeExtensionError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${bytes} bytes, the limit is ${this.limitBytes}).`,
      );
  }

  /**
   * Measures what a sync returns (the JSON of every loaded value) against the limit. The commands
   * have run by then, as in Excel, whose response is built after the batch; the add-in gets the
   * error instead of the values.
   */
  admitResponse(values: readonly unknown[]): void {
    const bytes = values.length === 0 ? 0 : utf8Length(JSON.stringify(values));
    const record = this.stats.requests[this.stats.requests.length - 1];
    if (record) record.responseBytes = bytes;
    if (this.modes.limitResponses && this.limitBytes !== null && bytes > this.limitBytes)
      throw new OfficeExtensionError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${bytes} bytes, the limit is ${this.limitBytes}). Load fewer rows or columns per sync.`,
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

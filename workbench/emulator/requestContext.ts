/**
 * `Excel.RequestContext`: the queue of commands that proxies record and `sync()` sends. Like
 * Office, nothing reaches the workbook before `sync()`: writes, object look-ups and loads are
 * applied in order at sync, and loaded values are filled in then. A sync that fails before it
 * reaches Excel (a scheduled failure, a request over the size limit) applies none of its
 * commands; a command that fails in Excel stops the sync there, with the commands before it
 * applied, as Excel does. Counting, limits and scheduled failures are the request store's
 * (stores/requests.ts): the request is measured before it is applied, the response (every value
 * the loads filled in) after. A request ends any `suspendApiCalculationUntilNextSync` and the
 * `#BUSY!` window it opened (stores/calculation.ts).
 */
import { CommandError, OfficeExtensionError } from "./officeError";
import { requireApi } from "./apiRequirements";
import { isSetSupportedBy } from "./profiles";
import type { EmulatorRuntime } from "./runtime";
import { isEdit, type UndoGroup } from "./stores/undo";
import { WorkbookProxy } from "./proxies/workbookProxy";

/**
 * One queued command: what is sent (op, target, args), the API it uses ("Class.member", checked
 * against the profile's requirement sets at sync) and how the emulator applies it.
 */
export type Command = { op: string; target: string; args?: unknown; api?: string; apply: () => void };

/** The request context of one `Excel.run`. */
export class RequestContext {
  readonly workbook: WorkbookProxy;
  /** Tracked objects survive across runs in Office; in the emulator every proxy already does. */
  readonly trackedObjects = { add: (_obj: unknown): void => undefined, remove: (_obj: unknown): void => undefined };
  private queue: Command[] = [];
  /** What the current sync returns: one entry per load, measured against the response limit. */
  private responses: unknown[] = [];

  /** This run's undo group: merged when `Excel.run` asked for `mergeUndoGroup` and the host has ExcelApi 1.20. */
  readonly undoGroup: UndoGroup;

  constructor(
    readonly runtime: EmulatorRuntime,
    options: { mergeUndoGroup?: boolean } = {},
  ) {
    this.workbook = new WorkbookProxy(this);
    const merged = options.mergeUndoGroup === true && isSetSupportedBy(runtime.profile, "ExcelApi", "1.20");
    this.undoGroup = { merged, recorded: false };
  }

  /** The application object (`context.application` is an alias of `context.workbook.application`). */
  get application(): WorkbookProxy["application"] {
    return this.workbook.application;
  }

  /** Queues a command (proxies call this). */
  enqueue(command: Command): void {
    this.queue.push(command);
  }

  /** Adds a loaded value to the current sync's response (proxies call this when a load is applied). */
  respond(value: unknown): void {
    this.responses.push(value);
  }

  /** Number of commands waiting for the next sync. */
  get pendingCommands(): number {
    return this.queue.length;
  }

  /** Sends the queued commands: applies them, fills loaded properties, counts the request. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const commands = this.queue;
    this.queue = [];
    const { requests, book, undo, profile } = this.runtime;
    const bytes = requests.record(commands);
    // A round trip is asynchronous in Office; code that forgets to await must not see results.
    await Promise.resolve();
    requests.admit(bytes);
    this.responses = [];
    book.stores.calculation.beginRequest();
    let edited = false;
    try {
      // What a request changes is the add-in's own change (triggerSource "ThisLocalAddin").
      book.stores.events.as("addin", () =>
        book.bulk(() => {
          for (const command of commands) {
            try {
              if (command.api) requireApi(profile, command.api);
              if (isEdit(command.op)) undo.check(this.undoGroup, command.api, profile.name);
              command.apply();
              edited ||= isEdit(command.op);
            } catch (e) {
              if (e instanceof OfficeExtensionError) throw e;
              if (e instanceof CommandError)
                throw new OfficeExtensionError(e.code, e.message, command.target, command.op);
              throw new OfficeExtensionError(
                "GeneralException",
                e instanceof Error ? e.message : String(e),
                command.target,
                command.op,
              );
            }
          }
        }),
      );
    } finally {
      book.stores.calculation.endRequest();
      // Commands applied before a failing one stay applied, so they are on the undo stack too.
      if (edited) undo.record(this.undoGroup);
    }
    const responses = this.responses;
    this.responses = [];
    requests.admitResponse(responses);
    return passThroughValue as T;
  }
}

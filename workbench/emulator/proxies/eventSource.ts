/**
 * `OfficeExtension.EventHandlers`: `add(handler)` registers at the next sync and returns an
 * `EventHandlerResult` whose `remove()` unregisters at the sync after. Handlers run
 * asynchronously, after the change that caused them, as Office delivers events.
 */
import type { RequestContext } from "../requestContext";

/** A registered handler. */
export type EventHandler<A> = (args: A) => Promise<unknown> | unknown;

/** What `add` returns. */
export class EventHandlerResult {
  constructor(
    readonly context: RequestContext,
    private readonly unregister: () => void,
    private readonly path: string,
  ) {}

  /** Queues removal of the handler. */
  remove(): void {
    this.context.enqueue({ op: "removeHandler", target: this.path, apply: this.unregister });
  }
}

/** An event of a proxy, connected to a workbook subscription. */
export class EventSource<A> {
  constructor(
    private readonly ctx: RequestContext,
    private readonly path: string,
    /** The event as API_REQUIREMENTS names it ("WorksheetCollection.onSelectionChanged"). */
    private readonly api: string,
    /** Subscribes to the workbook; calls `emit` with the event arguments, or not when they do not apply. */
    private readonly subscribe: (emit: (args: A) => void) => () => void,
  ) {}

  /** Registers a handler (at the next sync). */
  add(handler: EventHandler<A>): EventHandlerResult {
    let unsubscribe: (() => void) | null = null;
    this.ctx.enqueue({
      op: "addHandler",
      target: this.path,
      api: this.api,
      apply: () => {
        unsubscribe = this.subscribe((args) => {
          setTimeout(() => {
            void Promise.resolve(handler(args)).catch((e: unknown) => {
              // Office swallows handler rejections too, but a test should see them.
              console.error("Unhandled error in an Excel event handler:", e);
            });
          }, 0);
        });
      },
    });
    return new EventHandlerResult(this.ctx, () => unsubscribe?.(), this.path);
  }
}

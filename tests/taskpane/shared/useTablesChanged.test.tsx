/** @jest-environment jsdom */
import { act, render } from "@testing-library/react";
import type { ReactNode } from "react";
import type { TableName } from "@core/workbook/schema";
import type { TableChange } from "@excel/tableChanges";
import { CallLogContext, type CallInFlight, type CallLog } from "@taskpane/services/trackedService";
import { WorkbookServiceProvider, type WorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { TABLES_CHANGED_DELAY_MS, useTablesChanged } from "@taskpane/shared/useTablesChanged";
import { fakeService } from "../fakeWorkbookService";

type Probe = { tables: readonly TableName[]; reread: () => void; onFailure?: (failure: unknown) => void };

function Probe({ tables, reread, onFailure }: Probe) {
  const failure = useTablesChanged(tables, reread);
  if (failure) onFailure?.(failure);
  return null;
}

const change: TableChange = { table: "Deals", address: "B3", changeType: "RangeEdited", source: "Local" };

/** A service whose table subscription the test drives: `fire()` reports a change to every live handler. */
function subscriptions() {
  const handlers = new Set<(change: TableChange) => void>();
  const unsubscribed = jest.fn();
  const onTablesChanged = jest.fn<
    ReturnType<WorkbookService["onTablesChanged"]>,
    Parameters<WorkbookService["onTablesChanged"]>
  >(async (_tables, handler) => {
    handlers.add(handler);
    return {
      ok: true,
      value: async () => {
        handlers.delete(handler);
        unsubscribed();
        return { ok: true, value: undefined };
      },
    };
  });
  const service = fakeService({ onTablesChanged });
  const fire = () => act(() => handlers.forEach((handler) => handler(change)));
  return { service, fire, onTablesChanged, unsubscribed, handlers };
}

function mount(service: WorkbookService, ui: ReactNode, log: CallLog | null = null) {
  return render(
    <WorkbookServiceProvider service={service}>
      <CallLogContext.Provider value={log}>{ui}</CallLogContext.Provider>
    </WorkbookServiceProvider>,
  );
}

/** Lets resolved promises (the subscription, a finished write) run, without moving the clock. */
const settle = () => act(async () => undefined);

const advance = (ms: number) => act(() => jest.advanceTimersByTime(ms));

/** A call under way in the area's log, and the function that finishes it. */
function callUnderWay(log: CallLog, name: string): () => Promise<void> {
  let finish: () => void = () => undefined;
  const settled = new Promise<void>((resolve) => (finish = resolve));
  const entry: CallInFlight = { name, startedAt: new Date(), settled };
  log.inFlight.add(entry);
  void settled.then(() => log.inFlight.delete(entry));
  return async () => {
    finish();
    await settle();
  };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("useTablesChanged", () => {
  test("re-reads once, a second after a change, and not before", async () => {
    const { service, fire, onTablesChanged } = subscriptions();
    const reread = jest.fn();
    mount(service, <Probe tables={["Deals", "Stages"]} reread={reread} />);
    await settle();
    expect(onTablesChanged).toHaveBeenCalledWith(["Deals", "Stages"], expect.any(Function));
    fire();
    advance(TABLES_CHANGED_DELAY_MS - 1);
    expect(reread).not.toHaveBeenCalled();
    advance(1);
    expect(reread).toHaveBeenCalledTimes(1);
    expect(jest.getTimerCount()).toBe(0);
  });

  test("a burst of changes is one re-read, a second after the last", async () => {
    const { service, fire } = subscriptions();
    const reread = jest.fn();
    mount(service, <Probe tables={["Deals"]} reread={reread} />);
    await settle();
    for (let i = 0; i < 5; i += 1) {
      fire();
      advance(300);
    }
    expect(reread).not.toHaveBeenCalled();
    advance(TABLES_CHANGED_DELAY_MS - 300);
    expect(reread).toHaveBeenCalledTimes(1);
    advance(10 * TABLES_CHANGED_DELAY_MS);
    expect(reread).toHaveBeenCalledTimes(1);
  });

  test("nothing runs while nothing changes: no polling timer re-arms itself", async () => {
    const { service } = subscriptions();
    const reread = jest.fn();
    mount(service, <Probe tables={["Deals"]} reread={reread} />);
    await settle();
    advance(60 * TABLES_CHANGED_DELAY_MS);
    expect(jest.getTimerCount()).toBe(0);
    expect(reread).not.toHaveBeenCalled();
  });

  test("unmounting ends the subscription and drops a pending re-read", async () => {
    const { service, fire, unsubscribed, handlers } = subscriptions();
    const reread = jest.fn();
    const { unmount } = mount(service, <Probe tables={["Deals"]} reread={reread} />);
    await settle();
    fire();
    unmount();
    await settle();
    advance(TABLES_CHANGED_DELAY_MS);
    expect(reread).not.toHaveBeenCalled();
    expect(jest.getTimerCount()).toBe(0);
    expect(unsubscribed).toHaveBeenCalledTimes(1);
    expect(handlers.size).toBe(0);
  });

  test("unmounted before Excel answered the subscription: it is ended as soon as it arrives", async () => {
    const { service, unsubscribed } = subscriptions();
    const { unmount } = mount(service, <Probe tables={["Deals"]} reread={jest.fn()} />);
    unmount();
    await settle();
    expect(unsubscribed).toHaveBeenCalledTimes(1);
  });

  test("re-rendering with the same tables does not subscribe again", async () => {
    const { service, onTablesChanged } = subscriptions();
    const reread = jest.fn();
    const { rerender } = mount(service, <Probe tables={["Deals"]} reread={reread} />);
    await settle();
    rerender(
      <WorkbookServiceProvider service={service}>
        <CallLogContext.Provider value={null}>
          <Probe tables={["Deals"]} reread={reread} />
        </CallLogContext.Provider>
      </WorkbookServiceProvider>,
    );
    await settle();
    expect(onTablesChanged).toHaveBeenCalledTimes(1);
  });

  test("waits for a write of the pane under way, then re-reads once", async () => {
    const { service, fire } = subscriptions();
    const reread = jest.fn();
    const log: CallLog = { inFlight: new Set() };
    mount(service, <Probe tables={["Deals"]} reread={reread} />, log);
    await settle();
    const finishWrite = callUnderWay(log, "pipeline.writeDashboard");
    fire();
    advance(TABLES_CHANGED_DELAY_MS);
    fire();
    advance(TABLES_CHANGED_DELAY_MS);
    await settle();
    expect(reread).not.toHaveBeenCalled();
    await finishWrite();
    expect(reread).toHaveBeenCalledTimes(1);
  });

  test("a read already in flight is not doubled: one read follows it", async () => {
    const { service, fire } = subscriptions();
    const log: CallLog = { inFlight: new Set() };
    const reads: (() => Promise<void>)[] = [];
    const reread = jest.fn(() => void reads.push(callUnderWay(log, "pipeline.read")));
    mount(service, <Probe tables={["Deals"]} reread={reread} />, log);
    await settle();
    fire();
    advance(TABLES_CHANGED_DELAY_MS);
    expect(reread).toHaveBeenCalledTimes(1);
    // Two more changes while that read is still out: they wait for it, then cost one read.
    fire();
    advance(TABLES_CHANGED_DELAY_MS);
    fire();
    advance(TABLES_CHANGED_DELAY_MS);
    expect(reread).toHaveBeenCalledTimes(1);
    await reads[0]();
    expect(reread).toHaveBeenCalledTimes(2);
    await reads[1]();
    expect(reread).toHaveBeenCalledTimes(2);
  });

  test("a refused subscription is returned; the area still reads on Refresh", async () => {
    const failure = { kind: "unsupported", code: "ApiNotFound", message: "no events here" };
    const service = fakeService({
      onTablesChanged: async () => ({ ok: false as const, error: failure as never }),
    });
    const onFailure = jest.fn();
    mount(service, <Probe tables={["Deals"]} reread={jest.fn()} onFailure={onFailure} />);
    await settle();
    expect(onFailure).toHaveBeenCalledWith(failure);
  });
});

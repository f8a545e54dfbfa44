import { isWrite, trackedService, type CallLog } from "@taskpane/services/trackedService";
import type { WorkbookService } from "@taskpane/services/WorkbookServiceContext";

describe("trackedService", () => {
  it("records a call while it runs, by its dotted name, and forgets it when it settles", async () => {
    let finish: (value: string) => void = () => undefined;
    const service = {
      goals: { writeTargets: (x: number) => new Promise<string>((r) => (finish = (v) => r(`${v}${x}`))) },
    };
    const log: CallLog = { inFlight: new Set() };
    const tracked = trackedService(service as unknown as WorkbookService, log) as unknown as typeof service;

    const pending = tracked.goals.writeTargets(1);
    expect([...log.inFlight].map((call) => call.name)).toEqual(["goals.writeTargets"]);
    finish("ok");
    await expect(pending).resolves.toBe("ok1");
    expect(log.inFlight.size).toBe(0);
  });
  it("keeps the promise of a call under way, so a re-read can wait for it to settle", async () => {
    let finish: () => void = () => undefined;
    const service = { goals: { writeTargets: () => new Promise<void>((r) => (finish = r)) } };
    const log: CallLog = { inFlight: new Set() };
    const tracked = trackedService(service as unknown as WorkbookService, log) as unknown as typeof service;
    void tracked.goals.writeTargets();
    const [call] = [...log.inFlight];
    let settled = false;
    void call.settled?.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish();
    await call.settled;
    expect(settled).toBe(true);
    expect(log.inFlight.size).toBe(0);
  });
  it("forgets a call that throws or rejects, and passes the error on", async () => {
    const service = {
      boom: () => {
        throw new Error("sync");
      },
      reject: () => Promise.reject(new Error("async")),
      today: () => 45000,
    };
    const log: CallLog = { inFlight: new Set() };
    const tracked = trackedService(service as unknown as WorkbookService, log) as unknown as typeof service;
    expect(() => tracked.boom()).toThrow("sync");
    await expect(tracked.reject()).rejects.toThrow("async");
    expect(tracked.today()).toBe(45000);
    expect(log.inFlight.size).toBe(0);
  });
  it("tells writes from reads by the call's name", () => {
    expect(["goals.writeTargets", "customers.logFollowUp", "setup.run", "customers.claim"].map(isWrite)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(
      [
        "readWorkbookStatus",
        "goals.read",
        "pipeline.selectDeal",
        "setup.inspect",
        "goals.today",
        "customers.onSelectionChanged",
        "onTablesChanged",
      ].map(isWrite),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});

import type { ExcelResult } from "@excel/excelFailure";
import type { DealRecording, DealRows } from "@excel/pipeline/history/recordDealChanges";
import { startDealRecorder, type DealsChange } from "@excel/pipeline/history/startDealRecorder";

const recording: DealRecording = { recorded: 1, stamped: 0, withoutId: 0, duplicates: 0, seeded: false };
const ok = <T>(value: T): ExcelResult<T> => ({ ok: true, value });

/** A fake Deals table at A1 (header row 0) watching columns D, E and I, and a fake event source. */
function fakes() {
  let emit: (change: DealsChange) => void = () => undefined;
  const calls: string[] = [];
  let release: () => void = () => undefined;
  let hold = false;
  const record = jest.fn(async (rows: DealRows) => {
    calls.push(`record ${rows.first}+${rows.count}`);
    if (hold) await new Promise<void>((resolve) => (release = resolve));
    return ok(recording);
  });
  const unsubscribe = jest.fn(async () => undefined);
  const deps = {
    subscribe: jest.fn(async (handler: (change: DealsChange) => void) => {
      calls.push("subscribe");
      emit = handler;
      return unsubscribe;
    }),
    place: async () => ok({ headerRow: 0, watched: [3, 4, 8] }),
    record,
    reconcile: jest.fn(async () => {
      calls.push("reconcile");
      return ok(recording);
    }),
  };
  return {
    deps,
    calls,
    record,
    unsubscribe,
    emit: (change: DealsChange) => emit(change),
    holdRuns: () => (hold = true),
    releaseRun: () => release(),
  };
}

describe("startDealRecorder", () => {
  it("reconciles first, then records local changes of Stage, Amount or ExpectedClose by data row", async () => {
    const fake = fakes();
    const recorder = await startDealRecorder(fake.deps);
    fake.emit({ address: "销售管道!D5:E7", source: "Local" });
    await recorder.idle();
    expect(fake.calls).toEqual(["reconcile", "subscribe", "record 3+3"]);
  });

  it("ignores a co-author's change and a change of other columns (its own stamps)", async () => {
    const fake = fakes();
    const recorder = await startDealRecorder(fake.deps);
    await recorder.idle();
    fake.emit({ address: "D5", source: "Remote" });
    fake.emit({ address: "J5:K5", source: "Local" });
    await recorder.idle();
    expect(fake.record).not.toHaveBeenCalled();
  });

  it("runs one at a time, merging the changes that arrive during a run into the next", async () => {
    const fake = fakes();
    const recorder = await startDealRecorder(fake.deps);
    await recorder.idle();
    fake.holdRuns();
    fake.emit({ address: "D2", source: "Local" });
    await new Promise((resolve) => setTimeout(resolve, 0));
    fake.emit({ address: "E10", source: "Local" });
    fake.emit({ address: "I4", source: "Local" });
    expect(fake.record).toHaveBeenCalledTimes(1);
    fake.releaseRun();
    await new Promise((resolve) => setTimeout(resolve, 0));
    fake.releaseRun();
    await recorder.idle();
    expect(fake.calls.slice(2)).toEqual(["record 0+1", "record 2+7"]);
  });

  it("stops: unsubscribes, and later changes are not recorded", async () => {
    const fake = fakes();
    const recorder = await startDealRecorder(fake.deps);
    await recorder.stop();
    fake.emit({ address: "D5", source: "Local" });
    await recorder.idle();
    expect(fake.unsubscribe).toHaveBeenCalled();
    expect(fake.record).not.toHaveBeenCalled();
  });
});

/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import type { ExcelResult } from "@excel/excelFailure";
import { useWorkbookAction, type WorkbookActionControls } from "@taskpane/shared/useWorkbookAction";

/** A promise the test settles by hand, so it sees the hook while the action runs. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("useWorkbookAction", () => {
  it("is running with its progress while the action runs, then done with its value", async () => {
    const answer = deferred<ExcelResult<number>>();
    let controls: WorkbookActionControls | undefined;
    const { result } = renderHook(() =>
      useWorkbookAction((given, rows: number): Promise<ExcelResult<number>> => {
        controls = given;
        return answer.promise.then((r) => (r.ok ? { ok: true as const, value: r.value + rows } : r));
      }),
    );
    expect(result.current.state).toEqual({ status: "idle" });
    let run: Promise<ExcelResult<number>> = Promise.resolve({ ok: true, value: 0 });
    act(() => {
      run = result.current.run(2);
    });
    expect(result.current.running).toBe(true);
    act(() => controls?.onProgress({ done: 1, total: 4 }));
    expect(result.current.progress).toEqual({ done: 1, total: 4 });
    await act(async () => {
      answer.resolve({ ok: true, value: 40 });
      await run;
    });
    expect(result.current.state).toEqual({ status: "done", value: 42 });
    expect(result.current.running).toBe(false);
  });

  it("shows a failure, and makes a throw from Office one too", async () => {
    const failure = { kind: "busy-editing" as const, code: "InvalidOperationInCellEditMode", message: "Busy" };
    const action = jest
      .fn<Promise<ExcelResult<void>>, [WorkbookActionControls]>()
      .mockResolvedValueOnce({ ok: false, error: failure })
      .mockRejectedValueOnce(Object.assign(new Error("Gone"), { code: "ItemNotFound" }));
    const { result } = renderHook(() => useWorkbookAction(action));
    await act(async () => {
      await result.current.run();
    });
    expect(result.current.failure).toEqual(failure);
    await act(async () => {
      await result.current.run();
    });
    expect(result.current.failure).toMatchObject({ kind: "not-found", code: "ItemNotFound" });
  });

  it("puts a failure in the area's words when given a localizer", async () => {
    const { result } = renderHook(() =>
      useWorkbookAction(
        async (): Promise<ExcelResult<void>> => ({
          ok: false,
          error: { kind: "not-found", code: "CustomerNotFound", message: "CustomerNotFound" },
        }),
        (failure) => ({ ...failure, message: "The customer is gone." }),
      ),
    );
    await act(async () => {
      await result.current.run();
    });
    expect(result.current.failure?.message).toBe("The customer is gone.");
  });

  it("raises the signal on cancel, and ignores a run that was reset", async () => {
    const answer = deferred<ExcelResult<string>>();
    let signal: AbortSignal | undefined;
    const { result } = renderHook(() =>
      useWorkbookAction((controls) => {
        signal = controls.signal;
        return answer.promise;
      }),
    );
    let run: Promise<ExcelResult<string>> = Promise.resolve({ ok: true, value: "" });
    act(() => {
      run = result.current.run();
    });
    act(() => result.current.cancel());
    expect(signal?.aborted).toBe(true);
    act(() => result.current.reset());
    await act(async () => {
      answer.resolve({ ok: true, value: "late" });
      await run;
    });
    expect(result.current.state).toEqual({ status: "idle" });
  });
});

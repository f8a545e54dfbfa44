import { useCallback, useEffect, useRef, useState } from "react";
import { toExcelFailure, type ExcelFailure, type ExcelResult } from "@excel/excelFailure";

/** How far a chunked write has come. */
export type WorkbookActionProgress = { readonly done: number; readonly total: number };

/** Where a workbook action is: not run, running (with its progress once known), done or failed. */
export type WorkbookActionState<T> =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress?: WorkbookActionProgress }
  | { readonly status: "done"; readonly value: T }
  | { readonly status: "failed"; readonly failure: ExcelFailure };

/** What the hook hands the action: where to report progress, and the signal Cancel raises. */
export type WorkbookActionControls = {
  readonly onProgress: (progress: WorkbookActionProgress) => void;
  readonly signal: AbortSignal;
};

export type WorkbookAction<T, A extends unknown[]> = {
  readonly state: WorkbookActionState<T>;
  readonly running: boolean;
  /** The progress of the running action, if it reports any. */
  readonly progress: WorkbookActionProgress | undefined;
  readonly failure: ExcelFailure | undefined;
  readonly value: T | undefined;
  /** Runs the action (a new run supersedes one still running); resolves with its result. */
  readonly run: (...args: A) => Promise<ExcelResult<T>>;
  /** Raises the running action's signal; the action decides where it can stop. */
  readonly cancel: () => void;
  /** Back to idle: a confirmation dismissed, a report closed. */
  readonly reset: () => void;
};

/**
 * Runs a workbook action (a write, a select) the way every area does: running while it runs,
 * its progress, then its value or its Excel failure, a throw from Office made a failure too
 * (nothing is swallowed). Only the latest run updates the state, and nothing does once the area
 * is gone.
 *
 * @param action - the action; takes the controls, then the arguments `run` gets
 * @param localize - puts a failure with the area's own stop codes in the pane's language
 * @returns the action's state and its run, cancel and reset
 *
 * @example
 * const write = useWorkbookAction((controls, replace: boolean) => service.pipeline.writeDashboard({ replace }));
 */
export function useWorkbookAction<T, A extends unknown[] = []>(
  action: (controls: WorkbookActionControls, ...args: A) => Promise<ExcelResult<T>>,
  localize?: (failure: ExcelFailure) => ExcelFailure,
): WorkbookAction<T, A> {
  const [state, setState] = useState<WorkbookActionState<T>>({ status: "idle" });
  // The latest action and localizer, so `run` stays one function across renders.
  const latest = useRef({ action, localize });
  latest.current = { action, localize };
  const runId = useRef(0);
  const abort = useRef<AbortController | undefined>(undefined);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<ExcelResult<T>> => {
    const id = ++runId.current;
    const controller = new AbortController();
    abort.current = controller;
    const current = () => mounted.current && id === runId.current;
    setState({ status: "running" });
    const onProgress = (progress: WorkbookActionProgress) => {
      if (current()) setState({ status: "running", progress });
    };
    const result = await latest.current
      .action({ onProgress, signal: controller.signal }, ...args)
      .catch((error: unknown): ExcelResult<T> => ({ ok: false, error: toExcelFailure(error) }));
    const { localize: toLocal } = latest.current;
    const settled: ExcelResult<T> = result.ok || !toLocal ? result : { ok: false, error: toLocal(result.error) };
    if (current()) {
      setState(settled.ok ? { status: "done", value: settled.value } : { status: "failed", failure: settled.error });
    }
    return settled;
  }, []);
  const cancel = useCallback(() => abort.current?.abort(), []);
  const reset = useCallback(() => {
    runId.current++;
    setState({ status: "idle" });
  }, []);

  return {
    state,
    running: state.status === "running",
    progress: state.status === "running" ? state.progress : undefined,
    failure: state.status === "failed" ? state.failure : undefined,
    value: state.status === "done" ? state.value : undefined,
    run,
    cancel,
    reset,
  };
}

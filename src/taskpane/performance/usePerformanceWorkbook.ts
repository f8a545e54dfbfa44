import { useState } from "react";
import type { ExcelFailure } from "@excel/excelFailure";
import type { PerformanceWorkbook } from "@excel/performance/readPerformance";
import { useLatestRead } from "@taskpane/services/useLatestRead";

export type PerformanceWorkbookState = {
  readonly loading: boolean;
  readonly workbook?: PerformanceWorkbook;
  readonly failure?: ExcelFailure;
};

/** Reads the workbook's performance data on mount and on refresh(); only the newest read lands. */
export function usePerformanceWorkbook(): PerformanceWorkbookState & { readonly refresh: () => void } {
  const [state, setState] = useState<PerformanceWorkbookState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.performance.read(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result) =>
      setState(result.ok ? { loading: false, workbook: result.value } : { loading: false, failure: result.error }),
  });

  return { ...state, refresh: read };
}

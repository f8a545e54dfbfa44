import { useCallback, useEffect, useRef, useState } from "react";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { PerformanceWorkbook } from "@excel/performance/readPerformance";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";

export type PerformanceWorkbookState = {
  readonly loading: boolean;
  readonly workbook?: PerformanceWorkbook;
  readonly failure?: ExcelFailure;
};

/** Reads the workbook's performance data on mount and on refresh(); only the newest read lands. */
export function usePerformanceWorkbook(): PerformanceWorkbookState & { readonly refresh: () => void } {
  const service = useWorkbookService();
  const [state, setState] = useState<PerformanceWorkbookState>({ loading: true });
  const latest = useRef(0);

  const read = useCallback(() => {
    const id = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    service.performance
      .read()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (id !== latest.current) return;
        setState(result.ok ? { loading: false, workbook: result.value } : { loading: false, failure: result.error });
      });
  }, [service]);

  useEffect(() => {
    read();
    return () => {
      latest.current += 1;
    };
  }, [read]);

  return { ...state, refresh: read };
}

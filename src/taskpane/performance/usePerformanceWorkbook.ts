import { useState } from "react";
import type { MissingColumn } from "@core/workbook/areaColumns";
import type { ExcelFailure } from "@excel/excelFailure";
import { performanceTableNames, type PerformanceWorkbook } from "@excel/performance/readPerformance";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useTablesChanged } from "@taskpane/shared/useTablesChanged";

export type PerformanceWorkbookState = {
  readonly loading: boolean;
  readonly workbook?: PerformanceWorkbook;
  readonly failure?: ExcelFailure;
  /** Required columns the tables lack: the area names them instead of showing zeros. */
  readonly missing?: readonly MissingColumn[];
};

/**
 * Reads the workbook's performance data on mount and on refresh(); only the newest read lands.
 * Without a required column (performanceColumns) there is no workbook, only the columns missing.
 */
export function usePerformanceWorkbook(): PerformanceWorkbookState & { readonly refresh: () => void } {
  const [state, setState] = useState<PerformanceWorkbookState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.performance.read(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result) =>
      setState(
        !result.ok
          ? { loading: false, failure: result.error }
          : result.value.missingColumns
            ? { loading: false, missing: result.value.missingColumns }
            : { loading: false, workbook: result.value },
      ),
  });
  useTablesChanged(performanceTableNames, read);

  return { ...state, refresh: read };
}

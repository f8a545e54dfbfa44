import { useState } from "react";
import { WEEKLY_TABLES } from "@core/weekly/report/weeklyTables";
import type { ExcelFailure } from "@excel/excelFailure";
import type { TablesData } from "@excel/tables/readTables";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useTablesChanged } from "@taskpane/shared/useTablesChanged";

export type WeeklyWorkbookState = {
  readonly loading: boolean;
  /** The tables of the last read, absent before the first and after a failed one. */
  readonly tables?: TablesData;
  /** Today's serial when the workbook was read. */
  readonly today?: number;
  readonly failure?: ExcelFailure;
};

/**
 * Reads the weekly report's tables on mount, on `refresh()` and after the user edits one of them;
 * only the newest read lands.
 */
export function useWeeklyWorkbook(): WeeklyWorkbookState & { readonly refresh: () => void } {
  const [state, setState] = useState<WeeklyWorkbookState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.weekly.read(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result, service) =>
      setState(
        result.ok
          ? { loading: false, tables: result.value, today: service.weekly.today() }
          : { loading: false, failure: result.error },
      ),
  });
  useTablesChanged(WEEKLY_TABLES, read);
  return { ...state, refresh: read };
}

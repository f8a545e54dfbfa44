import { useState } from "react";
import type { ExcelFailure } from "@excel/excelFailure";
import type { WorkbookStatus } from "@excel/workbookStatus";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useTablesChanged } from "@taskpane/shared/useTablesChanged";
import { tableNames } from "@core/workbook/schema";

export type WorkbookStatusState = {
  readonly loading: boolean;
  /** The last status read, absent before the first read and after a failed one. */
  readonly status?: WorkbookStatus;
  readonly failure?: ExcelFailure;
};

/**
 * Reads the workbook status on mount and on `refresh()`. Only the newest read lands, so a slow
 * earlier answer cannot overwrite a later one, and a read that throws instead of answering with
 * a failure is still reported.
 */
export function useWorkbookStatus(): WorkbookStatusState & { readonly refresh: () => void } {
  const [state, setState] = useState<WorkbookStatusState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.readWorkbookStatus(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result) =>
      setState(result.ok ? { loading: false, status: result.value } : { loading: false, failure: result.error }),
  });
  useTablesChanged(tableNames, read);

  return { ...state, refresh: read };
}

import { useState } from "react";
import type { ExcelFailure } from "@excel/excelFailure";
import { serviceTableNames, type ServiceWorkbook } from "@excel/service/serviceWorkbook";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useTablesChanged } from "@taskpane/shared/useTablesChanged";

export type ServiceWorkbookState = {
  readonly loading: boolean;
  /** The last read, absent before the first and after a failed one. */
  readonly workbook?: ServiceWorkbook;
  /** Today's serial when the workbook was read. */
  readonly today?: number;
  readonly failure?: ExcelFailure;
};

/**
 * Reads the Service area's tables on mount, on `refresh()` and when one of them changes; only
 * the newest read lands, and a read that throws instead of answering with a failure is reported.
 */
export function useServiceWorkbook(): ServiceWorkbookState & { readonly refresh: () => void } {
  const [state, setState] = useState<ServiceWorkbookState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.service.read(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result, service) =>
      setState(
        result.ok
          ? { loading: false, workbook: result.value, today: service.service.today() }
          : { loading: false, failure: result.error },
      ),
  });
  useTablesChanged(serviceTableNames, read);
  return { ...state, refresh: read };
}

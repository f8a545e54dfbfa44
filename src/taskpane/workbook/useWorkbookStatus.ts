import { useCallback, useEffect, useRef, useState } from "react";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { WorkbookStatus } from "@excel/workbookStatus";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";

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
  const service = useWorkbookService();
  const [state, setState] = useState<WorkbookStatusState>({ loading: true });
  const latestRead = useRef(0);

  const read = useCallback(() => {
    const readId = ++latestRead.current;
    setState((previous) => ({ ...previous, loading: true }));
    service
      .readWorkbookStatus()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (readId !== latestRead.current) return;
        setState(result.ok ? { loading: false, status: result.value } : { loading: false, failure: result.error });
      });
  }, [service]);

  useEffect(() => {
    read();
    return () => {
      // Invalidate any read in flight so it cannot set state after unmount.
      latestRead.current += 1;
    };
  }, [read]);

  return { ...state, refresh: read };
}

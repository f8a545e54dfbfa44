import { useCallback, useEffect, useRef, useState } from "react";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { TeamWorkbook } from "@excel/team/teamWorkbook";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";

export type TeamWorkbookState = {
  readonly loading: boolean;
  /** The last read, absent before the first and after a failed one. */
  readonly workbook?: TeamWorkbook;
  /** Today's serial when the workbook was read. */
  readonly today?: number;
  readonly failure?: ExcelFailure;
};

/**
 * Reads the team's tables on mount and on `refresh()`. Only the newest read lands, and a read
 * that throws instead of answering with a failure is still reported.
 */
export function useTeamWorkbook(): TeamWorkbookState & { readonly refresh: () => void } {
  const service = useWorkbookService();
  const [state, setState] = useState<TeamWorkbookState>({ loading: true });
  const latestRead = useRef(0);

  const read = useCallback(() => {
    const readId = ++latestRead.current;
    setState((previous) => ({ ...previous, loading: true }));
    const { team } = service;
    Promise.resolve()
      .then(() => team.read())
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (readId !== latestRead.current) return;
        setState(
          result.ok
            ? { loading: false, workbook: result.value, today: team.today() }
            : { loading: false, failure: result.error },
        );
      });
  }, [service]);

  useEffect(() => {
    read();
    return () => {
      latestRead.current += 1;
    };
  }, [read]);

  return { ...state, refresh: read };
}

import { useCallback, useEffect, useRef, useState } from "react";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { GoalsData } from "@excel/goals/goalsData";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";

export type GoalsDataState = {
  readonly loading: boolean;
  readonly data?: GoalsData;
  readonly failure?: ExcelFailure;
};

/**
 * Reads Deals, Team, Targets, ActionPlan, Activities and Customers on mount and on `refresh()`.
 * Only the newest read lands; the data of the last good read stays while a refresh runs.
 */
export function useGoalsData(): GoalsDataState & { readonly refresh: () => void } {
  const service = useWorkbookService();
  const [state, setState] = useState<GoalsDataState>({ loading: true });
  const latest = useRef(0);

  const read = useCallback(() => {
    const id = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    service.goals
      .read()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (id !== latest.current) return;
        setState((previous) =>
          result.ok
            ? { loading: false, data: result.value }
            : { loading: false, data: previous.data, failure: result.error },
        );
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

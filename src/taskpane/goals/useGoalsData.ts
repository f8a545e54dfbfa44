import { useState } from "react";
import type { MissingColumn } from "@core/workbook/areaColumns";
import type { ExcelFailure } from "@excel/excelFailure";
import { goalsTables, type GoalsData } from "@excel/goals/goalsData";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useTablesChanged } from "@taskpane/shared/useTablesChanged";

export type GoalsDataState = {
  readonly loading: boolean;
  readonly data?: GoalsData;
  readonly failure?: ExcelFailure;
  /** Required columns the tables lack: the area names them instead of showing zeros. */
  readonly missing?: readonly MissingColumn[];
};

/**
 * Reads Deals, Team, Targets, ActionPlan, Activities and Customers on mount and on `refresh()`.
 * Only the newest read lands; the data of the last good read stays while a refresh runs.
 * Without a required column (goalsColumns) there is no data, only the columns missing.
 */
export function useGoalsData(): GoalsDataState & { readonly refresh: () => void } {
  const [state, setState] = useState<GoalsDataState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.goals.read(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result) =>
      setState((previous) =>
        !result.ok
          ? { loading: false, data: previous.data, failure: result.error }
          : result.value.missingColumns
            ? { loading: false, missing: result.value.missingColumns }
            : { loading: false, data: result.value },
      ),
  });
  useTablesChanged(goalsTables, read);

  return { ...state, refresh: read };
}

import { useState } from "react";
import type { MissingColumn } from "@core/workbook/areaColumns";
import type { ExcelFailure } from "@excel/excelFailure";
import { teamTableNames, type TeamWorkbook } from "@excel/team/teamWorkbook";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useTablesChanged } from "@taskpane/shared/useTablesChanged";

export type TeamWorkbookState = {
  readonly loading: boolean;
  /** The last read, absent before the first and after a failed one. */
  readonly workbook?: TeamWorkbook;
  /** Today's serial when the workbook was read. */
  readonly today?: number;
  readonly failure?: ExcelFailure;
  /** Required columns the tables lack: the area names them instead of showing zeros. */
  readonly missing?: readonly MissingColumn[];
};

/**
 * Reads the team's tables on mount and on `refresh()`; without a required column (teamColumns)
 * there is no workbook, only the columns missing. Only the newest read lands, and a read
 * that throws instead of answering with a failure is still reported.
 */
export function useTeamWorkbook(): TeamWorkbookState & { readonly refresh: () => void } {
  const [state, setState] = useState<TeamWorkbookState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.team.read(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result, service) =>
      setState(
        !result.ok
          ? { loading: false, failure: result.error }
          : result.value.missingColumns
            ? { loading: false, missing: result.value.missingColumns }
            : { loading: false, workbook: result.value, today: service.team.today() },
      ),
  });
  useTablesChanged(teamTableNames, read);

  return { ...state, refresh: read };
}

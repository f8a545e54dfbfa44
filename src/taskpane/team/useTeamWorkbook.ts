import { useState } from "react";
import type { ExcelFailure } from "@excel/excelFailure";
import type { TeamWorkbook } from "@excel/team/teamWorkbook";
import { useLatestRead } from "@taskpane/services/useLatestRead";

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
  const [state, setState] = useState<TeamWorkbookState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.team.read(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result, service) =>
      setState(
        result.ok
          ? { loading: false, workbook: result.value, today: service.team.today() }
          : { loading: false, failure: result.error },
      ),
  });

  return { ...state, refresh: read };
}

import { useState } from "react";
import { pipelineColumns } from "@core/pipeline/pipelineColumns";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { pipelineBook, type PipelineBook } from "@core/pipeline/pipelineView";
import { missingColumns, type MissingColumn } from "@core/workbook/areaColumns";
import type { ExcelFailure } from "@excel/excelFailure";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useTablesChanged } from "@taskpane/shared/useTablesChanged";
import { pipelineTableNames } from "@excel/pipeline/readPipelineTables";

export type PipelineBookState = {
  readonly loading: boolean;
  /** The tables of the last good read; absent before it, or when the workbook has no Deals table. */
  readonly book?: PipelineBook;
  /** True when the read succeeded but found no Deals table. */
  readonly noDeals?: boolean;
  /** Required columns the tables lack: the area names them instead of showing zeros. */
  readonly missing?: readonly MissingColumn[];
  readonly failure?: ExcelFailure;
};

/**
 * Reads Deals, Stages, Team, Targets, Activities, DealHistory and ForecastHistory (their columns the area uses) on mount and on
 * `refresh()`, and prepares them for every filter. Only the newest read lands; the last good
 * book stays while a refresh runs or after a failed one. Without a required column (see
 * pipelineColumns) there is no book, only the columns missing.
 */
export function usePipelineBook(): PipelineBookState & { readonly refresh: () => void } {
  const [state, setState] = useState<PipelineBookState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.pipeline.read(),
    start: () => setState((previous) => ({ ...previous, loading: true, failure: undefined })),
    land: (result, service) => {
      if (!result.ok) {
        setState((previous) => ({ loading: false, book: previous.book, failure: result.error }));
        return;
      }
      const { Deals, Stages, Team, Targets, Activities, DealHistory, ForecastHistory } = result.value;
      if (!Deals) {
        setState({ loading: false, noDeals: true });
        return;
      }
      const found = { Deals: Deals.columns, ...(Stages ? { Stages: Stages.columns } : {}) };
      const missing = missingColumns(pipelineColumns.required, found, headerLanguage("Deals", Deals.headers));
      if (missing.length > 0) {
        setState({ loading: false, missing });
        return;
      }
      const book = pipelineBook(
        {
          deals: Deals,
          stages: Stages,
          team: Team,
          targets: Targets,
          activities: Activities,
          history: DealHistory,
          forecastHistory: ForecastHistory,
        },
        service.pipeline.today(),
      );
      setState({ loading: false, book });
    },
  });
  useTablesChanged(pipelineTableNames, read);

  return { ...state, refresh: read };
}

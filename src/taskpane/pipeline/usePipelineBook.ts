import { useState } from "react";
import { pipelineBook, type PipelineBook } from "@core/pipeline/pipelineView";
import type { ExcelFailure } from "@excel/excelFailure";
import { useLatestRead } from "@taskpane/services/useLatestRead";

export type PipelineBookState = {
  readonly loading: boolean;
  /** The tables of the last good read; absent before it, or when the workbook has no Deals table. */
  readonly book?: PipelineBook;
  /** True when the read succeeded but found no Deals table. */
  readonly noDeals?: boolean;
  readonly failure?: ExcelFailure;
};

/**
 * Reads Deals, Stages, Team, Targets and Activities (one round trip) on mount and on
 * `refresh()`, and prepares them for every filter. Only the newest read lands; the last good
 * book stays while a refresh runs or after a failed one.
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
      const { Deals, Stages, Team, Targets, Activities } = result.value;
      if (!Deals) {
        setState({ loading: false, noDeals: true });
        return;
      }
      const book = pipelineBook(
        { deals: Deals, stages: Stages, team: Team, targets: Targets, activities: Activities },
        service.pipeline.today(),
      );
      setState({ loading: false, book });
    },
  });

  return { ...state, refresh: read };
}

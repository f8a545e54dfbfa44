import { useState } from "react";
import type { ExcelFailure } from "@excel/excelFailure";
import { collectionsTableNames, type CollectionsWorkbook } from "@excel/collections/collectionsWorkbook";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useTablesChanged } from "@taskpane/shared/useTablesChanged";

export type CollectionsWorkbookState = {
  readonly loading: boolean;
  /** The last read, absent before the first and after a failed one. */
  readonly workbook?: CollectionsWorkbook;
  /** Today's serial when the workbook was read. */
  readonly today?: number;
  readonly failure?: ExcelFailure;
};

/**
 * Reads Payments, Contracts, Deals and Team on mount, on `refresh()` and whenever one of them
 * changes (a payment typed in the grid moves the view too). Only the newest read lands.
 */
export function useCollectionsWorkbook(): CollectionsWorkbookState & { readonly refresh: () => void } {
  const [state, setState] = useState<CollectionsWorkbookState>({ loading: true });
  const read = useLatestRead({
    read: (service) => service.collections.read(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result, service) =>
      setState(
        result.ok
          ? { loading: false, workbook: result.value, today: service.collections.today() }
          : { loading: false, failure: result.error },
      ),
  });
  useTablesChanged(collectionsTableNames, read);
  return { ...state, refresh: read };
}

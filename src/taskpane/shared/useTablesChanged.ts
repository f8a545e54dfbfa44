import { useContext, useEffect, useRef, useState } from "react";
import type { TableName } from "@core/workbook/schema";
import type { ExcelFailure } from "@excel/excelFailure";
import type { Unsubscribe } from "@excel/selection";
import { CallLogContext, type CallLog } from "@taskpane/services/trackedService";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";

/** How long after the last reported change the area reads again: a burst of changes is one read. */
export const TABLES_CHANGED_DELAY_MS = 1000;

/** The promises of the area's workbook calls under way (its reads and its writes). */
function callsUnderWay(log: CallLog | null): Promise<unknown>[] {
  if (!log) return [];
  const settled: Promise<unknown>[] = [];
  for (const call of log.inFlight) if (call.settled) settled.push(call.settled);
  return settled;
}

/**
 * Keeps an area up to date: while it is mounted, `reread` runs about a second after the last
 * change Excel reports in any of `tables` (typing, a paste, a co-author's edit, a write of the
 * add-in), so a burst of changes costs one read. The re-read waits for the area's workbook calls
 * under way — a write of the pane runs to its end first, and a read already in flight is never
 * doubled (one more read follows it, since the change may have come after it started). Nothing
 * runs between changes: one timer while a change is pending, none otherwise; unmounting clears it
 * and ends the subscription.
 *
 * @param tables - the SalesGrid tables the area shows
 * @param reread - the area's refresh (the same one its Refresh button calls)
 * @param delayMs - the quiet time after the last change ({@link TABLES_CHANGED_DELAY_MS})
 * @returns the failure to subscribe, if Excel refused (the area still reads on Refresh)
 * @example
 * const refresh = useLatestRead({ … });
 * useTablesChanged(pipelineTableNames, refresh);
 */
export function useTablesChanged(
  tables: readonly TableName[],
  reread: () => void,
  delayMs: number = TABLES_CHANGED_DELAY_MS,
): ExcelFailure | undefined {
  const service = useWorkbookService();
  const log = useContext(CallLogContext);
  const [failure, setFailure] = useState<ExcelFailure | undefined>(undefined);
  const latest = useRef(reread);
  useEffect(() => {
    latest.current = reread;
  });
  // A new array of the same names on each render must not subscribe again.
  const key = tables.join("\n");

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waiting = false;
    let unsubscribe: Unsubscribe | undefined;

    const readAgain = async () => {
      timer = undefined;
      // A change heard while waiting is covered by the read that follows the wait.
      if (waiting) return;
      waiting = true;
      try {
        for (let busy = callsUnderWay(log); busy.length > 0; busy = callsUnderWay(log)) await Promise.allSettled(busy);
      } finally {
        waiting = false;
      }
      if (live) latest.current();
    };

    const handleChange = () => {
      if (!live) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void readAgain(), delayMs);
    };

    void service.onTablesChanged(key.split("\n") as TableName[], handleChange).then((result) => {
      if (!result.ok) {
        if (live) setFailure(result.error);
        return;
      }
      if (live) unsubscribe = result.value;
      else void result.value();
    });

    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      void unsubscribe?.();
    };
  }, [service, log, key, delayMs]);

  return failure;
}

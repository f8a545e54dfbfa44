import { useCallback, useEffect, useRef } from "react";
import { toExcelFailure, type ExcelResult } from "@excel/excelFailure";
import { useWorkbookService, type WorkbookService } from "./WorkbookServiceContext";

/** What a pane area does around one workbook read. */
export type LatestRead<T> = {
  /** Asks the workbook (one round trip, through the service). */
  readonly read: (service: WorkbookService) => Promise<ExcelResult<T>>;
  /** Called as a read starts (typically: set loading). */
  readonly start: () => void;
  /** Called with the answer of the newest read only; a read that throws arrives as a failure. */
  readonly land: (result: ExcelResult<T>, service: WorkbookService) => void;
};

/**
 * Reads on mount and whenever the returned `refresh` is called. Only the newest read lands, so a
 * slow earlier answer cannot overwrite a later one, nor set state after unmount; a read that
 * throws (synchronously or not) instead of answering with a failure is still reported. The
 * callbacks of the latest render are used.
 *
 * @returns refresh: starts a new read
 */
export function useLatestRead<T>(calls: LatestRead<T>): () => void {
  const service = useWorkbookService();
  const latest = useRef(0);
  const current = useRef(calls);
  useEffect(() => {
    current.current = calls;
  });

  const refresh = useCallback(() => {
    const id = ++latest.current;
    current.current.start();
    // Asked at once (not a microtask later), with a synchronous throw turned into a failure.
    let answer: Promise<ExcelResult<T>>;
    try {
      answer = current.current.read(service);
    } catch (error: unknown) {
      answer = Promise.reject(error);
    }
    answer
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (id === latest.current) current.current.land(result, service);
      });
  }, [service]);

  useEffect(() => {
    refresh();
    return () => {
      // Invalidate any read in flight so it cannot set state after unmount.
      latest.current += 1;
    };
  }, [refresh]);

  return refresh;
}

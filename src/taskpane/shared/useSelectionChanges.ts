import { useEffect, useRef } from "react";
import type { ExcelResult } from "@excel/excelFailure";
import type { Unsubscribe } from "@excel/selection";
import { useWorkbookService, type WorkbookService } from "@taskpane/services/WorkbookServiceContext";

/**
 * Runs `onChange` each time the user selects another range in the grid, while the component is
 * mounted: one subscription (`subscribe` signs up with the area service's `onSelectionChanged`),
 * ended on unmount; a subscription Excel confirms after the unmount is ended at once.
 * `onChange` is always the latest one rendered, so it reads the component's current state without
 * subscribing again. A failure to subscribe is ignored: the view still reads the selection when
 * it opens.
 *
 * @param subscribe - signs `handler` up with the area service
 * @param onChange - what to do on a selection change (typically: read the selected row again)
 * @example
 * useSelectionChanges((service, handler) => service.customers.onSelectionChanged(handler), () => void readSelection());
 */
export function useSelectionChanges(
  subscribe: (service: WorkbookService, handler: () => void) => Promise<ExcelResult<Unsubscribe>>,
  onChange: () => void,
): void {
  const service = useWorkbookService();
  const latest = useRef({ subscribe, onChange });
  useEffect(() => {
    latest.current = { subscribe, onChange };
  });
  useEffect(() => {
    let live = true;
    let stop: Unsubscribe | undefined;
    void latest.current
      .subscribe(service, () => {
        if (live) latest.current.onChange();
      })
      .then((result) => {
        if (!result.ok) return;
        if (live) stop = result.value;
        else void result.value();
      });
    return () => {
      live = false;
      void stop?.();
    };
  }, [service]);
}

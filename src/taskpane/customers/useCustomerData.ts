import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { customerSummaries, type CustomerSummaries } from "@core/customerViews/customerSummaries";
import { toExcelFailure, type ExcelFailure } from "@excel/excelFailure";
import type { CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";

/** The Customers area's data: the workbook as read, today, and every summary computed from it. */
export type CustomerData = {
  readonly workbook: CustomerWorkbook;
  readonly today: number;
  /** Absent when the workbook has no Customers table. */
  readonly summaries?: CustomerSummaries;
};

export type CustomerDataState = {
  readonly loading: boolean;
  readonly data?: CustomerData;
  readonly failure?: ExcelFailure;
  readonly refresh: () => void;
};

/**
 * Reads the customer tables on mount and on `refresh()` (one round trip), then computes the
 * summaries in core. Only the newest read lands; a read that throws is reported as a failure.
 */
export function useCustomerData(): CustomerDataState {
  const service = useWorkbookService();
  const [state, setState] = useState<{
    loading: boolean;
    workbook?: CustomerWorkbook;
    failure?: ExcelFailure;
    today: number;
  }>({ loading: true, today: 0 });
  const latest = useRef(0);

  const read = useCallback(() => {
    const id = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    service.customers
      .read()
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (id !== latest.current) return;
        const today = service.customers.today();
        setState(
          result.ok
            ? { loading: false, workbook: result.value, today }
            : { loading: false, failure: result.error, today },
        );
      });
  }, [service]);

  useEffect(() => {
    read();
    return () => {
      latest.current += 1;
    };
  }, [read]);

  const data = useMemo((): CustomerData | undefined => {
    const { workbook, today } = state;
    if (!workbook) return undefined;
    const { Customers } = workbook.tables;
    if (!Customers) return { workbook, today };
    const summaries = customerSummaries({
      tables: { ...workbook.tables, Customers },
      today,
      cadenceRows: workbook.cadenceRows,
      poolRuleRows: workbook.poolRuleRows,
    });
    return { workbook, today, summaries };
  }, [state]);

  return { loading: state.loading, data, failure: state.failure, refresh: read };
}

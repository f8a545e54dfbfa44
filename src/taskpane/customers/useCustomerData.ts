import { useMemo, useState } from "react";
import { customerSummaries, type CustomerSummaries } from "@core/customers/customerSummaries";
import type { MissingColumn } from "@core/workbook/areaColumns";
import type { ExcelFailure } from "@excel/excelFailure";
import { customerAreaTableNames, type CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import { useLatestRead } from "@taskpane/services/useLatestRead";
import { useTablesChanged } from "@taskpane/shared/useTablesChanged";

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
  /** Required columns the tables lack: the area names them instead of showing zeros. */
  readonly missing?: readonly MissingColumn[];
  readonly refresh: () => void;
};

/**
 * Reads the customer tables on mount and on `refresh()` (one round trip), then computes the
 * summaries in core; without a required column (customerColumns) there is no data, only the
 * columns missing. Only the newest read lands; a read that throws is reported as a failure.
 */
export function useCustomerData(): CustomerDataState {
  const [state, setState] = useState<{
    loading: boolean;
    workbook?: CustomerWorkbook;
    failure?: ExcelFailure;
    today: number;
  }>({ loading: true, today: 0 });

  const read = useLatestRead({
    read: (service) => service.customers.read(),
    start: () => setState((previous) => ({ ...previous, loading: true })),
    land: (result, service) => {
      const today = service.customers.today();
      setState(
        result.ok
          ? { loading: false, workbook: result.value, today }
          : { loading: false, failure: result.error, today },
      );
    },
  });
  useTablesChanged(customerAreaTableNames, read);

  const data = useMemo((): CustomerData | undefined => {
    const { workbook, today } = state;
    if (!workbook || workbook.missingColumns) return undefined;
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

  return {
    loading: state.loading,
    data,
    failure: state.failure,
    missing: state.workbook?.missingColumns,
    refresh: read,
  };
}

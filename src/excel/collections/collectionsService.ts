import { serialFromLocalTime } from "@core/cells/parseDate";
import type { ContractDraft, PaymentRecord } from "@core/receivables/paymentRecords";
import type { ExcelResult } from "../excelFailure";
import type { SelectedRange } from "../selection";
import { readCollectionsWorkbook, type CollectionsWorkbook } from "./collectionsWorkbook";
import {
  recordPayment,
  selectPaymentRow,
  writeContract,
  type ContractWriteOutcome,
  type PaymentWriteOutcome,
} from "./writeCollections";

/** What the Collections area asks of the workbook (one namespaced entry of WorkbookService). */
export type CollectionsService = {
  readonly read: () => Promise<ExcelResult<CollectionsWorkbook>>;
  readonly writeContract: (draft: ContractDraft) => Promise<ExcelResult<ContractWriteOutcome>>;
  readonly recordPayment: (
    record: PaymentRecord,
    amount: number,
    on: number | null,
    method: string,
  ) => Promise<ExcelResult<PaymentWriteOutcome>>;
  /** Selects an installment's row in Payments. */
  readonly selectPayment: (row: number) => Promise<ExcelResult<SelectedRange>>;
  /** Today as an Excel serial, from the machine's clock (core takes it as a parameter). */
  readonly today: () => number;
};

/** The Collections operations of the shipped pane. */
export const collectionsService: CollectionsService = {
  read: readCollectionsWorkbook,
  writeContract,
  recordPayment,
  selectPayment: selectPaymentRow,
  today: () => serialFromLocalTime(new Date()),
};

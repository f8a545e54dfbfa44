import { serialFromLocalTime } from "@core/cells/parseDate";
import type { ContractDraft, PaymentRecord } from "@core/receivables/paymentRecords";
import type { Payer } from "@core/receivables/spreadPayment";
import type { ExcelResult } from "../excelFailure";
import { onSelectionChanged, type SelectedRange, type Unsubscribe } from "../selection";
import { readCollectionsWorkbook, type CollectionsWorkbook } from "./collectionsWorkbook";
import { readSelectedDeal, type SelectedDeal } from "./readSelectedDeal";
import {
  recordPayment,
  recordSpreadPayment,
  selectPaymentRow,
  writeContract,
  type ContractWriteOutcome,
  type PaymentWriteOutcome,
  type SpreadWriteOutcome,
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
  /** One payment of a deal or customer over its open installments (as the pane read them), oldest due first. */
  readonly recordSpreadPayment: (
    payer: Payer,
    shown: readonly PaymentRecord[],
    amount: number,
    on: number | null,
    method: string,
  ) => Promise<ExcelResult<SpreadWriteOutcome>>;
  /** Selects an installment's row in Payments. */
  readonly selectPayment: (row: number) => Promise<ExcelResult<SelectedRange>>;
  /** The deal of the Deals row the selection is in, or null (the contract form starts from it). */
  readonly selectedDeal: () => Promise<ExcelResult<SelectedDeal | null>>;
  /** Calls the handler on each selection change; the contract form then reads the selected deal. */
  readonly onSelectionChanged: (handler: () => void) => Promise<ExcelResult<Unsubscribe>>;
  /** Today as an Excel serial, from the machine's clock (core takes it as a parameter). */
  readonly today: () => number;
};

/** The Collections operations of the shipped pane. */
export const collectionsService: CollectionsService = {
  read: readCollectionsWorkbook,
  writeContract,
  recordPayment,
  recordSpreadPayment,
  selectPayment: selectPaymentRow,
  selectedDeal: readSelectedDeal,
  onSelectionChanged: (handler) => onSelectionChanged(() => handler()),
  today: () => serialFromLocalTime(new Date()),
};

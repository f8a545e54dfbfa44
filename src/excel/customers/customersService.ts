import { serialFromLocalTime } from "@core/cells/parseDate";
import type { CustomerIdentity } from "@core/customers/customerIdentity";
import type { PoolRules } from "@core/customers/poolRules";
import type { SelectedRecord } from "@core/customers/followUpTarget";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { readSelectedRecord } from "../ribbon/readSelectedRecord";
import { onSelectionChanged, type SelectedRange, type Unsubscribe } from "../selection";
import type { ChunkOptions } from "../write/writeInChunks";
import { changeOwners, type OwnerChange, type OwnersChanged, type PoolCustomer } from "./changeOwners";
import { claimFromPool, type ClaimOutcome } from "./claimFromPool";
import { logFollowUp, type FollowUpInput, type FollowUpLogged } from "./logFollowUp";
import { readCustomerWorkbook, type CustomerWorkbook } from "./readCustomerWorkbook";
import { readSelectedCustomerRow } from "./readSelectedCustomerRow";
import { savePoolRules, type PoolRulesSaved } from "./savePoolRules";
import { selectCustomerRow } from "./selectCustomerRow";
import { writeTiers, type TierWrite, type TiersWritten } from "./writeTiers";

/** What the Customers area asks of the workbook (one entry of WorkbookService). */
export type CustomersService = {
  /** Customers, Deals, Activities, Team, Stages, Cadences and PoolRules in one round trip. */
  readonly read: () => Promise<ExcelResult<CustomerWorkbook>>;
  /** Today's serial, from the clock of the machine running Excel. */
  readonly today: () => number;
  readonly logFollowUp: (input: FollowUpInput) => Promise<ExcelResult<FollowUpLogged>>;
  readonly writeTiers: (write: TierWrite, options?: ChunkOptions) => Promise<ExcelResult<TiersWritten>>;
  readonly release: (
    customers: readonly PoolCustomer[],
    language: WorkbookLanguage,
    today: number,
  ) => Promise<ExcelResult<OwnersChanged>>;
  readonly reassign: (
    customers: readonly PoolCustomer[],
    rep: string,
    language: WorkbookLanguage,
    today: number,
  ) => Promise<ExcelResult<OwnersChanged>>;
  readonly claim: (
    customers: readonly PoolCustomer[],
    rep: string,
    today: number,
  ) => Promise<ExcelResult<ClaimOutcome>>;
  readonly savePoolRules: (rules: PoolRules, language: WorkbookLanguage) => Promise<ExcelResult<PoolRulesSaved>>;
  readonly selectCustomer: (identity: CustomerIdentity) => Promise<ExcelResult<SelectedRange>>;
  /** The Customers data row the selection is in, or null. */
  readonly selectedRow: () => Promise<ExcelResult<number | null>>;
  /** The Customers or Deals data row the selection is in, or null (the ribbon's Log follow-up). */
  readonly selectedRecord: () => Promise<ExcelResult<SelectedRecord | null>>;
  readonly onSelectionChanged: (handler: () => void) => Promise<ExcelResult<Unsubscribe>>;
};

const change = (kind: OwnerChange["kind"], owner: string, language: WorkbookLanguage, today: number): OwnerChange => ({
  kind,
  owner,
  status: owner ? "Active" : "Pool",
  language,
  today,
});

/** The Customers operations against Excel. */
export const excelCustomersService: CustomersService = {
  read: readCustomerWorkbook,
  today: () => serialFromLocalTime(new Date()),
  logFollowUp,
  writeTiers,
  release: (customers, language, today) => changeOwners(customers, change("release", "", language, today)),
  reassign: (customers, rep, language, today) => changeOwners(customers, change("reassign", rep, language, today)),
  claim: claimFromPool,
  savePoolRules,
  selectCustomer: selectCustomerRow,
  selectedRow: readSelectedCustomerRow,
  selectedRecord: readSelectedRecord,
  onSelectionChanged: (handler) => onSelectionChanged(() => handler()),
};

import type { Cell } from "@core/cells/cell";
import type { Outcome } from "@core/cells/outcome";
import type { ColumnIndex } from "@core/workbook/columnIndex";

/** The rows of one table and where its schema columns are: what the excel layer's TableData carries. */
export type CustomerTableRows = {
  readonly rows: readonly (readonly Cell[])[];
  readonly columns: ColumnIndex;
};

/** Whether a customer is worked by a rep or waits in the public pool (公海). */
export type CustomerStatus = "active" | "pool";

/** One row of the Customers table, read into plain fields (dates are serials, null when empty). */
export type CustomerRecord = {
  /** 0-based data row in the Customers table. */
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly company: string;
  /** Company, else contact name, else CustomerID: how the pane names the customer. */
  readonly label: string;
  readonly industry: string;
  readonly region: string;
  readonly owner: string;
  /** The Tier cell as written, trimmed and upper-cased ("A", "B", "C", or what the user typed). */
  readonly tier: string;
  readonly source: string;
  readonly phone: string;
  readonly email: string;
  readonly firstPurchase: number | null;
  readonly lastContact: number | null;
  /** The NextContact column's value (a formula result in a SalesGrid workbook). */
  readonly nextContact: number | null;
  readonly status: CustomerStatus;
  readonly preferences: string;
  readonly satisfaction: number | null;
  readonly notes: string;
};

/** One row of the Deals table. */
export type DealRecord = {
  readonly row: number;
  readonly id: string;
  /** The Customer cell as written (a company, a contact name or a CustomerID). */
  readonly customer: string;
  readonly owner: string;
  readonly stage: string;
  readonly outcome: Exclude<Outcome, "empty">;
  readonly amount: number;
  readonly created: number | null;
  readonly expectedClose: number | null;
  readonly closedOn: number | null;
};

/** What an Activities row records: a follow-up, or one of the pool's bookkeeping rows. */
export type ActivityKind = "contact" | "claim" | "release" | "reassign";

/** One row of the Activities table. */
export type ActivityRecord = {
  readonly row: number;
  readonly date: number | null;
  readonly customer: string;
  readonly dealId: string;
  readonly owner: string;
  readonly method: string;
  readonly summary: string;
  readonly nextContact: number | null;
  readonly satisfaction: number | null;
  readonly kind: ActivityKind;
};

/** The customer tables read and cross-linked: each customer's deals and activities by customer index. */
export type CustomerBook = {
  readonly customers: readonly CustomerRecord[];
  readonly deals: readonly DealRecord[];
  readonly activities: readonly ActivityRecord[];
  /** Indexes into `deals` per customer (same order as `customers`). */
  readonly dealsOf: readonly (readonly number[])[];
  /** Indexes into `activities` per customer, oldest first (rows without a date last). */
  readonly activitiesOf: readonly (readonly number[])[];
  /** Reps of the Team table, in table order. */
  readonly reps: readonly string[];
};

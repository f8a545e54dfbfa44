import type { SampleContractRow, SamplePaymentRow } from "./sampleContracts";
/** The language a sample workbook is written in. */
export type SampleLanguage = "en" | "zh";

/** A row of the Stages table. Probability is a fraction. */
export type StageRow = {
  Stage: string;
  Order: number;
  Probability: number;
  ForecastCategory: string;
  StaleDays: number | null;
};

/** A row of the Team table. Capacity is the share of a full quota the rep carries (0.5 while ramping). */
export type TeamRow = {
  Rep: string;
  Team: string;
  Manager: string | null;
  StartDate: number;
  Capacity: number;
  Email: string;
};

/** A row of the Customers table, without the NextContact formula column. */
export type SampleCustomerRow = {
  CustomerID: string;
  Name: string;
  Company: string;
  Industry: string;
  Region: string;
  /** Null for a customer in the pool (公海), whom no rep owns. */
  Owner: string | null;
  Tier: "A" | "B" | "C";
  Source: string;
  Phone: string;
  Email: string;
  FirstPurchase: number | null;
  LastContact: number | null;
  Status: string;
  Preferences: string | null;
  Satisfaction: number | null;
  Notes: string | null;
};

/** A row of the Deals table, without the Probability and Weighted formula columns. */
export type SampleDealRow = {
  DealID: string;
  /** The customer's Company. */
  Customer: string;
  Owner: string;
  Stage: string;
  Amount: number;
  Created: number;
  ExpectedClose: number;
  ClosedOn: number | null;
  StageSince: number;
  LastActivity: number | null;
  ForecastCategory: string;
  Collected: number | null;
  LostAt: string | null;
  LostReason: string | null;
  NextStep: string | null;
};

/** A row of the Activities table. */
export type SampleActivityRow = {
  Date: number;
  /** The customer's Company. */
  Customer: string;
  DealID: string | null;
  Owner: string;
  Method: string;
  Summary: string;
  NextContact: number | null;
  Satisfaction: number | null;
};

/** A row of the Service table (an after-sales ticket), without the DueBy formula column. */
export type SampleServiceRow = {
  TicketID: string;
  /** The customer's Company. */
  Customer: string;
  DealID: string;
  OpenedOn: number;
  Type: string;
  Owner: string;
  Priority: string;
  Status: string;
  ResolvedOn: number | null;
  /** 1–5 on a closed ticket, null on an open one. */
  Satisfaction: number | null;
  Summary: string;
};

/** A sample workbook as plain rows keyed by the column names of WORKBOOK.md; dates are serials. */
export type SampleWorkbook = {
  stages: StageRow[];
  team: TeamRow[];
  customers: SampleCustomerRow[];
  deals: SampleDealRow[];
  activities: SampleActivityRow[];
  service: SampleServiceRow[];
  /** Contracts of the won deals and their payment plans (sampleContracts.ts). */
  contracts: SampleContractRow[];
  payments: SamplePaymentRow[];
};

import type { Cell } from "@core/cells/cell";
import { isPoolBookkeeping } from "@core/customers/poolMarkers";
import { columnIndex } from "@core/workbook/columnIndex";
import type { TableName } from "@core/workbook/schema";
import type { Receivable } from "@core/collections/receivable";

/** A table as read from the workbook (the shape src/excel's readTables gives), for core to read. */
export type PerformanceTableRows = { readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] };

export type DealFact = {
  readonly owner: string;
  readonly stage: string;
  readonly amount: number;
  readonly collected: number;
  readonly created: number | null;
  readonly closedOn: number | null;
};
export type ActivityFact = {
  readonly owner: string;
  readonly date: number | null;
  readonly satisfaction: number | null;
};
export type CustomerFact = { readonly owner: string; readonly firstPurchase: number | null };
export type TargetFact = {
  readonly level: string;
  readonly name: string;
  readonly metric: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly target: number;
};
export type TeamFact = { readonly rep: string; readonly team: string };
/** A Payments row (one installment) as the collection rate reads it, with its owner. */
export type PaymentFact = Receivable & { readonly owner: string };

/** The rows the scorecard is computed from, as plain facts. */
export type PerformanceData = {
  readonly deals: readonly DealFact[];
  readonly activities: readonly ActivityFact[];
  readonly customers: readonly CustomerFact[];
  readonly targets: readonly TargetFact[];
  readonly team: readonly TeamFact[];
  /** The Payments table's installments with a due date (none when the workbook has no Payments). */
  readonly payments: readonly PaymentFact[];
};

/** The tables performance reads; any may be missing. */
export type PerformanceTables = Partial<Record<TableName, PerformanceTableRows>>;

function reader(name: TableName, table: PerformanceTableRows | undefined) {
  const index = table ? columnIndex(name, table.headers) : {};
  const cell = (row: readonly Cell[], key: string): Cell => (index[key] >= 0 ? row[index[key]] : null);
  return {
    rows: table?.rows ?? [],
    cell,
    text: (row: readonly Cell[], key: string) => {
      const value = cell(row, key);
      return value === null || value === undefined ? "" : String(value).trim();
    },
    // SUMIFS adds numbers only: text in a number column counts nothing, as here.
    number: (row: readonly Cell[], key: string) => {
      const value = cell(row, key);
      return typeof value === "number" && Number.isFinite(value) ? value : 0;
    },
    numberOrNull: (row: readonly Cell[], key: string) => {
      const value = cell(row, key);
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    },
  };
}

/**
 * Reads the Deals, Activities, Customers, Targets, Team and Payments tables (headers in either language)
 * into plain facts. Numbers count only where the cell holds a number, as SUMIFS adds them.
 * Activities are follow-ups only: the pool's bookkeeping rows (see poolMarkers) are left out, as
 * the Scorecard's Activities formula leaves them out. Payments rows without a due date are left
 * out (SALES.COLLECTRATE's FILTER by due date leaves them out too).
 *
 * @param tables - the tables as read from the workbook
 * @returns the facts
 *
 * @example
 * performanceData({ Team: { headers: ["Rep", "Team"], rows: [["Ann", "East"]] } }).team //=> [{ rep: "Ann", team: "East" }]
 */
export function performanceData(tables: PerformanceTables): PerformanceData {
  const deals = reader("Deals", tables.Deals);
  const activities = reader("Activities", tables.Activities);
  const customers = reader("Customers", tables.Customers);
  const targets = reader("Targets", tables.Targets);
  const team = reader("Team", tables.Team);
  const payments = reader("Payments", tables.Payments);
  return {
    deals: deals.rows.map((row) => ({
      owner: deals.text(row, "Owner"),
      stage: deals.text(row, "Stage"),
      amount: deals.number(row, "Amount"),
      collected: deals.number(row, "Collected"),
      created: deals.numberOrNull(row, "Created"),
      closedOn: deals.numberOrNull(row, "ClosedOn"),
    })),
    // The pool's claims, releases and reassignments are bookkeeping, not follow-ups.
    activities: activities.rows
      .filter((row) => !isPoolBookkeeping(activities.cell(row, "Summary")))
      .map((row) => ({
        owner: activities.text(row, "Owner"),
        date: activities.numberOrNull(row, "Date"),
        satisfaction: activities.numberOrNull(row, "Satisfaction"),
      })),
    customers: customers.rows.map((row) => ({
      owner: customers.text(row, "Owner"),
      firstPurchase: customers.numberOrNull(row, "FirstPurchase"),
    })),
    targets: targets.rows.map((row) => ({
      level: targets.text(row, "Level"),
      name: targets.text(row, "Name"),
      metric: targets.text(row, "Metric"),
      start: targets.numberOrNull(row, "PeriodStart"),
      end: targets.numberOrNull(row, "PeriodEnd"),
      target: targets.number(row, "Target"),
    })),
    team: team.rows.map((row) => ({ rep: team.text(row, "Rep"), team: team.text(row, "Team") })).filter((r) => r.rep),
    payments: payments.rows.flatMap((row) => {
      const dueDate = payments.numberOrNull(row, "DueDate");
      return dueDate === null
        ? []
        : [
            {
              owner: payments.text(row, "Owner"),
              dueDate,
              amountDue: payments.number(row, "AmountDue"),
              received: payments.number(row, "Received"),
            },
          ];
    }),
  };
}

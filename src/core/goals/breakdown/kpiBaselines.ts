import type { Matrix } from "@core/cells/cell";
import type { Result } from "@core/errors";
import { avgDeal } from "@core/formulas/process/avgDeal";
import { conversion } from "@core/formulas/process/conversion";
import { cycle } from "@core/formulas/process/cycle";
import type { DealRow } from "@core/goals/breakdown/monthlyHistory";

/** A row of the Activities table as the baselines read it. */
export type ActivityRow = { readonly date: number | null };
/** A row of the Customers table as the baselines read it. */
export type CustomerRow = { readonly firstPurchase: number | null };
/** Inclusive day range (Excel serials), such as last fiscal year's start and end. */
export type DayRange = { readonly start: number; readonly end: number };

/** Last year's values of the KPIs a goal can be set on. */
export type GoalKpiBaselines = {
  /** Share of the deals created in the range that are won (SALES.CONVERSION). */
  readonly conversionRate: Result<number>;
  /** Mean days from creation to close of the won deals closed in the range (SALES.CYCLE). */
  readonly avgCycleDays: Result<number>;
  /** Mean Amount of the won deals closed in the range (SALES.AVGDEAL). */
  readonly avgOrderValue: Result<number>;
  /** Customers whose first purchase falls in the range. */
  readonly newCustomers: number;
  /** Follow-ups (Activities rows) dated in the range. */
  readonly followUps: number;
};

const inRange = (day: number | null | undefined, range: DayRange): boolean =>
  typeof day === "number" && Number.isFinite(day) && Math.floor(day) >= range.start && Math.floor(day) <= range.end;
const column = (values: readonly (string | number | null | undefined)[]): Matrix => values.map((v) => [v ?? null]);

/**
 * The KPI baselines for a period (usually last fiscal year), computed with the same core
 * functions as the SALES.* formulas so the wizard and the sheet agree. A KPI with nothing to
 * measure (no deal created in the range, say) is its error value (#DIV/0!), not 0.
 *
 * @param deals - rows of the Deals table (created is needed for conversion and cycle)
 * @param activities - rows of the Activities table
 * @param customers - rows of the Customers table
 * @param range - first and last day, inclusive
 * @returns the five baselines
 *
 * @example
 * kpiBaselines(deals, activities, customers, { start: 45658, end: 46022 }).followUps //=> 412
 */
export function kpiBaselines(
  deals: readonly DealRow[],
  activities: readonly ActivityRow[],
  customers: readonly CustomerRow[],
  range: DayRange,
): GoalKpiBaselines {
  const created = deals.filter((d) => inRange(d.created, range));
  const closed = deals.filter((d) => inRange(d.closedOn, range));
  return {
    conversionRate: conversion(column(created.map((d) => d.stage))),
    avgCycleDays: cycle(
      column(closed.map((d) => d.created)),
      column(closed.map((d) => d.closedOn)),
      column(closed.map((d) => d.stage)),
    ),
    avgOrderValue: avgDeal(column(closed.map((d) => d.amount)), column(closed.map((d) => d.stage))),
    newCustomers: customers.filter((c) => inRange(c.firstPurchase, range)).length,
    followUps: activities.filter((a) => inRange(a.date, range)).length,
  };
}

import { tableSpec, type ColumnSpec } from "@core/workbook/schema";

/**
 * The tables a user's own sheet or CSV file can be turned into: the customer list, the pipeline,
 * the follow-up log, a collections list (回款计划: installments due and received) and service
 * tickets (售后工单).
 */
export type ImportTarget = "Customers" | "Deals" | "Activities" | "Payments" | "Service";

export const importTargets: readonly ImportTarget[] = ["Customers", "Deals", "Activities", "Payments", "Service"];

/**
 * The columns of a target table that imported data can fill, in the table's canonical order.
 * Formula columns (ƒ in WORKBOOK.md, such as `Deals[Probability]`) are left out: the add-in
 * writes their formulas, so a source column that looks like one is kept as an extra column.
 *
 * @example
 * importColumns("Activities").map((c) => c.key)
 * //=> ["Date", "Customer", "DealID", "Owner", "Method", "Summary", "NextContact", "Satisfaction"]
 */
export function importColumns(target: ImportTarget): readonly ColumnSpec[] {
  return tableSpec(target).columns.filter((column) => !column.formula);
}

/**
 * Whether a column key of a target holds stage names (checked against the Stages table and
 * subject to a stage mapping).
 *
 * @example
 * isStageColumn("Deals", "LostAt") //=> true
 */
export function isStageColumn(target: ImportTarget, key: string): boolean {
  return target === "Deals" && (key === "Stage" || key === "LostAt");
}

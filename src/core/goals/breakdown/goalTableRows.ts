import type { ActivityRow, CustomerRow } from "@core/goals/breakdown/kpiBaselines";
import type { DealRow } from "@core/goals/breakdown/monthlyHistory";
import type { RepInput } from "@core/goals/breakdown/plan";
import { tableCell, type TableCells } from "@core/goals/breakdown/tableCell";
import { isPoolBookkeeping } from "@core/customers/poolMarkers";

/**
 * The Deals table as the goal wizard reads it. Amounts read leniently (text numbers, ¥, thousands
 * separators) and dates as serials or date text, as the SALES functions do.
 *
 * @example
 * dealRows({ headers: ["Owner", "Stage", "Amount", "ClosedOn"], rows: [["Li", "Won", 100, 46000]] })[0] //=> { owner: "Li", stage: "Won", amount: 100, closedOn: 46000, collected: null, created: null }
 */
export function dealRows(table: TableCells): DealRow[] {
  const at = tableCell("Deals", table);
  return table.rows.map((row) => ({
    owner: at.text(row, "Owner"),
    stage: at.text(row, "Stage"),
    closedOn: at.date(row, "ClosedOn"),
    amount: at.number(row, "Amount"),
    collected: at.number(row, "Collected"),
    created: at.date(row, "Created"),
  }));
}

/**
 * The reps of the Team table, in sheet order, skipping rows without a name and repeated names
 * (the first row of a name wins, as SUMIFS would count the rep once), with StartDate and EndDate
 * when the row has them.
 *
 * @example
 * teamReps({ headers: ["Rep", "Team", "Capacity"], rows: [["Li", "East", 2], ["", "East", 1]] }) //=> [{ name: "Li", team: "East", capacity: 2 }]
 */
export function teamReps(table: TableCells): RepInput[] {
  const at = tableCell("Team", table);
  const seen = new Set<string>();
  const reps: RepInput[] = [];
  for (const row of table.rows) {
    const name = at.text(row, "Rep");
    if (name === null || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    // A Team sheet from before EndDate existed reads as "no end": the column is optional.
    const startDate = at.date(row, "StartDate");
    const endDate = at.date(row, "EndDate");
    reps.push({
      name,
      team: at.text(row, "Team") ?? "",
      capacity: at.number(row, "Capacity"),
      ...(startDate !== null && { startDate }),
      ...(endDate !== null && { endDate }),
    });
  }
  return reps;
}

/**
 * The Activities rows as the KPI baselines read them (their dates): follow-ups only, the pool's
 * bookkeeping rows (see poolMarkers) left out.
 *
 * @example
 * activityRows({ headers: ["Date"], rows: [[46000], [""]] }) //=> [{ date: 46000 }, { date: null }]
 */
export function activityRows(table: TableCells): ActivityRow[] {
  const at = tableCell("Activities", table);
  return table.rows
    .filter((row) => !isPoolBookkeeping(at.raw(row, "Summary")))
    .map((row) => ({ date: at.date(row, "Date") }));
}

/**
 * The Customers rows as the KPI baselines read them (their first purchase).
 *
 * @example
 * customerRows({ headers: ["FirstPurchase"], rows: [[46000]] }) //=> [{ firstPurchase: 46000 }]
 */
export function customerRows(table: TableCells): CustomerRow[] {
  const at = tableCell("Customers", table);
  return table.rows.map((row) => ({ firstPurchase: at.date(row, "FirstPurchase") }));
}

import type { Cell } from "@core/cells/cell";
import { serialFromDate } from "@core/cells/parseDate";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type TableName } from "@core/workbook/schema";
import type { ForecastRecord } from "@core/pipeline/forecastHistory/forecastSnapshot";
import type { PipelineTables, PlainTable } from "@core/pipeline/pipelineTables";

/** A day of 2026/2027 as a serial: d(11, 28) is 2026-11-28; months past 12 run into 2027. */
export const d = (month: number, day: number): number =>
  serialFromDate(2026 + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1, day);

export const today = d(11, 28);

/** A table as readTables gives it: headers (as written) and rows, with the column index. */
export function plainTable(name: TableName, headers: string[], rows: Cell[][]): PlainTable & { headers: string[] } {
  return { headers, columns: columnIndex(name, headers), rows };
}

export const stagesTable = plainTable(
  "Stages",
  ["Stage", "Order", "Probability", "ForecastCategory", "StaleDays"],
  [
    ["Won", 6, 1, "Closed", ""],
    ["Prospecting", 1, 0.1, "Pipeline", 14],
    ["Needs analysis", 2, 0.25, "Pipeline", 21],
    ["Proposal", 3, 0.5, "Best case", 21],
    ["Negotiation", 4, 0.75, "Commit", 14],
    ["Contract", 5, 0.9, "Commit", 14],
    ["Lost", 7, 0, "Omitted", ""],
  ],
);

/** The Deals headers the pipeline fixtures write, in the order of their rows. */
export const dealHeaders = [
  "DealID",
  "Customer",
  "Owner",
  "Stage",
  "Amount",
  "Created",
  "ExpectedClose",
  "ClosedOn",
  "StageSince",
  "LastActivity",
  "ForecastCategory",
  "LostAt",
];

/**
 * Eight deals, hand-checked (today 2026-11-28):
 * D1 Lee won 1000 (09-01 → 10-10) · D2 Lee lost at Proposal 2000 (closed 10-20) ·
 * D3 Wang won 3000 (08-01 → 11-05) · D4 Wang Proposal 4000, close 12-15, in stage since 11-01 ·
 * D5 Lee Negotiation 5000, close 11-20 (overdue), last activity 10-20 ·
 * D6 Zhao Prospecting 6000, no close date, created 10-01, in stage since 11-10, a follow-up on 11-25 ·
 * D7 Zhao lost 1000 (closed 07-01, no LostAt) · D8 Lee Contract 2000, close 2027-01-10.
 */
export const dealsTable = plainTable("Deals", dealHeaders, [
  ["D1", "Acme", "Lee", "Won", 1000, d(9, 1), d(10, 10), d(10, 10), d(10, 10), "", "Closed", ""],
  ["D2", "Beta", "Lee", "Lost", 2000, d(9, 5), d(10, 20), d(10, 20), d(10, 20), "", "Omitted", "Proposal"],
  ["D3", "Gamma", "Wang", "Won", 3000, d(8, 1), d(11, 5), d(11, 5), d(11, 5), "", "Closed", ""],
  ["D4", "Delta", "Wang", "Proposal", 4000, d(10, 1), d(12, 15), "", d(11, 1), d(11, 20), "Best case", ""],
  ["D5", "Echo", "Lee", "Negotiation", 5000, d(10, 15), d(11, 20), "", d(11, 20), d(10, 20), "Commit", ""],
  ["D6", "Fox", "Zhao", "Prospecting", 6000, d(10, 1), "", "", d(11, 10), "", "Pipeline", ""],
  ["D7", "Golf", "Zhao", "Lost", 1000, d(6, 1), d(7, 1), d(7, 1), d(7, 1), "", "Omitted", ""],
  ["D8", "Hotel", "Lee", "Contract", 2000, d(11, 1), d(13, 10), "", d(11, 25), d(11, 27), "Commit", ""],
]);

export const teamTable = plainTable(
  "Team",
  ["Rep", "Team", "Manager"],
  [
    ["Lee", "East", ""],
    ["Wang", "East", "Lee"],
    ["Zhao", "North", ""],
  ],
);

export const targetsTable = plainTable(
  "Targets",
  ["Period", "PeriodStart", "PeriodEnd", "Level", "Name", "Metric", "Target"],
  [
    ["2026 Q4", d(10, 1), d(12, 31), "Company", "Company", "Signed", 10000],
    ["2026 Q4", d(10, 1), d(12, 31), "Company", "Company", "Collected", 99999],
    ["2026 Q4", d(10, 1), d(12, 31), "Rep", "Lee", "Signed", 4000],
    ["2026-11", d(11, 1), d(11, 30), "Company", "Company", "Signed", 3000],
    ["FY2026", d(4, 1), d(15, 31), "Company", "Company", "Signed", 50000],
  ],
);

export const activitiesTable = plainTable(
  "Activities",
  ["Date", "Customer", "DealID", "Owner"],
  [
    [d(11, 25), "Fox", "D6", "Zhao"],
    [d(9, 1), "Echo", "D5", "Lee"],
  ],
);

export const tables: PipelineTables = {
  deals: dealsTable,
  stages: stagesTable,
  team: teamTable,
  targets: targetsTable,
  activities: activitiesTable,
};

/** ForecastHistory records as the writer lays them out in the table, in the schema's column order. */
export function historyTable(records: readonly ForecastRecord[]): PlainTable & { headers: string[] } {
  const rows: Cell[][] = records.map((r) => [
    r.recordedOn,
    r.week,
    r.period,
    r.periodStart,
    r.periodEnd,
    r.rep,
    r.team,
    r.closed ?? "",
    r.commit ?? "",
    r.bestCase ?? "",
    r.pipeline ?? "",
    r.weighted ?? "",
    r.target ?? "",
    r.automatic,
  ]);
  return plainTable("ForecastHistory", tableHeaders("ForecastHistory", "en-US"), rows);
}

import type { Cell } from "@core/cells/cell";
import { serialFromDate } from "@core/cells/parseDate";
import type { WeeklyTables } from "@core/weekly/report/weeklyTables";
import { weekFromLabel } from "@core/weekly/week";
import { plainTable, stagesTable } from "../../pipeline/pipelineFixture";

/** A day as a serial: day(2026, 12, 28). */
export const day = serialFromDate;

/** 2026-W53: Monday 2026-12-28 to Sunday 2027-01-03, a week that crosses a month and a year. */
export const week = weekFromLabel("2026-W53")!;
/** The Monday after it, when the meeting reviews it. */
export const today = day(2027, 1, 4);

/**
 * The team: East (Lee, Wang, Old — who left on 2026-11-30 but still owns a deal won in the week,
 * and Gone, who left on 2026-12-15 and has nothing in it) and North (Zhao, and Quiet, who did
 * nothing all week).
 */
export const teamTable = plainTable(
  "Team",
  ["Rep", "Team", "StartDate", "EndDate"],
  [
    ["Lee", "East", day(2024, 1, 1), ""],
    ["Wang", "East", day(2024, 1, 1), ""],
    ["Zhao", "North", day(2024, 1, 1), ""],
    ["Old", "East", day(2024, 1, 1), day(2026, 11, 30)],
    ["Gone", "East", day(2024, 1, 1), day(2026, 12, 15)],
    ["Quiet", "North", day(2025, 1, 1), ""],
  ],
);

const dealHeaders = [
  "DealID",
  "Customer",
  "Owner",
  "Stage",
  "Amount",
  "Created",
  "ExpectedClose",
  "ClosedOn",
  "LostReason",
];

/**
 * D1 Lee won 1000 on 12-29 · D2 Lee lost 2000 on 2027-01-02 for "Price" · D3 Wang created the
 * Sunday at 23:59 (a serial with a fraction), 3000 · D4 Wang created the next Monday, 4000,
 * expected to close next week · D5 Zhao won 5000 the Sunday before the week · D6 Old (left) won
 * 6000 on 12-30 · D7 Ex (not in Team) created 700 on 12-28 · D8 Lee lost 800 the Monday after.
 */
export const dealsTable = plainTable("Deals", dealHeaders, [
  ["D1", "Acme", "Lee", "Won", 1000, day(2026, 12, 1), day(2026, 12, 29), day(2026, 12, 29), ""],
  ["D2", "Beta", "Lee", "Lost", 2000, day(2026, 12, 2), day(2027, 1, 2), day(2027, 1, 2), "Price"],
  ["D3", "Gamma", "Wang", "Proposal", 3000, day(2027, 1, 3) + 1439 / 1440, day(2027, 2, 1), "", ""],
  ["D4", "Delta", "Wang", "Prospecting", 4000, day(2027, 1, 4), day(2027, 1, 6), "", ""],
  ["D5", "Epsilon", "Zhao", "Won", 5000, day(2026, 11, 1), day(2026, 12, 27), day(2026, 12, 27), ""],
  ["D6", "Zeta", "Old", "Won", 6000, day(2026, 10, 1), day(2026, 12, 30), day(2026, 12, 30), ""],
  ["D7", "Eta", "Ex", "Prospecting", 700, day(2026, 12, 28), day(2027, 3, 1), "", ""],
  ["D8", "Theta", "Lee", "Lost", 800, day(2026, 12, 3), day(2027, 1, 4), day(2027, 1, 4), "Timing"],
]);

/** D1 moved to Won in the week, D3 into Prospecting on the Sunday, D3's amount changed (not a stage move), D9 (since deleted) moved. */
export const historyTable = plainTable(
  "DealHistory",
  ["DealID", "Field", "From", "To", "ChangedOn", "Amount", "Exact"],
  [
    ["D1", "Stage", "Proposal", "Won", day(2026, 12, 29), 1000, true],
    ["D3", "Stage", "", "Prospecting", day(2027, 1, 3), 3000, true],
    ["D3", "Amount", 2500, 3000, day(2027, 1, 3), 3000, true],
    ["D9", "阶段", "Proposal", "Lost", day(2026, 12, 30), 900, true],
    ["D5", "Stage", "Contract", "Won", day(2026, 12, 27), 5000, true],
  ],
);

/**
 * C1 Lee's new on 12-29 · C2 Wang's new on the Sunday · C3 Zhao's new the Monday after, due next
 * week · C4 Lee's due next week · C5 Wang's, overdue since 12-20 · C6 in the pool, overdue but nobody's to call.
 */
export const customersTable = plainTable(
  "Customers",
  ["CustomerID", "Company", "Owner", "FirstPurchase", "NextContact", "Status"],
  [
    ["C1", "Acme", "Lee", day(2026, 12, 29), day(2027, 2, 1), "Active"],
    ["C2", "Beta", "Wang", day(2027, 1, 3), "", "Active"],
    ["C3", "Gamma", "Zhao", day(2027, 1, 4), day(2027, 1, 5), "Active"],
    ["C4", "Delta", "Lee", "", day(2027, 1, 10), "Active"],
    ["C5", "Epsilon", "Wang", "", day(2026, 12, 20), "Active"],
    ["C6", "Zeta", "Zhao", "", day(2026, 12, 1), "Pool"],
  ],
);

/** Lee called Acme on 12-29 and messaged it on the Sunday evening; Zhao visited Gamma; Lee's call of 12-27 is the week before. */
export const activitiesTable = plainTable(
  "Activities",
  ["Date", "Customer", "Owner", "Method", "Summary"],
  [
    [day(2026, 12, 27), "Acme", "Lee", "Call", "Intro"],
    [day(2026, 12, 29), "Acme", "Lee", "Call", "Pricing"],
    [day(2027, 1, 3) + 0.9, "Acme", "Lee", "微信", "Follow-up"],
    [day(2026, 12, 30), "Gamma", "Zhao", "拜访", "Demo"],
  ],
);

const targetHeaders = [
  "Period",
  "PeriodStart",
  "PeriodEnd",
  "Level",
  "Name",
  "Metric",
  "Target",
  "Actual",
  "Attainment",
  "Gap",
  "Pace",
];
const jan = [day(2027, 1, 1), day(2027, 1, 31)];
const q1 = [day(2027, 1, 1), day(2027, 3, 31)];

/** January and Q1 2027 (the months of the week's Sunday): Lee has both, Wang none, East and the company January. */
export const targetsTable = plainTable("Targets", targetHeaders, [
  ["2027-01", ...jan, "Rep", "Lee", "Signed", 10000, 0, 0, 10000, 0],
  ["2027-Q1", ...q1, "Rep", "Lee", "Signed", 30000, 0, 0, 30000, 0],
  ["2027-01", ...jan, "Rep", "Lee", "Collected", 9000, 0, 0, 9000, 0],
  ["2026-12", day(2026, 12, 1), day(2026, 12, 31), "Rep", "Wang", "Signed", 8000, 9000, 1.125, -1000, 1.125],
  ["2027-01", ...jan, "Team", "East", "Signed", 40000, 1000, 0.025, 39000, 0.775],
  ["2027-01", ...jan, "Company", "", "Signed", 60000, 1200, 0.02, 58800, 0.62],
] as Cell[][]);

export const tables: WeeklyTables = {
  Deals: dealsTable,
  DealHistory: historyTable,
  Customers: customersTable,
  Activities: activitiesTable,
  Team: teamTable,
  Targets: targetsTable,
  Stages: stagesTable,
};

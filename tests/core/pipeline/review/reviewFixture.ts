import type { Cell } from "@core/cells/cell";
import type { PipelineTables } from "@core/pipeline/pipelineTables";
import { d, dealHeaders, plainTable, stagesTable, teamTable, today } from "../pipelineFixture";

export { d, today };

/**
 * Nine deals, hand-checked (today 2026-11-28):
 * R1 Lee won 9000: Prospecting 08-01 → (skips Needs analysis) Proposal 08-11 → Won 09-10 ·
 * R2 Wang Proposal 4000 (was 5000): Prospecting 09-01 → Needs analysis 09-05 → Proposal 09-15 →
 *   back to Needs analysis 10-01 → Proposal 10-11; close 11-30 → 12-20 (slip) → 12-10 ·
 * R3 Lee Proposal 7000, reopened: Prospecting 07-01 → Won 07-21 → Proposal 08-01 ·
 * R4 Zhao Negotiation 8000, reconciled: Prospecting (created 06-01) → Negotiation noticed 10-20, both inexact ·
 * R5 Zhao lost 3000 at Proposal for "Price": Needs analysis (before the history) → Lost 10-01 ·
 * R6 Lee lost 2000 at Negotiation for " price ", no history · R7 Wang lost 1000, no stage, no reason ·
 * R8 Lee Prospecting 500, StageSince 11-25 · R9 Lee Contract 600, no StageSince.
 */
export const reviewDeals = plainTable(
  "Deals",
  [...dealHeaders, "LostReason"],
  [
    ["R1", "Acme", "Lee", "Won", 9000, d(8, 1), d(9, 10), d(9, 10), d(9, 10), "", "Closed", "", ""],
    ["R2", "Beta", "Wang", "Proposal", 4000, d(9, 1), d(12, 10), "", d(10, 11), "", "Best case", "", ""],
    ["R3", "Gamma", "Lee", "Proposal", 7000, d(7, 1), d(12, 31), "", d(11, 1), "", "Best case", "", ""],
    ["R4", "Delta", "Zhao", "Negotiation", 8000, d(6, 1), d(12, 15), "", d(10, 20), "", "Commit", "", ""],
    ["R5", "Echo", "Zhao", "Lost", 3000, d(8, 1), d(10, 1), d(10, 1), d(10, 1), "", "Omitted", "Proposal", "Price"],
    ["R6", "Fox", "Lee", "Lost", 2000, d(8, 1), d(10, 5), d(10, 5), d(10, 5), "", "Omitted", "Negotiation", " price "],
    ["R7", "Golf", "Wang", "Lost", 1000, d(8, 1), d(10, 9), d(10, 9), d(10, 9), "", "Omitted", "", ""],
    ["R8", "Hotel", "Lee", "Prospecting", 500, d(11, 25), d(12, 31), "", d(11, 25), "", "Pipeline", "", ""],
    ["R9", "India", "Lee", "Contract", 600, d(11, 1), d(12, 31), "", "", "", "Commit", "", ""],
  ],
);

const stage = (deal: string, from: Cell, to: Cell, on: number, amount: number, exact = true): Cell[] => [
  deal,
  "Stage",
  from,
  to,
  on,
  amount,
  exact,
];

/** The rows a recorder would have written for the deals above, not in date order. */
export const historyRows: Cell[][] = [
  stage("R1", "", "Prospecting", d(8, 1), 9000),
  stage("R1", "Prospecting", "Proposal", d(8, 11), 9000),
  stage("R2", "", "Prospecting", d(9, 1), 5000),
  stage("R1", "Proposal", "Won", d(9, 10), 9000),
  stage("R2", "Prospecting", "Needs analysis", d(9, 5), 5000),
  stage("R2", "Needs analysis", "Proposal", d(9, 15), 5000),
  stage("R2", "Proposal", "Needs analysis", d(10, 1), 5000),
  stage("R2", "Needs analysis", "Proposal", d(10, 11), 5000),
  ["R2", "Amount", 5000, 4000, d(10, 11), 4000, true],
  ["R2", "ExpectedClose", d(11, 30), d(12, 20), d(11, 1), 4000, true],
  ["R2", "ExpectedClose", d(12, 20), d(12, 10), d(11, 5), 4000, true],
  stage("R3", "", "Prospecting", d(7, 1), 7000),
  stage("R3", "Prospecting", "Won", d(7, 21), 7000),
  stage("R3", "Won", "Proposal", d(8, 1), 7000),
  stage("R4", "", "Prospecting", d(6, 1), 8000, false),
  stage("R4", "Prospecting", "Negotiation", d(10, 20), 8000, false),
  stage("R5", "Needs analysis", "Lost", d(10, 1), 3000),
];

export const historyTable = plainTable(
  "DealHistory",
  ["DealID", "Field", "From", "To", "ChangedOn", "Amount", "Exact"],
  historyRows,
);

export const reviewTables: PipelineTables = {
  deals: reviewDeals,
  stages: stagesTable,
  team: teamTable,
  history: historyTable,
};

import type { PerformanceData } from "@core/performance/performanceData";
import { performanceLabels } from "@core/performance/performanceLabels";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { COLLECTION_RATE_DEFAULT, type Kpi } from "@core/performance/kpis";
import { defaultPlanBands, type ScorecardPlan } from "@core/performance/scorecardPlan";

/** 2026-01-01 … 2026-03-31 and 2026-04-01 … 2026-06-30 as Excel serials. */
export const Q1 = { start: 46023, end: 46112 };
export const Q2 = { start: 46113, end: 46203 };

const deal = (
  owner: string,
  stage: string,
  amount: number,
  collected: number,
  created: number | null,
  closedOn: number | null,
) => ({
  owner,
  stage,
  amount,
  collected,
  created,
  closedOn,
});

/** A small hand-checked team: Ann (East) sells well, Bob (East) poorly, Cai (West) nothing yet. */
export const data: PerformanceData = {
  deals: [
    deal("Ann", "Won", 100000, 80000, 46000, 46030),
    deal("Ann", "won", 50000, 50000, 46020, 46080),
    deal("Ann", "Lost", 20000, 0, 46000, 46050),
    deal("Ann", "Won", 30000, 30000, 45900, 45990),
    deal("Ann", "Proposal", 40000, 0, 46010, null),
    deal("Ann", "Won", 40000, 0, 46120, 46150),
    deal("Bob", "Won", 20000, 0, null, 46100),
    deal("Bob", "Lost", 10000, 0, 46000, 46060),
    deal("bob", "Lost", 5000, 0, 46000, 46070),
  ],
  activities: [
    { owner: "Ann", date: 46030, satisfaction: 5 },
    { owner: "Ann", date: 46040, satisfaction: 4 },
    { owner: "Ann", date: 46100, satisfaction: null },
    { owner: "Ann", date: 46200, satisfaction: 1 },
    { owner: "Bob", date: 46030, satisfaction: 3 },
    { owner: "Bob", date: 46031, satisfaction: null },
  ],
  customers: [
    { owner: "Ann", firstPurchase: 46030 },
    { owner: "Ann", firstPurchase: 46080 },
    { owner: "Ann", firstPurchase: 45990 },
    { owner: "Bob", firstPurchase: null },
  ],
  targets: [
    { level: "Rep", name: "Ann", metric: "Signed", start: Q1.start, end: Q1.end, target: 120000 },
    { level: "Rep", name: "Ann", metric: "Signed", start: 46023, end: 46053, target: 40000 },
    { level: "Rep", name: "Ann", metric: "Signed", start: 46054, end: 46081, target: 40000 },
    { level: "Rep", name: "Ann", metric: "Signed", start: 46082, end: 46112, target: 40000 },
    { level: "Rep", name: "Ann", metric: "Signed", start: Q2.start, end: Q2.end, target: 100000 },
    { level: "Rep", name: "Bob", metric: "Signed", start: Q1.start, end: Q1.end, target: 80000 },
    { level: "Team", name: "Ann", metric: "Signed", start: Q1.start, end: Q1.end, target: 999999 },
  ],
  team: [
    { rep: "Ann", team: "East" },
    { rep: "Bob", team: "East" },
    { rep: "Cai", team: "West" },
  ],
  // Q1: Ann owes 100 + 200 + 200 and has 100 + 50 + 50 of it (40 %); Q2: 100 paid as 120 (capped: 100 %).
  payments: [
    { owner: "Ann", dueDate: 46030, amountDue: 100, received: 100 },
    { owner: "Ann", dueDate: 46060, amountDue: 200, received: 50 },
    { owner: "ann", dueDate: 46100, amountDue: 200, received: 50 },
    { owner: "Ann", dueDate: 46200, amountDue: 100, received: 120 },
  ],
};

export const labels = performanceLabels("en-US", data.deals);

export const kpis: Kpi[] = [
  { key: "attainment", weight: 40, target: 1, lowerIsBetter: false },
  { key: "winRate", weight: 15, target: 0.5, lowerIsBetter: false },
  { key: "avgDeal", weight: 10, target: 50000, lowerIsBetter: false },
  { key: "cycle", weight: 10, target: 60, lowerIsBetter: true },
  { key: "activities", weight: 10, target: 6, lowerIsBetter: false },
  { key: "satisfaction", weight: 5, target: 4, lowerIsBetter: false },
  { key: "newCustomers", weight: 10, target: 2, lowerIsBetter: false },
  COLLECTION_RATE_DEFAULT,
];

export const plan: ScorecardPlan = {
  periods: scorecardPeriods({ kind: "quarter", year: 2026, quarter: 1 }),
  reps: ["Ann", "Bob", "Cai"],
  kpis,
  cap: 1.5,
  bands: defaultPlanBands,
  commission: {
    tiers: [
      { threshold: 0, rate: 0.04 },
      { threshold: 100000, rate: 0.06 },
    ],
    mode: "marginal",
    basis: "signed",
    accelerator: { from: 1, multiplier: 1.5 },
    carry: true,
  },
};

import { noKpiPlans } from "@core/performance/kpiPlans";
import type { PerformanceWorkbook } from "@excel/performance/readPerformance";
import { data, kpis, plan } from "../../core/performance/performanceFixture";

/** The hand-checked performance fixture as the Performance area reads it: three reps, a quarterly KPI plan. */
export const handWorkbook: PerformanceWorkbook = {
  language: "en-US",
  data,
  missing: [],
  reps: ["Ann", "Bob", "Cai"],
  bands: null,
  tiers: plan.commission.tiers.map((tier) => ({ ...tier })),
  kpis: { ...noKpiPlans, quarter: kpis },
  scorecard: [],
};

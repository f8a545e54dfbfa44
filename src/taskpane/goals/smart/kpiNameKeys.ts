import type { KpiId } from "@core/goals/breakdown/kpiTargets";
import type { TranslationKey } from "@i18n/translationKey";

/** The name of each KPI (the SMART goal's KPI choice and the KPI targets table name them alike). */
export const kpiNameKeys = {
  conversionRate: "goals.kpis.names.conversionRate",
  avgCycleDays: "goals.kpis.names.avgCycleDays",
  avgOrderValue: "goals.kpis.names.avgOrderValue",
  newCustomers: "goals.kpis.names.newCustomers",
  followUps: "goals.kpis.names.followUps",
} as const satisfies Record<KpiId, TranslationKey>;

import type { WorkbookLanguage } from "@core/workbook/schema";
import { formatAmount, formatPercent } from "@core/goals/breakdown/formatFigure";
import type { GoalKpiBaselines } from "@core/goals/breakdown/kpiBaselines";

/** The KPIs a goal can carry beside its revenue target (the fields of GoalKpiBaselines). */
export type KpiId = keyof GoalKpiBaselines;

export const kpiIds: readonly KpiId[] = [
  "conversionRate",
  "avgCycleDays",
  "avgOrderValue",
  "newCustomers",
  "followUps",
];

/** How a KPI reads: its unit and which way is better. */
export type KpiSpec = {
  readonly unit: "percent" | "days" | "money" | "count";
  /** True when a lower figure is better (a shorter sales cycle). */
  readonly lowerIsBetter: boolean;
  readonly name: Readonly<Record<WorkbookLanguage, string>>;
};

export const kpiSpecs: Readonly<Record<KpiId, KpiSpec>> = {
  conversionRate: { unit: "percent", lowerIsBetter: false, name: { "en-US": "Conversion rate", "zh-CN": "转化率" } },
  avgCycleDays: {
    unit: "days",
    lowerIsBetter: true,
    name: { "en-US": "Average sales cycle", "zh-CN": "平均销售周期" },
  },
  avgOrderValue: {
    unit: "money",
    lowerIsBetter: false,
    name: { "en-US": "Average order value", "zh-CN": "平均客单价" },
  },
  newCustomers: { unit: "count", lowerIsBetter: false, name: { "en-US": "New customers", "zh-CN": "新客户数" } },
  followUps: { unit: "count", lowerIsBetter: false, name: { "en-US": "Follow-ups", "zh-CN": "跟进次数" } },
};

/**
 * A KPI figure as text: a percentage for rates (0.3 → "30%"), days with one decimal, money and
 * counts grouped.
 *
 * @example
 * kpiFigure("avgCycleDays", 41.25, "zh-CN") //=> "41.3 天"
 */
export function kpiFigure(id: KpiId, value: number, language: WorkbookLanguage): string {
  switch (kpiSpecs[id].unit) {
    case "percent":
      return formatPercent(value);
    case "days":
      return language === "zh-CN" ? `${formatAmount(value, 1)} 天` : `${formatAmount(value, 1)} days`;
    case "money":
      return formatAmount(value, 2);
    case "count":
      return formatAmount(value, 0);
  }
}

/**
 * A KPI target as the ActionPlan's KPI column states it: the KPI's name, ≥ or ≤ by which way is
 * better, and the figure — the text ties a step to the KPI it serves and to the level it aims at.
 *
 * @example
 * kpiTargetText("conversionRate", 0.3, "en-US") //=> "Conversion rate ≥ 30%"
 */
export function kpiTargetText(id: KpiId, target: number, language: WorkbookLanguage): string {
  const spec = kpiSpecs[id];
  return `${spec.name[language]} ${spec.lowerIsBetter ? "≤" : "≥"} ${kpiFigure(id, target, language)}`;
}

/**
 * The change a KPI target asks for over last year: target ÷ baseline − 1, or null without a
 * positive baseline.
 *
 * @example
 * kpiChange(0.3, 0.25) //=> 0.2
 */
export function kpiChange(target: number, baseline: number | null): number | null {
  if (baseline === null || !(baseline > 0) || !Number.isFinite(target)) return null;
  return target / baseline - 1;
}

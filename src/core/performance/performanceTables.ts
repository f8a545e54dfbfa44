import type { LocalizedText } from "@core/workbook/schema";
import type { KpiKey } from "@core/performance/kpis";

const text = (en: string, zh: string): LocalizedText => ({ "en-US": en, "zh-CN": zh });

/** A KPI's name in the KpiWeights table (and the pane). */
export const kpiNames: Readonly<Record<KpiKey, LocalizedText>> = {
  attainment: text("Revenue vs target", "业绩达成率"),
  winRate: text("Win rate", "赢单率"),
  avgDeal: text("Average deal", "平均成交额"),
  cycle: text("Sales cycle (days)", "销售周期（天）"),
  activities: text("Follow-ups", "跟进次数"),
  satisfaction: text("Satisfaction", "客户满意度"),
  newCustomers: text("New customers", "新客户数"),
  collectionRate: text("Collection rate", "回款率"),
};

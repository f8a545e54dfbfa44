import type { ColumnKind, LocalizedText, WorkbookLanguage } from "@core/workbook/schema";
import { tableSpec, workbookLanguages } from "@core/workbook/schema";
import type { KpiKey } from "@core/performance/kpis";

/** A column of a table performance writes: a stable key, headers in both languages, a format. */
export type PerformanceColumn = {
  readonly key: string;
  readonly header: LocalizedText;
  readonly kind: ColumnKind;
  readonly formula: boolean;
  /**
   * The number format when the kind's is not right: text columns are Text (@) so that periods
   * such as "Apr 2026" and names starting with = stay text; a TRUE/FALSE column stays General.
   */
  readonly format?: string;
};

/** A table performance writes: the Scorecard, or one of its set-up tables. */
export type PerformanceTable = {
  readonly name: string;
  readonly sheet: LocalizedText;
  readonly columns: readonly PerformanceColumn[];
};

const text = (en: string, zh: string): LocalizedText => ({ "en-US": en, "zh-CN": zh });
const col = (key: string, zh: string, kind: ColumnKind, formula = false, en = key): PerformanceColumn => ({
  key,
  header: text(en, zh),
  kind,
  formula,
});

/**
 * Columns the Scorecard gets beyond WORKBOOK.md's, each placed after a schema column (null: at
 * the end): NewCustomers joins the KPI block SALES.SCORE reads (Attainment … NewCustomers),
 * Commission sits by Rating, and the period's days and the commission inputs (base, carried
 * year-to-date sales, quota) come last so every figure of Commission can be traced.
 */
export const scorecardExtras: readonly { readonly column: PerformanceColumn; readonly after: string | null }[] = [
  { column: col("NewCustomers", "新客户数", "integer", true), after: "Satisfaction" },
  { column: col("Commission", "提成", "money", true), after: "Rating" },
  { column: col("PeriodStart", "开始日期", "date"), after: null },
  { column: col("PeriodEnd", "结束日期", "date"), after: null },
  { column: col("CommissionBase", "提成基数", "money", true), after: null },
  { column: col("CarriedYTD", "年内前期累计", "money", true), after: null },
  { column: col("QuotaYTD", "加速目标", "money", true), after: null },
];

/** The Scorecard as this feature lays it out: the schema's columns with the extras in place. */
export const scorecardTable: PerformanceTable = (() => {
  const spec = tableSpec("Scorecard");
  const columns: PerformanceColumn[] = spec.columns.map((c) => ({
    key: c.key,
    header: c.header,
    kind: c.kind,
    formula: c.formula,
  }));
  for (const { column, after } of scorecardExtras) {
    const at = after === null ? -1 : columns.findIndex((c) => c.key === after);
    if (at < 0) columns.push(column);
    else columns.splice(at + 1, 0, column);
  }
  return { name: "Scorecard", sheet: spec.sheet, columns };
})();

const setupSheet = tableSpec("Stages").sheet;

/** Rating bands (minimum score, label), read by the Rating column. */
export const ratingBandsTable: PerformanceTable = {
  name: "RatingBands",
  sheet: setupSheet,
  columns: [col("Minimum", "最低得分", "number"), col("Label", "评级", "text")],
};

/** Commission tiers (threshold, rate), read by the Commission column. */
export const commissionTiersTable: PerformanceTable = {
  name: "CommissionTiers",
  sheet: setupSheet,
  columns: [col("Threshold", "起点金额", "money"), col("Rate", "提成比例", "percent")],
};

/** The KPI set (weight, target, direction), one row per KPI in KPI_KEYS order, read by the Score column. */
export const kpiWeightsTable: PerformanceTable = {
  name: "KpiWeights",
  sheet: setupSheet,
  columns: [
    col("KPI", "考核指标", "text"),
    col("Weight", "权重", "number"),
    col("Target", "目标值", "number"),
    { ...col("LowerIsBetter", "越低越好", "text"), format: "General" },
  ],
};

/** A KPI's name in the KpiWeights table (and the pane). */
export const kpiNames: Readonly<Record<KpiKey, LocalizedText>> = {
  attainment: text("Revenue vs target", "业绩达成率"),
  winRate: text("Win rate", "赢单率"),
  avgDeal: text("Average deal", "平均成交额"),
  cycle: text("Sales cycle (days)", "销售周期（天）"),
  activities: text("Follow-ups", "跟进次数"),
  satisfaction: text("Satisfaction", "客户满意度"),
  newCustomers: text("New customers", "新客户数"),
};

/** Where each column of a performance table sits in a header row (either language or its key), -1 when missing. */
export function headerIndex(table: PerformanceTable, headers: readonly unknown[]): Readonly<Record<string, number>> {
  const normalize = (value: unknown) =>
    String(value ?? "")
      .trim()
      .toLowerCase();
  const row = headers.map(normalize);
  const index: Record<string, number> = {};
  for (const column of table.columns) {
    const names = [column.key, ...workbookLanguages.map((language) => column.header[language])].map(normalize);
    index[column.key] = row.findIndex((header) => header !== "" && names.includes(header));
  }
  return index;
}

/** The headers of a performance table in a language. */
export function headersOf(table: PerformanceTable, language: WorkbookLanguage): string[] {
  return table.columns.map((column) => column.header[language]);
}

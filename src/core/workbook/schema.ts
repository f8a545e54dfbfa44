/**
 * The SalesGrid workbook as data: which tables the add-in creates, on which sheets, with which
 * columns. Table names are ASCII and stable because formulas refer to them; sheet names and
 * headers follow the workbook's language. Everything here is plain data so the setup wizard,
 * the status view and the tests read one source of truth (see docs/WORKBOOK.md).
 */

/** The two languages a SalesGrid workbook is written in (sheet names and headers). */
export type WorkbookLanguage = "en-US" | "zh-CN";

export const workbookLanguages: readonly WorkbookLanguage[] = ["en-US", "zh-CN"];

/** A text in both workbook languages. */
export type LocalizedText = Readonly<Record<WorkbookLanguage, string>>;

/** How a column's cells are formatted. */
export type ColumnKind = "text" | "money" | "percent" | "date" | "integer" | "number";

/** One choice of a column with a fixed list (a data-validation list in the sheet). */
export type ColumnChoice = LocalizedText;

export type ColumnSpec = {
  /** Stable English identifier; code refers to columns by it, never by the header. */
  readonly key: string;
  readonly header: LocalizedText;
  readonly kind: ColumnKind;
  /** True when the add-in writes a formula into the column (ƒ in WORKBOOK.md). */
  readonly formula: boolean;
  readonly choices?: readonly ColumnChoice[];
};

export type TableName =
  "Stages" | "Customers" | "Deals" | "Activities" | "Team" | "Targets" | "ActionPlan" | "Scorecard";

export type TableSpec = {
  readonly name: TableName;
  readonly sheet: LocalizedText;
  readonly columns: readonly ColumnSpec[];
};

/** A default sales stage, as seeded into the `Stages` table. */
export type StageSpec = {
  readonly name: LocalizedText;
  readonly order: number;
  /** A fraction in [0, 1]. */
  readonly probability: number;
  readonly forecastCategory: ForecastCategory;
  readonly staleDays: number | null;
};

export type ForecastCategory = "Pipeline" | "Best case" | "Commit" | "Closed" | "Omitted";

export type CustomerTier = "A" | "B" | "C";

/** Bumped when the table layout changes in a way an existing workbook must be migrated for. */
export const schemaVersion = 1;

/** Add-in housekeeping kept in `workbook.settings` (never business data). */
export const settingKeys = {
  schemaVersion: "salesgrid.schemaVersion",
  language: "salesgrid.language",
} as const;

const text = (en: string, zh: string): LocalizedText => ({ "en-US": en, "zh-CN": zh });

function column(
  key: string,
  zh: string,
  kind: ColumnKind,
  options: { formula?: boolean; en?: string; choices?: readonly ColumnChoice[] } = {},
): ColumnSpec {
  const spec: ColumnSpec = { key, header: text(options.en ?? key, zh), kind, formula: options.formula ?? false };
  return options.choices ? { ...spec, choices: options.choices } : spec;
}

const formula = { formula: true } as const;

export const forecastCategoryChoices: readonly ColumnChoice[] = [
  text("Pipeline", "管道"),
  text("Best case", "最佳情况"),
  text("Commit", "承诺"),
  text("Closed", "已成交"),
  text("Omitted", "忽略"),
];

export const customerStatusChoices: readonly ColumnChoice[] = [text("Active", "活跃"), text("Pool", "公海")];

export const tierChoices: readonly ColumnChoice[] = [text("A", "A"), text("B", "B"), text("C", "C")];

export const activityMethodChoices: readonly ColumnChoice[] = [
  text("Call", "电话"),
  text("WeChat", "微信"),
  text("Visit", "拜访"),
  text("Email", "邮件"),
  text("Other", "其他"),
];

export const targetLevelChoices: readonly ColumnChoice[] = [
  text("Company", "公司"),
  text("Team", "团队"),
  text("Rep", "个人"),
];

export const targetMetricChoices: readonly ColumnChoice[] = [text("Signed", "合同额"), text("Collected", "回款额")];

export const tables: readonly TableSpec[] = [
  {
    name: "Stages",
    sheet: text("Setup", "设置"),
    columns: [
      column("Stage", "阶段", "text"),
      column("Order", "顺序", "integer"),
      column("Probability", "赢单概率", "percent"),
      column("ForecastCategory", "预测类别", "text", { choices: forecastCategoryChoices }),
      column("StaleDays", "停滞天数", "integer"),
    ],
  },
  {
    name: "Customers",
    sheet: text("Customers", "客户档案"),
    columns: [
      column("CustomerID", "客户编号", "text"),
      column("Name", "联系人", "text"),
      column("Company", "公司名称", "text"),
      column("Industry", "行业", "text"),
      column("Region", "区域", "text"),
      column("Owner", "负责人", "text"),
      column("Tier", "客户等级", "text", { choices: tierChoices }),
      column("Source", "来源", "text"),
      column("Phone", "电话", "text"),
      column("Email", "邮箱", "text"),
      column("FirstPurchase", "首次购买", "date"),
      column("LastContact", "最近联系", "date"),
      column("NextContact", "下次联系", "date", formula),
      column("Status", "状态", "text", { choices: customerStatusChoices }),
      column("Preferences", "偏好", "text"),
      column("Satisfaction", "满意度", "number"),
      column("Notes", "备注", "text"),
    ],
  },
  {
    name: "Deals",
    sheet: text("Pipeline", "销售管道"),
    columns: [
      column("DealID", "商机编号", "text"),
      column("Customer", "客户", "text"),
      column("Owner", "负责人", "text"),
      column("Stage", "阶段", "text"),
      column("Amount", "金额", "money"),
      column("Probability", "赢单概率", "percent", formula),
      column("Weighted", "加权金额", "money", formula),
      column("Created", "创建日期", "date"),
      column("ExpectedClose", "预计成交", "date"),
      column("ClosedOn", "成交日期", "date"),
      column("StageSince", "进入阶段日期", "date"),
      column("LastActivity", "最近活动", "date"),
      column("ForecastCategory", "预测类别", "text", { choices: forecastCategoryChoices }),
      column("Collected", "回款金额", "money"),
      column("LostAt", "输单阶段", "text"),
      column("LostReason", "输单原因", "text"),
      column("NextStep", "下一步", "text"),
    ],
  },
  {
    name: "Activities",
    sheet: text("Follow-ups", "跟进记录"),
    columns: [
      column("Date", "日期", "date"),
      column("Customer", "客户", "text"),
      column("DealID", "商机编号", "text"),
      column("Owner", "负责人", "text"),
      column("Method", "跟进方式", "text", { choices: activityMethodChoices }),
      column("Summary", "跟进内容", "text"),
      column("NextContact", "下次联系", "date"),
      column("Satisfaction", "满意度", "number"),
    ],
  },
  {
    name: "Team",
    sheet: text("Team", "销售团队"),
    columns: [
      column("Rep", "销售代表", "text"),
      column("Team", "团队", "text"),
      column("Manager", "主管", "text"),
      column("StartDate", "入职日期", "date"),
      column("Capacity", "产能", "number"),
      column("Email", "邮箱", "text"),
    ],
  },
  {
    name: "Targets",
    sheet: text("Targets", "目标"),
    columns: [
      column("Period", "周期", "text"),
      column("PeriodStart", "开始日期", "date"),
      column("PeriodEnd", "结束日期", "date"),
      column("Level", "层级", "text", { choices: targetLevelChoices }),
      column("Name", "名称", "text"),
      column("Metric", "指标", "text", { choices: targetMetricChoices }),
      column("Target", "目标值", "money"),
      column("Actual", "实际完成", "money", formula),
      column("Attainment", "达成率", "percent", formula),
      column("Gap", "差距", "money", formula),
    ],
  },
  {
    name: "ActionPlan",
    sheet: text("Action plan", "行动计划"),
    columns: [
      column("Goal", "目标", "text"),
      column("Step", "行动步骤", "text"),
      column("Owner", "负责人", "text"),
      column("Due", "截止日期", "date"),
      column("Status", "状态", "text"),
      column("KPI", "考核指标", "text"),
    ],
  },
  {
    name: "Scorecard",
    sheet: text("Scorecard", "绩效考核"),
    columns: [
      column("Period", "周期", "text"),
      column("Rep", "销售代表", "text"),
      column("Revenue", "业绩", "money", formula),
      column("Target", "目标", "money", formula),
      column("Attainment", "达成率", "percent", formula),
      column("WinRate", "赢单率", "percent", formula),
      column("AvgDeal", "平均成交额", "money", formula),
      column("Cycle", "销售周期", "number", formula),
      column("Activities", "跟进次数", "integer", formula),
      column("Satisfaction", "满意度", "number", formula),
      column("Score", "综合得分", "number", formula),
      column("Rating", "评级", "text", formula),
      column("Feedback", "反馈", "text"),
      column("Training", "培训计划", "text"),
    ],
  },
];

/** The table names in the order the add-in lays out its sheets. */
export const tableNames: readonly TableName[] = tables.map((table) => table.name);

/** The seed's standard sales process (WORKBOOK.md). */
export const defaultStages: readonly StageSpec[] = [
  { name: text("Prospecting", "线索开发"), order: 1, probability: 0.1, forecastCategory: "Pipeline", staleDays: 14 },
  {
    name: text("Needs analysis", "需求分析"),
    order: 2,
    probability: 0.25,
    forecastCategory: "Pipeline",
    staleDays: 21,
  },
  { name: text("Proposal", "方案报价"), order: 3, probability: 0.5, forecastCategory: "Best case", staleDays: 21 },
  { name: text("Negotiation", "商务谈判"), order: 4, probability: 0.75, forecastCategory: "Commit", staleDays: 14 },
  { name: text("Contract", "合同签订"), order: 5, probability: 0.9, forecastCategory: "Commit", staleDays: 14 },
  { name: text("Won", "赢单"), order: 6, probability: 1, forecastCategory: "Closed", staleDays: null },
  { name: text("Lost", "输单"), order: 7, probability: 0, forecastCategory: "Omitted", staleDays: null },
];

/** Days between after-sales return visits (回访) by customer tier. */
export const defaultTierCadenceDays: Readonly<Record<CustomerTier, number>> = { A: 14, B: 30, C: 90 };

const specsByName = Object.fromEntries(tables.map((table) => [table.name, table])) as Record<TableName, TableSpec>;

/**
 * The spec of one SalesGrid table.
 *
 * @example
 * tableSpec("Deals").sheet["zh-CN"] //=> "销售管道"
 */
export function tableSpec(name: TableName): TableSpec {
  return specsByName[name];
}

/**
 * The header row of a table in a workbook language.
 *
 * @example
 * tableHeaders("Stages", "zh-CN") //=> ["阶段", "顺序", "赢单概率", "预测类别", "停滞天数"]
 */
export function tableHeaders(name: TableName, language: WorkbookLanguage): string[] {
  return tableSpec(name).columns.map((col) => col.header[language]);
}

/**
 * The SalesGrid table a workbook table name refers to; Excel compares table names
 * case-insensitively, so "deals" is the Deals table. Any other name gives undefined.
 *
 * @example
 * findTableName("deals") //=> "Deals"
 */
export function findTableName(value: string): TableName | undefined {
  const wanted = value.toLowerCase();
  return tableNames.find((name) => name.toLowerCase() === wanted);
}

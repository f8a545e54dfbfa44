/**
 * The SalesGrid workbook as data: every table the add-in creates or reads — the core tables
 * of docs/WORKBOOK.md and the configuration tables beside them (Cadences, KpiWeights,
 * RatingBands, CommissionTiers, PoolRules, Goals) — on which sheets, with which columns, of which kind.
 * Table names are ASCII and stable because formulas refer to them; sheet names and headers follow
 * the workbook's language. Everything here is plain data so set-up, import, every reader and
 * writer, the status view and the tests read one source of truth: adding a table is one entry
 * in {@link tables} (and its name in {@link TableName}). Header matching is in columnIndex.ts,
 * number formats by kind in numberFormat.ts.
 */

/** The two languages a SalesGrid workbook is written in (sheet names and headers). */
export type WorkbookLanguage = "en-US" | "zh-CN";

export const workbookLanguages: readonly WorkbookLanguage[] = ["en-US", "zh-CN"];

/** A text in both workbook languages. */
export type LocalizedText = Readonly<Record<WorkbookLanguage, string>>;

/**
 * What a column holds, which decides its number format (numberFormat.ts): amounts, fractions,
 * date serials, whole numbers, any number, IDs and phone numbers kept as typed (Text, so
 * "00123" keeps its zeros), other text, TRUE/FALSE flags (General, so they stay booleans), and
 * values of any type (General: DealHistory's From and To hold a stage, an amount or a date).
 */
export type ColumnKind = "money" | "percent" | "date" | "count" | "number" | "idText" | "text" | "flag" | "value";

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
  | "Stages"
  | "Customers"
  | "Deals"
  | "Activities"
  | "Team"
  | "Targets"
  | "ActionPlan"
  | "Scorecard"
  | "Cadences"
  | "KpiWeights"
  | "RatingBands"
  | "CommissionTiers"
  | "PoolRules"
  | "Goals"
  | "DealHistory"
  | "DealSnapshot"
  | "ForecastHistory"
  | "Contracts"
  | "Payments"
  | "Service"
  | "ServiceLevels";

export type TableSpec = {
  readonly name: TableName;
  readonly sheet: LocalizedText;
  readonly columns: readonly ColumnSpec[];
  /**
   * "core": the tables of WORKBOOK.md the status view lists; "configuration": the settings tables
   * a manager edits beside them, read by formulas and the pane (Goals: the goals saved from the
   * pane, created on the first save); "history": what the add-in
   * records as the workbook changes (DealHistory, and the DealSnapshot it compares against; the
   * ForecastHistory of recorded forecast calls).
   */
  readonly group: "core" | "configuration" | "history";
  /** True for a table on a sheet the add-in keeps very hidden (add-in state, not for reading). */
  readonly hidden?: boolean;
  /** Whether set-up creates it; the others are created by the area that first needs them. */
  readonly setUp: boolean;
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

/**
 * Bumped when the table layout changes in a way an existing workbook must be migrated for.
 * 2: Deals[ForecastCategory] is a formula from the stage, with a ForecastOverride column
 * (an older workbook is upgraded from the Workbook area, see forecastUpgrade.ts).
 * 3: KpiWeights holds one KPI plan per period length (its PeriodLength column, read by
 * Scorecard[Score] through FILTER) and Targets has the live Pace column (periodPlanUpgrade.ts).
 * 4: Deals[Collected] is the live sum of the deal's Payments[Received], and Targets' Collected
 * rows measure Payments by date received (collectionsUpgrade.ts moves typed Collected values
 * into Payments first).
 */
export const schemaVersion = 4;

/** Add-in housekeeping kept in `workbook.settings` (never business data). */
export const settingKeys = {
  schemaVersion: "salesgrid.schemaVersion",
  language: "salesgrid.language",
  /** "seeded" once the deal recorder's DealSnapshot holds every deal (seeding runs in chunks). */
  dealSnapshot: "salesgrid.dealSnapshot",
  /** "on" when the workbook opted in to a forecast snapshot on the first load of each week. */
  weeklyForecast: "salesgrid.weeklyForecast",
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

/** What a DealHistory row records a change of: the Deals columns it watches, by their headers. */
export const dealHistoryFieldChoices: readonly ColumnChoice[] = [
  text("Stage", "阶段"),
  text("Amount", "金额"),
  text("ExpectedClose", "预计成交"),
];

/**
 * The length of period a KPI plan is for (KpiWeights[PeriodLength]): a Scorecard row scores against
 * the plan of its own period's length, so a monthly scorecard never re-scores a quarter's rows.
 */
export const periodLengthChoices: readonly ColumnChoice[] = [
  text("Month", "月度"),
  text("Quarter", "季度"),
  text("Year", "年度"),
];

export const targetMetricChoices: readonly ColumnChoice[] = [text("Signed", "合同额"), text("Collected", "回款额")];

/**
 * What a saved goal is measured by (Goals[Metric]): the two sales metrics, then the KPIs of the
 * goal card by their names (kpiSpecs, in KPI order), as the SMART card offers them.
 */
export const goalMetricChoices: readonly ColumnChoice[] = [
  ...targetMetricChoices,
  text("Conversion rate", "转化率"),
  text("Average sales cycle", "平均销售周期"),
  text("Average order value", "平均客单价"),
  text("New customers", "新客户数"),
  text("Follow-ups", "跟进次数"),
];

/** How a payment was received (Payments[Method]). */
export const paymentMethodChoices: readonly ColumnChoice[] = [
  text("Bank transfer", "对公转账"),
  text("WeChat", "微信"),
  text("Alipay", "支付宝"),
  text("Cash", "现金"),
  text("Other", "其他"),
];

/**
 * Where an installment stands (Payments[Status], a formula): received in full, partly received,
 * not yet due, or past its due date with something outstanding.
 */
export const paymentStatusChoices: readonly ColumnChoice[] = [
  text("Paid", "已回款"),
  text("Partly paid", "部分回款"),
  text("Due", "待回款"),
  text("Overdue", "逾期"),
];

/** What an after-sales service ticket is about (Service[Type], ServiceLevels[Type]). */
export const serviceTypeChoices: readonly ColumnChoice[] = [
  text("Installation", "安装"),
  text("Training", "培训"),
  text("Repair", "维修"),
  text("Complaint", "投诉"),
  text("Consultation", "咨询"),
];

/** How urgent a service ticket is (Service[Priority], ServiceLevels[Priority]). */
export const servicePriorityChoices: readonly ColumnChoice[] = [
  text("High", "高"),
  text("Medium", "中"),
  text("Low", "低"),
];

/** Where a service ticket stands (Service[Status]); closing it schedules a return visit (回访). */
export const serviceStatusChoices: readonly ColumnChoice[] = [
  text("Open", "待处理"),
  text("In progress", "处理中"),
  text("Closed", "已关闭"),
];

const setupSheet = text("Setup", "设置");

/**
 * Every table, in the order set-up lays them out (Cadences beside Stages on the setup sheet),
 * then the configuration tables the Performance and Customers areas create when first needed.
 */
export const tables: readonly TableSpec[] = [
  {
    name: "Stages",
    sheet: setupSheet,
    group: "core",
    setUp: true,
    columns: [
      column("Stage", "阶段", "text"),
      column("Order", "顺序", "count"),
      column("Probability", "赢单概率", "percent"),
      column("ForecastCategory", "预测类别", "text", { choices: forecastCategoryChoices }),
      column("StaleDays", "停滞天数", "count"),
    ],
  },
  {
    name: "Cadences",
    sheet: setupSheet,
    group: "configuration",
    setUp: true,
    // Days between return visits per customer tier, read by Customers.NextContact
    // (SALES.NEXTVISIT); tier labels are A/B/C in both languages.
    columns: [column("Tier", "客户等级", "text"), column("Days", "回访间隔天数", "count")],
  },
  {
    name: "Customers",
    sheet: text("Customers", "客户档案"),
    group: "core",
    setUp: true,
    columns: [
      column("CustomerID", "客户编号", "idText"),
      column("Name", "联系人", "text"),
      column("Company", "公司名称", "text"),
      column("Industry", "行业", "text"),
      column("Region", "区域", "text"),
      column("Owner", "负责人", "text"),
      column("Tier", "客户等级", "text", { choices: tierChoices }),
      column("Source", "来源", "text"),
      column("Phone", "电话", "idText"),
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
    group: "core",
    setUp: true,
    columns: [
      column("DealID", "商机编号", "idText"),
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
      // Derived from the stage (Stages[ForecastCategory]); ForecastOverride holds a manager's own
      // category for an open deal (formulaColumns.ts: a won or lost deal ignores it).
      column("ForecastCategory", "预测类别", "text", { formula: true, choices: forecastCategoryChoices }),
      column("ForecastOverride", "手动预测类别", "text", { choices: forecastCategoryChoices }),
      // The live sum of the deal's received payments (Payments[Received] by DealID); a typed value
      // from before schema version 4 is moved to Payments by the collections upgrade.
      column("Collected", "回款金额", "money", formula),
      column("LostAt", "输单阶段", "text"),
      column("LostReason", "输单原因", "text"),
      column("NextStep", "下一步", "text"),
    ],
  },
  {
    name: "Activities",
    sheet: text("Follow-ups", "跟进记录"),
    group: "core",
    setUp: true,
    columns: [
      column("Date", "日期", "date"),
      column("Customer", "客户", "text"),
      column("DealID", "商机编号", "idText"),
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
    group: "core",
    setUp: true,
    columns: [
      column("Rep", "销售代表", "text"),
      column("Team", "团队", "text"),
      column("Manager", "主管", "text"),
      column("StartDate", "入职日期", "date"),
      column("EndDate", "离职日期", "date"),
      column("Capacity", "产能", "number"),
      column("Email", "邮箱", "text"),
    ],
  },
  {
    name: "Targets",
    sheet: text("Targets", "目标"),
    group: "core",
    setUp: true,
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
      // SALES.PACE of the row: attainment against the share of the period gone by (below 1: behind).
      column("Pace", "进度", "percent", formula),
    ],
  },
  {
    name: "ActionPlan",
    sheet: text("Action plan", "行动计划"),
    group: "core",
    setUp: true,
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
    group: "core",
    setUp: true,
    columns: [
      column("Period", "周期", "text"),
      column("Rep", "销售代表", "text"),
      column("Revenue", "业绩", "money", formula),
      column("Target", "目标", "money", formula),
      column("Attainment", "达成率", "percent", formula),
      column("WinRate", "赢单率", "percent", formula),
      column("AvgDeal", "平均成交额", "money", formula),
      column("Cycle", "销售周期", "number", formula),
      column("Activities", "跟进次数", "count", formula),
      column("Satisfaction", "满意度", "number", formula),
      column("Score", "综合得分", "number", formula),
      column("Rating", "评级", "text", formula),
      column("Feedback", "反馈", "text"),
      column("Training", "培训计划", "text"),
    ],
  },
  {
    name: "Contracts",
    sheet: text("Contracts", "合同"),
    group: "core",
    setUp: true,
    // A won deal's contract: its number, the day it was signed, the amount and the payment terms
    // in words, how many installments Payments holds for it, and what has been received of it
    // (Received and Outstanding sum the contract's Payments rows).
    columns: [
      column("ContractID", "合同编号", "idText"),
      column("DealID", "商机编号", "idText"),
      column("Customer", "客户", "text"),
      column("Owner", "负责人", "text"),
      column("SignedOn", "签订日期", "date"),
      column("Amount", "合同金额", "money"),
      column("Terms", "付款条件", "text"),
      column("Installments", "分期数", "count"),
      column("Received", "已回款", "money", formula),
      column("Outstanding", "未回款", "money", formula),
      column("Notes", "备注", "text"),
    ],
  },
  {
    name: "Payments",
    sheet: text("Collections", "回款计划"),
    group: "core",
    setUp: true,
    // One row per installment of a contract (a partial payment splits the installment: the
    // received part, and the remainder still due on the same date). Received and ReceivedOn are
    // typed in the grid or recorded from the pane; Status follows from them and the due date.
    columns: [
      column("ContractID", "合同编号", "idText"),
      column("DealID", "商机编号", "idText"),
      column("Customer", "客户", "text"),
      column("Owner", "负责人", "text"),
      column("Installment", "期次", "count"),
      column("DueDate", "应收日期", "date"),
      column("AmountDue", "应收金额", "money"),
      column("Received", "回款金额", "money"),
      column("ReceivedOn", "回款日期", "date"),
      column("Method", "回款方式", "text", { choices: paymentMethodChoices }),
      column("Status", "状态", "text", { formula: true, choices: paymentStatusChoices }),
      column("Notes", "备注", "text"),
    ],
  },
  {
    name: "Service",
    sheet: text("Service", "售后服务"),
    group: "core",
    setUp: true,
    // After-sales service tickets: DueBy is OpenedOn plus the ServiceLevels days of the ticket's
    // type and priority; closing a ticket (Status Closed, ResolvedOn) schedules a return visit.
    columns: [
      column("TicketID", "工单编号", "idText"),
      column("Customer", "客户", "text"),
      column("DealID", "商机编号", "idText"),
      column("OpenedOn", "创建日期", "date"),
      column("Type", "工单类型", "text", { choices: serviceTypeChoices }),
      column("Owner", "负责人", "text"),
      column("Priority", "优先级", "text", { choices: servicePriorityChoices }),
      column("Status", "状态", "text", { choices: serviceStatusChoices }),
      column("ResolvedOn", "解决日期", "date"),
      column("Satisfaction", "满意度", "number"),
      column("Summary", "问题描述", "text"),
      column("DueBy", "处理期限", "date", formula),
    ],
  },
  {
    name: "ServiceLevels",
    sheet: setupSheet,
    group: "configuration",
    setUp: true,
    // Days to resolve a service ticket per type and priority, read by Service[DueBy].
    columns: [
      column("Type", "工单类型", "text", { choices: serviceTypeChoices }),
      column("Priority", "优先级", "text", { choices: servicePriorityChoices }),
      column("Days", "处理时限天数", "count"),
    ],
  },
  {
    name: "KpiWeights",
    sheet: setupSheet,
    group: "configuration",
    setUp: false,
    // One block of rows per period length, each one row per KPI in KPI_KEYS order; Scorecard.Score
    // reads the block of its own row's length.
    columns: [
      column("PeriodLength", "周期类型", "text", { choices: periodLengthChoices }),
      column("KPI", "考核指标", "text"),
      column("Weight", "权重", "number"),
      column("Target", "目标值", "number"),
      column("LowerIsBetter", "越低越好", "flag"),
    ],
  },
  {
    name: "RatingBands",
    sheet: setupSheet,
    group: "configuration",
    setUp: false,
    // Minimum score and label, read by Scorecard.Rating.
    columns: [column("Minimum", "最低得分", "number"), column("Label", "评级", "text")],
  },
  {
    name: "CommissionTiers",
    sheet: setupSheet,
    group: "configuration",
    setUp: false,
    // Threshold and rate, read by Scorecard.Commission.
    columns: [column("Threshold", "起点金额", "money"), column("Rate", "提成比例", "percent")],
  },
  {
    name: "PoolRules",
    sheet: text("Pool rules", "公海规则"),
    group: "configuration",
    setUp: false,
    // The public pool's rules, one row per rule key (see customers/poolRules.ts).
    columns: [column("Key", "Key", "text"), column("Rule", "规则", "text"), column("Value", "值", "count")],
  },
  {
    name: "Goals",
    sheet: text("Goals", "目标清单"),
    group: "configuration",
    setUp: false,
    // The SMART goals saved from the Goals area, one row per goal keyed by GoalID (G-0001 …):
    // the goal in words, whom it is for (Scope, and ScopeName for a team or rep, blank for the
    // company), what it is measured by, the figure and deadline, the KPI targets in each KPI's unit
    // (a rate as a fraction), the ActionPlan[Goal] value its steps carry, and the day it was saved.
    columns: [
      column("GoalID", "目标编号", "idText"),
      column("Goal", "目标描述", "text"),
      column("Scope", "范围", "text", { choices: targetLevelChoices }),
      column("ScopeName", "对象", "text"),
      column("Metric", "衡量指标", "text", { choices: goalMetricChoices }),
      column("Target", "目标值", "money"),
      column("Deadline", "截止日期", "date"),
      column("ConversionRate", "目标转化率", "percent"),
      column("AvgCycleDays", "目标销售周期", "number"),
      column("AvgOrderValue", "目标客单价", "money"),
      column("NewCustomers", "目标新客户数", "count"),
      column("FollowUps", "目标跟进次数", "count"),
      column("ActionPlan", "行动计划", "text"),
      column("Updated", "更新日期", "date"),
    ],
  },
  {
    name: "DealHistory",
    sheet: text("Deal history", "商机变更记录"),
    group: "history",
    setUp: false,
    // One row per recorded change of Deals[Stage], [Amount] or [ExpectedClose]: the deal, the
    // field (dealHistoryFieldChoices), the values before and after, the day it changed (or was
    // noticed, when Exact is FALSE: a change made while the add-in was not running), and the
    // deal's amount at that time.
    columns: [
      column("DealID", "商机编号", "idText"),
      column("Field", "字段", "text", { choices: dealHistoryFieldChoices }),
      column("From", "原值", "value"),
      column("To", "新值", "value"),
      column("ChangedOn", "变更日期", "date"),
      column("Amount", "当时金额", "money"),
      column("Exact", "日期确切", "flag"),
    ],
  },
  {
    name: "DealSnapshot",
    sheet: text("SalesGrid state", "SalesGrid 状态"),
    group: "history",
    setUp: false,
    hidden: true,
    // Each deal's last known stage, amount and expected close, as the recorder last saw them:
    // what a change is compared with, and what reconciles changes made while it was not running.
    columns: [
      column("DealID", "商机编号", "idText"),
      column("Stage", "阶段", "text"),
      column("Amount", "金额", "money"),
      column("ExpectedClose", "预计成交", "date"),
    ],
  },
  {
    name: "ForecastHistory",
    sheet: text("Forecast history", "预测记录"),
    group: "history",
    setUp: false,
    // One row per rep of Team each time the forecast is recorded (a button in the Pipeline area,
    // or automatically on the first load of a week): the day and its ISO week, the quarter the
    // call is for, SALES.FORECAST's cumulative categories and the weighted pipeline of the rep's
    // deals decided in that quarter, and the rep's Signed target for it (blank without one).
    // Values, not formulas: a call is what the forecast said that day, which no formula recomputes.
    columns: [
      column("RecordedOn", "记录日期", "date"),
      column("Week", "周次", "text"),
      column("Period", "周期", "text"),
      column("PeriodStart", "开始日期", "date"),
      column("PeriodEnd", "结束日期", "date"),
      column("Rep", "销售代表", "text"),
      column("Team", "团队", "text"),
      column("Closed", "已成交", "money"),
      column("Commit", "承诺", "money"),
      column("BestCase", "最佳情况", "money", { en: "Best case" }),
      column("Pipeline", "管道", "money"),
      column("Weighted", "加权管道", "money"),
      column("Target", "目标值", "money"),
      column("Automatic", "自动记录", "flag"),
    ],
  },
];

/** The core tables' names (WORKBOOK.md's eight, then Contracts, Payments and Service) in the order the add-in lays out their sheets. */
export const tableNames: readonly TableName[] = tables.filter((table) => table.group === "core").map((t) => t.name);

/** Every table's name, core and configuration, in the order of {@link tables}. */
export const allTableNames: readonly TableName[] = tables.map((table) => table.name);

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

/**
 * Default service levels (ServiceLevels rows): days to resolve a ticket of each type (rows) at
 * each priority (High, Medium, Low), in the order of serviceTypeChoices and servicePriorityChoices.
 * A complaint is answered fastest; training and installation need an appointment, so take longest.
 */
export const defaultServiceLevelDays: Readonly<Record<string, readonly [number, number, number]>> = {
  Installation: [2, 5, 10],
  Training: [3, 7, 14],
  Repair: [1, 3, 7],
  Complaint: [1, 2, 3],
  Consultation: [1, 2, 5],
};

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
 * The header row of a table (by name, or a layout's spec) in a workbook language.
 *
 * @example
 * tableHeaders("Stages", "zh-CN") //=> ["阶段", "顺序", "赢单概率", "预测类别", "停滞天数"]
 */
export function tableHeaders(table: TableName | TableSpec, language: WorkbookLanguage): string[] {
  const spec = typeof table === "string" ? tableSpec(table) : table;
  return spec.columns.map((col) => col.header[language]);
}

/**
 * The SalesGrid table a workbook table name refers to; Excel compares table names
 * case-insensitively, so "deals" is the Deals table. Any other name gives undefined.
 *
 * @param value - a table's name in the workbook
 * @param among - the tables to consider (default: every table)
 * @example
 * findTableName("deals") //=> "Deals"
 */
export function findTableName(value: string, among: readonly TableName[] = allTableNames): TableName | undefined {
  const wanted = value.toLowerCase();
  return among.find((name) => name.toLowerCase() === wanted);
}

/**
 * Columns the Scorecard gets beyond WORKBOOK.md's, each placed after a schema column (null: at
 * the end): NewCustomers and CollectionRate join the KPI block SALES.SCORE reads (Attainment …
 * CollectionRate),
 * Commission sits by Rating, and the period's days and the commission inputs (base, carried
 * year-to-date sales, quota) come last so every figure of Commission can be traced.
 */
export const scorecardExtras: readonly { readonly column: ColumnSpec; readonly after: string | null }[] = [
  { column: column("NewCustomers", "新客户数", "count", formula), after: "Satisfaction" },
  { column: column("CollectionRate", "回款率", "percent", formula), after: "NewCustomers" },
  { column: column("Commission", "提成", "money", formula), after: "Rating" },
  { column: column("PeriodStart", "开始日期", "date"), after: null },
  { column: column("PeriodEnd", "结束日期", "date"), after: null },
  { column: column("CommissionBase", "提成基数", "money", formula), after: null },
  { column: column("CarriedYTD", "年内前期累计", "money", formula), after: null },
  { column: column("QuotaYTD", "加速目标", "money", formula), after: null },
];

/**
 * The Scorecard as the Performance area lays it out: the spec with the extras in place. Set-up
 * creates the spec's columns; the Performance area adds the extras when it writes.
 */
export const scorecardTable: TableSpec = (() => {
  const spec = tableSpec("Scorecard");
  const columns: ColumnSpec[] = [...spec.columns];
  for (const { column, after } of scorecardExtras) {
    const at = after === null ? -1 : columns.findIndex((c) => c.key === after);
    if (at < 0) columns.push(column);
    else columns.splice(at + 1, 0, column);
  }
  return { ...spec, columns };
})();

import { dashboardRequiredColumns } from "@core/pipeline/pipelineColumns";
import { criterionText } from "@core/goals/breakdown/actualFormula";
import {
  forecastCategoryChoices,
  targetLevelChoices,
  targetMetricChoices,
  type ColumnKind,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import { numberFormat } from "@core/workbook/numberFormat";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import { dashboardText } from "@core/pipeline/dashboardText";
import type { PipelineStages } from "@core/pipeline/pipelineStages";

/** A table's header row as written, with the schema column index. */
export type DashboardSourceTable = { readonly headers: readonly string[]; readonly columns: ColumnIndex };

/** What the dashboard is built from. */
export type DashboardInput = {
  readonly language: WorkbookLanguage;
  readonly deals: DashboardSourceTable;
  readonly stagesTable: DashboardSourceTable;
  readonly stages: PipelineStages;
  /** The Targets table's headers, when the workbook has one. */
  readonly targets?: DashboardSourceTable;
};

/** Cell formats the writer applies: a column kind's, or cycle days (one decimal) and months. */
export type DashboardFormat = Extract<ColumnKind, "money" | "percent" | "count" | "date"> | "days" | "month";

/**
 * Excel's number format of a dashboard cell format: a kind's as computed figures show it
 * (numberFormat), cycle days with one decimal, months as yyyy-mm.
 *
 * @example
 * dashboardNumberFormat("percent") //=> "0.0%"
 * dashboardNumberFormat("month") //=> "yyyy-mm"
 */
export function dashboardNumberFormat(format: DashboardFormat): string {
  if (format === "days") return "0.0";
  if (format === "month") return "yyyy-mm";
  return numberFormat(format, "figures");
}

/** One block of cells: formulas or texts from its top-left cell; null leaves a cell alone (a spill). */
export type DashboardBlock = {
  readonly address: string;
  readonly values: readonly (readonly (string | null)[])[];
};

export type DashboardChart = {
  /** An Excel.ChartType. */
  readonly type: "Funnel" | "ColumnStacked";
  /**
   * The type drawn instead when Excel refuses `type` (Funnel is a newer chart that some builds and
   * platforms handle inconsistently); the writer creates such a chart in a request of its own.
   */
  readonly fallback?: "BarClustered";
  readonly source: string;
  readonly title: string;
  readonly topLeft: string;
  readonly bottomRight: string;
};

/** The whole dashboard sheet, ready to write in one batch. */
export type DashboardLayout = {
  readonly sheetName: string;
  readonly blocks: readonly DashboardBlock[];
  readonly formats: readonly { readonly address: string; readonly format: DashboardFormat }[];
  /** Section titles and header rows, shown bold. */
  readonly bold: readonly string[];
  readonly charts: readonly DashboardChart[];
  /** Where each key figure sits, by name (for tests and the pane). */
  readonly figures: Readonly<Record<string, string>>;
};

/** Columns the dashboard's formulas need. */
const NEEDS = dashboardRequiredColumns;

/** The key figures the dashboard lists. */
type KeyFigure =
  | "openDeals"
  | "openPipeline"
  | "weighted"
  | "closed"
  | "commit"
  | "bestCase"
  | "pipeline"
  | "winRate"
  | "avgDeal"
  | "cycle"
  | "velocity"
  | "periodStart"
  | "periodEnd"
  | "target"
  | "wonInPeriod"
  | "periodPipeline"
  | "remaining"
  | "coverage";

/** How many months the forecast block shows, from today's. */
export const DASHBOARD_MONTHS = 6;

/** A structured reference to a column by its header as written ([ ] # ' escaped with '). */
function columnRef(table: TableName, written: DashboardSourceTable, key: string): string {
  const header = written.headers[written.columns[key]] ?? key;
  return `${table}[${header.replace(/['#[\]]/g, "'$&")}]`;
}

/** Text for a cell that must stay text even if it starts like a formula. */
function literal(text: string): string {
  return /^\s*[=+\-@']/.test(text) ? `'${text}` : text;
}

/**
 * The schema columns the dashboard needs that a table lacks, as "Table[Column]".
 *
 * @example
 * missingColumns({ …deals without ClosedOn… }) //=> ["Deals[ClosedOn]"]
 */
export function missingColumns(input: Pick<DashboardInput, "deals" | "stagesTable">): string[] {
  const missing: string[] = [];
  const check = (table: TableName, written: DashboardSourceTable) => {
    for (const key of NEEDS[table] ?? []) if ((written.columns[key] ?? -1) < 0) missing.push(`${table}[${key}]`);
  };
  check("Deals", input.deals);
  check("Stages", input.stagesTable);
  return missing;
}

/**
 * The `Pipeline dashboard` sheet as formulas: key figures by the SALES functions over the Deals
 * columns (WEIGHTED, FORECAST, WINRATE, AVGDEAL, CYCLE, VELOCITY, and with a Targets table the
 * coverage of the current target period: the shortest Company/Signed period holding TODAY()),
 * open pipeline by stage (COUNTIFS/SUMIFS per stage, the stage names read live from Stages by
 * INDEX), the funnel (SALES.FUNNEL spilling beside the stage names) and the open pipeline by
 * expected close month in forecast categories (SUMIFS against TODAY(), with overdue and
 * no-date rows) — plus a funnel chart and a stacked column chart over those blocks. Headers in
 * the formulas are the ones written in the workbook; texts are in its language.
 *
 * @param input - language, the tables' header rows, the stages
 * @returns the layout; callers check {@link missingColumns} first
 * @example
 * pipelineDashboard(input).figures.winRate //=> "B12"
 */
export function pipelineDashboard(input: DashboardInput): DashboardLayout {
  const lang = input.language;
  const t = (key: keyof typeof dashboardText) => dashboardText[key][lang];
  const deals = (key: string) => columnRef("Deals", input.deals, key);
  const stagesRef = (key: string) => columnRef("Stages", input.stagesTable, key);
  const targets = input.targets;
  const hasTargets =
    targets !== undefined &&
    ["PeriodStart", "PeriodEnd", "Level", "Metric", "Target"].every((key) => (targets.columns[key] ?? -1) >= 0);
  const targetRef = (key: string) => columnRef("Targets", targets!, key);
  const hasLostAt = (input.deals.columns.LostAt ?? -1) >= 0;

  const blocks: DashboardBlock[] = [];
  const formats: { address: string; format: DashboardFormat }[] = [];
  const bold: string[] = [];
  const figures: Record<string, string> = {};
  const openStages = input.stages.funnel.filter((stage) => stage.outcome !== "won");
  const wonStage = input.stages.all.find((stage) => stage.outcome === "won");
  const indexOf = (column: string, stageRow: number) => `=INDEX(${stagesRef(column)},${stageRow + 1})`;

  blocks.push({ address: "A1", values: [[t("title")], [t("note")]] });
  bold.push("A1");

  // Key figures: rows 5.. (header on 4). Row numbers are fixed up front so formulas can cite each other.
  const keys: KeyFigure[] = [
    "openDeals",
    "openPipeline",
    "weighted",
    "closed",
    "commit",
    "bestCase",
    "pipeline",
    "winRate",
    "avgDeal",
    "cycle",
    "velocity",
    ...(hasTargets
      ? (["periodStart", "periodEnd", "target", "wonInPeriod", "periodPipeline", "remaining", "coverage"] as const)
      : []),
  ];
  const keyTop = 5;
  keys.forEach((key, i) => (figures[key] = `B${keyTop + i}`));
  const stageHeader = keyTop + keys.length + 1;
  const stageFirst = stageHeader + 1;
  const stageLast = stageFirst + Math.max(openStages.length, 1) - 1;
  const funnelHeader = stageLast + 2;
  const funnelFirst = funnelHeader + 1;
  const funnelLast = funnelFirst + Math.max(input.stages.funnel.length, 1) - 1;
  const monthHeader = funnelLast + 2;
  const overdueRow = monthHeader + 1;
  const monthFirst = overdueRow + 1;
  const monthLast = monthFirst + DASHBOARD_MONTHS - 1;
  const noDateRow = monthLast + 1;

  const f = (key: string) => figures[key];
  const stageRange = `A${stageFirst}:B${stageLast}`;
  const forecastFormula = (category: string) =>
    `=SALES.FORECAST(${deals("Amount")},${deals("ForecastCategory")},"${category}")`;
  const company = criterionText(targetLevelChoices[0][lang]);
  const signed = criterionText(targetMetricChoices[0][lang]);
  const holdingToday = hasTargets
    ? `${targetRef("Level")},${company},${targetRef("Metric")},${signed},${targetRef("PeriodStart")},"<="&TODAY(),${targetRef("PeriodEnd")},">="&TODAY()`
    : "";
  const keyFormula: Record<KeyFigure, string> = {
    openDeals: `=SUM(C${stageFirst}:C${stageLast})`,
    openPipeline: `=SUM(D${stageFirst}:D${stageLast})`,
    weighted: `=SALES.WEIGHTED(${deals("Amount")},${deals("Stage")},${stageRange})`,
    closed: forecastFormula("closed"),
    commit: forecastFormula("commit"),
    bestCase: forecastFormula("bestcase"),
    pipeline: forecastFormula("pipeline"),
    winRate: `=SALES.WINRATE(${deals("Stage")})`,
    avgDeal: `=SALES.AVGDEAL(${deals("Amount")},${deals("Stage")})`,
    cycle: `=SALES.CYCLE(${deals("Created")},${deals("ClosedOn")},${deals("Stage")})`,
    velocity: `=SALES.VELOCITY(${f("openDeals")},${f("winRate")},${f("avgDeal")},${f("cycle")})`,
    periodStart: `=MAXIFS(${hasTargets ? targetRef("PeriodStart") : ""},${holdingToday})`,
    periodEnd: `=MINIFS(${hasTargets ? targetRef("PeriodEnd") : ""},${holdingToday})`,
    target: hasTargets
      ? `=SUMIFS(${targetRef("Target")},${targetRef("Level")},${company},${targetRef("Metric")},${signed},${targetRef("PeriodStart")},${f("periodStart")},${targetRef("PeriodEnd")},${f("periodEnd")})`
      : "",
    wonInPeriod: wonStage
      ? `=SUMIFS(${deals("Amount")},${deals("Stage")},${indexOf("Stage", wonStage.row).slice(1)},${deals("ClosedOn")},">="&${f("periodStart")},${deals("ClosedOn")},"<="&${f("periodEnd")})`
      : "=0",
    periodPipeline: `=SUM(F${stageFirst}:F${stageLast})`,
    remaining: `=${f("target")}-${f("wonInPeriod")}`,
    coverage: `=SALES.COVERAGE(${f("periodPipeline")},${f("remaining")})`,
  };
  blocks.push({
    address: `A${keyTop - 1}`,
    values: [[t("keyFigures"), t("value")], ...keys.map((key) => [t(key), keyFormula[key]])],
  });
  bold.push(`A${keyTop - 1}:B${keyTop - 1}`);
  const keyFormat: Partial<Record<KeyFigure, DashboardFormat>> = {
    openDeals: "count",
    winRate: "percent",
    cycle: "days",
    periodStart: "date",
    periodEnd: "date",
    coverage: "days",
  };
  keys.forEach((key) => formats.push({ address: f(key), format: keyFormat[key] ?? "money" }));

  // Open pipeline by stage.
  const stageColumns = [t("stage"), t("probability"), t("openDeals"), t("amount"), t("weighted")];
  if (hasTargets) stageColumns.push(t("inPeriod"));
  const stageRows = openStages.map((stage, i) => {
    const r = stageFirst + i;
    const row = [
      indexOf("Stage", stage.row),
      indexOf("Probability", stage.row),
      `=COUNTIFS(${deals("Stage")},A${r})`,
      `=SUMIFS(${deals("Amount")},${deals("Stage")},A${r})`,
      `=D${r}*B${r}`,
    ];
    if (hasTargets)
      row.push(
        `=SUMIFS(${deals("Amount")},${deals("Stage")},A${r},${deals("ExpectedClose")},">="&${f("periodStart")},${deals("ExpectedClose")},"<="&${f("periodEnd")})`,
      );
    return row;
  });
  blocks.push({ address: `A${stageHeader - 1}`, values: [[t("byStage")]] });
  blocks.push({ address: `A${stageHeader}`, values: [stageColumns, ...stageRows] });
  bold.push(`A${stageHeader - 1}`, `A${stageHeader}:${hasTargets ? "F" : "E"}${stageHeader}`);
  formats.push({ address: `B${stageFirst}:B${stageLast}`, format: "percent" });
  formats.push({ address: `C${stageFirst}:C${stageLast}`, format: "count" });
  formats.push({ address: `D${stageFirst}:${hasTargets ? "F" : "E"}${stageLast}`, format: "money" });

  // Funnel: the stage names, then SALES.FUNNEL spilling reached / from previous / from first.
  const lostAt = hasLostAt ? `,${deals("LostAt")}` : "";
  const funnelRows = input.stages.funnel.map((stage, i) => [
    indexOf("Stage", stage.row),
    i === 0 ? `=SALES.FUNNEL(${deals("Stage")},A${funnelFirst}:A${funnelLast}${lostAt})` : null,
    null,
    null,
  ]);
  blocks.push({ address: `A${funnelHeader - 1}`, values: [[t("funnel")]] });
  blocks.push({
    address: `A${funnelHeader}`,
    values: [[t("stage"), t("reached"), t("fromPrevious"), t("fromFirst")], ...funnelRows],
  });
  bold.push(`A${funnelHeader - 1}`, `A${funnelHeader}:D${funnelHeader}`);
  formats.push({ address: `B${funnelFirst}:B${funnelLast}`, format: "count" });
  formats.push({ address: `C${funnelFirst}:D${funnelLast}`, format: "percent" });

  // Forecast by expected close month, in the open forecast categories.
  const categories = [forecastCategoryChoices[2], forecastCategoryChoices[1], forecastCategoryChoices[0]].map(
    (choice) => criterionText(choice[lang]),
  );
  const sumIf = (dates: string, category: string) =>
    `=SUMIFS(${deals("Amount")},${dates},${deals("ForecastCategory")},${category})`;
  const expected = deals("ExpectedClose");
  const monthRow = (r: number, label: string, dates: string) => [
    label,
    ...categories.map((category) => sumIf(dates, category)),
    `=SUM(B${r}:D${r})`,
  ];
  const monthRows = [
    monthRow(overdueRow, literal(t("overdue")), `${expected},"<"&TODAY()`),
    ...Array.from({ length: DASHBOARD_MONTHS }, (_, k) => {
      const r = monthFirst + k;
      const start = `=DATE(YEAR(TODAY()),MONTH(TODAY())+${k},1)`;
      return [start, ...monthRow(r, "", `${expected},">="&MAX(A${r},TODAY()),${expected},"<"&EDATE(A${r},1)`).slice(1)];
    }),
    monthRow(noDateRow, literal(t("noCloseDate")), `${expected},""`),
  ];
  blocks.push({ address: `A${monthHeader - 1}`, values: [[t("forecastByMonth")]] });
  blocks.push({
    address: `A${monthHeader}`,
    values: [
      [
        t("month"),
        forecastCategoryChoices[2][lang],
        forecastCategoryChoices[1][lang],
        forecastCategoryChoices[0][lang],
        t("total"),
      ],
      ...monthRows,
    ],
  });
  bold.push(`A${monthHeader - 1}`, `A${monthHeader}:E${monthHeader}`);
  formats.push({ address: `A${monthFirst}:A${monthLast}`, format: "month" });
  formats.push({ address: `B${overdueRow}:E${noDateRow}`, format: "money" });

  return {
    sheetName: t("sheet"),
    blocks,
    formats,
    bold,
    charts: [
      {
        type: "Funnel",
        fallback: "BarClustered",
        source: `A${funnelHeader}:B${funnelLast}`,
        title: t("funnelChart"),
        topLeft: "H4",
        bottomRight: "O20",
      },
      {
        type: "ColumnStacked",
        source: `A${monthHeader}:D${noDateRow}`,
        title: t("forecastChart"),
        topLeft: "H22",
        bottomRight: "O38",
      },
    ],
    figures: {
      ...figures,
      stages: `A${stageFirst}:${hasTargets ? "F" : "E"}${stageLast}`,
      funnel: `A${funnelFirst}:D${funnelLast}`,
      months: `A${overdueRow}:E${noDateRow}`,
    },
  };
}

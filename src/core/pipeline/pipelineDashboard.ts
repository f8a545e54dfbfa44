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
import type { ProcessReview } from "@core/pipeline/review/processReview";
import { cohortRate } from "@core/pipeline/review/cohortConversion";
import { dateFromSerial } from "@core/cells/parseDate";
import type { ForecastPoint } from "@core/pipeline/forecastHistory/forecastTrend";

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
  /**
   * The process review over every deal, and the day it was computed: adds the review sections
   * (history figures as values of that day, ageing and lost reasons as live formulas) and the
   * lost-reasons chart.
   */
  readonly review?: { readonly review: ProcessReview; readonly today: number };
  /**
   * Everyone's forecast call this quarter (forecastTrend over ForecastHistory): adds its block, as
   * values (history is not recomputable), and a line chart of it against the target. None when empty.
   */
  readonly forecastCall?: readonly ForecastPoint[];
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
  readonly type: "Funnel" | "ColumnStacked" | "BarClustered" | "Line";
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

  const reviewed = input.review ? reviewBlocks(input, noDateRow + 2, { blocks, formats, bold }) : undefined;
  const called = input.forecastCall?.length
    ? forecastCallBlock(input, lastRow(blocks) + 2, { blocks, formats, bold })
    : undefined;

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
      ...(reviewed?.chart ? [reviewed.chart] : []),
      ...(called ? [called.chart] : []),
    ],
    figures: {
      ...figures,
      ...reviewed?.figures,
      ...called?.figures,
      stages: `A${stageFirst}:${hasTargets ? "F" : "E"}${stageLast}`,
      funnel: `A${funnelFirst}:D${funnelLast}`,
      months: `A${overdueRow}:E${noDateRow}`,
    },
  };
}

type ReviewBlocks = {
  readonly blocks: DashboardBlock[];
  readonly formats: { address: string; format: DashboardFormat }[];
  readonly bold: string[];
  chart?: DashboardChart;
  readonly figures: Record<string, string>;
};

/**
 * The review sections below the forecast, from row `top`, added to the layout's blocks, formats
 * and bold cells (`into`): lost reasons (live SUMIFS/COUNTIFS per
 * reason listed when written, the deals without one as the rest of the lost), the ageing of open
 * deals by StageSince against TODAY() (live), and from DealHistory as values of the day written:
 * days in stage with the period comparison, cohorts this quarter against last, slips and shrinks.
 */
function reviewBlocks(
  input: DashboardInput,
  top: number,
  into: Pick<ReviewBlocks, "blocks" | "formats" | "bold">,
): ReviewBlocks {
  const lang = input.language;
  const t = (key: keyof typeof dashboardText) => dashboardText[key][lang];
  const deals = (key: string) => columnRef("Deals", input.deals, key);
  const has = (key: string) => (input.deals.columns[key] ?? -1) >= 0;
  const stagesRef = (key: string) => columnRef("Stages", input.stagesTable, key);
  const { review, today } = input.review!;
  const result: ReviewBlocks = { ...into, figures: {} };
  const section = (row: number, title: string, header: string[], rows: (string | null)[][]) => {
    result.blocks.push({ address: `A${row}`, values: [[title]] });
    const last = String.fromCharCode(64 + header.length);
    result.blocks.push({ address: `A${row + 1}`, values: [header, ...rows] });
    result.bold.push(`A${row}`, `A${row + 1}:${last}${row + 1}`);
    return { first: row + 2, last: row + 1 + rows.length, end: last };
  };
  let row = top;

  const lostStage = input.stages.all.find((stage) => stage.outcome === "lost");
  if (lostStage && has("LostReason")) {
    const lostRef = `INDEX(${stagesRef("Stage")},${lostStage.row + 1})`;
    const named = review.lost.byReason.filter((group) => group.label !== "");
    const first = row + 2;
    const restRow = first + named.length;
    const rows = named.map((group, i) => {
      const r = first + i;
      const match = `${deals("Stage")},${lostRef},${deals("LostReason")},"="&A${r}`;
      return [literal(group.label), `=SUMIFS(${deals("Amount")},${match})`, `=COUNTIFS(${match})`];
    });
    // The rest of the lost deals: those without a reason (and any written since the sheet was).
    const others = named.length === 0 ? "" : `-SUM(B${first}:B${restRow - 1})`;
    const otherCount = named.length === 0 ? "" : `-SUM(C${first}:C${restRow - 1})`;
    rows.push([
      literal(t("noReason")),
      `=SUMIFS(${deals("Amount")},${deals("Stage")},${lostRef})${others}`,
      `=COUNTIFS(${deals("Stage")},${lostRef})${otherCount}`,
    ]);
    const placed = section(row, t("lostReasons"), [t("reason"), t("amount"), t("lostDeals")], rows);
    result.formats.push({ address: `B${placed.first}:B${placed.last}`, format: "money" });
    result.formats.push({ address: `C${placed.first}:C${placed.last}`, format: "count" });
    result.figures.lostReasons = `A${placed.first}:C${placed.last}`;
    result.chart = {
      type: "BarClustered",
      source: `A${row + 1}:B${placed.last}`,
      title: t("lostChart"),
      topLeft: "H40",
      bottomRight: "O56",
    };
    row = placed.last + 2;
  }

  const open = input.stages.funnel.filter((stage) => stage.outcome !== "won");
  if (has("StageSince") && open.length > 0) {
    const since = deals("StageSince");
    const rows = open.map((stage, i) => {
      const r = row + 2 + i;
      const count = (criteria: string) => `=COUNTIFS(${deals("Stage")},A${r},${since},${criteria})`;
      return [
        `=INDEX(${stagesRef("Stage")},${stage.row + 1})`,
        count(`">="&TODAY()-7`),
        count(`">="&TODAY()-30,${since},"<"&TODAY()-7`),
        count(`">="&TODAY()-90,${since},"<"&TODAY()-30`),
        count(`"<"&TODAY()-90`),
        count(`""`),
      ];
    });
    const placed = section(
      row,
      t("ageing"),
      [t("stage"), t("days0"), t("days8"), t("days31"), t("days91"), t("noDate")],
      rows,
    );
    result.formats.push({ address: `B${placed.first}:F${placed.last}`, format: "count" });
    result.figures.ageing = `A${placed.first}:F${placed.last}`;
    row = placed.last + 2;
  }

  const history = review.history;
  const asOf = (title: string) => `${title} (${t("asOf")})`;
  if (!history) {
    result.blocks.push({ address: `A${row}`, values: [[t("recordingOff")]] });
    return result;
  }
  const number = (value: number | null) => (value === null ? "" : String(Math.round(value * 10) / 10));
  const slowerOf = new Map(history.slower.steps.map((step) => [step.stage, step]));
  const dayRows = history.days.map((stage) => {
    const step = slowerOf.get(stage.stage);
    return [
      literal(stage.stage),
      number(stage.average),
      number(stage.median),
      String(stage.intervals),
      String(stage.unknown),
      step ? number(step.previous.average) : "",
      step ? number(step.current.average) : "",
    ];
  });
  const { year, month, day } = dateFromSerial(today);
  const written = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  result.blocks.push({ address: `A${row}`, values: [[`${t("asOfNote")} ${written}`]] });
  row += 1;
  const days = section(
    row,
    asOf(t("daysInStage")),
    [
      t("stage"),
      t("averageDays"),
      t("medianDays"),
      t("stays"),
      t("unknownDates"),
      t("previousPeriod"),
      t("currentPeriod"),
    ],
    dayRows,
  );
  result.formats.push({ address: `B${days.first}:C${days.last}`, format: "days" });
  result.formats.push({ address: `F${days.first}:G${days.last}`, format: "days" });
  result.figures.daysInStage = `A${days.first}:G${days.last}`;
  row = days.last + 2;

  const rate = (part: number, entered: number) => {
    const value = cohortRate(part, entered);
    return value === null ? "" : String(value);
  };
  const cohortRows = history.cohorts.quarters.map((stage) => [
    literal(stage.stage),
    String(stage.thisQuarter.entered),
    rate(stage.thisQuarter.advanced, stage.thisQuarter.entered),
    rate(stage.thisQuarter.won, stage.thisQuarter.entered),
    String(stage.lastQuarter.entered),
    rate(stage.lastQuarter.advanced, stage.lastQuarter.entered),
    rate(stage.lastQuarter.won, stage.lastQuarter.entered),
  ]);
  const cohorts = section(
    row,
    asOf(t("cohorts")),
    [t("stage"), t("enteredNow"), t("movedOnNow"), t("wonNow"), t("enteredBefore"), t("movedOnBefore"), t("wonBefore")],
    cohortRows,
  );
  result.formats.push({ address: `B${cohorts.first}:B${cohorts.last}`, format: "count" });
  result.formats.push({ address: `E${cohorts.first}:E${cohorts.last}`, format: "count" });
  result.formats.push({ address: `C${cohorts.first}:D${cohorts.last}`, format: "percent" });
  result.formats.push({ address: `F${cohorts.first}:G${cohorts.last}`, format: "percent" });
  result.figures.cohorts = `A${cohorts.first}:G${cohorts.last}`;
  row = cohorts.last + 2;

  const changes = section(
    row,
    asOf(t("slipsAndShrinks")),
    [t("keyFigures"), t("value")],
    [
      [t("slippedDeals"), String(history.slipped.deals.length)],
      [t("slips"), String(history.slipped.slips)],
      [t("daysSlipped"), String(history.slipped.days)],
      [t("shrunkDeals"), String(history.shrunk.deals.length)],
      [t("amountShrunk"), String(history.shrunk.shrink)],
    ],
  );
  result.formats.push({ address: `B${changes.first}:B${changes.last - 1}`, format: "count" });
  result.formats.push({ address: `B${changes.last}`, format: "money" });
  result.figures.slipsAndShrinks = `A${changes.first}:B${changes.last}`;
  return result;
}

/** The last sheet row any block fills. */
function lastRow(blocks: readonly DashboardBlock[]): number {
  let last = 0;
  for (const block of blocks) {
    const [, digits] = /(\d+)$/.exec(block.address.split(":")[0])!;
    last = Math.max(last, Number(digits) + block.values.length - 1);
  }
  return last;
}

/**
 * The forecast call from row `top`: a note that these are recorded values, then one row per
 * recording of this quarter — its day, Closed, Commit, Best case, Weighted and Target as recorded
 * (everyone's) — and a line chart of those columns beside it.
 */
function forecastCallBlock(
  input: DashboardInput,
  top: number,
  into: Pick<ReviewBlocks, "blocks" | "formats" | "bold">,
): { chart: DashboardChart; figures: Record<string, string> } {
  const lang = input.language;
  const t = (key: keyof typeof dashboardText) => dashboardText[key][lang];
  const points = input.forecastCall!;
  const amount = (value: number | null) => (value === null ? "" : String(value));
  const header = [
    t("recordedOn"),
    forecastCategoryChoices[3][lang],
    forecastCategoryChoices[2][lang],
    forecastCategoryChoices[1][lang],
    t("callWeighted"),
    t("callTarget"),
  ];
  const rows = points.map((point) => [
    String(point.recordedOn),
    amount(point.closed),
    amount(point.commit),
    amount(point.bestCase),
    amount(point.weighted),
    amount(point.target),
  ]);
  into.blocks.push({ address: `A${top}`, values: [[t("forecastCall")], [t("forecastCallNote")]] });
  into.blocks.push({ address: `A${top + 2}`, values: [header, ...rows] });
  into.bold.push(`A${top}`, `A${top + 2}:F${top + 2}`);
  const first = top + 3;
  const last = top + 2 + rows.length;
  into.formats.push({ address: `A${first}:A${last}`, format: "date" });
  into.formats.push({ address: `B${first}:F${last}`, format: "money" });
  return {
    chart: {
      type: "Line",
      source: `A${top + 2}:F${last}`,
      title: t("forecastCallChart"),
      topLeft: `H${top}`,
      bottomRight: `O${top + 16}`,
    },
    figures: { forecastCall: `A${first}:F${last}` },
  };
}

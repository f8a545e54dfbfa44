import { criterionText } from "@core/goals/breakdown/actualFormula";
import { LOST_LABELS, WON_LABELS } from "@core/cells/outcome";
import { dateFromSerial } from "@core/cells/parseDate";
import { defaultKpis } from "@core/performance/kpis";
import { kpiNames } from "@core/performance/performanceTables";
import { notStartingWith } from "@core/performance/scorecardFormulas";
import { poolMarkerPrefixes } from "@core/customers/poolMarkers";
import type { DashboardBlock, DashboardChart, DashboardFormat } from "@core/pipeline/pipelineDashboard";
import { weekLabel, type Week } from "@core/weekly/week";
import type { ClosedDeal } from "@core/weekly/report/weeklyReport";
import type { StageMove } from "@core/weekly/report/weeklyStageMoves";
import { weeklySheetText } from "@core/weekly/sheet/weeklySheetText";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import { columnLetters } from "@core/workbook/columnLetters";
import { literalText } from "@core/workbook/literalText";
import {
  activityMethodChoices,
  customerStatusChoices,
  periodLengthChoices,
  targetLevelChoices,
  targetMetricChoices,
  workbookLanguages,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import { columnRef } from "@core/workbook/structuredRef";

/** A table's header row as written, with the schema column index. */
export type WeeklySourceTable = { readonly headers: readonly string[]; readonly columns: ColumnIndex };

/**
 * A rep's block: the name, and the week's stage moves and lost deals as the weekly report lists
 * them (weeklyReport's), written as values: history cannot be recomputed, and a live list of
 * unknown length would spill into the block below it.
 */
export type WeeklySheetRep = {
  readonly name: string;
  readonly stageMoves: readonly Pick<StageMove, "dealId" | "from" | "to" | "day">[];
  readonly lostDeals: readonly Pick<ClosedDeal, "dealId" | "amount" | "lostReason">[];
};

/** What the weekly sheet is built from. */
export type WeeklySheetInput = {
  readonly language: WorkbookLanguage;
  readonly week: Week;
  /** The day written (serial): the date stamp. */
  readonly today: number;
  /** The team, or null for everyone. */
  readonly team: string | null;
  /** The reps in scope, one block each, in this order. */
  readonly reps: readonly WeeklySheetRep[];
  readonly deals: WeeklySourceTable;
  readonly customers: WeeklySourceTable;
  readonly activities: WeeklySourceTable;
  /** Present when the workbook has a Targets table with the columns the attainment rows name. */
  readonly targets?: WeeklySourceTable;
  /** Present when the workbook has a KpiWeights table: the weekly follow-up target reads it. */
  readonly kpiWeights?: WeeklySourceTable;
};

/** A chart of the weekly sheet: the dashboard's chart definition, clustered columns. */
export type WeeklyChart = Omit<DashboardChart, "type" | "fallback"> & { readonly type: "ColumnClustered" };

/** The whole weekly sheet, ready to write in one batch. */
export type WeeklySheetLayout = {
  readonly sheetName: string;
  readonly blocks: readonly DashboardBlock[];
  readonly formats: readonly { readonly address: string; readonly format: DashboardFormat }[];
  /** Titles and header rows, shown bold. */
  readonly bold: readonly string[];
  readonly charts: readonly WeeklyChart[];
  /** The rows repeated at the top of each printed page ("$1:$2"). */
  readonly printTitleRows: string;
  /** The printed page header: the sheet's title. */
  readonly pageHeader: string;
  /** Columns used, from A. */
  readonly width: number;
  /**
   * Where each figure sits: "summary.<figure>", "rep<i>.<figure>" (i in `reps` order), the
   * activity block's "rep<i>.method<j>" (j in activityMethodChoices order) and "rep<i>.weeklyTarget",
   * and the cells the formulas refer to ("monday", "sunday", "asOf", …).
   */
  readonly figures: Readonly<Record<string, string>>;
};

/** The figures of a block, in row order: [count, amount?]. */
const FIGURES = [
  "newDeals",
  "newCustomers",
  "won",
  "lost",
  "followUpsDone",
  "customersTouched",
  "overdue",
  "due",
  "doneOfDue",
  "nextCloses",
  "nextFollowUps",
] as const;
type Figure = (typeof FIGURES)[number];
const WITH_AMOUNT: ReadonlySet<Figure> = new Set(["newDeals", "won", "lost", "nextCloses"]);
/** Figures computed from other cells of their own block. */
const DERIVED: ReadonlySet<Figure> = new Set(["due", "doneOfDue"]);
/** The follow-up figures: a summary adds up its reps' (weeklyActivity's rule). */
const FOLLOW_UPS: ReadonlySet<Figure> = new Set(["followUpsDone", "customersTouched", "overdue", "nextFollowUps"]);

/** Excel's sheet-name rules: at most 31 characters, none of : \ / ? * [ ], no apostrophe at either end. */
const SHEET_NAME_MAX = 31;

/** A short, stable tag of a text, so two teams whose names clean or cut alike keep apart. */
function tagOf(text: string): string {
  let hash = 2166136261;
  for (const ch of text) hash = Math.imul(hash ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return hash.toString(36).slice(0, 4);
}

/**
 * The weekly sheet's name: "Weekly 2026-W49" / "周报 2026-W49", a team's sheet with the team's
 * name after it ("Weekly 2026-W49 East"). Characters Excel refuses in a sheet name are dropped;
 * when that or the 31-character limit changes the team's name, a tag of the full name keeps two
 * teams' sheets apart ("Weekly 2026-W49 Enterprise Acco~1x9z").
 *
 * @param week - the week
 * @param team - the team, or null for everyone
 * @param language - the workbook's language
 * @example
 * weeklySheetName(weekFromLabel("2026-W49")!, null, "zh-CN") //=> "周报 2026-W49"
 */
export function weeklySheetName(week: Week, team: string | null, language: WorkbookLanguage): string {
  const base = `${weeklySheetText.sheet[language]} ${weekLabel(week)}`;
  if (team === null) return base;
  const cleaned = team
    .replace(/[:\\/?*[\]]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  const room = SHEET_NAME_MAX - base.length - 1;
  if (cleaned === team && cleaned.length > 0 && [...cleaned].length <= room) return `${base} ${cleaned}`;
  const tag = `~${tagOf(team)}`;
  const kept = [...cleaned]
    .slice(0, room - tag.length)
    .join("")
    .trimEnd();
  return `${base} ${kept}${tag}`;
}

/** A structured reference to a schema column by its header as written. */
function refOf(table: TableName, written: WeeklySourceTable, key: string): string {
  return columnRef(table, written.headers[written.columns[key]] ?? key);
}

/** A COUNTIFS criterion matching a cell's text exactly: `*`, `?` and `~` in a name are not wildcards. */
function cellCriterion(cell: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

function isoDate(serial: number): string {
  const { year, month, day } = dateFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Who a block is about: every row, one rep (the name in a cell), or a team (the sum of its reps' blocks). */
type Scope =
  | { readonly kind: "everyone"; readonly repTops: readonly number[] }
  | { readonly kind: "rep"; readonly cell: string }
  | { readonly kind: "team"; readonly repTops: readonly number[] };

/**
 * The weekly sheet (周报): the title and the week's dates, a summary block (everyone's rows, or
 * the team's reps added up), the follow-ups by method per rep with a clustered column chart,
 * then a block per rep. Each figure is a live COUNTIFS / SUMIFS over Deals, Customers and
 * Activities between the week's Monday and Sunday, which sit in cells the formulas refer to;
 * customers touched count the distinct customers with UNIQUE(FILTER()); attainment reads the
 * Targets rows of the month and the quarter that hold the week's Sunday ("no target" when there
 * is none). Stage moves and lost deals are values of the day written. Names go into cells as
 * literal text and formulas refer to those cells, so no user text is ever part of a formula.
 *
 * @param input - the week, scope, reps, the tables' header rows and the history values
 * @returns the layout
 * @example
 * weeklySheet(input).figures["rep0.won"] //=> "B37"
 */
export function weeklySheet(input: WeeklySheetInput): WeeklySheetLayout {
  const lang = input.language;
  const t = (key: keyof typeof weeklySheetText) => weeklySheetText[key][lang];
  const deals = (key: string) => refOf("Deals", input.deals, key);
  const customers = (key: string) => refOf("Customers", input.customers, key);
  const activities = (key: string) => refOf("Activities", input.activities, key);
  const blocks: DashboardBlock[] = [];
  const formats: { address: string; format: DashboardFormat }[] = [];
  const bold: string[] = [];
  const figures: Record<string, string> = {};
  const charts: WeeklyChart[] = [];
  let width = 5;

  const { year, month, day } = dateFromSerial(input.week.start);
  const title = `${t("sheet")} ${weekLabel(input.week)}${input.team === null ? "" : ` ${input.team}`}`;
  const MON = "$B$2";
  const SUN = "$C$2";
  const AS_OF = "$B$3";
  const SCOPE = "$B$5";
  const MONTH = { start: "$E$3", end: "$F$3" };
  const QUARTER = { start: "$E$4", end: "$F$4" };
  blocks.push({ address: "A1", values: [[literalText(title)]] });
  blocks.push({ address: "A2", values: [[t("week"), `=DATE(${year},${month},${day})`, `=${MON}+6`]] });
  blocks.push({
    address: "A3",
    values: [
      [
        t("asOf"),
        `=MIN(TODAY(),${SUN}+1)`,
        "",
        t("month"),
        `=DATE(YEAR(${SUN}),MONTH(${SUN}),1)`,
        `=EOMONTH(${SUN},0)`,
      ],
      [
        t("written"),
        `=DATE(${isoDate(input.today).split("-").map(Number).join(",")})`,
        "",
        t("quarter"),
        `=DATE(YEAR(${SUN}),INT((MONTH(${SUN})-1)/3)*3+1,1)`,
        `=EOMONTH(${QUARTER.start},2)`,
      ],
      [t("scope"), literalText(input.team ?? t("everyone")), "", "", "", ""],
    ],
  });
  blocks.push({ address: "A6", values: [[t("note")]] });
  bold.push("A1", "A2:A5", "D3:D4");
  formats.push({ address: "B2:C2", format: "date" }, { address: "B3:B4", format: "date" });
  formats.push({ address: "E3:F4", format: "date" });
  Object.assign(figures, { monday: "B2", sunday: "C2", asOf: "B3", written: "B4", scope: "B5" });

  const inWeek = (column: string) => [column, `">="&${MON}`, column, `"<="&${SUN}`];
  const inNextWeek = (column: string) => [column, `">="&${SUN}+1`, column, `"<="&${SUN}+7`];
  const ownerArgs = (scope: Scope, column: string) => (scope.kind === "rep" ? [column, cellCriterion(scope.cell)] : []);
  const countIfs = (args: readonly string[]) => `COUNTIFS(${args.join(",")})`;
  const sumIfs = (sum: string, args: readonly string[]) => `SUMIFS(${sum},${args.join(",")})`;
  const byLabels = (labels: readonly string[], args: readonly string[], sum?: string) =>
    labels
      .map((label) => {
        const withStage = [...args, deals("Stage"), criterionText(label)];
        return sum ? sumIfs(sum, withStage) : countIfs(withStage);
      })
      .join("+");
  const decided = [...WON_LABELS, ...LOST_LABELS];
  const openStage = [deals("Stage"), `"<>"`, ...decided.flatMap((label) => [deals("Stage"), `"<>${label}"`])];
  const pool = customerStatusChoices[1][lang];
  const worked = [customers("Status"), `"<>${pool}"`];
  // The pool's claims, releases and reassignments are Activities rows too, told apart by their
  // Summary's prefix (poolMarkers): a follow-up count leaves them out, as the Scorecard's does.
  const hasSummary = (input.activities.columns.Summary ?? -1) >= 0;
  const followUp = hasSummary
    ? poolMarkerPrefixes.flatMap((prefix) => [activities("Summary"), notStartingWith(prefix)])
    : [];
  const notBookkeeping = hasSummary
    ? poolMarkerPrefixes
        .map((prefix) => `*(LEFT(TRIM(${activities("Summary")}),${[...prefix].length})<>"${prefix}")`)
        .join("")
    : "";
  const touched = (cell: string) => {
    const date = activities("Date");
    const customer = activities("Customer");
    const filter = `(${activities("Owner")}=${cell})*(${date}>=${MON})*(${date}<=${SUN})*(${customer}<>"")${notBookkeeping}`;
    return `=IFERROR(ROWS(UNIQUE(FILTER(${customer},${filter}))),0)`;
  };

  /** The live formula of a figure's count (and amount) cell; rows of the block by figure. */
  const figureFormulas = (scope: Scope, rowOf: (figure: Figure) => number): Record<Figure, [string, string]> => {
    const dealOwner = ownerArgs(scope, deals("Owner"));
    const customerOwner = ownerArgs(scope, customers("Owner"));
    const activityOwner = ownerArgs(scope, activities("Owner"));
    const created = [...dealOwner, ...inWeek(deals("Created"))];
    const closed = [...dealOwner, ...inWeek(deals("ClosedOn"))];
    const next = [...dealOwner, ...inNextWeek(deals("ExpectedClose")), ...openStage];
    return {
      newDeals: [`=${countIfs(created)}`, `=${sumIfs(deals("Amount"), created)}`],
      newCustomers: [`=${countIfs([...customerOwner, ...inWeek(customers("FirstPurchase"))])}`, ""],
      won: [`=${byLabels(WON_LABELS, closed)}`, `=${byLabels(WON_LABELS, closed, deals("Amount"))}`],
      lost: [`=${byLabels(LOST_LABELS, closed)}`, `=${byLabels(LOST_LABELS, closed, deals("Amount"))}`],
      followUpsDone: [`=${countIfs([...activityOwner, ...inWeek(activities("Date")), ...followUp])}`, ""],
      customersTouched: [scope.kind === "rep" ? touched(scope.cell) : "", ""],
      overdue: [`=${countIfs([...customerOwner, ...worked, customers("NextContact"), `"<"&${AS_OF}`])}`, ""],
      due: [`=B${rowOf("customersTouched")}+B${rowOf("overdue")}`, ""],
      doneOfDue: [`=B${rowOf("customersTouched")}&" / "&B${rowOf("due")}`, ""],
      nextCloses: [`=${countIfs(next)}`, `=${sumIfs(deals("Amount"), next)}`],
      nextFollowUps: [`=${countIfs([...customerOwner, ...worked, ...inNextWeek(customers("NextContact"))])}`, ""],
    };
  };

  const targets = input.targets;
  const hasTargets =
    targets !== undefined &&
    ["PeriodStart", "PeriodEnd", "Level", "Name", "Metric", "Target"].every((key) => (targets.columns[key] ?? -1) >= 0);
  const target = (key: string) => refOf("Targets", targets!, key);
  const has = (key: string) => (targets?.columns[key] ?? -1) >= 0;

  /** Actual, target, attainment and pace of one period, from the Targets rows of the scope. */
  const attainmentRow = (scope: Scope, period: { start: string; end: string }, r: number): string[] => {
    const level = scope.kind === "rep" ? 2 : scope.kind === "team" ? 1 : 0;
    const name = scope.kind === "rep" ? [target("Name"), cellCriterion(scope.cell)] : [];
    const teamName = scope.kind === "team" ? [target("Name"), cellCriterion(SCOPE)] : [];
    const base = [
      target("Level"),
      criterionText(targetLevelChoices[level][lang]),
      ...name,
      ...teamName,
      target("PeriodStart"),
      period.start,
      target("PeriodEnd"),
      period.end,
    ];
    // An empty Metric counts as Signed, as the pipeline's targetFor reads it.
    const signed = [...base, target("Metric"), criterionText(targetMetricChoices[0][lang])];
    const blank = [...base, target("Metric"), `""`];
    const total = (key: string) => `${sumIfs(target(key), signed)}+${sumIfs(target(key), blank)}`;
    const rows = `${countIfs(signed)}+${countIfs(blank)}`;
    const noTarget = `"${t("noTarget")}"`;
    return [
      "",
      has("Actual") ? `=IF(${rows}=0,"",${total("Actual")})` : "",
      `=IF(${rows}=0,${noTarget},${total("Target")})`,
      `=IF(ISNUMBER(C${r}),IF(C${r}=0,"",B${r}/C${r}),${noTarget})`,
      has("Pace") ? `=IF(ISNUMBER(C${r}),${total("Pace")},"")` : "",
    ];
  };

  /** One figure block from `top`; returns the next free row. */
  const figureBlock = (top: number, key: string, heading: string, scope: Scope, history?: WeeklySheetRep): number => {
    const first = top + 2;
    const rowOf = (figure: Figure) => first + FIGURES.indexOf(figure);
    const formulas = figureFormulas(scope, rowOf);
    // A team's figures add up its reps' blocks: exactly the rows whose owner is in the team.
    // Everyone's deal and new-customer figures count every row (an owner left blank too); the
    // follow-up figures are the reps' added up, a customer two reps touched counting for each.
    const repTops = scope.kind === "rep" ? [] : scope.repTops;
    const fromReps = (figure: Figure) =>
      scope.kind === "team" ? !DERIVED.has(figure) : scope.kind === "everyone" && FOLLOW_UPS.has(figure);
    const summed = (column: "B" | "C", figure: Figure) =>
      repTops.length === 0
        ? "=0"
        : `=${repTops.map((repTop) => `${column}${repTop + 2 + FIGURES.indexOf(figure)}`).join("+")}`;
    const rows = FIGURES.map((figure) => {
      const [count, amount] = formulas[figure];
      const teamSum = fromReps(figure);
      return [
        t(figure),
        teamSum ? summed("B", figure) : count,
        WITH_AMOUNT.has(figure) ? (teamSum ? summed("C", figure) : amount) : "",
      ];
    });
    blocks.push({ address: `A${top}`, values: [[heading]] });
    blocks.push({ address: `A${top + 1}`, values: [[t("figure"), t("count"), t("amount")], ...rows] });
    bold.push(`A${top}`, `A${top + 1}:C${top + 1}`);
    FIGURES.forEach((figure) => {
      figures[`${key}.${figure}`] = `B${rowOf(figure)}`;
      if (WITH_AMOUNT.has(figure)) figures[`${key}.${figure}Amount`] = `C${rowOf(figure)}`;
    });
    const last = first + FIGURES.length - 1;
    formats.push(
      { address: `B${first}:B${last}`, format: "count" },
      { address: `C${first}:C${last}`, format: "money" },
    );
    let row = last + 2;

    if (hasTargets) {
      const header = row;
      const monthRow = [...attainmentRow(scope, MONTH, header + 1)];
      monthRow[0] = t("month");
      const quarterRow = [...attainmentRow(scope, QUARTER, header + 2)];
      quarterRow[0] = t("quarter");
      blocks.push({
        address: `A${header}`,
        values: [[t("attainment"), t("actual"), t("target"), t("rate"), t("pace")], monthRow, quarterRow],
      });
      bold.push(`A${header}:E${header}`);
      formats.push(
        { address: `B${header + 1}:C${header + 2}`, format: "money" },
        { address: `D${header + 1}:E${header + 2}`, format: "percent" },
      );
      for (const [period, r] of [
        ["month", header + 1],
        ["quarter", header + 2],
      ] as const) {
        figures[`${key}.${period}Actual`] = `B${r}`;
        figures[`${key}.${period}Target`] = `C${r}`;
        figures[`${key}.${period}Attainment`] = `D${r}`;
        figures[`${key}.${period}Pace`] = `E${r}`;
      }
      row = header + 4;
    }

    if (history) {
      const section = (
        heading: string,
        header: string[],
        values: string[][],
        format: (first: number, last: number) => void,
      ) => {
        blocks.push({ address: `A${row}`, values: [[heading]] });
        bold.push(`A${row}`);
        if (values.length === 0) {
          blocks.push({ address: `A${row + 1}`, values: [[t("none")]] });
          row += 3;
          return;
        }
        blocks.push({ address: `A${row + 1}`, values: [header, ...values] });
        bold.push(`A${row + 1}:${columnLetters(header.length - 1)}${row + 1}`);
        format(row + 2, row + 1 + values.length);
        row += values.length + 3;
      };
      section(
        t("stageMoves"),
        [t("deal"), t("from"), t("to"), t("day")],
        history.stageMoves.map((move) => [
          literalText(move.dealId),
          literalText(move.from),
          literalText(move.to),
          String(move.day),
        ]),
        (from, to) => formats.push({ address: `D${from}:D${to}`, format: "date" }),
      );
      section(
        t("lostDeals"),
        [t("deal"), t("amount"), t("reason")],
        history.lostDeals.map((deal) => [literalText(deal.dealId), String(deal.amount), literalText(deal.lostReason)]),
        (from, to) => formats.push({ address: `B${from}:B${to}`, format: "money" }),
      );
    }
    return row;
  };

  // Rows are fixed up front, so the summary can add up the rep blocks below it.
  const summaryTop = 8;
  const blockHeight = (moves: number, lost: number) =>
    2 + FIGURES.length + 1 + (hasTargets ? 4 : 0) + (Math.max(moves, 1) + 3) + (Math.max(lost, 1) + 3);
  const activityTop = summaryTop + 2 + FIGURES.length + 1 + (hasTargets ? 4 : 0);
  const activityHeader = activityTop + 1;
  const activityFirst = activityHeader + 1;
  const repsTop: number[] = [];
  let next = activityFirst + Math.max(input.reps.length, 1) + 1 + 15;
  input.reps.forEach((rep) => {
    repsTop.push(next);
    next += blockHeight(rep.stageMoves.length, rep.lostDeals.length);
  });
  const repCells = repsTop.map((top) => `$A$${top}`);

  figureBlock(
    summaryTop,
    "summary",
    t("summary"),
    input.team === null ? { kind: "everyone", repTops: repsTop } : { kind: "team", repTops: repsTop },
  );
  input.reps.forEach((rep, i) =>
    figureBlock(repsTop[i], `rep${i}`, literalText(rep.name), { kind: "rep", cell: repCells[i] }, rep),
  );

  // Follow-ups by method per rep, against the weekly target, with the chart over the counts.
  const methods = activityMethodChoices.map((choice) => choice[lang]);
  const kpi = input.kpiWeights;
  const hasKpi = kpi !== undefined && ["PeriodLength", "KPI", "Target"].every((key) => (kpi.columns[key] ?? -1) >= 0);
  const monthlyDefault = defaultKpis("month").find((k) => k.key === "activities")!.target;
  const weeklyDefault = String(Math.round(((monthlyDefault * 12) / 52) * 10) / 10);
  const weeklyTarget = () => {
    if (!hasKpi) return `=${weeklyDefault}`;
    const k = (key: string) => refOf("KpiWeights", kpi, key);
    const args = [
      k("PeriodLength"),
      criterionText(periodLengthChoices[0][lang]),
      k("KPI"),
      criterionText(kpiNames.activities[lang]),
    ];
    return `=IF(${countIfs(args)}=0,${weeklyDefault},ROUND(${sumIfs(k("Target"), args)}*12/52,1))`;
  };
  // A method as written in either language (a rep may type "Call" in a Chinese workbook).
  const methodLabels = (j: number) => {
    const labels = workbookLanguages.map((language) => activityMethodChoices[j][language]);
    return labels.filter((label, k) => labels.findIndex((other) => other.toLowerCase() === label.toLowerCase()) === k);
  };
  const activityHeaderRow = [t("rep"), ...methods, t("total"), t("weeklyTarget"), t("customersTouched"), t("overdue")];
  const lastLetter = columnLetters(activityHeaderRow.length - 1);
  width = Math.max(width, activityHeaderRow.length);
  const activityRows = input.reps.map((_, i) => {
    const top = repsTop[i];
    const rowOf = (figure: Figure) => top + 2 + FIGURES.indexOf(figure);
    return [
      `=${repCells[i]}`,
      ...methods.map((_, j) => {
        const r = activityFirst + i;
        // Other is every follow-up the named methods leave: an empty or unknown Method too.
        if (j === methods.length - 1) return `=G${r}-SUM(B${r}:${columnLetters(j)}${r})`;
        const mine = [activities("Owner"), cellCriterion(repCells[i]), ...inWeek(activities("Date")), ...followUp];
        return `=${methodLabels(j)
          .map((label) => countIfs([...mine, activities("Method"), criterionText(label)]))
          .join("+")}`;
      }),
      `=B${rowOf("followUpsDone")}`,
      weeklyTarget(),
      `=B${rowOf("customersTouched")}`,
      `=B${rowOf("overdue")}`,
    ];
  });
  blocks.push({ address: `A${activityTop}`, values: [[t("activity")]] });
  blocks.push({
    address: `A${activityHeader}`,
    values: [activityHeaderRow.map((cell) => literalText(cell)), ...activityRows],
  });
  bold.push(`A${activityTop}`, `A${activityHeader}:${lastLetter}${activityHeader}`);
  if (input.reps.length > 0) {
    const activityLast = activityFirst + input.reps.length - 1;
    formats.push({ address: `B${activityFirst}:${lastLetter}${activityLast}`, format: "count" });
    formats.push({ address: `H${activityFirst}:H${activityLast}`, format: "days" });
    input.reps.forEach((_, i) => {
      methods.forEach((_, j) => (figures[`rep${i}.method${j}`] = `${columnLetters(1 + j)}${activityFirst + i}`));
      figures[`rep${i}.weeklyTarget`] = `H${activityFirst + i}`;
    });
    charts.push({
      type: "ColumnClustered",
      source: `A${activityHeader}:${columnLetters(methods.length)}${activityLast}`,
      title: t("activityChart"),
      topLeft: `A${activityLast + 2}`,
      bottomRight: `H${activityLast + 16}`,
    });
  }

  return {
    sheetName: weeklySheetName(input.week, input.team, lang),
    blocks,
    formats,
    bold,
    charts,
    printTitleRows: "$1:$2",
    pageHeader: title,
    width,
    figures,
  };
}

import { targetLevelChoices, targetMetricChoices, tableSpec, type WorkbookLanguage } from "@core/workbook/schema";
import { columnIndex } from "@core/workbook/columnIndex";
import { actualFormula, columnName, type TargetLevel, type WrittenHeaders } from "@core/goals/breakdown/actualFormula";
import type { Granularity } from "@core/goals/breakdown/fiscalPeriods";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import { toAmount, type Plan } from "@core/goals/breakdown/plan";
import { planGrid } from "@core/goals/breakdown/planGrid";

/** Which rows to write. */
export type TargetRowsOptions = {
  readonly metric: Metric;
  /** The workbook's language: the texts and the headers in the formulas follow it. */
  readonly language: WorkbookLanguage;
  readonly levels: readonly TargetLevel[];
  /** Levels of time to write, each in its own block of rows (default year, quarter, month). */
  readonly granularities?: readonly Granularity[];
  /** The Name of Company rows (default "Company" / "公司"). */
  readonly companyName?: string;
  /** Stage names that mean won in the Actual formulas (default: the won stage of the language). */
  readonly wonLabels?: readonly string[];
  /** The Deals, Team and Targets header rows as written in the workbook, for the formulas (see columnName). */
  readonly written?: WrittenHeaders;
  /**
   * Whether the workbook has a Team table, which Team rows' Actual reads (default: whether the
   * plan has reps, who come from it).
   */
  readonly teamTable?: boolean;
  /** Whether the workbook has a Payments table, which Collected rows' Actual reads (default true). */
  readonly paymentsTable?: boolean;
};

/**
 * One row of the Targets table, keyed by the table's column keys (WORKBOOK.md). Actual,
 * Attainment and Gap hold formula text for the writer to put in as formulas; the other columns
 * are values. `periodKey`, `granularity` and `level` identify the row language-free: an existing
 * row is the same target when PeriodStart, PeriodEnd, Level, Name and Metric match.
 */
export type TargetRow = {
  readonly periodKey: string;
  readonly granularity: Granularity;
  readonly level: TargetLevel;
  readonly Period: string;
  readonly PeriodStart: number;
  readonly PeriodEnd: number;
  readonly Level: string;
  readonly Name: string;
  readonly Metric: string;
  readonly Target: number;
  readonly Actual: string;
  readonly Attainment: string;
  readonly Gap: string;
  readonly Pace: string;
};

/**
 * The Pace column's formula (ƒ): SALES.PACE of the row's own Actual, Target, PeriodStart and
 * PeriodEnd — attainment against the share of the period gone by today, so below 1 means behind
 * the straight line to the target. A period not started yet, or a target of 0, shows blank
 * rather than an error (nothing to be behind on). Live: it moves with TODAY() and the deals.
 *
 * @param language - the workbook's language (headers)
 * @param written - the Targets header row as written, when it exists
 * @returns formula text
 * @example
 * paceFormula("en-US") //=> '=IFERROR(SALES.PACE([@Actual],[@Target],[@PeriodStart],[@PeriodEnd]),"")'
 */
export function paceFormula(language: WorkbookLanguage, written?: WrittenHeaders): string {
  const own = (key: string) => `[@${columnName("Targets", key, language, written)}]`;
  return `=IFERROR(SALES.PACE(${own("Actual")},${own("Target")},${own("PeriodStart")},${own("PeriodEnd")}),"")`;
}

const LEVEL_INDEX: Record<TargetLevel, number> = { Company: 0, Team: 1, Rep: 2 };

/**
 * The Targets rows of a plan: for each chosen level of time and each period, a Company row, then
 * each team's row followed by its reps' rows (reps in no team come last), keeping only the chosen
 * levels. Target is the plan's figure (money, rounded to the plan's decimals); Actual sums the
 * won deals with one formula for every row (actualFormula); Attainment is =SALES.ATTAINMENT([@Actual],[@Target]), Gap
 * =SALES.GAP([@Target],[@Actual]) and Pace paceFormula's, with the headers of the workbook's language. Period holds the
 * period's label in that language (e.g. "2026年4月").
 *
 * @param plan - the plan
 * @param options - metric, language, levels and which levels of time
 * @returns the rows in writing order
 *
 * @example
 * targetRows(plan, { metric: "signed", language: "zh-CN", levels: ["Rep"], granularities: ["month"] })[0].Metric //=> "合同额"
 */
export function targetRows(plan: Plan, options: TargetRowsOptions): TargetRow[] {
  const { metric, language, levels } = options;
  const lang = language === "zh-CN" ? "zh" : "en";
  const levelText = (level: TargetLevel) => targetLevelChoices[LEVEL_INDEX[level]][language];
  const metricText = targetMetricChoices[metric === "signed" ? 0 : 1][language];
  const companyName = options.companyName?.trim() || levelText("Company");
  const written = options.written;
  const own = (key: string) => `[@${columnName("Targets", key, language, written)}]`;
  const attainment = `=SALES.ATTAINMENT(${own("Actual")},${own("Target")})`;
  const gap = `=SALES.GAP(${own("Target")},${own("Actual")})`;
  const pace = paceFormula(language, written);
  const money = (units: number) => toAmount(units, plan.decimals);
  // One formula for the whole column (see actualFormula): it branches on the row's Level and Metric.
  const actual = actualFormula(language, {
    wonLabels: options.wonLabels,
    written,
    teamTable: options.teamTable ?? plan.reps.length > 0,
    paymentsTable: options.paymentsTable,
  });
  // Reps grouped under their team, in team order; reps in no team last.
  const repOrder = [...plan.teams, ""].flatMap((team) =>
    plan.reps.map((rep, r) => ({ rep, r })).filter(({ rep }) => rep.team === team),
  );

  const rows: TargetRow[] = [];
  for (const granularity of options.granularities ?? ["year", "quarter", "month"]) {
    const grid = planGrid(plan, granularity);
    grid.periods.forEach((period, p) => {
      const row = (level: TargetLevel, name: string, units: number): TargetRow => ({
        periodKey: period.key,
        granularity,
        level,
        Period: period.label[lang],
        PeriodStart: period.start,
        PeriodEnd: period.end,
        Level: levelText(level),
        Name: name,
        Metric: metricText,
        Target: money(units),
        Actual: actual,
        Attainment: attainment,
        Gap: gap,
        Pace: pace,
      });
      if (levels.includes("Company")) rows.push(row("Company", companyName, grid.periodTotals[p]));
      const teamRows = levels.includes("Team");
      const repRows = levels.includes("Rep");
      let team: string | null = null;
      for (const { rep, r } of repOrder) {
        if (teamRows && rep.team !== team && rep.team !== "") {
          const t = plan.teams.indexOf(rep.team);
          rows.push(row("Team", rep.team, grid.teamCells[p][t]));
        }
        team = rep.team;
        if (repRows) rows.push(row("Rep", rep.name, grid.cells[p][r]));
      }
    });
  }
  return rows;
}

/**
 * Target rows as the writer puts them in a table: the header row of the Targets table in the
 * workbook's language and one array per row in the table's column order. Given the header row of
 * an existing Targets table, the values follow its order instead, and a column the user added
 * gets "" (the schema columns are found in either language, see columnIndex).
 *
 * @example
 * targetTable(rows, "en-US").headers //=> ["Period", "PeriodStart", "PeriodEnd", "Level", "Name", "Metric", "Target", "Actual", "Attainment", "Gap"]
 */
export function targetTable(
  rows: readonly TargetRow[],
  language: WorkbookLanguage,
  existingHeaders?: readonly string[],
): { headers: string[]; values: (string | number)[][] } {
  const columns = tableSpec("Targets").columns;
  if (!existingHeaders) {
    return {
      headers: columns.map((c) => c.header[language]),
      values: rows.map((row) => columns.map((c) => row[c.key as keyof TargetRow] as string | number)),
    };
  }
  const index = columnIndex("Targets", existingHeaders);
  const keyAt = existingHeaders.map(() => "");
  for (const c of columns) if (index[c.key] >= 0) keyAt[index[c.key]] = c.key;
  return {
    headers: [...existingHeaders],
    values: rows.map((row) => keyAt.map((key) => (key ? (row[key as keyof TargetRow] as string | number) : ""))),
  };
}

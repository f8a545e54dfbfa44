import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { kpiIds, type KpiId } from "@core/goals/breakdown/kpiTargets";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import { tableCell, type TableCells } from "@core/goals/breakdown/tableCell";
import { columnIndex } from "@core/workbook/columnIndex";
import { literalText } from "@core/workbook/literalText";
import {
  goalMetricChoices,
  tableSpec,
  targetLevelChoices,
  workbookLanguages,
  type ColumnChoice,
  type WorkbookLanguage,
} from "@core/workbook/schema";

/** Whom a saved goal is for (Goals[Scope]). */
export type GoalScopeKind = "company" | "team" | "rep";

/** What a saved goal is measured by: a sales metric, or a KPI of the goal card. */
export type GoalMetric = Metric | KpiId;

/** One goal as the `Goals` table holds it (one row). */
export type SavedGoal = {
  /** G-0001 …; "" for a goal not saved yet (the writer gives it the next free one). */
  readonly id: string;
  readonly text: string;
  readonly scope: GoalScopeKind;
  /** The team or rep (as Team writes it); "" for the company. */
  readonly scopeName: string;
  readonly metric: GoalMetric;
  readonly target: number | null;
  /** Excel serial (whole day). */
  readonly deadline: number | null;
  /** KPI targets in each KPI's unit (a rate as a fraction: 0.3 for 30 %). */
  readonly kpis: Readonly<Partial<Record<KpiId, number>>>;
  /** The ActionPlan[Goal] value the goal's steps carry ("" when none). */
  readonly actionPlan: string;
  /** The day it was last saved (Excel serial), null when not known. */
  readonly updated: number | null;
};

/** A goal as read, with its data row. */
export type ReadGoal = SavedGoal & { readonly row: number };

const SCOPES: readonly GoalScopeKind[] = ["company", "team", "rep"];
const METRICS: readonly GoalMetric[] = ["signed", "collected", ...kpiIds];

/** The Goals column of each KPI target. */
export const kpiColumns: Readonly<Record<KpiId, string>> = {
  conversionRate: "ConversionRate",
  avgCycleDays: "AvgCycleDays",
  avgOrderValue: "AvgOrderValue",
  newCustomers: "NewCustomers",
  followUps: "FollowUps",
};

/** The choice a text names, in either language, case and spaces ignored; -1 for none. */
function choiceAt(choices: readonly ColumnChoice[], text: string | null): number {
  const wanted = normalizeLabel(text ?? "");
  if (wanted === "") return -1;
  return choices.findIndex((choice) => workbookLanguages.some((l) => normalizeLabel(choice[l]) === wanted));
}

/**
 * The Goals table's Metric text of a metric, in the workbook's language.
 *
 * @example
 * goalMetricText("followUps", "zh-CN") //=> "跟进次数"
 */
export function goalMetricText(metric: GoalMetric, language: WorkbookLanguage): string {
  return goalMetricChoices[METRICS.indexOf(metric)][language];
}

/**
 * The saved goals of a `Goals` table, in sheet order, with their data row indexes. Scope and
 * Metric are read in either language (an unknown Scope is the company, an unknown Metric the
 * signed amount); rows with neither a GoalID nor a goal are left out.
 *
 * @example
 * readGoals({ headers: ["GoalID", "Goal", "Scope"], rows: [["G-0001", "Grow East", "Team"]] })[0].scope //=> "team"
 */
export function readGoals(table: TableCells): ReadGoal[] {
  const at = tableCell("Goals", table);
  const goals: ReadGoal[] = [];
  table.rows.forEach((row, i) => {
    const id = at.text(row, "GoalID") ?? "";
    const text = at.text(row, "Goal") ?? "";
    if (id === "" && text === "") return;
    const scope = SCOPES[choiceAt(targetLevelChoices, at.text(row, "Scope"))] ?? "company";
    const kpis: Partial<Record<KpiId, number>> = {};
    for (const kpi of kpiIds) {
      const value = at.number(row, kpiColumns[kpi]);
      if (value !== null) kpis[kpi] = value;
    }
    const date = (key: string) => {
      const serial = at.date(row, key);
      return serial === null ? null : Math.floor(serial);
    };
    goals.push({
      row: i,
      id,
      text,
      scope,
      scopeName: scope === "company" ? "" : (at.text(row, "ScopeName") ?? ""),
      metric: METRICS[choiceAt(goalMetricChoices, at.text(row, "Metric"))] ?? "signed",
      target: at.number(row, "Target"),
      deadline: date("Deadline"),
      kpis,
      actionPlan: at.text(row, "ActionPlan") ?? "",
      updated: date("Updated"),
    });
  });
  return goals;
}

/**
 * A goal as a row of the `Goals` table, in the order of its header row (the schema's, or an
 * existing table's; a column the user added gets ""). Texts typed by the manager are written as
 * text (a goal starting with "=" stays text, see literalText); Scope and Metric in the workbook's
 * language; a missing figure or date leaves its cell empty.
 *
 * @param goal - the goal (its id already given)
 * @param language - the workbook's language
 * @param headers - the header row of an existing table (default: the schema's in the language)
 * @returns one value per column
 * @example
 * goalRowValues({ ...goal, id: "G-0001", text: "=1+1" }, "en-US").slice(0, 2) //=> ["G-0001", "'=1+1"]
 */
export function goalRowValues(
  goal: SavedGoal,
  language: WorkbookLanguage,
  headers?: readonly string[],
): (string | number)[] {
  const row = headers ?? tableSpec("Goals").columns.map((c) => c.header[language]);
  const index = columnIndex("Goals", row);
  const values: (string | number)[] = row.map(() => "");
  const figure = (n: number | null | undefined) => (n === null || n === undefined ? "" : n);
  const day = (n: number | null) => (n === null ? "" : Math.floor(n));
  const byKey: Record<string, string | number> = {
    GoalID: literalText(goal.id.trim()),
    Goal: literalText(goal.text.trim()),
    Scope: targetLevelChoices[SCOPES.indexOf(goal.scope)][language],
    ScopeName: goal.scope === "company" ? "" : literalText(goal.scopeName.trim()),
    Metric: goalMetricText(goal.metric, language),
    Target: figure(goal.target),
    Deadline: day(goal.deadline),
    ActionPlan: literalText(goal.actionPlan.trim()),
    Updated: day(goal.updated),
  };
  for (const kpi of kpiIds) byKey[kpiColumns[kpi]] = figure(goal.kpis[kpi]);
  for (const [key, value] of Object.entries(byKey)) if (index[key] >= 0) values[index[key]] = value;
  return values;
}

const GOAL_ID = /^G-(\d+)$/i;

/**
 * The GoalID for a new goal: one after the highest G-number in use (so an ID deleted from the
 * sheet is not given again while a higher one exists), four digits at least.
 *
 * @param ids - the GoalID cells of the table now
 * @example
 * nextGoalId(["G-0001", "G-0007", "x"]) //=> "G-0008"
 */
export function nextGoalId(ids: readonly unknown[]): string {
  let highest = 0;
  for (const id of ids) {
    const match = GOAL_ID.exec(String(id ?? "").trim());
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `G-${String(highest + 1).padStart(4, "0")}`;
}

/**
 * Whether two goals say the same (every field but the row, texts trimmed and compared as typed,
 * dates by day): how the writer tells that the sheet still holds what the pane read.
 *
 * @example
 * sameGoal(goal, { ...goal, text: ` ${goal.text} ` }) //=> true
 */
export function sameGoal(a: SavedGoal, b: SavedGoal): boolean {
  const key = (g: SavedGoal) =>
    JSON.stringify([
      g.id.trim().toUpperCase(),
      g.text.trim(),
      g.scope,
      g.scope === "company" ? "" : g.scopeName.trim(),
      g.metric,
      g.target,
      g.deadline === null ? null : Math.floor(g.deadline),
      kpiIds.map((k) => g.kpis[k] ?? null),
      g.actionPlan.trim(),
      g.updated === null ? null : Math.floor(g.updated),
    ]);
  return key(a) === key(b);
}

/** What blocks saving a goal (the SMART check's hard errors; the soft ones only advise). */
export type GoalProblem = "noText" | "targetNotNumber" | "badDeadline";

/**
 * The problems that block saving a goal as typed on the card: no goal in words, a target that is
 * not a number (typed, or the fallback when left empty), a deadline that is not a date.
 *
 * @param typed - the goal's text, target and deadline (yyyy-mm-dd) as typed; "" for the fallback
 * @param fallback - the target and deadline an empty field stands for (the wizard's), if any
 * @returns the problems, in field order; empty when the goal can be saved
 * @example
 * goalProblems({ text: "", target: "12x", deadline: "2026-02-30" }, { target: null, deadline: null })
 * //=> ["noText", "targetNotNumber", "badDeadline"]
 */
export function goalProblems(
  typed: { readonly text: string; readonly target: string; readonly deadline: string },
  fallback: { readonly target: number | null; readonly deadline: number | null },
): GoalProblem[] {
  const problems: GoalProblem[] = [];
  if (typed.text.trim() === "") problems.push("noText");
  const target = typed.target.trim() === "" ? fallback.target : (parseNumber(typed.target.trim()) ?? null);
  if (target === null || !Number.isFinite(target)) problems.push("targetNotNumber");
  const deadline =
    typed.deadline.trim() === ""
      ? fallback.deadline
      : ISO_DAY.test(typed.deadline.trim())
        ? isoDay(typed.deadline)
        : null;
  if (deadline === null) problems.push("badDeadline");
  return problems;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A yyyy-mm-dd day as a serial, null when no such day (2026-02-30). */
function isoDay(text: string): number | null {
  return parseDate(text.trim()) ?? null;
}

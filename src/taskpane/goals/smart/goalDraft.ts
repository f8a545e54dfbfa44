import { kpiIds, kpiSpecs, type KpiId } from "@core/goals/breakdown/kpiTargets";
import type { RepInput } from "@core/goals/breakdown/plan";
import { goalScope } from "@core/goals/goalScope";
import type { SavedGoal } from "@core/goals/savedGoals";
import { targetLevelChoices, type WorkbookLanguage } from "@core/workbook/schema";
import { isoDate } from "@core/cells/isoDate";
import { kpiTargetValue } from "./KpiTargetsTable";
import type { KpiTargetDrafts, ResolvedDraft, SmartDraft } from "./smartDraft";

/** What a goal saves beside the card's own fields. */
export type GoalContext = {
  /** The goal being edited (its GoalID and ActionPlan link kept), or null for a new goal. */
  readonly editing: SavedGoal | null;
  readonly reps: readonly RepInput[];
  /** The day of the save (Excel serial). */
  readonly today: number;
};

/**
 * The goal the SMART card and KPI targets hold, as the `Goals` table saves it: scope as goalScope
 * reads "whom it is for" (a rep or team of Team, else the company), Metric the KPI when the card
 * names one, else the signed or collected amount; the target and deadline with the wizard's
 * fallbacks (resolvedDraft); KPI targets in each KPI's unit. An edited goal keeps its GoalID and
 * ActionPlan link; a new one is linked by its words (the action plan's goal is the card's goal).
 *
 * @example
 * goalFromDraft({ ...emptyDraft, text: "Grow East", scope: "North" }, { followUps: "400" }, resolved, { editing: null, reps, today })
 * //=> { id: "", text: "Grow East", scope: "team", scopeName: "North", kpis: { followUps: 400 }, actionPlan: "Grow East", … }
 */
export function goalFromDraft(
  draft: SmartDraft,
  kpiTargets: KpiTargetDrafts,
  resolved: Pick<ResolvedDraft, "metric" | "target" | "deadline">,
  context: GoalContext,
): SavedGoal {
  const scope = goalScope(draft.scope, context.reps);
  const kpis: Partial<Record<KpiId, number>> = {};
  for (const id of kpiIds) {
    const value = kpiTargetValue(id, kpiTargets[id]);
    if (value !== null) kpis[id] = value;
  }
  const text = draft.text.trim();
  return {
    id: context.editing?.id ?? "",
    text,
    scope: scope.kind,
    scopeName: scope.kind === "company" ? "" : scope.name,
    metric: draft.kpi === "" ? resolved.metric : draft.kpi,
    target: resolved.target,
    deadline: resolved.deadline === null ? null : Math.floor(resolved.deadline),
    kpis,
    actionPlan: context.editing?.actionPlan || text,
    updated: Math.floor(context.today),
  };
}

/** A KPI target as the KPI targets table takes it typed: rates as percentages ("30" for 0.3). */
function typedKpi(id: KpiId, value: number): string {
  const shown = kpiSpecs[id].unit === "percent" ? value * 100 : value;
  return String(Number(shown.toPrecision(12)));
}

/**
 * A saved goal back on the SMART card and the KPI targets, every field typed out (so the card shows
 * the goal as saved, not the wizard's fallbacks); the company's scope in the workbook's language.
 *
 * @example
 * draftFromGoal({ ...goal, scope: "company", metric: "followUps", kpis: { conversionRate: 0.3 } }, "en-US")
 * //=> { draft: { scope: "Company", kpi: "followUps", metric: "", … }, kpiTargets: { conversionRate: "30" } }
 */
export function draftFromGoal(
  goal: SavedGoal,
  language: WorkbookLanguage,
): { draft: SmartDraft; kpiTargets: KpiTargetDrafts } {
  const isKpi = goal.metric !== "signed" && goal.metric !== "collected";
  const kpiTargets: Partial<Record<KpiId, string>> = {};
  for (const id of kpiIds) {
    const value = goal.kpis[id];
    if (value !== undefined) kpiTargets[id] = typedKpi(id, value);
  }
  return {
    draft: {
      text: goal.text,
      scope: goal.scope === "company" ? targetLevelChoices[0][language] : goal.scopeName,
      metric: isKpi ? "" : goal.metric,
      target: goal.target === null ? "" : String(goal.target),
      kpi: isKpi ? goal.metric : "",
      deadline: isoDate(goal.deadline),
    },
    kpiTargets,
  };
}

import { parseNumber } from "@core/cells/parseNumber";
import { fiscalYearRange } from "@core/goals/breakdown/buildPlans";
import type { KpiId } from "@core/goals/breakdown/kpiTargets";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import { annualTargetOf, metricsOf, type WizardChoices } from "@core/goals/breakdown/wizardChoices";
import { serialFromIso } from "../isoDate";

/** The goal as typed on the SMART card (texts as typed). */
export type SmartDraft = {
  readonly text: string;
  readonly scope: string;
  /** "" means: the wizard's metric (its first, when it plans both). */
  readonly metric: Metric | "";
  /** "" means: the wizard's annual target. */
  readonly target: string;
  readonly kpi: KpiId | "";
  /** yyyy-mm-dd; "" means: the last day of the fiscal year. */
  readonly deadline: string;
};

export const emptyDraft: SmartDraft = { text: "", scope: "", metric: "", target: "", kpi: "", deadline: "" };

/** KPI targets as typed, per KPI ("" for none). */
export type KpiTargetDrafts = Readonly<Partial<Record<KpiId, string>>>;

/** What an empty field of the card stands for, and what the card's fields come to. */
export type ResolvedDraft = {
  readonly metric: Metric;
  /** The target typed, else the wizard's annual target; null when neither is a number. */
  readonly target: number | null;
  /** The fallback of an empty target field (the wizard's annual target for the metric). */
  readonly wizardTarget: number | null;
  /** The deadline typed, else the fiscal year's last day; null when not a date. */
  readonly deadline: number | null;
  /** The fallback of an empty deadline field (the plan year's last day, null without a valid year). */
  readonly yearEnd: number | null;
  /** The plan year (null when the wizard's year is not a valid year). */
  readonly year: { readonly start: number; readonly end: number } | null;
};

/**
 * The card's fields with their fallbacks filled in from the wizard's choices: the metric, target
 * and deadline the SMART check judges and a save writes.
 *
 * @example
 * resolvedDraft({ ...emptyDraft, target: "500000" }, choices).target //=> 500000
 */
export function resolvedDraft(draft: SmartDraft, choices: WizardChoices): ResolvedDraft {
  const metric = draft.metric === "" ? metricsOf(choices)[0] : draft.metric;
  const fiscalYear = Number(choices.fiscalYear);
  const validYear = Number.isInteger(fiscalYear) && fiscalYear > 1901 && fiscalYear < 9998;
  const year = validYear ? fiscalYearRange(fiscalYear, choices.startMonth) : null;
  const wizardTarget = annualTargetOf(choices, metric);
  const target = draft.target.trim() === "" ? wizardTarget : (parseNumber(draft.target.trim()) ?? null);
  const yearEnd = year?.end ?? null;
  const deadline = draft.deadline === "" ? yearEnd : serialFromIso(draft.deadline);
  return { metric, target, wizardTarget, deadline, yearEnd, year };
}

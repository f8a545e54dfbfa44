import type { KpiId } from "@core/goals/breakdown/kpiTargets";

/** The goal as typed on the SMART card (texts as typed). */
export type SmartDraft = {
  readonly text: string;
  readonly scope: string;
  /** "" means: the wizard's annual target. */
  readonly target: string;
  readonly kpi: KpiId | "";
  /** yyyy-mm-dd; "" means: the last day of the fiscal year. */
  readonly deadline: string;
};

export const emptyDraft: SmartDraft = { text: "", scope: "", target: "", kpi: "", deadline: "" };

/** KPI targets as typed, per KPI ("" for none). */
export type KpiTargetDrafts = Readonly<Partial<Record<KpiId, string>>>;

import { DEFAULT_COMMISSION_PLAN, type CommissionBasis } from "@core/performance/commissionPlan";
import type { CommissionMode } from "@core/formulas/performance/commission";
import type { Kpi, KpiBaselines, KpiKey } from "@core/performance/kpis";
import { kpiPlanFor, type KpiPlans, type PeriodLength } from "@core/performance/kpiPlans";
import type { RatingBand } from "@core/formulas/performance/ratingBands";
import type { CommissionTier } from "@core/formulas/performance/commissionTiers";
import { scorecardPeriods, type PeriodChoice } from "@core/performance/scorecardPeriods";
import { defaultPlanBands, type ScorecardPlan } from "@core/performance/scorecardPlan";

/** KPIs whose target the wizard shows as a percent (100 = 100 %). */
const PERCENT_KPIS: ReadonlySet<KpiKey> = new Set(["attainment", "winRate", "collectionRate"]);

export type KpiDraft = {
  readonly key: KpiKey;
  readonly weight: string;
  readonly target: string;
  readonly lowerIsBetter: boolean;
};
export type BandDraft = { readonly minimum: string; readonly label: string };
export type TierDraft = { readonly threshold: string; readonly rate: string };

/** The wizard's fields as typed (text inputs stay text until the plan is built). */
export type ScorecardDraft = {
  readonly kind: PeriodChoice["kind"];
  readonly year: string;
  readonly month: string;
  readonly quarter: string;
  readonly kpis: readonly KpiDraft[];
  readonly cap: string;
  readonly bands: readonly BandDraft[];
  readonly tiers: readonly TierDraft[];
  readonly mode: CommissionMode;
  readonly basis: CommissionBasis;
  readonly accelerate: boolean;
  /** Percent of quota. */
  readonly acceleratorFrom: string;
  readonly multiplier: string;
  readonly carry: boolean;
};

const text = (value: number) => String(Number(value.toPrecision(12)));
const percentText = (fraction: number) => text(fraction * 100);

/** KPI fields from KPIs (percent KPIs × 100). */
export function kpiDrafts(kpis: readonly Kpi[]): KpiDraft[] {
  return kpis.map((kpi) => ({
    key: kpi.key,
    weight: text(kpi.weight),
    target: PERCENT_KPIS.has(kpi.key) ? percentText(kpi.target) : text(kpi.target),
    lowerIsBetter: kpi.lowerIsBetter,
  }));
}

/** Where the wizard starts: the workbook's own set-up tables when it has them, else the defaults. */
export type DraftSource = {
  /** The workbook's KPI plan of each period length (KpiWeights). */
  readonly kpis: KpiPlans;
  readonly bands: RatingBand[] | null;
  readonly tiers: CommissionTier[] | null;
  readonly baselines: KpiBaselines;
};

/**
 * The wizard's first draft: this quarter of this year, the workbook's quarterly KPI plan,
 * RatingBands and CommissionTiers when present (so edits made in the sheet come back), else the
 * defaults.
 */
export function initialDraft(source: DraftSource, today: Date): ScorecardDraft {
  const plan = DEFAULT_COMMISSION_PLAN;
  return {
    kind: "quarter",
    year: String(today.getFullYear()),
    month: String(today.getMonth() + 1),
    quarter: String(Math.floor(today.getMonth() / 3) + 1),
    kpis: kpiDrafts(kpiPlanFor(source.kpis, "quarter", source.baselines)),
    cap: "1.5",
    bands: (source.bands ?? defaultPlanBands).map((band) => ({
      minimum: text(band.minimum),
      label: String(band.label),
    })),
    tiers: (source.tiers ?? plan.tiers).map((tier) => ({
      threshold: text(tier.threshold),
      rate: percentText(tier.rate),
    })),
    mode: plan.mode,
    basis: plan.basis,
    accelerate: plan.accelerator !== null,
    acceleratorFrom: percentText(plan.accelerator?.from ?? 1),
    multiplier: text(plan.accelerator?.multiplier ?? 1.5),
    carry: plan.carry,
  };
}

/** The period length of a draft's period kind (every month of a year is scored month by month). */
export function draftLength(kind: ScorecardDraft["kind"]): PeriodLength {
  return kind === "months" ? "month" : kind;
}

/**
 * A draft after an edit, with its KPIs following the period length: when the edit changes the
 * length and the KPIs are still those the wizard offered for the old one (the workbook's plan for
 * that length, else the defaults), they become the new length's (20 follow-ups a month, 60 a
 * quarter, 240 a year by default). KPIs the manager edited are theirs and stay as edited.
 *
 * @param previous - the draft before the edit
 * @param next - the draft as edited
 * @param source - the workbook's plans and the team's baselines
 * @returns the draft to show
 * @example
 * followPeriodLength(quarterDraft, { ...quarterDraft, kind: "month" }, source).kpis.find((k) => k.key === "activities")?.target //=> "20"
 */
export function followPeriodLength(
  previous: ScorecardDraft,
  next: ScorecardDraft,
  source: Pick<DraftSource, "kpis" | "baselines">,
): ScorecardDraft {
  const from = draftLength(previous.kind);
  const to = draftLength(next.kind);
  if (from === to) return next;
  const offered = kpiDrafts(kpiPlanFor(source.kpis, from, source.baselines));
  const untouched = JSON.stringify(next.kpis) === JSON.stringify(offered);
  return untouched ? { ...next, kpis: kpiDrafts(kpiPlanFor(source.kpis, to, source.baselines)) } : next;
}

/** A typed number ("1,200", " 30 ") or NaN. */
export function parseField(value: string): number {
  const cleaned = value.replace(/[,\s]/g, "");
  return cleaned === "" ? Number.NaN : Number(cleaned);
}

/** The period choice of a draft. */
export function periodChoice(draft: ScorecardDraft): PeriodChoice {
  const year = Math.trunc(parseField(draft.year));
  switch (draft.kind) {
    case "month":
      return { kind: "month", year, month: Math.trunc(parseField(draft.month)) };
    case "quarter":
      return { kind: "quarter", year, quarter: Math.trunc(parseField(draft.quarter)) };
    default:
      return { kind: draft.kind, year };
  }
}

/**
 * The plan a draft stands for: numbers parsed (a field that is no number stays NaN, so
 * planProblems names it), percents back to fractions.
 */
export function draftPlan(draft: ScorecardDraft, reps: readonly string[]): ScorecardPlan {
  return {
    periods: scorecardPeriods(periodChoice(draft)),
    reps,
    kpis: draft.kpis.map((kpi) => {
      const target = parseField(kpi.target);
      return {
        key: kpi.key,
        weight: parseField(kpi.weight),
        target: PERCENT_KPIS.has(kpi.key) ? target / 100 : target,
        lowerIsBetter: kpi.lowerIsBetter,
      };
    }),
    cap: parseField(draft.cap),
    bands: draft.bands.map((band) => ({ minimum: parseField(band.minimum), label: band.label.trim() })),
    commission: {
      tiers: draft.tiers.map((tier) => ({ threshold: parseField(tier.threshold), rate: parseField(tier.rate) / 100 })),
      mode: draft.mode,
      basis: draft.basis,
      accelerator: draft.accelerate
        ? { from: parseField(draft.acceleratorFrom) / 100, multiplier: parseField(draft.multiplier) }
        : null,
      carry: draft.carry,
    },
  };
}

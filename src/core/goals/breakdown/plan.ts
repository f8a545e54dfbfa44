import type { Period } from "@core/goals/breakdown/fiscalPeriods";
import type { Localized } from "@core/goals/breakdown/localized";

/**
 * The part of a fiscal year a plan sets targets for: the whole year, one quarter (1–4), one fiscal
 * month (1–12, fiscal month 1 is the start month), or the rest of the year from fiscal month
 * `from` on, where the target given is the annual one and `won` (what the year's deals won so
 * far) is taken off it first.
 */
export type PlanScope =
  | { readonly kind: "year" }
  | { readonly kind: "quarter"; readonly quarter: number }
  | { readonly kind: "month"; readonly month: number }
  | { readonly kind: "rest"; readonly from: number; readonly won: number };

/**
 * The fiscal months (1–12) of a scope, ascending; empty for a quarter, month or first month out
 * of range.
 *
 * @example
 * scopeMonths({ kind: "quarter", quarter: 2 }) //=> [4, 5, 6]
 */
export function scopeMonths(scope: PlanScope): number[] {
  const run = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);
  const whole = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
  switch (scope.kind) {
    case "year":
      return run(1, 12);
    case "quarter":
      return whole(scope.quarter, 4) ? run(3 * scope.quarter - 2, 3) : [];
    case "month":
      return whole(scope.month, 12) ? [scope.month] : [];
    case "rest":
      return whole(scope.from, 12) ? run(scope.from, 13 - scope.from) : [];
  }
}

/** How the annual target is spread over the months. */
export type TimeMethod = "equal" | "lastYear" | "seasonal" | "growth";

/**
 * The split over time. "growth" applies `rate` (0.2 for +20 %) to each month of last year; see
 * buildPlan for how it meets a given annual target.
 */
export type TimeSplit =
  | { readonly method: "equal" }
  | { readonly method: "lastYear" }
  | { readonly method: "seasonal" }
  | { readonly method: "growth"; readonly rate: number };

/** How the target is spread over the people. */
export type PeopleMethod = "capacity" | "lastYear" | "equal" | "manual";

/** The split over people; "manual" takes one figure per rep, in the order of the reps. */
export type PeopleSplit =
  | { readonly method: "capacity" }
  | { readonly method: "lastYear" }
  | { readonly method: "equal" }
  | { readonly method: "manual"; readonly figures: readonly number[] };

/** A rep as the wizard reads the Team table. An empty team means the rep reports to no team. */
export type RepInput = {
  readonly name: string;
  readonly team?: string | null;
  /** Team[Capacity]; needed for the capacity split only. */
  readonly capacity?: number | null;
  /** Team[StartDate], a serial: no target before its month, then the ramp (see repFactors). */
  readonly startDate?: number | null;
  /** Team[EndDate], a serial: no target after its month. */
  readonly endDate?: number | null;
};

/** What the wizard warns about; each warning carries its figures and a message in en + zh. */
export type PlanWarning =
  | {
      readonly kind: "thin-history";
      /** Which split fell back to equal. */
      readonly split: "time" | "people";
      readonly requested: TimeMethod | PeopleMethod;
      /** Months of history the data covers (a full year, 12, is needed). */
      readonly months: number;
      readonly message: Localized;
    }
  | {
      /** The requested split gives the plan's months nothing (last year sold nothing then): split equally. */
      readonly kind: "empty-months";
      readonly requested: TimeMethod;
      readonly message: Localized;
    }
  | {
      readonly kind: "jump";
      readonly rep: string;
      readonly target: number;
      readonly lastYear: number;
      /** target ÷ lastYear − 1 */
      readonly growth: number;
      readonly threshold: number;
      readonly message: Localized;
    }
  | {
      /**
       * A rep far above last year only because last year was short for them: they joined during
       * it (or after), so the comparison is explained instead of flagged as a jump.
       */
      readonly kind: "partial-year";
      readonly rep: string;
      readonly target: number;
      readonly lastYear: number;
      readonly growth: number;
      /** The rep's start date (a serial). */
      readonly startDate: number;
      /** Months of last year the rep was on the team (0–11). */
      readonly months: number;
      readonly message: Localized;
    }
  | {
      readonly kind: "coverage";
      readonly target: number;
      readonly actualToDate: number;
      /** target − actualToDate */
      readonly remaining: number;
      readonly openPipeline: number;
      readonly winRate: number;
      /** openPipeline × winRate */
      readonly supported: number;
      /** openPipeline ÷ remaining */
      readonly coverage: number;
      readonly message: Localized;
    };

/** The open pipeline the coverage warning weighs the target against. */
export type PipelineInput = {
  /** Σ Amount of open deals. */
  readonly openPipeline: number;
  /** Historical win rate, a fraction in [0, 1]. */
  readonly winRate: number;
  /** What is already achieved in the plan year (0 when planning ahead). */
  readonly actualToDate?: number;
};

/** A rep in a plan, in the order of the input. */
export type PlanRep = {
  readonly name: string;
  /** "" when the rep is in no team. */
  readonly team: string;
  /** The rep's share weight over the whole company (what unlocked cells are re-split by). */
  readonly weight: number;
  /** The figure of the plan's months last year (money), or null when the history has no last year. */
  readonly lastYear: number | null;
  /** Team[StartDate] and Team[EndDate] as serials, null when not given. */
  readonly startDate: number | null;
  readonly endDate: number | null;
  /** Per month of the plan: the share of a full target the rep carries (0 before the start and after the end, the ramp in between; see repFactors). */
  readonly factors: readonly number[];
};

/**
 * A target plan: a grid of months × reps in whole units of 10^-decimals (cents with decimals 2,
 * yuan with 0, thousands with −3). Every figure is exact: Σ cells of a month = its period total,
 * Σ period totals = Σ rep totals = Σ team totals (+ reps without a team) = the plan's total.
 * The months are those of its scope: all 12 for a year, 3 for a quarter, 1 for a month, the months
 * left for the rest of the year.
 * Period totals and the annual total are fixed when the plan is built; rep and team totals follow
 * the manager's edits (see rebalance).
 */
export type Plan = {
  readonly fiscalYear: number;
  readonly startMonth: number;
  readonly decimals: number;
  readonly scope: PlanScope;
  /** The months of the scope, in fiscal order. */
  readonly months: readonly Period[];
  /**
   * For the rest of the year: the annual target and what was won, in units; total is annual −
   * won (0 when more was won), so the months left plus won make the annual target exactly.
   */
  readonly rest: { readonly annual: number; readonly won: number } | null;
  readonly reps: readonly PlanRep[];
  /** Named teams in the order they first appear among the reps. */
  readonly teams: readonly string[];
  /** The target of the plan's months (the annual target for a year), in units. */
  readonly total: number;
  /** Per month, in units; fixed. */
  readonly periodTotals: readonly number[];
  /** months × reps, in units. */
  readonly cells: readonly (readonly number[])[];
  /** The split as built, before any edit; a month without locks keeps these figures. */
  readonly original: readonly (readonly number[])[];
  /** months × reps: true where the manager typed a figure and locked it. */
  readonly locked: readonly (readonly boolean[])[];
  /** Per rep, in units: Σ of the rep's column. */
  readonly repTotals: readonly number[];
  /** Per team of `teams`, in units: Σ of its reps. */
  readonly teamTotals: readonly number[];
  readonly time: { readonly requested: TimeMethod; readonly used: TimeMethod; readonly weights: readonly number[] };
  readonly people: { readonly requested: PeopleMethod; readonly used: PeopleMethod };
  /** The ramp of new reps: the fractions of a full target in their first months. */
  readonly ramp: readonly number[];
  /** Last year's first and last day, for explaining reps who joined during it; null without a last year. */
  readonly lastYearRange: { readonly start: number; readonly end: number } | null;
  readonly jumpThreshold: number;
  readonly pipeline: PipelineInput | null;
  /** Notes from building the plan (thin history); kept through edits. */
  readonly notes: readonly PlanWarning[];
  /** notes + the jump and coverage warnings for the current figures. */
  readonly warnings: readonly PlanWarning[];
};

/**
 * Whole units of 10^-decimals in an amount, rounded as Excel's ROUND does (15 significant
 * digits first, then half away from zero).
 *
 * @example
 * toUnits(1234.565, 2) //=> 123457
 */
export function toUnits(amount: number, decimals: number): number {
  const scaled = decimals >= 0 ? amount * 10 ** decimals : amount / 10 ** -decimals;
  const clean = Number(scaled.toPrecision(15));
  return Math.sign(clean) * Math.round(Math.abs(clean));
}

/**
 * The amount a number of units stands for.
 *
 * @example
 * toAmount(123457, 2) //=> 1234.57
 */
export function toAmount(units: number, decimals: number): number {
  return decimals >= 0 ? units / 10 ** decimals : units * 10 ** -decimals;
}

import type { Granularity } from "@core/goals/breakdown/fiscalPeriods";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import type { PeopleMethod, PeopleSplit, TimeMethod, TimeSplit } from "@core/goals/breakdown/plan";
import { parseNumber } from "@core/cells/parseNumber";
import { DEFAULT_RAMP, validRamp } from "@core/goals/breakdown/repActivity";

/** The wizard's steps, in order. */
export type WizardStep = "target" | "metric" | "time" | "people" | "preview" | "write";

export const wizardSteps: readonly WizardStep[] = ["target", "metric", "time", "people", "preview", "write"];

export type MetricChoice = Metric | "both";

/** What the target is for: the fiscal year, one quarter, one month, or the rest of the year. */
export type PeriodChoice = "year" | "quarter" | "month" | "rest";

/** What the manager has typed and picked so far (texts as typed; parsed when a step is left). */
export type WizardChoices = {
  readonly period: PeriodChoice;
  /** The quarter (1–4) of the fiscal year, for a quarter's target. */
  readonly quarter: number;
  /** The fiscal month (1–12; 1 is the start month), for a month's target. */
  readonly month: number;
  /** The target of the period (the annual target for a year and for the rest of the year). */
  readonly annualTarget: string;
  readonly collectedTarget: string;
  readonly fiscalYear: string;
  readonly startMonth: number;
  readonly decimals: 0 | 2;
  readonly metric: MetricChoice;
  readonly timeMethod: TimeMethod;
  /** Percent, as typed ("20" for +20 %). */
  readonly growthRate: string;
  /** With the growth split: the annual target is last year × (1 + rate) instead of the typed one. */
  readonly growthSetsTarget: boolean;
  readonly weeks: boolean;
  readonly peopleMethod: PeopleMethod;
  /** Typed figures per rep name, for the manual split. */
  readonly manual: Readonly<Record<string, string>>;
  /** A new rep's share of a full target in their first months, percent as typed ("50", "75", "100"). */
  readonly ramp: readonly string[];
};

/**
 * Fresh choices for a plan year: a whole year's target (see defaultPlanYear for the year and
 * start month the wizard offers).
 *
 * @example
 * initialChoices(2027, 4).fiscalYear //=> "2027"
 */
export function initialChoices(year: number, startMonth = 1): WizardChoices {
  return {
    period: "year",
    quarter: 1,
    month: 1,
    annualTarget: "",
    collectedTarget: "",
    fiscalYear: String(year),
    startMonth,
    decimals: 0,
    metric: "signed",
    timeMethod: "seasonal",
    growthRate: "20",
    growthSetsTarget: false,
    weeks: false,
    peopleMethod: "capacity",
    manual: {},
    ramp: DEFAULT_RAMP.map((f) => String(f * 100)),
  };
}

/** A problem with a step's input: the strings key of its message. */
export type ChoiceProblem =
  | "target.needAmount"
  | "target.needYear"
  | "metric.needCollected"
  | "time.needRate"
  | "people.needFigures"
  | "people.needRamp";

const positive = (text: string) => {
  const n = parseNumber(text.trim());
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : null;
};

/** The metrics the choices plan for. */
export function metricsOf(choices: Pick<WizardChoices, "metric">): Metric[] {
  return choices.metric === "both" ? ["signed", "collected"] : [choices.metric];
}

/** The annual target typed for a metric; null when it is left to the growth split or not a number. */
export function annualTargetOf(choices: WizardChoices, metric: Metric): number | null {
  if (choices.timeMethod === "growth" && choices.growthSetsTarget) return null;
  const text = metric === "collected" && choices.metric === "both" ? choices.collectedTarget : choices.annualTarget;
  return positive(text);
}

/** The time split of the choices (the growth rate as a fraction). */
export function timeSplitOf(choices: WizardChoices): TimeSplit {
  if (choices.timeMethod !== "growth") return { method: choices.timeMethod };
  return { method: "growth", rate: (parseNumber(choices.growthRate.trim()) ?? NaN) / 100 };
}

/** The people split of the choices, with the manual figures in the order of `reps`. */
export function peopleSplitOf(choices: WizardChoices, reps: readonly { name: string }[]): PeopleSplit {
  if (choices.peopleMethod !== "manual") return { method: choices.peopleMethod };
  return { method: "manual", figures: reps.map((r) => parseNumber((choices.manual[r.name] ?? "").trim()) ?? NaN) };
}

/**
 * The ramp of the choices as fractions (NaN where a percent is no number; see validRamp).
 *
 * @example
 * rampOf({ ramp: ["50", "75", "100"] }) //=> [0.5, 0.75, 1]
 */
export function rampOf(choices: Pick<WizardChoices, "ramp">): number[] {
  return choices.ramp.map((text) => (parseNumber(text.trim()) ?? NaN) / 100);
}

/**
 * The levels of time written to Targets: a year's plan writes the year, its quarters, months and
 * (if asked) weeks; a quarter's its quarter and months; a month's and the rest of the year's their
 * months only, since a year or quarter row would hold part of its period's target.
 *
 * @example
 * granularitiesOf({ period: "quarter", weeks: true }) //=> ["quarter", "month"]
 */
export function granularitiesOf(
  choices: Pick<WizardChoices, "weeks"> & Partial<Pick<WizardChoices, "period">>,
): Granularity[] {
  switch (choices.period ?? "year") {
    case "quarter":
      return ["quarter", "month"];
    case "month":
    case "rest":
      return ["month"];
    default:
      return choices.weeks ? ["year", "quarter", "month", "week"] : ["year", "quarter", "month"];
  }
}

/**
 * What keeps a step from being left, as strings keys (empty when it may be left).
 *
 * @example
 * stepProblems("target", { ...initialChoices(2026), annualTarget: "abc" }, []) //=> ["target.needAmount"]
 */
export function stepProblems(
  step: WizardStep,
  choices: WizardChoices,
  reps: readonly { name: string }[],
): ChoiceProblem[] {
  const problems: ChoiceProblem[] = [];
  switch (step) {
    case "target": {
      const year = Number(choices.fiscalYear.trim());
      if (!Number.isInteger(year) || year < 1901 || year > 9998) problems.push("target.needYear");
      if (positive(choices.annualTarget) === null) problems.push("target.needAmount");
      break;
    }
    case "metric":
      if (choices.metric === "both" && positive(choices.collectedTarget) === null)
        problems.push("metric.needCollected");
      break;
    case "time":
      if (choices.timeMethod === "growth") {
        const rate = parseNumber(choices.growthRate.trim());
        if (rate === undefined || !Number.isFinite(rate) || rate <= -100) problems.push("time.needRate");
      }
      break;
    case "people":
      if (choices.peopleMethod === "manual") {
        const figures = reps.map((r) => parseNumber((choices.manual[r.name] ?? "").trim()));
        if (figures.some((f) => f === undefined || !Number.isFinite(f) || f < 0) || !figures.some((f) => (f ?? 0) > 0))
          problems.push("people.needFigures");
      }
      if (!validRamp(rampOf(choices))) problems.push("people.needRamp");
      break;
    default:
      break;
  }
  return problems;
}

/**
 * The identity of a set of choices: plans built from them stay valid while it is unchanged, so
 * going back and forth keeps the manager's edits unless a choice changes.
 *
 * @example
 * choicesKey(initialChoices(2026)) === choicesKey(initialChoices(2026)) //=> true
 */
export function choicesKey(choices: WizardChoices): string {
  return JSON.stringify(choices);
}

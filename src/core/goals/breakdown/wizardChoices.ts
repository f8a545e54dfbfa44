import type { Granularity } from "@core/goals/breakdown/fiscalPeriods";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import type { PeopleMethod, PeopleSplit, TimeMethod, TimeSplit } from "@core/goals/breakdown/plan";
import { parseNumber } from "@core/cells/parseNumber";

/** The wizard's steps, in order. */
export type WizardStep = "target" | "metric" | "time" | "people" | "preview" | "write";

export const wizardSteps: readonly WizardStep[] = ["target", "metric", "time", "people", "preview", "write"];

export type MetricChoice = Metric | "both";

/** What the manager has typed and picked so far (texts as typed; parsed when a step is left). */
export type WizardChoices = {
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
};

/** Fresh choices for a plan year (the calendar year of today, January start). */
export function initialChoices(year: number): WizardChoices {
  return {
    annualTarget: "",
    collectedTarget: "",
    fiscalYear: String(year),
    startMonth: 1,
    decimals: 0,
    metric: "signed",
    timeMethod: "seasonal",
    growthRate: "20",
    growthSetsTarget: false,
    weeks: false,
    peopleMethod: "capacity",
    manual: {},
  };
}

/** A problem with a step's input: the strings key of its message. */
export type ChoiceProblem =
  "target.needAmount" | "target.needYear" | "metric.needCollected" | "time.needRate" | "people.needFigures";

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

/** The levels of time written to Targets. */
export function granularitiesOf(choices: Pick<WizardChoices, "weeks">): Granularity[] {
  return choices.weeks ? ["year", "quarter", "month", "week"] : ["year", "quarter", "month"];
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

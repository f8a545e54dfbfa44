import { dateFromSerial } from "@core/cells/parseDate";
import { formatAmount, formatPercent } from "@core/goals/breakdown/formatFigure";
import { joinLocalized, localized, type Localized } from "@core/goals/breakdown/localized";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";

/** A goal as the manager states it; anything may be missing, which is what the check is for. */
export type SmartGoal = {
  readonly text?: string | null;
  readonly metric?: Metric | null;
  /** Who the goal is for: the company, a team or a rep. */
  readonly scope?: string | null;
  readonly target?: number | null;
  /** A KPI the goal is measured by, other than the two sales metrics (e.g. "new customers"). */
  readonly kpi?: string | null;
  /** Excel serial. */
  readonly deadline?: number | null;
  readonly lastYearActual?: number | null;
  readonly openPipeline?: number | null;
  /** A fraction in [0, 1]. */
  readonly winRate?: number | null;
  /**
   * What the goal's scope has already won in the goal's period (its Actual so far): the pipeline
   * only has to bring in the rest. Omitted or null: nothing won yet.
   */
  readonly wonSoFar?: number | null;
  /** Today, as an Excel serial, to tell a deadline that has passed (omit to skip that test). */
  readonly asOf?: number | null;
  /** Growth over last year still counted achievable (default 0.5, +50 %, as the jump warning). */
  readonly maxGrowth?: number;
};

/** One letter of SMART: whether it passes and why (what is missing, in en + zh). */
export type SmartCriterion = { readonly pass: boolean; readonly message: Localized };

export type SmartResult = {
  readonly specific: SmartCriterion;
  readonly measurable: SmartCriterion;
  readonly achievable: SmartCriterion & {
    /** target ÷ last year − 1, or null without last year's actual. */
    readonly growth: number | null;
    /** already won + open pipeline × win rate, or null without pipeline and win rate. */
    readonly pipelineSupports: number | null;
    /** pipelineSupports ÷ target, or null. */
    readonly pipelineCoverage: number | null;
  };
  readonly relevant: SmartCriterion;
  readonly timeBound: SmartCriterion;
  /** All five pass. */
  readonly pass: boolean;
};

const filled = (text: string | null | undefined): text is string => typeof text === "string" && text.trim() !== "";
const positive = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n) && n > 0;
const METRIC_NAMES: Record<Metric, Localized> = {
  signed: { en: "signed amount (合同额)", zh: "合同额" },
  collected: { en: "collected amount (回款额)", zh: "回款额" },
};

function isoDate(serial: number): { en: string; zh: string } {
  const { year, month, day } = dateFromSerial(serial);
  return {
    en: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    zh: `${year}年${month}月${day}日`,
  };
}

/**
 * Checks a goal against SMART — specific, measurable, achievable, relevant, time-bound — and
 * says for each what is missing:
 * - specific: the goal is described in words and says whom it is for (scope);
 * - measurable: it has a target figure above 0;
 * - achievable: judged against last year (growth at most maxGrowth) and, given the open pipeline
 *   and win rate, against what is already won in the goal's period plus what the pipeline is
 *   expected to bring in (at least the target). The caller gives the figures of the goal's own
 *   scope (goalScope: a team's goal against that team's last year and pipeline); with
 *   neither baseline it cannot be judged and does not pass. The implied growth and pipeline
 *   coverage are returned as figures;
 * - relevant: it is tied to a sales metric (signed or collected amount) or a named KPI;
 * - time-bound: it has a deadline (not past, when asOf is given).
 *
 * @param goal - the goal as stated
 * @returns each criterion with pass and a message in English and Chinese
 *
 * @example
 * smartCheck({ text: "Grow East", scope: "East team", metric: "signed", target: 1200000, lastYearActual: 1000000, deadline: 46387 }).pass //=> true
 */
export function smartCheck(goal: SmartGoal): SmartResult {
  const specificMissing: Localized[] = [];
  if (!filled(goal.text)) specificMissing.push(localized("smartNoText", {}));
  if (!filled(goal.scope)) specificMissing.push(localized("smartNoScope", {}));
  const specific: SmartCriterion =
    specificMissing.length === 0
      ? { pass: true, message: localized("smartSpecificOk", { scope: (goal.scope ?? "").trim() }) }
      : { pass: false, message: joinLocalized(specificMissing) };

  const target = positive(goal.target) ? goal.target : null;
  const measurable: SmartCriterion =
    target === null
      ? { pass: false, message: localized("smartNoTarget", {}) }
      : { pass: true, message: localized("smartMeasurableOk", { target: formatAmount(target) }) };

  const maxGrowth = goal.maxGrowth ?? 0.5;
  const lastYear = positive(goal.lastYearActual) ? goal.lastYearActual : null;
  const hasPipeline =
    typeof goal.openPipeline === "number" &&
    goal.openPipeline >= 0 &&
    typeof goal.winRate === "number" &&
    goal.winRate >= 0 &&
    goal.winRate <= 1;
  const growth = target !== null && lastYear !== null ? target / lastYear - 1 : null;
  const won =
    typeof goal.wonSoFar === "number" && Number.isFinite(goal.wonSoFar) && goal.wonSoFar > 0 ? goal.wonSoFar : 0;
  const pipelineSupports = hasPipeline ? won + (goal.openPipeline as number) * (goal.winRate as number) : null;
  const pipelineCoverage = target !== null && pipelineSupports !== null ? pipelineSupports / target : null;
  const reasons: Localized[] = [];
  let achievablePass = true;
  if (target === null) {
    achievablePass = false;
    reasons.push(localized("smartNoTarget", {}));
  } else if (growth === null && pipelineCoverage === null) {
    achievablePass = false;
    reasons.push(localized("smartNoBaseline", {}));
  }
  if (growth !== null && lastYear !== null) {
    const params = { growth: formatPercent(growth), lastYear: formatAmount(lastYear), max: formatPercent(maxGrowth) };
    const high = growth > maxGrowth;
    if (high) achievablePass = false;
    reasons.push(localized(high ? "smartGrowthHigh" : "smartGrowthOk", params));
  }
  if (pipelineCoverage !== null && pipelineSupports !== null) {
    const short = pipelineCoverage < 1;
    if (short) achievablePass = false;
    const figures = { supported: formatAmount(pipelineSupports), coverage: formatPercent(pipelineCoverage) };
    reasons.push(
      won > 0
        ? localized(short ? "smartWonPipelineShort" : "smartWonPipelineOk", { ...figures, won: formatAmount(won) })
        : localized(short ? "smartPipelineShort" : "smartPipelineOk", figures),
    );
  }
  const achievable = {
    pass: achievablePass,
    message: joinLocalized(reasons),
    growth,
    pipelineSupports,
    pipelineCoverage,
  };

  const measure: Localized | null = goal.metric
    ? METRIC_NAMES[goal.metric]
    : filled(goal.kpi)
      ? { en: goal.kpi.trim(), zh: goal.kpi.trim() }
      : null;
  const relevant: SmartCriterion = measure
    ? { pass: true, message: localized("smartRelevantOk", { measure: measure.en }, { measure: measure.zh }) }
    : { pass: false, message: localized("smartNoMeasure", {}) };

  let timeBound: SmartCriterion;
  if (!positive(goal.deadline)) timeBound = { pass: false, message: localized("smartNoDeadline", {}) };
  else {
    const date = isoDate(goal.deadline);
    const past = positive(goal.asOf) && Math.floor(goal.deadline) < Math.floor(goal.asOf);
    timeBound = {
      pass: !past,
      message: localized(past ? "smartDeadlinePast" : "smartTimeBoundOk", { date: date.en }, { date: date.zh }),
    };
  }

  const pass = specific.pass && measurable.pass && achievable.pass && relevant.pass && timeBound.pass;
  return { specific, measurable, achievable, relevant, timeBound, pass };
}

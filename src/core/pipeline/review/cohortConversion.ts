import { dateFromSerial } from "@core/cells/parseDate";
import { normalizeLabel } from "@core/cells/outcome";
import { WON, type PipelineDeals } from "@core/pipeline/pipelineDeals";
import { calendarPeriod } from "@core/pipeline/pipelinePeriod";
import type { PipelineStage, PipelineStages } from "@core/pipeline/pipelineStages";
import { stageChanges, type DealHistory } from "@core/pipeline/review/dealHistory";
import { reviewStages } from "@core/pipeline/review/daysInStage";

/** The deals that entered one stage in one month, and how far they went after. */
export type Cohort = {
  readonly stage: string;
  /** Calendar year and month (1–12) of entry. */
  readonly year: number;
  readonly month: number;
  readonly entered: number;
  /** Reached a later stage (by the Stages' order, a lost stage never counts) afterwards. */
  readonly advanced: number;
  /** Were won afterwards. */
  readonly won: number;
};

/** Entries, advances and wins of the cohorts of a quarter. */
export type QuarterCohort = { readonly entered: number; readonly advanced: number; readonly won: number };

/** One stage's cohorts of this quarter against last quarter's. */
export type StageQuarters = {
  readonly stage: string;
  readonly thisQuarter: QuarterCohort;
  readonly lastQuarter: QuarterCohort;
};

export type CohortConversion = {
  /** Every stage's cohorts by month of entry, stage by stage, oldest month first. */
  readonly cohorts: readonly Cohort[];
  readonly quarters: readonly StageQuarters[];
  /** Entries left out because their date is unknown (reconciled changes). */
  readonly unknown: number;
};

const monthKey = (serial: number) => {
  const { year, month } = dateFromSerial(serial);
  return year * 12 + month - 1;
};

/**
 * Conversion by the month deals entered each stage: of the deals that entered stage S in month
 * M (a deal once per stage and month, by its first entry then), how many later reached a stage
 * after S in the Stages' order (not a lost one) and how many were won — by a later history row,
 * or by the stage the deal is in now. Only exact entries count (a reconciled one's month is not
 * known). Also each stage's cohorts of today's quarter against the quarter before: the younger
 * cohorts have had less time to move, which the pane says.
 *
 * @param history - the DealHistory, read
 * @param deals - the deals, read (their current stage)
 * @param stages - the stages, read
 * @param inScope - which deals to take, by DealID
 * @param today - today's serial
 * @returns the cohorts and the quarter comparison
 * @example
 * cohortConversion(history, deals, stages, () => true, 46354).quarters[0].thisQuarter //=> { entered: 8, advanced: 3, won: 1 }
 */
export function cohortConversion(
  history: DealHistory,
  deals: PipelineDeals,
  stages: PipelineStages,
  inScope: (dealId: string) => boolean,
  today: number,
): CohortConversion {
  const open = reviewStages(stages);
  const orderOf = (name: unknown): PipelineStage | undefined => stages.byName.get(normalizeLabel(name as string));
  const rowOf = new Map<string, number>();
  for (let i = 0; i < deals.count; i += 1) if (!rowOf.has(deals.id[i])) rowOf.set(deals.id[i], i);
  const tally = new Map<
    string,
    { stage: PipelineStage; month: number; entered: number; advanced: number; won: number }
  >();
  let unknown = 0;
  const beyond = (stage: PipelineStage, reached: PipelineStage | undefined) =>
    reached !== undefined &&
    reached.outcome !== "lost" &&
    reached.order > stage.order &&
    stages.funnel.includes(reached);
  for (const [dealId, changes] of history.byDeal) {
    if (!inScope(dealId)) continue;
    const path = stageChanges(changes);
    const row = rowOf.get(dealId);
    const now = row === undefined ? undefined : orderOf(deals.stageName[row]);
    const wonNow = row !== undefined && deals.outcome[row] === WON;
    const seen = new Set<string>();
    path.forEach((entry, i) => {
      const stage = orderOf(entry.to);
      if (stage === undefined || !open.includes(stage)) return;
      if (!entry.exact) {
        unknown += 1;
        return;
      }
      const month = monthKey(entry.on);
      const key = `${stage.name}\u0000${month}`;
      if (seen.has(key)) return;
      seen.add(key);
      const later = path.slice(i + 1).map((change) => orderOf(change.to));
      const advanced = later.some((reached) => beyond(stage, reached)) || beyond(stage, now);
      const won = later.some((reached) => reached?.outcome === "won") || wonNow;
      const cohort = tally.get(key) ?? { stage, month, entered: 0, advanced: 0, won: 0 };
      cohort.entered += 1;
      if (advanced) cohort.advanced += 1;
      if (won) cohort.won += 1;
      tally.set(key, cohort);
    });
  }
  const cohorts = [...tally.values()]
    .sort((a, b) => open.indexOf(a.stage) - open.indexOf(b.stage) || a.month - b.month)
    .map(({ stage, month, entered, advanced, won }) => ({
      stage: stage.name,
      year: Math.floor(month / 12),
      month: (month % 12) + 1,
      entered,
      advanced,
      won,
    }));
  const quarter = calendarPeriod("quarter", today);
  const first = monthKey(quarter.start);
  const sumOf = (stage: string, from: number): QuarterCohort => {
    const total = { entered: 0, advanced: 0, won: 0 };
    for (const cohort of cohorts) {
      const month = cohort.year * 12 + cohort.month - 1;
      if (cohort.stage !== stage || month < from || month >= from + 3) continue;
      total.entered += cohort.entered;
      total.advanced += cohort.advanced;
      total.won += cohort.won;
    }
    return total;
  };
  const quarters = open.map((stage) => ({
    stage: stage.name,
    thisQuarter: sumOf(stage.name, first),
    lastQuarter: sumOf(stage.name, first - 3),
  }));
  return { cohorts, quarters, unknown };
}

/**
 * A share of a cohort, null when nobody entered.
 *
 * @example
 * cohortRate(3, 4) //=> 0.75
 */
export function cohortRate(part: number, entered: number): number | null {
  return entered === 0 ? null : part / entered;
}

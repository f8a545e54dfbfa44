import { avgDeal } from "@core/formulas/process/avgDeal";
import { coverage } from "@core/formulas/process/coverage";
import { cycle } from "@core/formulas/process/cycle";
import { forecast } from "@core/formulas/process/forecast";
import { velocity } from "@core/formulas/process/velocity";
import { weighted } from "@core/formulas/process/weighted";
import { winRate } from "@core/formulas/process/winRate";
import { isSalesError, type Result } from "@core/errors";
import type { PipelineDeals } from "@core/pipeline/pipelineDeals";
import { OPEN, WON } from "@core/pipeline/pipelineDeals";
import type { PipelineStages } from "@core/pipeline/pipelineStages";
import type { PipelineFilter } from "@core/pipeline/pipelineScope";
import { pickColumn } from "@core/pipeline/pickColumn";
import { targetFor, type TargetMatch } from "@core/pipeline/targetFor";
import type { PlainTable } from "@core/pipeline/pipelineTables";

/** The cumulative forecasts of SALES.FORECAST. */
export type ForecastFigures = {
  readonly closed: Result<number>;
  readonly commit: Result<number>;
  readonly bestCase: Result<number>;
  readonly pipeline: Result<number>;
};

/** Coverage of what is left of the period's target. */
export type CoverageFigure = {
  readonly target: number;
  /** Won in the period, in the filter's scope. */
  readonly won: number;
  readonly remaining: number;
  /** Open pipeline ÷ remaining, as SALES.COVERAGE; #N/A when the target is already met. */
  readonly ratio: Result<number>;
};

/** The pipeline's headline figures for a filter. */
export type PipelineSummary = {
  /** Deals in scope (any outcome). */
  readonly deals: number;
  readonly openDeals: number;
  /** Σ amount of open deals. */
  readonly openPipeline: number;
  /** SALES.WEIGHTED over the scope with the Stages table (open deals only). */
  readonly weighted: Result<number>;
  readonly forecast: ForecastFigures;
  /** Null when no target in Targets matches the period and scope. */
  readonly coverage: CoverageFigure | null;
  readonly winRate: Result<number>;
  readonly avgDeal: Result<number>;
  readonly cycle: Result<number>;
  /** SALES.VELOCITY(open deals, win rate, average deal, cycle). */
  readonly velocity: Result<number>;
};

/** The first error among the inputs, or the value of `compute`. */
function whenAll(inputs: readonly Result<number>[], compute: () => Result<number>): Result<number> {
  const error = inputs.find(isSalesError);
  return error ?? compute();
}

/**
 * The summary of the deals in a filter's scope (see `dealsInScope`: by owner or team, and by
 * the day each deal is decided). Each figure is the SALES function over the scope's rows of the
 * same Deals columns — WINRATE(Stage), AVGDEAL(Amount, Stage), CYCLE(Created, ClosedOn, Stage),
 * FORECAST(Amount, ForecastCategory, …), WEIGHTED(Amount, Stage, Stages[Stage, Probability]) —
 * so with no filter each equals the function typed over the whole columns. Without a Stages
 * table, weighted uses each open deal's Probability cell. Coverage is the open pipeline over
 * the period's target (from Targets) less what was won in it.
 *
 * @param deals - the deals, read
 * @param stages - the stages, read
 * @param rows - the rows in scope (from dealsInScope); null for all
 * @param filter - the filter those rows came from (for the target)
 * @param targets - the Targets table, if any
 * @returns the figures; each that cannot be computed is the SALES error value
 * @example
 * pipelineSummary(deals, stages, null, { owner: everyone, period: null }).winRate //=> 0.25
 */
export function pipelineSummary(
  deals: PipelineDeals,
  stages: PipelineStages,
  rows: Int32Array | null,
  filter: PipelineFilter,
  targets?: PlainTable,
): PipelineSummary {
  const size = rows === null ? deals.count : rows.length;
  let openDeals = 0;
  let openPipeline = 0;
  let won = 0;
  const openRows: number[] = [];
  for (let k = 0; k < size; k++) {
    const i = rows === null ? k : rows[k];
    if (deals.outcome[i] === OPEN) {
      openDeals++;
      openPipeline += deals.amount[i];
      openRows.push(i);
    } else if (deals.outcome[i] === WON) won += deals.amount[i];
  }
  const amounts = pickColumn(deals.cells.amount, rows);
  const stageCells = pickColumn(deals.cells.stage, rows);
  const categories = pickColumn(deals.cells.category, rows);
  const weightedPipeline =
    stages.table.length > 0
      ? weighted(amounts, stageCells, stages.table)
      : weighted(
          pickColumn(deals.cells.amount, Int32Array.from(openRows)),
          pickColumn(deals.cells.probability, Int32Array.from(openRows)),
        );
  const rate = winRate(stageCells);
  const average = avgDeal(amounts, stageCells);
  const days = cycle(pickColumn(deals.cells.created, rows), pickColumn(deals.cells.closedOn, rows), stageCells);
  const target: TargetMatch | null = targets && filter.period ? targetFor(targets, filter) : null;
  return {
    deals: size,
    openDeals,
    openPipeline,
    weighted: weightedPipeline,
    forecast: {
      closed: forecast(amounts, categories, "closed"),
      commit: forecast(amounts, categories, "commit"),
      bestCase: forecast(amounts, categories, "bestcase"),
      pipeline: forecast(amounts, categories, "pipeline"),
    },
    coverage:
      target === null
        ? null
        : {
            target: target.target,
            won,
            remaining: target.target - won,
            ratio: coverage(openPipeline, target.target - won),
          },
    winRate: rate,
    avgDeal: average,
    cycle: days,
    velocity: whenAll([rate, average, days], () =>
      velocity(openDeals, rate as number, average as number, days as number),
    ),
  };
}

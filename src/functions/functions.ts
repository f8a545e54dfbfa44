/*
 * The SALES.* custom functions. Each JSDoc block is the function's help in Excel: the
 * custom-functions-metadata plugin turns it into functions.json (ids never change: they are stored
 * in users' workbooks). Each body coerces Excel's arguments, calls one pure function in src/core,
 * and maps error values to Excel errors through `run` / `spill`. Omitted optional arguments arrive
 * as null, never undefined, so defaults are applied here, not by TS default parameters.
 *
 * Sections are kept in the order of the catalogue: goals, process, customers, performance.
 */
import { conversion } from "@core/process/conversion";
import { winRate } from "@core/process/winRate";
import { attainment } from "@core/goals/attainment";
import { cagr } from "@core/goals/cagr";
import { gap } from "@core/goals/gap";
import { growth } from "@core/goals/growth";
import { pace } from "@core/goals/pace";
import { runRate } from "@core/goals/runRate";
import { seasonIndexOfCells } from "@core/goals/seasonIndex";
import { split } from "@core/goals/split";
import { serialFromLocalTime } from "@core/cells/parseDate";
import { avgDeal } from "@core/process/avgDeal";
import { coverage } from "@core/process/coverage";
import { cycle } from "@core/process/cycle";
import { forecast } from "@core/process/forecast";
import { funnel } from "@core/process/funnel";
import { velocity } from "@core/process/velocity";
import { weighted } from "@core/process/weighted";
import { run, spill } from "./toExcelError";

// ===== Goals (目标设定) =====

/**
 * Attainment: Σactual ÷ Σtarget (a team's attainment is the ratio of totals, never a mean of %).
 * @customfunction ATTAINMENT
 * @helpurl https://localhost:3000/help/functions.html#attainment
 * @param {any[][]} actual Actual results: a number or a range (summed; blanks count 0).
 * @param {any[][]} target Targets: a number or a range (summed). Σtarget = 0 gives #DIV/0!, below 0 #NUM!.
 * @returns {number} Attainment as a fraction (format as %; 1 = target met).
 */
export function attainmentFn(actual: any[][], target: any[][]): number {
  return run(() => attainment(actual, target));
}

/**
 * Gap to target: Σtarget − Σactual; negative when ahead of target.
 * @customfunction GAP
 * @helpurl https://localhost:3000/help/functions.html#gap
 * @param {any[][]} target Targets: a number or a range (summed; blanks count 0).
 * @param {any[][]} actual Actual results: a number or a range (summed).
 * @returns {number} The amount still to reach (negative = ahead).
 */
export function gapFn(target: any[][], actual: any[][]): number {
  return run(() => gap(target, actual));
}

/**
 * Pace: actual ÷ (target × share of the period elapsed); 1 = on pace. Recalculates with every change (volatile) so that an omitted as_of stays today.
 * @customfunction PACE
 * @volatile
 * @helpurl https://localhost:3000/help/functions.html#pace
 * @param {any[][]} actual Results so far: a number or a range (summed).
 * @param {any[][]} target Target for the whole period: a number or a range (summed).
 * @param {any} start First day of the period (a date).
 * @param {any} end Last day of the period (a date).
 * @param {any} [as_of] Day to measure on; default today. Elapsed = (as_of − start + 1) ÷ (end − start + 1) days, capped at 1.
 * @returns {number} Pace as a fraction (format as %). #N/A before the period starts.
 */
export function paceFn(actual: any[][], target: any[][], start: any, end: any, as_of?: any): number {
  return run(() => pace(actual, target, start, end, as_of ?? serialFromLocalTime(new Date())));
}

/**
 * Run rate: actual ÷ periods elapsed × periods in total (the full-period result at the current pace).
 * @customfunction RUNRATE
 * @helpurl https://localhost:3000/help/functions.html#runrate
 * @param {any[][]} actual_to_date Results so far: a number or a range (summed).
 * @param {any} periods_elapsed Periods elapsed (may be fractional). 0 gives #DIV/0!; below 0 or above the total #NUM!.
 * @param {any} [periods_total] Periods in the whole span; default 12.
 * @returns {number} The projected total.
 */
export function runRateFn(actual_to_date: any[][], periods_elapsed: any, periods_total?: any): number {
  return run(() => runRate(actual_to_date, periods_elapsed, periods_total ?? null));
}

/**
 * Growth: (Σcurrent − Σprior) ÷ |Σprior|.
 * @customfunction GROWTH
 * @helpurl https://localhost:3000/help/functions.html#growth
 * @param {any[][]} current This period: a number or a range (summed).
 * @param {any[][]} prior The prior period: a number or a range (summed). Σprior = 0 gives #DIV/0!.
 * @returns {number} Growth as a fraction (format as %).
 */
export function growthFn(current: any[][], prior: any[][]): number {
  return run(() => growth(current, prior));
}

/**
 * Compound annual growth rate: (end ÷ begin)^(1 ÷ years) − 1.
 * @customfunction CAGR
 * @helpurl https://localhost:3000/help/functions.html#cagr
 * @param {any} begin Value at the start; must be above 0.
 * @param {any} end Value at the end; must not be negative.
 * @param {any} years Span in years (may be fractional); must be above 0.
 * @returns {number} Growth per year as a fraction (format as %).
 */
export function cagrFn(begin: any, end: any, years: any): number {
  return run(() => cagr(begin, end, years));
}

/**
 * Seasonal indices that average exactly 1, from a history that starts at season position 1 (e.g. January).
 * @customfunction SEASONINDEX
 * @helpurl https://localhost:3000/help/functions.html#seasonindex
 * @param {any[][]} history Past values, oldest first, at least one full season; blanks after the last value are ignored, blanks before it count 0.
 * @param {any} [season_length] Positions per season; default 12 (months).
 * @returns {any[][]} A column of season_length indices.
 */
export function seasonIndexFn(history: any[][], season_length?: any): any[][] {
  return spill(run(() => seasonIndexOfCells(history, season_length ?? null)));
}

/**
 * Splits a total in proportion to weights, rounded so the parts add up exactly to the total (largest remainder).
 * @customfunction SPLIT
 * @helpurl https://localhost:3000/help/functions.html#split
 * @param {any} total Amount to split; must not be negative.
 * @param {any[][]} weights Weights (e.g. a SEASONINDEX column); blanks count 0. The result has the same shape.
 * @param {any} [decimals] Decimal places of each part; default 0 (negative rounds to tens, hundreds …).
 * @returns {any[][]} The parts, in the shape of weights.
 */
export function splitFn(total: any, weights: any[][], decimals?: any): any[][] {
  return spill(run(() => split(total, weights, decimals ?? null)));
}

// ===== Sales process (销售过程管理) =====

/**
 * Share of filled outcome cells that are converted (won by default).
 * @customfunction CONVERSION
 * @helpurl https://localhost:3000/help/functions.html#conversion
 * @param {any[][]} outcomes Outcome or stage labels, one per deal or lead.
 * @param {any[][]} [converted] Label or labels that count as converted; default the won labels (Won, Closed Won, 赢单, 成交 …).
 * @returns {number} The conversion rate as a fraction (format as %).
 */
export function conversionFn(outcomes: any[][], converted?: any[][]): number {
  return run(() => conversion(outcomes, converted ?? null));
}

/**
 * Won ÷ (won + lost), by count or by amount; open deals are left out.
 * @customfunction WINRATE
 * @helpurl https://localhost:3000/help/functions.html#winrate
 * @param {any[][]} outcomes Outcome labels, one per deal.
 * @param {any[][]} [amounts] Deal amounts (same size); when given, the rate is by Σamount.
 * @param {any[][]} [won] Label or labels that mean won; default Won, Closed Won, 赢单, 成交 ….
 * @param {any[][]} [lost] Label or labels that mean lost; default Lost, Closed Lost, 输单, 丢单 ….
 * @returns {number} The win rate as a fraction (format as %).
 */
export function winRateFn(outcomes: any[][], amounts?: any[][], won?: any[][], lost?: any[][]): number {
  return run(() => winRate(outcomes, amounts ?? null, won ?? null, lost ?? null));
}

/**
 * Sales funnel: deals that reached each stage, conversion from the previous stage and from the first.
 * @customfunction FUNNEL
 * @helpurl https://localhost:3000/help/functions.html#funnel
 * @param {any[][]} stages Each deal's current stage, or a won / lost label (Won, 赢单, Lost, 输单 …).
 * @param {any[][]} stage_order The stages in order (a row or a column). A won deal reached every stage.
 * @param {any[][]} [lost_at] For lost deals, the stage where each was lost (same size as stages); default the first stage.
 * @returns {any[][]} One row per stage: count, conversion from previous, conversion from first.
 */
export function funnelFn(stages: any[][], stage_order: any[][], lost_at?: any[][]): any[][] {
  return spill(run(() => funnel(stages, stage_order, lost_at ?? null)));
}

/**
 * Sales cycle: mean days from created to closed (won deals only when outcomes are given).
 * @customfunction CYCLE
 * @helpurl https://localhost:3000/help/functions.html#cycle
 * @param {any[][]} created Creation dates.
 * @param {any[][]} closed Close dates (same size); rows missing either date are left out.
 * @param {any[][]} [outcomes] Outcome labels (same size); when given, only won rows count.
 * @param {any[][]} [won] Label or labels that mean won; default Won, Closed Won, 赢单, 成交 ….
 * @returns {number} The mean cycle in days.
 */
export function cycleFn(created: any[][], closed: any[][], outcomes?: any[][], won?: any[][]): number {
  return run(() => cycle(created, closed, outcomes ?? null, won ?? null));
}

/**
 * Average deal size: mean of the non-empty amounts (won deals only when outcomes are given).
 * @customfunction AVGDEAL
 * @helpurl https://localhost:3000/help/functions.html#avgdeal
 * @param {any[][]} amounts Deal amounts.
 * @param {any[][]} [outcomes] Outcome labels (same size); when given, only won rows count.
 * @param {any[][]} [won] Label or labels that mean won; default Won, Closed Won, 赢单, 成交 ….
 * @returns {number} The average amount.
 */
export function avgDealFn(amounts: any[][], outcomes?: any[][], won?: any[][]): number {
  return run(() => avgDeal(amounts, outcomes ?? null, won ?? null));
}

/**
 * Weighted pipeline: Σ amount × probability, by row or by stage.
 * @customfunction WEIGHTED
 * @helpurl https://localhost:3000/help/functions.html#weighted
 * @param {any[][]} amounts Deal amounts; blanks count 0.
 * @param {any[][]} probabilities A probability per row (0.2, 20 or 20%), or a stage name per row when stage_table is given.
 * @param {any[][]} [stage_table] Two columns (stage, probability); won and lost rows are then left out.
 * @returns {number} The weighted amount.
 */
export function weightedFn(amounts: any[][], probabilities: any[][], stage_table?: any[][]): number {
  return run(() => weighted(amounts, probabilities, stage_table ?? null));
}

/**
 * Cumulative forecast by category: closed; commit + closed; best case + commit + closed; or the open pipeline.
 * @customfunction FORECAST
 * @helpurl https://localhost:3000/help/functions.html#forecast
 * @param {any[][]} amounts Deal amounts.
 * @param {any[][]} categories Forecast category per deal: Pipeline/管道, Best case/最佳情况, Commit/承诺, Closed/已成交, Omitted/忽略.
 * @param {any} category closed, commit, bestcase or pipeline (or 已成交, 承诺, 最佳情况, 管道).
 * @returns {number} The forecast amount.
 */
export function forecastFn(amounts: any[][], categories: any[][], category: any): number {
  return run(() => forecast(amounts, categories, category));
}

/**
 * Pipeline coverage: Σpipeline ÷ Σquota remaining.
 * @customfunction COVERAGE
 * @helpurl https://localhost:3000/help/functions.html#coverage
 * @param {any[][]} pipeline Open pipeline amounts: a number or a range (summed).
 * @param {any[][]} quota_remaining Quota still to reach: a number or a range (summed). 0 or less gives #N/A.
 * @returns {number} The coverage ratio (3 = 3×).
 */
export function coverageFn(pipeline: any[][], quota_remaining: any[][]): number {
  return run(() => coverage(pipeline, quota_remaining));
}

/**
 * Sales velocity: opportunities × win rate × average deal ÷ cycle days (revenue per day).
 * @customfunction VELOCITY
 * @helpurl https://localhost:3000/help/functions.html#velocity
 * @param {any} opportunities Open opportunities.
 * @param {any} win_rate Win rate (0.25, 25 or 25%).
 * @param {any} avg_deal Average deal size.
 * @param {any} cycle_days Sales cycle in days; 0 gives #DIV/0!.
 * @returns {number} Revenue per day.
 */
export function velocityFn(opportunities: any, win_rate: any, avg_deal: any, cycle_days: any): number {
  return run(() => velocity(opportunities, win_rate, avg_deal, cycle_days));
}

// ===== Customers (客户管理) =====

// ===== Team and performance (团队管理 · 绩效评估) =====

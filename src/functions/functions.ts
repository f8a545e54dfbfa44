/*
 * The SALES.* custom functions. Each JSDoc block is the function's help in Excel: the
 * custom-functions-metadata plugin turns it into functions.json (ids never change: they are stored
 * in users' workbooks). Each body coerces Excel's arguments, calls one pure function in src/core,
 * and maps error values to Excel errors through `run` / `spill`. Omitted optional arguments arrive
 * as null, never undefined, so defaults are applied here, not by TS default parameters.
 *
 * Sections are kept in the order of the catalogue: goals, process, customers, performance.
 */
import { conversion } from "@core/formulas/process/conversion";
import { winRate } from "@core/formulas/process/winRate";
import { attainment } from "@core/formulas/goals/attainment";
import { cagr } from "@core/formulas/goals/cagr";
import { gap } from "@core/formulas/goals/gap";
import { growth } from "@core/formulas/goals/growth";
import { pace } from "@core/formulas/goals/pace";
import { runRate } from "@core/formulas/goals/runRate";
import { seasonIndexOfCells } from "@core/formulas/goals/seasonIndex";
import { split } from "@core/formulas/goals/split";
import { serialFromLocalTime } from "@core/cells/parseDate";
import { avgDeal } from "@core/formulas/process/avgDeal";
import { coverage } from "@core/formulas/process/coverage";
import { cycle } from "@core/formulas/process/cycle";
import { forecast } from "@core/formulas/process/forecast";
import { funnel } from "@core/formulas/process/funnel";
import { velocity } from "@core/formulas/process/velocity";
import { weighted } from "@core/formulas/process/weighted";
import { abc } from "@core/formulas/customers/abc";
import { churn } from "@core/formulas/customers/churn";
import { clv } from "@core/formulas/customers/clv";
import { aging } from "@core/formulas/customers/aging";
import { collectRate } from "@core/formulas/customers/collectRate";
import { csat } from "@core/formulas/customers/csat";
import { nextVisit } from "@core/formulas/customers/nextVisit";
import { nps } from "@core/formulas/customers/nps";
import { retention } from "@core/formulas/customers/retention";
import { rfm } from "@core/formulas/customers/rfm";
import { segment } from "@core/formulas/customers/segment";
import { commissionOf } from "@core/formulas/performance/commission";
import { rating } from "@core/formulas/performance/rating";
import { score as scorecard } from "@core/formulas/performance/score";
import { trend } from "@core/formulas/performance/trend";
import type { Cell } from "@core/cells/cell";
import { run, spill } from "./toExcelError";

/**
 * An optional as_of date: today when omitted. Some desktop builds send a blank cell as 0 rather
 * than null, and serial 0 (1900-01-00) is no day anyone measures on, so 0 means omitted too.
 */
function asOfOrToday(asOf: Cell | undefined): Cell {
  if (asOf === null || asOf === undefined || asOf === 0 || (typeof asOf === "string" && asOf.trim() === ""))
    return serialFromLocalTime(new Date());
  return asOf;
}

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
 * @param {any} [as_of] Day to measure on; default (or blank, or 0) today. Elapsed = (as_of − start + 1) ÷ (end − start + 1) days, capped at 1.
 * @returns {number} Pace as a fraction (format as %). #N/A before the period starts.
 */
export function paceFn(actual: any[][], target: any[][], start: any, end: any, as_of?: any): number {
  return run(() => pace(actual, target, start, end, asOfOrToday(as_of)));
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
 * @param {any} [decimals] Decimal places of each part, a whole number from -10 to 10; default 0 (negative rounds to tens, hundreds …).
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

/**
 * ABC classes (Pareto): ranks positive values high to low; A until the cumulative share reaches a_share, B until b_share, else C.
 * @customfunction ABC
 * @helpurl https://localhost:3000/help/functions.html#abc
 * @param {any[][]} values Value per customer or product (revenue, say). Zero or negative is C; blank gives "".
 * @param {any} [a_share] Cumulative share that closes class A; default 0.8 (80 %).
 * @param {any} [b_share] Cumulative share that closes class B; default 0.95 (95 %).
 * @returns {any[][]} "A", "B" or "C" per cell, in the shape of values.
 */
export function abcFn(values: any[][], a_share?: any, b_share?: any): any[][] {
  return spill(run(() => abc(values, a_share ?? null, b_share ?? null)));
}

/**
 * RFM codes such as "545": recency, frequency and monetary scores 1–bins by rank. Volatile because an omitted as_of means today, which must move when the date changes.
 * @customfunction RFM
 * @volatile
 * @helpurl https://localhost:3000/help/functions.html#rfm
 * @param {any[][]} last_purchase Date of each customer's last purchase.
 * @param {any[][]} frequency Number of purchases per customer (same size).
 * @param {any[][]} monetary Money spent per customer (same size).
 * @param {any} [as_of] Date recency is counted to; default (or blank, or 0) today.
 * @param {any} [bins] Score levels, a whole number 2–9; default 5.
 * @returns {any[][]} One column with a code per customer; "" where a cell is blank.
 */
export function rfmFn(last_purchase: any[][], frequency: any[][], monetary: any[][], as_of?: any, bins?: any): any[][] {
  return spill(run(() => rfm(last_purchase, frequency, monetary, asOfOrToday(as_of), bins ?? null)));
}

/**
 * Customer segment (Champions, Loyal, At risk …) from the R and F digits of RFM codes.
 * @customfunction SEGMENT
 * @helpurl https://localhost:3000/help/functions.html#segment
 * @param {any[][]} rfm_code RFM codes such as "545" (from SALES.RFM), or a range of them.
 * @param {any} [language] "en" or "zh"; default "en".
 * @returns {any[][]} Segment names in the shape of rfm_code.
 */
export function segmentFn(rfm_code: any[][], language?: any): any[][] {
  return spill(run(() => segment(rfm_code, language ?? null)));
}

/**
 * Next follow-up date: last contact + the days of the customer's tier (default A 14, B 30, C 90).
 * @customfunction NEXTVISIT
 * @helpurl https://localhost:3000/help/functions.html#nextvisit
 * @param {any[][]} last_contact Date of the last contact per customer.
 * @param {any[][]} tier Tier per customer (same size), or one tier for all.
 * @param {any[][]} [cadence] 2 columns (tier, days), each tier once; default A 14, B 30, C 90.
 * @returns {any[][]} Dates (format as dates) in the shape of last_contact; #N/A for an unknown tier.
 */
export function nextVisitFn(last_contact: any[][], tier: any[][], cadence?: any[][]): any[][] {
  return spill(run(() => nextVisit(last_contact, tier, cadence ?? null)));
}

/**
 * Customer lifetime value: avg_order × purchases_per_year × years × margin.
 * @customfunction CLV
 * @helpurl https://localhost:3000/help/functions.html#clv
 * @param {any} avg_order Average order value.
 * @param {any} purchases_per_year Purchases per customer per year.
 * @param {any} years Expected customer lifetime in years.
 * @param {any} [margin] Gross margin (e.g. 30%); default 1 (value in revenue).
 * @returns {number} Lifetime value in money.
 */
export function clvFn(avg_order: any, purchases_per_year: any, years: any, margin?: any): number {
  return run(() => clv(avg_order, purchases_per_year, years, margin ?? null));
}

/**
 * Customer retention rate: (customers_end − new_customers) ÷ customers_start.
 * @customfunction RETENTION
 * @helpurl https://localhost:3000/help/functions.html#retention
 * @param {any} customers_start Customers at the start of the period.
 * @param {any} customers_end Customers at the end of the period.
 * @param {any} new_customers Customers gained during the period.
 * @returns {number} Retention as a fraction (format as %).
 */
export function retentionFn(customers_start: any, customers_end: any, new_customers: any): number {
  return run(() => retention(customers_start, customers_end, new_customers));
}

/**
 * Customer churn rate: customers_lost ÷ customers_start.
 * @customfunction CHURN
 * @helpurl https://localhost:3000/help/functions.html#churn
 * @param {any} customers_start Customers at the start of the period.
 * @param {any} customers_lost Customers lost during the period.
 * @returns {number} Churn as a fraction (format as %).
 */
export function churnFn(customers_start: any, customers_lost: any): number {
  return run(() => churn(customers_start, customers_lost));
}

/**
 * Net Promoter Score: % of 9–10 minus % of 0–6, from −100 to 100.
 * @customfunction NPS
 * @helpurl https://localhost:3000/help/functions.html#nps
 * @param {any[][]} scores Answers 0–10; blanks are skipped.
 * @returns {number} NPS as a number from −100 to 100.
 */
export function npsFn(scores: any[][]): number {
  return run(() => nps(scores));
}

/**
 * Customer satisfaction (CSAT): share of scores in the top boxes (4 and 5 on a 5-point scale).
 * @customfunction CSAT
 * @helpurl https://localhost:3000/help/functions.html#csat
 * @param {any[][]} scores Scores 1–scale; blanks are skipped.
 * @param {any} [scale] Highest score; default 5.
 * @param {any} [top_boxes] How many of the highest scores count as satisfied; default 2.
 * @returns {number} CSAT as a fraction (format as %).
 */
export function csatFn(scores: any[][], scale?: any, top_boxes?: any): number {
  return run(() => csat(scores, scale ?? null, top_boxes ?? null));
}

/**
 * Receivables aging (账龄): outstanding (due − received) per bucket: not yet due, overdue 1–30, 31–60, 61–90, over 90 days. Volatile because an omitted as_of means today.
 * @customfunction AGING
 * @volatile
 * @helpurl https://localhost:3000/help/functions.html#aging
 * @param {any[][]} due_dates Due date of each installment.
 * @param {any[][]} amounts_due Amount due per installment (same size).
 * @param {any[][]} amounts_received Amount received so far per installment (same size); blank counts 0.
 * @param {any} [as_of] Date ages are counted to; default (or blank, or 0) today.
 * @param {any[][]} [bucket_days] Ascending bucket edges in days; default {30;60;90}.
 * @returns {any[][]} One column: not yet due, then each overdue bucket.
 */
export function agingFn(
  due_dates: any[][],
  amounts_due: any[][],
  amounts_received: any[][],
  as_of?: any,
  bucket_days?: any[][],
): any[][] {
  return spill(run(() => aging(due_dates, amounts_due, amounts_received, asOfOrToday(as_of), bucket_days ?? null)));
}

/**
 * Collection rate (回款率): Σ received ÷ Σ due over installments due on or before as_of, received capped at due per row. Volatile because an omitted as_of means today.
 * @customfunction COLLECTRATE
 * @volatile
 * @helpurl https://localhost:3000/help/functions.html#collectrate
 * @param {any[][]} amounts_due Amount due per installment.
 * @param {any[][]} amounts_received Amount received so far per installment (same size); blank counts 0.
 * @param {any[][]} due_dates Due date of each installment (same size).
 * @param {any} [as_of] Date to count up to; default (or blank, or 0) today.
 * @returns {number} The collection rate as a fraction (format as %).
 */
export function collectRateFn(
  amounts_due: any[][],
  amounts_received: any[][],
  due_dates: any[][],
  as_of?: any,
): number {
  return run(() => collectRate(amounts_due, amounts_received, due_dates, asOfOrToday(as_of)));
}

// ===== Team and performance (团队管理 · 绩效评估) =====

/**
 * Tiered commission: marginal (超额累进) pays each slice at its tier's rate; whole (全额累进) pays the running total at the rate reached.
 * @customfunction COMMISSION
 * @helpurl https://localhost:3000/help/functions.html#commission
 * @param {any} amount Amount to pay commission on.
 * @param {any[][]} tiers 2 columns (threshold, rate), thresholds ascending from 0.
 * @param {any} [mode] "marginal" or "whole"; default "marginal".
 * @param {any} [prior] Amount already sold in the period before this one; default 0.
 * @returns {number} The commission in money.
 */
export function commissionFn(amount: any, tiers: any[][], mode?: any, prior?: any): number {
  return run(() => commissionOf(amount, tiers, mode ?? null, prior ?? null));
}

/**
 * Weighted scorecard: Σ weight × min(value ÷ target, cap) ÷ Σ weight.
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help/functions.html#score
 * @param {any[][]} values Actual result per measure; rows with a blank value are left out.
 * @param {any[][]} targets Target per measure (same size).
 * @param {any[][]} weights Weight per measure (same size).
 * @param {any} [cap] Highest ratio a measure may contribute; default 1.5.
 * @param {any[][]} [lower_is_better] TRUE where less is better (same size); the ratio is then target ÷ value.
 * @returns {number} The score (1 = every target met).
 */
export function scoreFn(
  values: any[][],
  targets: any[][],
  weights: any[][],
  cap?: any,
  lower_is_better?: any[][],
): number {
  return run(() => scorecard(values, targets, weights, cap ?? null, lower_is_better ?? null));
}

/**
 * Grade for a score: default ≥ 1.2 S, ≥ 1.0 A, ≥ 0.8 B, ≥ 0.6 C, else D.
 * @customfunction RATING
 * @helpurl https://localhost:3000/help/functions.html#rating
 * @param {any[][]} score A score or a range of scores.
 * @param {any[][]} [bands] 2 columns (minimum, label) in any order; default S/A/B/C/D.
 * @returns {any[][]} Grades in the shape of score.
 */
export function ratingFn(score: any[][], bands?: any[][]): any[][] {
  return spill(run(() => rating(score, bands ?? null)));
}

/**
 * Relative trend per period: least-squares slope against 1…n ÷ mean.
 * @customfunction TREND
 * @helpurl https://localhost:3000/help/functions.html#trend
 * @param {any[][]} values Values per period, oldest first; blanks are skipped.
 * @returns {number} Change per period as a fraction of the mean (format as %).
 */
export function trendFn(values: any[][]): number {
  return run(() => trend(values));
}

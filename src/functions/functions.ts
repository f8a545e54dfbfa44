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
import { run } from "./toExcelError";

// ===== Goals (目标设定) =====

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

// ===== Customers (客户管理) =====

// ===== Team and performance (团队管理 · 绩效评估) =====

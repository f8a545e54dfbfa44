import type { Result } from "@core/errors";
import { forecastByMonth, type ForecastByMonth } from "@core/pipeline/forecastByMonth";
import { ownerOptions, type OwnerOptions } from "@core/pipeline/ownerOptions";
import { periodOptions, type PeriodOption } from "@core/pipeline/periodOptions";
import { pipelineDeals, type PipelineDeals } from "@core/pipeline/pipelineDeals";
import { pipelineFunnel, type PipelineFunnel } from "@core/pipeline/pipelineFunnel";
import { dealsInScope, ownerMatcher, type PipelineFilter } from "@core/pipeline/pipelineScope";
import { pipelineStages, type PipelineStages } from "@core/pipeline/pipelineStages";
import { pipelineSummary, type PipelineSummary } from "@core/pipeline/pipelineSummary";
import type { PipelineTables } from "@core/pipeline/pipelineTables";
import { staleDeals, type StaleDeal } from "@core/pipeline/staleDeals";
import { dealHistory, type DealHistory } from "@core/pipeline/review/dealHistory";
import {
  forecastRecordings,
  forecastRecords,
  type ForecastRecording,
} from "@core/pipeline/forecastHistory/forecastRecords";

/** The user's tables read once for every filter: deals as columns, stages, options. */
export type PipelineBook = {
  readonly tables: PipelineTables;
  readonly deals: PipelineDeals;
  readonly stages: PipelineStages;
  /** DealHistory read into each deal's changes; null when the workbook does not record them. */
  readonly history: DealHistory | null;
  /** The forecast calls recorded in ForecastHistory, in table order (none without the table). */
  readonly forecastHistory: readonly ForecastRecording[];
  readonly owners: OwnerOptions;
  readonly periods: readonly PeriodOption[];
  readonly today: number;
};

/** Everything the Pipeline area shows for one filter. */
export type PipelineView = {
  readonly summary: PipelineSummary;
  readonly funnel: Result<PipelineFunnel>;
  readonly forecast: ForecastByMonth;
  readonly stale: readonly StaleDeal[];
};

/** What the pane chose: whose deals, which period, and how many quiet days make a deal stale. */
export type PipelineViewOptions = PipelineFilter & { readonly quietDays: number };

/**
 * Reads the tables once (the slow part on 10^5 deals); views for each filter come from
 * {@link pipelineView}.
 *
 * @param tables - Deals, and Stages, Team, Targets, Activities, DealHistory, ForecastHistory when present
 * @param today - today's serial
 * @returns the read book
 * @example
 * pipelineBook({ deals, stages }, 46354).periods[0].id //=> "all"
 */
export function pipelineBook(tables: PipelineTables, today: number): PipelineBook {
  const stages = pipelineStages(tables.stages);
  const deals = pipelineDeals(tables, stages);
  return {
    tables,
    deals,
    stages,
    history: dealHistory(tables.history),
    forecastHistory: forecastRecordings(forecastRecords(tables.forecastHistory)),
    owners: ownerOptions(deals, tables.team),
    periods: periodOptions(today, tables.targets),
    today,
  };
}

/**
 * The pipeline for a filter: summary and funnel over the deals in scope (owner and period),
 * the forecast by month and the stale deals over the owner's open deals (months limited to the
 * period; stale deals are about now, so any period).
 *
 * @param book - the tables, read
 * @param options - owner, period, quiet days
 * @returns the view
 * @example
 * pipelineView(book, { owner: everyone, period: null, quietDays: 30 }).summary.openDeals //=> 212
 */
export function pipelineView(book: PipelineBook, options: PipelineViewOptions): PipelineView {
  const rows = dealsInScope(book.deals, options, book.tables.team);
  const matches = ownerMatcher(book.deals, options.owner, book.tables.team);
  return {
    summary: pipelineSummary(book.deals, book.stages, rows, options, book.tables.targets),
    funnel: pipelineFunnel(book.deals, book.stages, rows),
    forecast: forecastByMonth(book.deals, matches, book.today, options.period),
    stale: staleDeals(book.deals, book.stages, matches, book.today, options.quietDays),
  };
}

import type { Cell } from "@core/cells/cell";
import type { CommissionTier } from "@core/formulas/performance/commissionTiers";
import { noKpiPlans, type KpiPlans } from "@core/performance/kpiPlans";
import { performanceColumns } from "@core/performance/performanceColumns";
import { performanceData, type PerformanceData } from "@core/performance/performanceData";
import type { RatingBand } from "@core/formulas/performance/ratingBands";
import { bandsFromTable, kpiPlansFromTable, tiersFromTable } from "@core/performance/setupTablesPlan";
import type { MissingColumn } from "@core/workbook/areaColumns";
import { columnIndex } from "@core/workbook/columnIndex";
import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import {
  settingKeys,
  workbookLanguages,
  type TableName,
  type WorkbookLanguage,
  scorecardTable,
} from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readNamedTables, type NamedTable } from "./readNamedTables";

/** A row of the Scorecard as it stands (figures as Excel computed them). */
export type ScorecardRecord = {
  readonly period: string;
  readonly rep: string;
  readonly periodStart: number | null;
  readonly feedback: string;
  readonly training: string;
};

/** What the Performance area reads from the workbook, in one call. */
export type PerformanceWorkbook = {
  /** The workbook's language (the setting, else guessed from the Deals headers). */
  readonly language: WorkbookLanguage;
  readonly data: PerformanceData;
  /** Which of the tables the formulas need are missing. */
  readonly missing: readonly TableName[];
  /** Required columns the tables lack (performanceColumns): the area names them instead of its figures. */
  readonly missingColumns?: readonly MissingColumn[];
  /** Reps: the Team table's, else the owners of deals. */
  readonly reps: readonly string[];
  /** The set-up tables' contents when present and valid. */
  readonly bands: RatingBand[] | null;
  readonly tiers: CommissionTier[] | null;
  /** KpiWeights' plan of each period length (none where it holds none). */
  readonly kpis: KpiPlans;
  /** The Scorecard's rows (empty when there is no Scorecard). */
  readonly scorecard: readonly ScorecardRecord[];
};

/** Every table the Performance area reads. */
export const performanceTableNames: readonly TableName[] = [
  "Deals",
  "Activities",
  "Customers",
  "Targets",
  "Team",
  "Scorecard",
  "RatingBands",
  "CommissionTiers",
  "KpiWeights",
  "Payments",
];

/** The tables the Scorecard's formulas refer to. */
export const FORMULA_TABLES: readonly TableName[] = ["Deals", "Activities", "Customers", "Targets"];

function guessLanguage(deals: NamedTable | undefined): WorkbookLanguage {
  return deals?.headers.some((h) => /[\u4e00-\u9fff]/.test(h)) ? "zh-CN" : "en-US";
}

/**
 * The workbook's language: the add-in's setting, else guessed from the Deals headers. One sync.
 */
export async function workbookLanguage(
  context: Excel.RequestContext,
  deals: NamedTable | undefined,
): Promise<WorkbookLanguage> {
  const setting = context.workbook.settings.getItemOrNullObject(settingKeys.language);
  setting.load("value");
  await context.sync();
  if (setting.isNullObject) return guessLanguage(deals);
  return workbookLanguages.find((l) => l === setting.value) ?? guessLanguage(deals);
}

function scorecardRecords(table: NamedTable | undefined): ScorecardRecord[] {
  if (!table) return [];
  const index = columnIndex(scorecardTable, table.headers);
  const text = (row: readonly Cell[], key: string) => (index[key] >= 0 ? String(row[index[key]] ?? "").trim() : "");
  return table.rows.map((row) => {
    const start = index.PeriodStart >= 0 ? row[index.PeriodStart] : null;
    return {
      period: text(row, "Period"),
      rep: text(row, "Rep"),
      periodStart: typeof start === "number" ? start : null,
      feedback: text(row, "Feedback"),
      training: text(row, "Training"),
    };
  });
}

/**
 * Reads everything the Performance area works from in one batch: Deals, Activities, Customers,
 * Targets, Team and Payments (the collection rate KPI; absent in a workbook without it) — only the columns of performanceColumns, paged by bytes — and the Scorecard
 * and the set-up tables RatingBands, CommissionTiers and KpiWeights whole (headers in either
 * language).
 *
 * @returns the workbook's performance data, or the Office failure
 * @example
 * const read = await readPerformance();
 * if (read.ok) read.value.reps //=> ["王芳", "李雷", …]
 */
export function readPerformance(): Promise<ExcelResult<PerformanceWorkbook>> {
  return runExcel(async (context) => {
    const tables = await readNamedTables(context, performanceTableNames, performanceColumns.read);
    const language = await workbookLanguage(context, tables.Deals);
    const data = performanceData(tables);
    const teamReps = data.team.map((member) => member.rep);
    const owners = [...new Set(data.deals.map((deal) => deal.owner).filter((owner) => owner !== ""))];
    const team = tables.Team;
    const missingColumns = missingColumnsIn(performanceColumns.required, tables);
    const hasRepColumn = team ? columnIndex("Team", team.headers).Rep >= 0 : false;
    return {
      language,
      data,
      missing: FORMULA_TABLES.filter((name) => !tables[name]),
      reps: hasRepColumn && teamReps.length > 0 ? teamReps : owners,
      bands: tables.RatingBands ? bandsFromTable(tables.RatingBands) : null,
      tiers: tables.CommissionTiers ? tiersFromTable(tables.CommissionTiers) : null,
      kpis: tables.KpiWeights ? kpiPlansFromTable(tables.KpiWeights) : noKpiPlans,
      scorecard: scorecardRecords(tables.Scorecard),
      ...(missingColumns.length > 0 ? { missingColumns } : {}),
    };
  });
}

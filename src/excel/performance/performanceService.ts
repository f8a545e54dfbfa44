import type { ScorecardPlan } from "@core/performance/scorecardPlan";
import type { ExcelResult } from "../excelFailure";
import { readPerformance, type PerformanceWorkbook } from "./readPerformance";
import { writeReviewSheet, type ReviewOutcome } from "./writeReviewSheet";
import { writeScorecard, type ScorecardOutcome } from "./writeScorecard";

/** What the Performance area asks of the workbook. */
export type PerformanceService = {
  readonly read: () => Promise<ExcelResult<PerformanceWorkbook>>;
  readonly writeScorecard: (plan: ScorecardPlan) => Promise<ExcelResult<ScorecardOutcome>>;
  readonly writeReviewSheet: (rep: string, replace: boolean) => Promise<ExcelResult<ReviewOutcome>>;
};

/** The Excel-backed performance operations. */
export const performanceService: PerformanceService = {
  read: readPerformance,
  writeScorecard,
  writeReviewSheet,
};

/*
 * The fault sweep (see harness.ts) for the Goals and Performance writes: the targets a breakdown
 * writes, the scorecard, and a rep's review sheet. Each run reads the workbook and plans as the
 * pane does; after a failure the sheet may hold part of the write, so a write that asks before
 * replacing is confirmed on the run again, as the manager would.
 */
import { DEFAULT_COMMISSION_PLAN } from "@core/performance/commissionPlan";
import { defaultKpis } from "@core/performance/kpis";
import { performanceLabels } from "@core/performance/performanceLabels";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { defaultPlanBands, type ScorecardPlan } from "@core/performance/scorecardPlan";
import { teamBaselines } from "@core/performance/teamBaselines";
import { isSalesError } from "@core/errors";
import { buildPlan } from "@core/goals/breakdown/buildPlan";
import { monthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import type { ExcelResult } from "@excel/excelFailure";
import { goalsService } from "@excel/goals/goalsService";
import { performanceService } from "@excel/performance/performanceService";
import type { PerformanceWorkbook } from "@excel/performance/readPerformance";
import type { SalesFunctionsSource, WorkbookSnapshot } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { sweep, type Writer } from "./harness";

jest.setTimeout(600_000);

let functions: SalesFunctionsSource;
let sample: WorkbookSnapshot;
/** The sample with its second-quarter scorecard written, for a review sheet. */
let scored: WorkbookSnapshot;
let reviewed: string;

function scorecardPlan(workbook: PerformanceWorkbook): ScorecardPlan {
  const labels = performanceLabels(workbook.language, workbook.data.deals);
  return {
    periods: scorecardPeriods({ kind: "quarter", year: 2024, quarter: 2 }),
    reps: workbook.reps,
    kpis: defaultKpis("quarter", teamBaselines(workbook.data, labels)),
    cap: 1.5,
    bands: defaultPlanBands,
    commission: DEFAULT_COMMISSION_PLAN,
  };
}

async function writeScorecard(): Promise<ExcelResult<unknown>> {
  const read = await performanceService.read();
  if (!read.ok) return read;
  return performanceService.writeScorecard(scorecardPlan(read.value));
}

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
  const { emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 24 });
  sample = emulator.snapshot();
  const written = await writeScorecard();
  if (!written.ok) throw new Error(written.error.message);
  const read = await performanceService.read();
  if (!read.ok) throw new Error(read.error.message);
  reviewed = read.value.reps[0];
  scored = emulator.snapshot();
});

const writers: Writer[] = [
  {
    name: "targets (a breakdown to reps by month)",
    start: () => sample,
    run: async (again) => {
      const data = await goalsService.read();
      if (!data.ok) return data;
      const history = monthlyHistory(data.value.deals, "signed", 2024, 1, 3);
      if (isSalesError(history)) throw new Error(history.message);
      const plan = buildPlan({
        fiscalYear: 2024,
        startMonth: 1,
        annualTarget: 1_200_000,
        timeSplit: { method: "seasonal" },
        peopleSplit: { method: "capacity" },
        reps: data.value.reps,
        history,
      });
      if (isSalesError(plan)) throw new Error(plan.message);
      const request = {
        plans: [{ plan, metric: "signed" as const }],
        language: data.value.language,
        granularities: ["year", "quarter", "month"] as const,
        wonLabels: data.value.wonLabels,
        replace: false,
      };
      const first = await goalsService.writeTargets({ ...request, granularities: [...request.granularities] });
      if (again && first.ok && first.value.status === "needs-confirmation")
        return goalsService.writeTargets({ ...request, granularities: [...request.granularities], replace: true });
      return first;
    },
  },
  { name: "scorecard (second quarter, every rep)", start: () => sample, run: writeScorecard },
  {
    name: "review sheet",
    start: () => scored,
    run: async (again) => {
      const first = await performanceService.writeReviewSheet(reviewed, false);
      if (again && first.ok && first.value.kind === "exists")
        return performanceService.writeReviewSheet(reviewed, true);
      return first;
    },
  },
];

describe.each(writers)("the fault sweep: $name", (writer) => {
  it("reports every failed sync, and a re-run leaves the workbook as one clean run does", async () => {
    await sweep(functions, writer);
  });
});

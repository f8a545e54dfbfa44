import { columnIndex } from "@core/workbook/columnIndex";
import type { Emulator } from "@workbench/emulator/index";
import { defaultKpis } from "@core/performance/kpis";
import { DEFAULT_COMMISSION_PLAN } from "@core/performance/commissionPlan";
import { performanceLabels } from "@core/performance/performanceLabels";
import { scorecardLines } from "@core/performance/scorecardLines";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { defaultPlanBands, type ScorecardPlan } from "@core/performance/scorecardPlan";
import { teamBaselines } from "@core/performance/teamBaselines";
import { type WorkbookLanguage, scorecardTable } from "@core/workbook/schema";
import { readPerformance, type PerformanceWorkbook } from "@excel/performance/readPerformance";
import { writeScorecard } from "@excel/performance/writeScorecard";
import { setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(120_000);

/** The engine keeps 15 significant digits and rounds results near a whole number: compare relatively. */
function expectClose(actual: unknown, expected: number) {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

async function read(): Promise<PerformanceWorkbook> {
  const result = await readPerformance();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function planFor(workbook: PerformanceWorkbook): ScorecardPlan {
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

/** The Scorecard's body as the emulator computed it, keyed by column key. */
function scorecardRows(emulator: Emulator, sheet: string, headers: readonly string[], count: number) {
  const index = columnIndex(scorecardTable, headers);
  return Array.from({ length: count }, (_, r) => {
    const row: Record<string, unknown> = {};
    for (const column of scorecardTable.columns)
      row[column.key] = emulator.book.getCell(sheet, r + 1, index[column.key]).value;
    return row;
  });
}

describe.each(emulatorProfiles)("$name", (profile) => {
  describe.each<WorkbookLanguage>(["en-US", "zh-CN"])(
    "the quarterly scorecard on the sample workbook (%s)",
    (language) => {
      it("computes in the sheet what the core computes, for every rep, and keeps notes on a re-run", async () => {
        const { emulator } = await setUpSampleWorkbook({ language, customers: 60, profile });
        const before = await read();
        expect(before.missing).toEqual([]);
        expect(before.reps.length).toBeGreaterThan(3);
        const plan = planFor(before);

        const first = await writeScorecard(plan);
        if (!first.ok) throw new Error(first.error.message);
        expect(first.value).toMatchObject({ kind: "written", added: plan.reps.length, updated: 0 });
        const sheet = (first.value as { sheet: string }).sheet;

        const after = await read();
        const lines = scorecardLines(after.data, plan, performanceLabels(language, after.data.deals));
        const headers = Array.from({ length: scorecardTable.columns.length }, (_, c) =>
          String(emulator.book.getCell(sheet, 0, c).value),
        );
        const rows = scorecardRows(emulator, sheet, headers, lines.length);
        expect(rows.map((r) => r.Rep)).toEqual(plan.reps);
        expect(lines.some((line) => line.kpis.revenue > 0)).toBe(true);
        rows.forEach((row, i) => {
          const line = lines[i];
          expectClose(row.Revenue, line.kpis.revenue);
          expect(row.Activities).toBe(line.kpis.activities);
          expect(row.NewCustomers).toBe(line.kpis.newCustomers);
          for (const key of ["winRate", "avgDeal", "cycle", "satisfaction"] as const) {
            const column = key.charAt(0).toUpperCase() + key.slice(1);
            const expected = line.kpis[key];
            if (expected === null) expect(row[column]).toBe("");
            else expectClose(row[column], expected);
          }
          if (line.score === null) expect(typeof row.Score).not.toBe("number");
          else {
            expectClose(row.Score, line.score);
            expect(row.Rating).toBe(line.rating);
          }
          expectClose(row.CarriedYTD, line.kpis.carried);
          expectClose(row.Commission, line.commission as number);
        });

        const index = columnIndex(scorecardTable, headers);
        emulator.book.setCellInput(sheet, 2, index.Feedback, language === "zh-CN" ? "继续保持" : "Keep it up");
        const again = await writeScorecard({ ...plan, cap: 1.2 });
        if (!again.ok) throw new Error(again.error.message);
        expect(again.value).toMatchObject({ kind: "written", added: 0, updated: plan.reps.length });
        const kept = await read();
        expect(kept.scorecard).toHaveLength(plan.reps.length);
        expect(kept.scorecard[1].feedback).toBe(language === "zh-CN" ? "继续保持" : "Keep it up");
        expect(String(emulator.book.getCell(sheet, 1, index.Score).formula)).toContain(",1.2,");
      });
    },
  );
});

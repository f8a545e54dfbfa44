import { ACTIVITY_METHODS } from "@core/weekly/activity/activityMethod";
import type { WeeklyBlock } from "@core/weekly/report/weeklyReport";
import { weeklyReport } from "@core/weekly/report/weeklyReport";
import { lastWeek } from "@core/weekly/week";
import { columnOfLetters } from "@core/workbook/columnLetters";
import { excelWeeklyService } from "@excel/weekly/weeklyService";
import { writeWeeklySheet } from "@excel/weekly/writeWeeklySheet";
import type { Emulator } from "@workbench/emulator";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

function valueAt(emulator: Emulator, sheet: string, address: string): unknown {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return emulator.book.getCell(sheet, Number(digits) - 1, columnOfLetters(letters)).value;
}

/** The figures the sheet and the pane both show for a block, as the report computes them. */
function reportFigures(block: WeeklyBlock, key: string, noTarget: string): Record<string, unknown> {
  const { figures, followUps } = block;
  const attainment = (period: "month" | "quarter") => {
    const { target, actual, attainment: rate, pace } = block[period];
    if (target === null) return { [`${key}.${period}Target`]: noTarget };
    return {
      [`${key}.${period}Target`]: target,
      [`${key}.${period}Actual`]: actual,
      [`${key}.${period}Attainment`]: rate,
      [`${key}.${period}Pace`]: pace,
    };
  };
  return {
    [`${key}.newDeals`]: figures.newDeals.count,
    [`${key}.newDealsAmount`]: figures.newDeals.amount,
    [`${key}.newCustomers`]: figures.newCustomers,
    [`${key}.won`]: figures.won.count,
    [`${key}.wonAmount`]: figures.won.amount,
    [`${key}.lost`]: figures.lost.count,
    [`${key}.lostAmount`]: figures.lost.amount,
    [`${key}.followUpsDone`]: followUps.done,
    [`${key}.customersTouched`]: followUps.touched,
    [`${key}.overdue`]: followUps.overdue,
    [`${key}.due`]: followUps.due,
    [`${key}.nextCloses`]: figures.expectedNextWeek.count,
    [`${key}.nextClosesAmount`]: figures.expectedNextWeek.amount,
    [`${key}.nextFollowUps`]: figures.dueNextWeek,
    ...attainment("month"),
    ...attainment("quarter"),
  };
}

describe.each(["en-US", "zh-CN"] as const)("the weekly sheet on the sample workbook (%s)", (language) => {
  it.each([null, "first team"] as const)(
    "computes what the Weekly area's report computes (scope: %s)",
    async (scope) => {
      const { emulator } = await setUpSampleWorkbook({ language, customers: 60 });
      const read = await excelWeeklyService.read();
      if (!read.ok) throw new Error(read.error.message);
      const week = lastWeek(sampleToday);
      const teams = read.value.Team!;
      const team = scope === null ? null : String(teams.rows[0][teams.columns.Team]);
      const report = weeklyReport(read.value, week, team, sampleToday);
      expect(report.reps.length).toBeGreaterThan(0);
      expect(report.summary.followUps.done + report.summary.figures.won.count).toBeGreaterThan(0);

      const written = await writeWeeklySheet({ week, team, replace: false, today: sampleToday });
      if (!written.ok || written.value.kind !== "written") throw new Error(JSON.stringify(written));
      const { sheet, figures } = written.value;
      const noTarget = language === "zh-CN" ? "无目标" : "no target";
      const expected: Record<string, unknown> = reportFigures(report.summary, "summary", noTarget);
      report.reps.forEach((rep, i) => {
        Object.assign(expected, reportFigures(rep, `rep${i}`, noTarget));
        ACTIVITY_METHODS.forEach((method, j) => (expected[`rep${i}.method${j}`] = rep.followUps.byMethod[method]));
        expected[`rep${i}.weeklyTarget`] = rep.followUps.target;
      });
      const actual = Object.fromEntries(
        Object.keys(expected).map((key) => [key, valueAt(emulator, sheet, figures[key])]),
      );
      // The engine keeps about 11 significant digits: money and rates compared to the cent and 1e-9.
      const rounded = (record: Record<string, unknown>) =>
        Object.fromEntries(
          Object.entries(record).map(([key, value]) => [
            key,
            typeof value === "number" ? Math.round(value * 1e6) / 1e6 : value,
          ]),
        );
      expect(rounded(actual)).toEqual(rounded(expected));
    },
  );
});

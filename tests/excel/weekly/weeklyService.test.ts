import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { WEEKLY_TABLES } from "@core/weekly/report/weeklyTables";
import { weeklyReport } from "@core/weekly/report/weeklyReport";
import { lastWeek } from "@core/weekly/week";
import { readTables } from "@excel/tables/readTables";
import { excelWeeklyService } from "@excel/weekly/weeklyService";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(60_000);

const WON = new Set(["won", "赢单"]);

describe.each(["en-US", "zh-CN"] as const)("the Weekly service's read of the sample workbook (%s)", (language) => {
  it("reads the report's tables in one round trip and gives the report the whole tables give", async () => {
    const { emulator } = await setUpSampleWorkbook({ language, customers: 60 });
    const before = emulator.stats.syncs;
    const read = await excelWeeklyService.read();
    if (!read.ok) throw new Error(read.error.message);
    // One readTables call for all nine tables: the same three syncs as the Team area's read
    // (open, then the pages sized by bytes), not a round trip per table.
    expect(emulator.stats.syncs - before).toBe(3);
    const week = lastWeek(sampleToday);
    const report = weeklyReport(read.value, week, null, sampleToday);

    // Only the columns the report uses were read, yet it is the report of the whole tables.
    const whole = await readTables(WEEKLY_TABLES);
    if (!whole.ok) throw new Error(whole.error.message);
    expect(report).toEqual(weeklyReport(whole.value, week, null, sampleToday));

    // The summary's won deals are the Deals rows the sheet holds as won with ClosedOn in the week.
    const deals = whole.value.Deals!;
    const { Stage, ClosedOn, Amount, Created } = deals.columns;
    const inWeek = (cell: unknown) => {
      const day = parseDate(cell as string | number);
      return day !== undefined && day >= week.start && day <= week.end;
    };
    const won = deals.rows.filter((row) => WON.has(normalizeLabel(row[Stage])) && inWeek(row[ClosedOn]));
    expect(report.summary.figures.won).toEqual({
      count: won.length,
      amount: won.reduce((sum, row) => sum + (row[Amount] as number), 0),
    });
    expect(report.summary.figures.newDeals.count).toBe(deals.rows.filter((row) => inWeek(row[Created])).length);
    expect(report.summary.figures.newDeals.count + report.summary.figures.won.count).toBeGreaterThan(0);
    // Every rep of the sample's Team table has a block, in Team order.
    const team = whole.value.Team!;
    const reps = team.rows.map((row) => String(row[team.columns.Rep]));
    expect(report.reps.map((rep) => rep.name).slice(0, reps.length)).toEqual(reps);
  });
});

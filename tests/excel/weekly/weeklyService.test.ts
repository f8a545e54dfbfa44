import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { poolMarkerSummary } from "@core/customers/poolMarkers";
import { activityTrend } from "@core/weekly/activity/activityTrend";
import { weeklyActivity } from "@core/weekly/activity/weeklyActivity";
import { activityMethodChoices, customerStatusChoices, tableHeaders } from "@core/workbook/schema";
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

  it("reads Customers and Activities narrowed to the figures' columns, pool markers kept, and counts as the whole tables do", async () => {
    await setUpSampleWorkbook({ language, customers: 60 });
    const week = lastWeek(sampleToday);
    const before = await readTables(["Customers", "Team"]);
    if (!before.ok) throw new Error(before.error.message);
    const team = before.value.Team!;
    const customers = before.value.Customers!;
    const { Owner, NextContact, Status } = customers.columns;
    // An overdue customer goes back to the pool, its owner kept: only its Status says it is no longer overdue.
    const overdue = customers.rows.findIndex(
      (row) =>
        String(row[Owner]) !== "" && typeof row[NextContact] === "number" && (row[NextContact] as number) < week.end,
    );
    const rep = String(customers.rows[overdue]?.[Owner]);
    expect(overdue).toBeGreaterThanOrEqual(0);
    const pool = customerStatusChoices[1][language];
    const other = activityMethodChoices[activityMethodChoices.length - 1][language];
    const activityRow = (values: Record<string, string | number>) =>
      tableHeaders("Activities", "en-US").map((key) => values[key] ?? "");
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem(customers.sheet)
        .getCell(customers.headerRow + 1 + overdue, customers.firstColumn + Status).values = [[pool]];
      // A claim from the pool in the week: bookkeeping, not a follow-up, known only by its Summary.
      context.workbook.tables.getItem("Activities").rows.add(undefined, [
        activityRow({
          Date: week.start + 1,
          Customer: "Pool claim test",
          Owner: rep,
          Method: other,
          Summary: poolMarkerSummary("claim", language, rep),
        }),
      ]);
      await context.sync();
    });

    const read = await excelWeeklyService.read();
    const whole = await readTables(WEEKLY_TABLES);
    if (!read.ok || !whole.ok) throw new Error("read failed");
    // The narrowed read leaves the columns no figure uses empty (Company, Phone …) …
    const company = whole.value.Customers!.columns.Company;
    expect(read.value.Customers!.rows.every((row) => row[company] === "")).toBe(true);
    expect(whole.value.Customers!.rows.some((row) => row[company] !== "")).toBe(true);
    // … but keeps the pool's markers: its claim row and the customer's pool status.
    const activities = read.value.Activities!;
    expect(
      activities.rows.some((row) => row[activities.columns.Summary] === poolMarkerSummary("claim", language, rep)),
    ).toBe(true);
    expect(read.value.Customers!.rows[overdue][Status]).toBe(pool);

    const repRow = team.rows.find((row) => normalizeLabel(row[team.columns.Rep]) === normalizeLabel(rep));
    const scopes = [null, String(repRow?.[team.columns.Team] ?? team.rows[0][team.columns.Team])];
    for (const scope of scopes) {
      expect(weeklyReport(read.value, week, scope, sampleToday)).toEqual(
        weeklyReport(whole.value, week, scope, sampleToday),
      );
      expect(weeklyActivity(read.value, week, scope, sampleToday)).toEqual(
        weeklyActivity(whole.value, week, scope, sampleToday),
      );
      expect(activityTrend(read.value, week, scope)).toEqual(activityTrend(whole.value, week, scope));
    }
  });
});

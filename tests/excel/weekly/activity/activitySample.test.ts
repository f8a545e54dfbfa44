import type { Cell } from "@core/cells/cell";
import { activityColumns } from "@core/weekly/activity/activityFacts";
import { activityTrend } from "@core/weekly/activity/activityTrend";
import { weeklyActivity } from "@core/weekly/activity/weeklyActivity";
import { lastWeek } from "@core/weekly/week";
import { activityMethodChoices, tableHeaders, tableSpec, type TableName } from "@core/workbook/schema";
import { readTables } from "@excel/tables/readTables";
import { sampleToday, setUpSampleWorkbook } from "../../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

/** A sheet's values as Excel holds them: the table starts at A1 on its own sheet. */
async function sheetRows(
  name: TableName,
  language: "en-US" | "zh-CN",
): Promise<{ at: (header: string) => number; rows: Cell[][] }> {
  const values = await Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem(tableSpec(name).sheet[language]).getUsedRange();
    used.load("values");
    await context.sync();
    return used.values as Cell[][];
  });
  const [header, ...rows] = values;
  const english = tableHeaders(name, "en-US");
  const local = tableHeaders(name, language);
  return { at: (key) => header.indexOf(local[english.indexOf(key)]), rows };
}

describe.each(["en-US", "zh-CN"] as const)("the activity figures of the sample workbook (%s)", (language) => {
  it("are what counting the Follow-ups and Customers sheets' rows gives", async () => {
    await setUpSampleWorkbook({ language, customers: 60 });
    const read = await readTables(["Activities", "Customers", "Team", "KpiWeights"], activityColumns.read);
    if (!read.ok) throw new Error(read.error.message);
    const week = lastWeek(sampleToday);
    const activity = weeklyActivity(read.value, week, null, sampleToday);
    expect(activity.reps.length).toBe(8);
    expect(activity.summary.done).toBeGreaterThan(0);
    // The sample exercises what is counted: overdue customers, and customers followed up twice.
    expect(activity.summary.overdue).toBeGreaterThan(0);
    expect(activity.summary.touched).toBeLessThan(activity.summary.done);

    const follow = await sheetRows("Activities", language);
    const [date, owner, method, customer, summary] = ["Date", "Owner", "Method", "Customer", "Summary"].map(follow.at);
    const pool = /^(Pool:|公海：)/;
    const methodOf = (cell: Cell) => {
      const at = activityMethodChoices.findIndex((choice) => choice[language] === cell);
      return (["call", "wechat", "visit", "email", "other"] as const)[at] ?? "other";
    };
    for (const rep of activity.reps) {
      const rows = follow.rows.filter(
        (row) =>
          row[owner] === rep.rep &&
          typeof row[date] === "number" &&
          (row[date] as number) >= week.start &&
          (row[date] as number) <= week.end &&
          !pool.test(String(row[summary])),
      );
      expect(rep.done).toBe(rows.length);
      expect(rep.touched).toBe(new Set(rows.map((row) => row[customer])).size);
      for (const each of ["call", "wechat", "visit", "email", "other"] as const)
        expect(rep.byMethod[each]).toBe(rows.filter((row) => methodOf(row[method]) === each).length);
    }

    const customers = await sheetRows("Customers", language);
    const [customerOwner, nextContact, status] = ["Owner", "NextContact", "Status"].map(customers.at);
    const pooled = new Set(["Pool", "公海"]);
    for (const rep of activity.reps) {
      const overdue = customers.rows.filter(
        (row) =>
          row[customerOwner] === rep.rep &&
          !pooled.has(String(row[status])) &&
          typeof row[nextContact] === "number" &&
          (row[nextContact] as number) < activity.asOf,
      );
      expect(rep.overdue).toBe(overdue.length);
    }

    // The chart's last week is the table's week.
    const trend = activityTrend(read.value, week, null);
    expect(trend.summary[trend.summary.length - 1].done).toBe(activity.summary.done);
  });
});

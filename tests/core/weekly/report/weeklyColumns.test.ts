import { activityColumns } from "@core/weekly/activity/activityFacts";
import {
  unavailableFigures,
  weeklyColumns,
  weeklyFigureColumns,
  weeklyRequiredColumns,
} from "@core/weekly/report/weeklyColumns";
import { WEEKLY_TABLES } from "@core/weekly/report/weeklyTables";
import { everyColumn } from "@core/workbook/areaColumns";
import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import { tableHeaders, type TableName } from "@core/workbook/schema";

const without = (table: TableName, header: string, language: "en-US" | "zh-CN") => ({
  headers: tableHeaders(table, language).filter((each) => each !== header),
});

describe("weeklyColumns", () => {
  it("requires the deal owner and the columns of every figure and of the activity figures", () => {
    expect(weeklyRequiredColumns.Deals).toEqual([
      "DealID",
      "Owner",
      "Stage",
      "Amount",
      "Created",
      "ExpectedClose",
      "ClosedOn",
    ]);
    expect(weeklyRequiredColumns.Customers).toEqual(["Owner", "FirstPurchase", "NextContact"]);
    expect(weeklyRequiredColumns.Activities).toEqual(["Date", "Customer", "Owner"]);
    for (const key of activityColumns.required.Activities ?? [])
      expect(weeklyRequiredColumns.Activities).toContain(key);
  });

  it("reads every required column, each a column of its table, and only tables the area reads", () => {
    for (const [table, keys] of Object.entries(weeklyRequiredColumns) as [TableName, string[]][]) {
      expect(WEEKLY_TABLES).toContain(table);
      for (const key of keys) {
        expect(everyColumn(table)).toContain(key);
        // A table without an entry is read whole.
        expect(weeklyColumns[table] ?? everyColumn(table)).toContain(key);
      }
    }
  });

  it("reads Customers and Activities narrowed to the figures' columns, the pool markers' kept", () => {
    expect(weeklyColumns.Customers).toEqual(["Owner", "FirstPurchase", "NextContact", "Status"]);
    expect(weeklyColumns.Activities).toEqual(["Date", "Customer", "Owner", "Method", "Summary"]);
    expect(weeklyColumns.Team).toEqual(["Rep", "Team", "StartDate", "EndDate"]);
    // Read whole: nothing narrows them.
    expect(weeklyColumns.Cadences).toBeUndefined();
    expect(weeklyColumns.KpiWeights).toEqual(everyColumn("KpiWeights"));
  });
});

describe("unavailableFigures", () => {
  it("leaves out every deal figure of a Deals table without Owner, named in its header language", () => {
    const missing = missingColumnsIn(weeklyRequiredColumns, {
      Deals: without("Deals", "负责人", "zh-CN"),
      Customers: { headers: tableHeaders("Customers", "zh-CN") },
      Activities: { headers: tableHeaders("Activities", "zh-CN") },
    });
    expect(missing).toEqual([{ table: "Deals", key: "Owner", header: "负责人" }]);
    expect([...unavailableFigures(missing)].sort()).toEqual(
      ["expectedNextWeek", "lost", "newDeals", "stageMoves", "won"].sort(),
    );
  });

  it("leaves out the follow-up figures of a Customers table without NextContact, and only those", () => {
    const missing = missingColumnsIn(weeklyRequiredColumns, {
      Customers: without("Customers", "NextContact", "en-US"),
    });
    expect(missing).toEqual([{ table: "Customers", key: "NextContact", header: "NextContact" }]);
    expect([...unavailableFigures(missing)].sort()).toEqual(["dueNextWeek", "followUps", "overdue"]);
  });

  it("leaves out only the figure whose column is missing (Created: new deals)", () => {
    const missing = missingColumnsIn(weeklyRequiredColumns, { Deals: without("Deals", "Created", "en-US") });
    expect([...unavailableFigures(missing)]).toEqual(["newDeals"]);
  });

  it("does not count an absent optional table as missing columns", () => {
    const present = {
      Deals: { headers: tableHeaders("Deals", "en-US") },
      Customers: { headers: tableHeaders("Customers", "en-US") },
      Activities: { headers: tableHeaders("Activities", "en-US") },
    };
    const missing = missingColumnsIn(weeklyRequiredColumns, present);
    expect(missing).toEqual([]);
    expect(unavailableFigures(missing).size).toBe(0);
    expect(Object.keys(weeklyFigureColumns.stageMoves)).toContain("DealHistory");
  });
});

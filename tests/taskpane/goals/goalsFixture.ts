import { serialFromDate } from "@core/cells/parseDate";
import { tableHeaders, type TableName } from "@core/workbook/schema";
import { columnIndex } from "@core/workbook/columnIndex";
import { goalsDataFromTables, type GoalsData } from "@excel/goals/goalsData";
import type { TableData, TablesData } from "@excel/tables/readTables";

/** A table as readTables gives it, from rows keyed by column key. */
export function tableOf(name: TableName, rows: readonly Record<string, string | number>[]): TableData {
  const headers = tableHeaders(name, "en-US");
  const keys = Object.keys(columnIndex(name, headers));
  return {
    name,
    sheet: name,
    address: "A1",
    headerRow: 0,
    firstColumn: 0,
    headers,
    columns: columnIndex(name, headers),
    rows: rows.map((row) => keys.map((key) => row[key] ?? "")),
  };
}

/** Monthly won deals in 2025 with a seasonal shape (Q4 heavy), for Li and Wang; one open deal. */
export function sampleGoalsData(extra: Partial<TablesData> = {}): GoalsData {
  const shape = [6, 5, 8, 8, 9, 10, 8, 8, 10, 12, 14, 20];
  const deals = shape.flatMap((units, m) => [
    {
      DealID: `L${m}`,
      Owner: "Li",
      Stage: "Won",
      Amount: units * 2000,
      Created: serialFromDate(2025, m + 1, 1),
      ClosedOn: serialFromDate(2025, m + 1, 15),
      Collected: units * 1500,
    },
    {
      DealID: `W${m}`,
      Owner: "Wang",
      Stage: "Won",
      Amount: units * 1000,
      Created: serialFromDate(2025, m + 1, 2),
      ClosedOn: serialFromDate(2025, m + 1, 20),
      Collected: units * 1000,
    },
  ]);
  deals.push({
    DealID: "O1",
    Owner: "Li",
    Stage: "Proposal",
    Amount: 50_000,
    Created: serialFromDate(2026, 1, 5),
    ClosedOn: "" as unknown as number,
    Collected: 0,
  });
  return goalsDataFromTables({
    Deals: tableOf("Deals", deals),
    Team: tableOf("Team", [
      { Rep: "Li", Team: "North", Capacity: 2 },
      { Rep: "Wang", Team: "North", Capacity: 1 },
      { Rep: "Zhao", Team: "South", Capacity: 1 },
    ]),
    ...extra,
  });
}

/** 2026-03-01: the plan year 2026 has begun. */
export const TODAY = serialFromDate(2026, 3, 1);

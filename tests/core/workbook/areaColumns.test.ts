import { customerColumns } from "@core/customers/customerColumns";
import { goalsColumns } from "@core/goals/goalsColumns";
import { performanceColumns } from "@core/performance/performanceColumns";
import { dashboardRequiredColumns, pipelineColumns } from "@core/pipeline/pipelineColumns";
import { teamColumns } from "@core/team/teamColumns";
import { everyColumn, mergeColumns, missingColumns, type TableColumns } from "@core/workbook/areaColumns";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type TableName } from "@core/workbook/schema";

const areas = { pipelineColumns, customerColumns, teamColumns, performanceColumns, goalsColumns };

function entries(list: TableColumns): [TableName, readonly string[]][] {
  return Object.entries(list) as [TableName, readonly string[]][];
}

describe("missingColumns", () => {
  it("names a renamed column with the schema's header in the workbook's language", () => {
    const headers = tableHeaders("Deals", "zh-CN").map((h) => (h === "金额" ? "合同金额" : h));
    expect(missingColumns({ Deals: ["Stage", "Amount"] }, { Deals: columnIndex("Deals", headers) }, "zh-CN")).toEqual([
      { table: "Deals", key: "Amount", header: "金额" },
    ]);
    expect(missingColumns({ Deals: ["Amount"] }, { Deals: { Amount: -1 } }, "en-US")).toEqual([
      { table: "Deals", key: "Amount", header: "Amount" },
    ]);
  });

  it("says nothing of a table that is absent or complete", () => {
    expect(missingColumns({ Team: ["Rep"] }, {}, "en-US")).toEqual([]);
    expect(missingColumns({ Team: ["Rep"] }, { Team: columnIndex("Team", ["Rep"]) }, "en-US")).toEqual([]);
  });
});

describe("mergeColumns and everyColumn", () => {
  it("unites lists in schema order", () => {
    expect(mergeColumns([{ Deals: ["Amount"] }, { Deals: ["Stage", "Amount"] }])).toEqual({
      Deals: ["Stage", "Amount"],
    });
    expect(everyColumn("Cadences")).toEqual(["Tier", "Days"]);
  });
});

describe.each(Object.entries(areas))("%s", (_, area) => {
  it("lists schema columns only, and requires only columns it reads", () => {
    for (const [table, keys] of entries(area.read)) for (const key of keys) expect(everyColumn(table)).toContain(key);
    for (const [table, keys] of entries(area.required)) {
      const read = area.read[table] ?? everyColumn(table);
      for (const key of keys) expect(read).toContain(key);
    }
  });
});

it("the dashboard requires schema columns the Pipeline area reads", () => {
  for (const [table, keys] of entries(dashboardRequiredColumns))
    for (const key of keys) expect(pipelineColumns.read[table]).toContain(key);
});

import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import { tableHeaders } from "@core/workbook/schema";

describe("missingColumnsIn", () => {
  it("names a renamed column in the language the table's headers are written in", () => {
    const headers = tableHeaders("Deals", "zh-CN").map((h) => (h === "金额" ? "合同金额" : h));
    expect(missingColumnsIn({ Deals: ["Stage", "Amount"] }, { Deals: { headers } })).toEqual([
      { table: "Deals", key: "Amount", header: "金额" },
    ]);
  });

  it("says nothing of absent or complete tables", () => {
    expect(missingColumnsIn({ Team: ["Rep"] }, {})).toEqual([]);
    expect(missingColumnsIn({ Team: ["Rep"] }, { Team: { headers: tableHeaders("Team", "en-US") } })).toEqual([]);
  });
});

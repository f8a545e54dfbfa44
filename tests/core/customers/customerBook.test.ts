import { customerBook } from "@core/customers/customerBook";
import { columnIndex } from "@core/workbook/columnIndex";
import { bookOf } from "./tablesOf";

describe("customerBook", () => {
  it("links deals and activities by CustomerID, company or contact name, activities oldest first", () => {
    const book = bookOf({
      Customers: [
        { CustomerID: "C1", Company: "Acme", Name: "Ann", Tier: " b ", Status: "Active" },
        { CustomerID: "C2", Company: "", Name: "Bo", Status: "公海" },
      ],
      Deals: [
        { DealID: "D1", Customer: "acme", Stage: "Won", Amount: 100 },
        { DealID: "D2", Customer: "C2", Stage: "Proposal", Amount: "1,200" },
        { DealID: "D3", Customer: "Nobody", Stage: "Lost", Amount: 5 },
        { DealID: "D4", Customer: "", Stage: "Won", Amount: 5 },
      ],
      Activities: [
        { Date: 45310, Customer: "Ann", Summary: "call" },
        { Date: "2024-01-05", Customer: "Acme", Summary: "Pool: claimed" },
        { Date: "", Customer: "Acme", Summary: "undated" },
      ],
      Team: [{ Rep: "Wang" }, { Rep: "" }, { Rep: "Li" }],
    });
    expect(book.customers.map((c) => [c.label, c.tier, c.status])).toEqual([
      ["Acme", "B", "active"],
      ["Bo", "", "pool"],
    ]);
    expect(book.deals.map((d) => [d.id, d.outcome, d.amount])).toEqual([
      ["D1", "won", 100],
      ["D2", "open", 1200],
      ["D3", "lost", 5],
    ]);
    expect(book.dealsOf).toEqual([[0], [1]]);
    // 2024-01-05 is serial 45296, before 45310; the undated row comes last.
    expect(book.activitiesOf[0].map((i) => book.activities[i].summary)).toEqual(["Pool: claimed", "call", "undated"]);
    expect(book.activities[1].kind).toBe("claim");
    expect(book.reps).toEqual(["Wang", "Li"]);
  });

  it("reads Chinese headers and treats the Stages table's Closed / Omitted stages as won / lost", () => {
    const headers = ["客户编号", "公司名称", "客户等级"];
    const dealHeaders = ["客户", "阶段", "金额"];
    const stageHeaders = ["阶段", "预测类别"];
    const book = customerBook({
      Customers: { rows: [["C1", "华信科技", "A"]], columns: columnIndex("Customers", headers) },
      Deals: {
        rows: [
          ["华信科技", "签约完成", 10],
          ["华信科技", "放弃", 20],
        ],
        columns: columnIndex("Deals", dealHeaders),
      },
      Stages: {
        rows: [
          ["签约完成", "已成交"],
          ["放弃", "忽略"],
        ],
        columns: columnIndex("Stages", stageHeaders),
      },
    });
    expect(book.deals.map((d) => d.outcome)).toEqual(["won", "lost"]);
    expect(book.customers[0].label).toBe("华信科技");
  });
});

import { columnNumberFormat, figureFormat, numberFormat } from "@core/workbook/numberFormat";
import { tableSpec, tables } from "@core/workbook/schema";

describe("numberFormat", () => {
  it("gives each kind one format; money always shows cents", () => {
    const kinds = ["money", "percent", "date", "count", "number", "idText", "text", "flag"] as const;
    expect(kinds.map((kind) => numberFormat(kind))).toEqual([
      "#,##0.00",
      "0%",
      "yyyy-mm-dd",
      "0",
      "General",
      "@",
      "@",
      "General",
    ]);
    expect(kinds.map((kind) => numberFormat(kind, "figures"))).toEqual([
      "#,##0.00",
      "0.0%",
      "yyyy-mm-dd",
      "0",
      "0.00",
      "@",
      "@",
      "General",
    ]);
  });

  it("keeps formula columns holding text General, so Excel evaluates them", () => {
    const rating = tableSpec("Scorecard").columns.find((column) => column.key === "Rating")!;
    expect(columnNumberFormat(rating, "figures")).toBe("General");
    const phone = tableSpec("Customers").columns.find((column) => column.key === "Phone")!;
    expect(columnNumberFormat(phone)).toBe("@");
  });

  it("formats only figures for writers that leave text as typed", () => {
    expect(figureFormat("money")).toBe("#,##0.00");
    expect(figureFormat("percent", "figures")).toBe("0.0%");
    expect([figureFormat("text"), figureFormat("idText"), figureFormat("number"), figureFormat("flag")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("keeps IDs and phones as Text in every table", () => {
    const ids = tables.flatMap((t) => t.columns.filter((c) => c.kind === "idText").map((c) => `${t.name}.${c.key}`));
    expect(ids).toEqual([
      "Customers.CustomerID",
      "Customers.Phone",
      "Deals.DealID",
      "Activities.DealID",
      "Contracts.ContractID",
      "Contracts.DealID",
      "Payments.ContractID",
      "Payments.DealID",
      "Service.TicketID",
      "Service.DealID",
      "Goals.GoalID",
      "DealHistory.DealID",
      "DealSnapshot.DealID",
    ]);
  });
});

import { customerProfile } from "@core/customers/customerProfile";
import { dataRowAt } from "@core/customers/dataRowAt";
import { findCustomers } from "@core/customers/findCustomers";
import { defaultTierCadence } from "@core/customers/tierCadence";
import { bookOf } from "./tablesOf";

const book = bookOf({
  Customers: [
    {
      CustomerID: "C1",
      Company: "Acme Ltd",
      Name: "Ann",
      Owner: "Wang",
      Tier: "B",
      LastContact: 45300,
      Satisfaction: 4.5,
    },
    { CustomerID: "C2", Company: "Best Acme", Name: "Bo", Phone: "13800138000" },
    { CustomerID: "C3", Company: "Other", Name: "Acme fan" },
  ],
  Deals: [
    { DealID: "D1", Customer: "Acme Ltd", Stage: "Won", Amount: 60000, Created: 45000, ClosedOn: 45100 },
    { DealID: "D2", Customer: "Acme Ltd", Stage: "Proposal", Amount: 40000, Created: 45280 },
    { DealID: "D3", Customer: "C1", Stage: "Won", Amount: 26000, Created: 45150, ClosedOn: 45200 },
    { DealID: "D4", Customer: "Acme Ltd", Stage: "Lost", Amount: 9000, Created: 44900, ClosedOn: 44950 },
  ],
  Activities: [
    { Date: 45200, Customer: "Acme Ltd", Summary: "won", Satisfaction: 5 },
    { Date: 45300, Customer: "Acme Ltd", Summary: "call", Satisfaction: 4 },
  ],
});

describe("customerProfile", () => {
  it("shows purchases newest first, won and open totals, the timeline and the next contact", () => {
    const profile = customerProfile(book, 0, 45320, defaultTierCadence);
    expect(profile.purchases.map((d) => d.id)).toEqual(["D2", "D3", "D1", "D4"]);
    expect(profile).toMatchObject({ wonRevenue: 86000, wonDeals: 2, openPipeline: 40000 });
    expect(profile.timeline.map((a) => a.summary)).toEqual(["call", "won"]);
    expect(profile.satisfaction).toEqual({ average: 4.5, responses: 2, recorded: 4.5 });
    // Tier B: 45300 + 30 = 45330, 10 days ahead.
    expect(profile.next).toEqual({ lastContact: 45300, due: 45330, source: "cadence", daysUntil: 10 });
  });
});

describe("findCustomers", () => {
  it("finds by company, name, id or phone, label prefix matches first", () => {
    expect(findCustomers(book, " acme ")).toEqual([0, 1, 2]);
    expect(findCustomers(book, "best")).toEqual([1]);
    expect(findCustomers(book, "13800")).toEqual([1]);
    expect(findCustomers(book, "c3")).toEqual([2]);
    expect(findCustomers(book, "")).toEqual([]);
    expect(findCustomers(book, "acme", 1)).toEqual([0]);
  });
});

describe("dataRowAt", () => {
  it("maps a selection to the table's data row", () => {
    expect(dataRowAt("C5:F5", 0, 300)).toBe(3);
    expect(dataRowAt("客户档案!$B$2", 0, 3)).toBe(0);
    expect(dataRowAt("A1", 0, 3)).toBeNull();
    expect(dataRowAt("A5", 0, 3)).toBeNull();
    expect(dataRowAt("B:B", 0, 3)).toBeNull();
  });
});

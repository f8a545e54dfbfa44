import fc from "fast-check";
import { followUpTarget } from "@core/customers/followUpTarget";
import { bookOf } from "./tablesOf";

const book = bookOf({
  Customers: [
    { CustomerID: "C-0001", Company: "Acme", Owner: "Wang" },
    { CustomerID: "C-0002", Company: "Globex", Owner: "Li" },
  ],
  Deals: [
    { DealID: "D-0001", Customer: "Globex", Stage: "Proposal", Amount: 100 },
    { DealID: "D-0002", Customer: "Initech", Stage: "Proposal", Amount: 200 },
    { DealID: "", Customer: "Acme", Stage: "Proposal", Amount: 300 },
    { DealID: "D-0004", Customer: "C-0001", Stage: "Proposal", Amount: 400 },
  ],
});

describe("followUpTarget: who a follow-up from the selected row is for", () => {
  it("a Customers row is that customer, with no deal", () => {
    expect(followUpTarget(book, { table: "Customers", row: 1 })).toEqual({ ok: true, customerIndex: 1 });
  });

  it("a Deals row is the deal's customer (by company or CustomerID), with the deal linked", () => {
    expect(followUpTarget(book, { table: "Deals", row: 0 })).toEqual({ ok: true, customerIndex: 1, dealId: "D-0001" });
    expect(followUpTarget(book, { table: "Deals", row: 3 })).toEqual({ ok: true, customerIndex: 0, dealId: "D-0004" });
    expect(followUpTarget(book, { table: "Deals", row: 2 })).toEqual({ ok: true, customerIndex: 0 });
  });

  it("names a deal whose customer is not in Customers, and a row the book does not hold", () => {
    expect(followUpTarget(book, { table: "Deals", row: 1 })).toEqual({
      ok: false,
      problem: "noCustomer",
      dealId: "D-0002",
    });
    expect(followUpTarget(book, { table: "Customers", row: 9 })).toEqual({ ok: false, problem: "noRow" });
    expect(followUpTarget(book, { table: "Deals", row: -1 })).toEqual({ ok: false, problem: "noRow" });
  });

  it("a customer found from a deal always has that deal among its deals", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: book.deals.length - 1 }), (row) => {
        const target = followUpTarget(book, { table: "Deals", row });
        if (!target.ok) return;
        const deals = book.dealsOf[target.customerIndex].map((at) => book.deals[at]);
        expect(deals.some((deal) => deal.row === row)).toBe(true);
      }),
    );
  });
});

import type { Cell } from "@core/cells/cell";
import { needsCloseDate } from "@core/pipeline/needsCloseDate";
import { ownerMatcher } from "@core/pipeline/pipelineScope";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { dealsTable, plainTable, tables, today } from "./pipelineFixture";

/** The fixture with D1 (won, Lee), D2 (lost, Lee) and D4 (open) without a ClosedOn, D7's unreadable. */
function bookWithoutDates() {
  const closedAt = dealsTable.columns.ClosedOn;
  const rows: Cell[][] = dealsTable.rows.map((row) => {
    const id = row[0];
    if (id === "D1" || id === "D2" || id === "D4") return row.map((cell, i) => (i === closedAt ? "" : cell));
    if (id === "D7") return row.map((cell, i) => (i === closedAt ? "someday" : cell));
    return [...row];
  });
  return pipelineBook({ ...tables, deals: plainTable("Deals", dealsTable.headers, rows) }, today);
}

describe("needsCloseDate", () => {
  it("lists won and lost deals without a readable close date, won first, largest first", () => {
    const book = bookWithoutDates();
    const list = needsCloseDate(book.deals, () => true);
    expect(list.map((deal) => [deal.dealId, deal.outcome])).toEqual([
      ["D1", "won"],
      ["D2", "lost"],
      ["D7", "lost"],
    ]);
    expect(list[0]).toEqual({
      row: 0,
      dealId: "D1",
      customer: "Acme",
      owner: "Lee",
      stage: "Won",
      outcome: "won",
      amount: 1000,
    });
  });

  it("keeps to the owner in scope, and is empty when every decided deal has its date", () => {
    const book = bookWithoutDates();
    const zhao = ownerMatcher(book.deals, { kind: "rep", name: "Zhao" }, tables.team);
    expect(needsCloseDate(book.deals, zhao).map((deal) => deal.dealId)).toEqual(["D7"]);
    expect(needsCloseDate(pipelineBook(tables, today).deals, () => true)).toEqual([]);
  });
});

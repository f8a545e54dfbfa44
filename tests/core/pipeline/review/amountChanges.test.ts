import { pipelineBook } from "@core/pipeline/pipelineView";
import { shrunkDeals, slippedDeals } from "@core/pipeline/review/amountChanges";
import { dealHistory } from "@core/pipeline/review/dealHistory";
import { plainTable } from "../pipelineFixture";
import { d, reviewTables, today } from "./reviewFixture";

describe("slippedDeals and shrunkDeals", () => {
  const book = pipelineBook(reviewTables, today);

  it("counts an expected close moved later as a slip, by its days; moved earlier is no slip", () => {
    const slipped = slippedDeals(book.history!, book.deals, () => true);
    expect(slipped).toEqual({
      deals: [{ dealId: "R2", row: 1, owner: "Wang", stage: "Proposal", amount: 4000, slips: 1, days: 20 }],
      slips: 1,
      days: 20,
    });
  });

  it("finds deals worth less now than their first recorded amount", () => {
    expect(shrunkDeals(book.history!, book.deals, () => true)).toEqual({
      deals: [{ dealId: "R2", row: 1, owner: "Wang", stage: "Proposal", first: 5000, now: 4000, shrink: 1000 }],
      shrink: 1000,
    });
  });

  it("takes the first amount from an Amount change's From, and counts every slip of a deal", () => {
    const history = dealHistory(
      plainTable(
        "DealHistory",
        ["DealID", "Field", "From", "To", "ChangedOn", "Amount", "Exact"],
        [
          ["R3", "金额", 9000, 7000, d(9, 1), 7000, true],
          ["R3", "预计成交", d(10, 1), d(10, 15), d(9, 2), 7000, true],
          ["R3", "ExpectedClose", d(10, 15), d(12, 31), d(9, 20), 7000, false],
          ["R9", "Amount", "", 600, d(11, 1), 600, true],
        ],
      ),
    )!;
    expect(shrunkDeals(history, book.deals, () => true).deals.map((deal) => [deal.dealId, deal.shrink])).toEqual([
      ["R3", 2000],
    ]);
    const slipped = slippedDeals(history, book.deals, () => true);
    expect(slipped.deals[0]).toMatchObject({ dealId: "R3", slips: 2, days: 14 + 77 });
    expect(slippedDeals(history, book.deals, (id) => id !== "R3").deals).toEqual([]);
  });
});

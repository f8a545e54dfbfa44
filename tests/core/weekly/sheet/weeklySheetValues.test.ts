import { serialFromDate } from "@core/cells/parseDate";
import { weeklySheetValues } from "@core/weekly/sheet/weeklySheetValues";
import { weekFromLabel } from "@core/weekly/week";

const week = weekFromLabel("2026-W49")!;
const d = (month: number, day: number) => serialFromDate(2026, month, day);

const deals = {
  columns: { DealID: 0, Owner: 1, Stage: 2, Amount: 3, ClosedOn: 4, LostReason: 5 },
  rows: [
    ["D1", "Lee", "Proposal", 1000, "", ""],
    ["D2", "lee ", "输单", 500, d(12, 5), "价格"],
    ["D3", "Lee", "Lost", 700, d(12, 7), "Late"],
    ["D4", "Kim", "Lost", 900, d(12, 1), "Other"],
  ],
};
const history = {
  columns: { DealID: 0, Field: 1, From: 2, To: 3, ChangedOn: 4 },
  rows: [
    ["D1", "阶段", "Qualified", "Proposal", d(12, 3)],
    ["D2", "Stage", "Proposal", "输单", d(12, 1)],
    ["D1", "Amount", 800, 1000, d(12, 2)],
    ["D1", "Stage", "Lead", "Qualified", d(11, 29)],
    ["D4", "Stage", "Proposal", "Lost", d(12, 1)],
  ],
};

describe("weeklySheetValues", () => {
  it("lists the week's stage moves of the reps' deals by day, and their deals lost in the week", () => {
    const values = weeklySheetValues({ deals, history }, week, ["Lee"]);
    expect(values.stageMoves).toEqual([
      { rep: "Lee", deal: "D2", from: "Proposal", to: "输单", day: d(12, 1) },
      { rep: "Lee", deal: "D1", from: "Qualified", to: "Proposal", day: d(12, 3) },
    ]);
    expect(values.lostDeals).toEqual([{ rep: "Lee", deal: "D2", amount: 500, reason: "价格" }]);
  });

  it("has no stage moves without DealHistory", () => {
    expect(weeklySheetValues({ deals }, week, ["Lee"]).stageMoves).toEqual([]);
  });
});

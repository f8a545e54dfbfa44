import { followUpsDue } from "@core/customers/followUpsDue";
import { defaultTierCadence } from "@core/customers/tierCadence";
import { bookOf } from "./tablesOf";

describe("followUpsDue", () => {
  it("lists today's and overdue follow-ups by owner from the tier cadence, most overdue first", () => {
    const today = 45320;
    const book = bookOf({
      Customers: [
        { Company: "A late", Owner: "Wang", Tier: "A", LastContact: 45300 }, // 45314: 6 overdue
        { Company: "B today", Owner: "Wang", Tier: "B", LastContact: 45290 }, // 45320: today
        { Company: "C later", Owner: "Wang", Tier: "C", LastContact: 45300 }, // 45390: not due
        { Company: "A very late", Owner: "Li", Tier: "A", LastContact: 45200 }, // 45214: 106 overdue
        { Company: "Wang older", Owner: "Wang", Tier: "A", LastContact: 45290 }, // 45304: 16 overdue
        { Company: "Pooled", Owner: "", Tier: "A", LastContact: 45000, Status: "Pool" },
        { Company: "Unowned", Owner: "", Tier: "B", LastContact: 45000 }, // 45030: 290 overdue
        { Company: "Never", Owner: "Li", Tier: "B" },
      ],
    });
    const due = followUpsDue(book, today, defaultTierCadence);
    expect(due.owners.map((o) => [o.owner, o.overdue.map((i) => i.label), o.today.map((i) => i.label)])).toEqual([
      ["Wang", ["Wang older", "A late"], ["B today"]],
      ["Li", ["A very late"], []],
      ["", ["Unowned"], []],
    ]);
    expect(due.owners[0].overdue.map((i) => i.daysOverdue)).toEqual([16, 6]);
    expect(due.owners[0].today[0]).toMatchObject({ row: 1, due: 45320, daysOverdue: 0, source: "cadence" });
    expect(due).toMatchObject({ overdueCount: 4, todayCount: 1, unplanned: 1 });
  });
});

import { nextContactPlans } from "@core/customers/nextContactPlans";
import { defaultTierCadence, tierCadence } from "@core/customers/tierCadence";
import { bookOf } from "./tablesOf";

describe("nextContactPlans", () => {
  const book = bookOf({
    Customers: [
      { Company: "Planned", Tier: "A", LastContact: 45300 },
      { Company: "Sheet", Tier: "B", LastContact: 45300, NextContact: 45333 },
      { Company: "Cadence", Tier: "B", LastContact: 45290 },
      { Company: "Stale sheet", Tier: "C", LastContact: 45200, NextContact: 45290 },
      { Company: "Never", Tier: "A" },
      { Company: "Odd tier", Tier: "Z", LastContact: 45300 },
    ],
    Activities: [
      { Date: 45300, Customer: "Planned", Summary: "call", NextContact: 45305 },
      { Date: 45250, Customer: "Sheet", Summary: "old", NextContact: 45260 },
      { Date: 45210, Customer: "Stale sheet", Summary: "visit" },
      { Date: 45301, Customer: "Never", Summary: "Pool: claimed" },
    ],
  });

  it("takes the latest follow-up's explicit date, else the sheet's NextContact, else last + cadence", () => {
    expect(nextContactPlans(book, defaultTierCadence)).toEqual([
      { lastContact: 45300, due: 45305, source: "planned" },
      { lastContact: 45300, due: 45333, source: "sheet" },
      { lastContact: 45290, due: 45320, source: "cadence" },
      // A follow-up after LastContact makes the sheet's date stale: 45210 + 90.
      { lastContact: 45210, due: 45300, source: "cadence" },
      // A claim is not a follow-up.
      { lastContact: null, due: null, source: "none" },
      { lastContact: 45300, due: null, source: "none" },
    ]);
  });

  it("uses the workbook's cadence table when there is one", () => {
    const cadence = tierCadence([
      ["A", 7],
      ["B", 21],
      ["C", 60],
    ]);
    expect(nextContactPlans(book, cadence)[2]).toEqual({ lastContact: 45290, due: 45311, source: "cadence" });
  });

  it("falls back to the defaults when the cadence table is unreadable, and says why", () => {
    const cadence = tierCadence([["A", "soon"]]);
    expect(cadence.table).toBeNull();
    expect(cadence.problem?.message).toMatch(/cadence/);
    expect(tierCadence(undefined)).toBe(defaultTierCadence);
  });
});

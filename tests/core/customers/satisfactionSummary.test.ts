import { satisfactionSummary } from "@core/customers/satisfactionSummary";
import { bookOf } from "./tablesOf";

describe("satisfactionSummary", () => {
  it("gives CSAT (top 2 of 5) and NPS (5 promoter, 4 passive, 1–3 detractor) by owner and tier", () => {
    const book = bookOf({
      Customers: [
        { Company: "P", Owner: "Wang", Tier: "A", Satisfaction: 4.6 },
        { Company: "Q", Owner: "Li", Tier: "B", Satisfaction: 4.4 },
        { Company: "R", Owner: "Li", Tier: "B" },
      ],
      Activities: [
        { Customer: "P", Owner: "Wang", Date: 1, Satisfaction: 5 },
        { Customer: "P", Owner: "Wang", Date: 2, Satisfaction: 4 },
        { Customer: "P", Owner: "Li", Date: 3, Satisfaction: 3 },
        { Customer: "R", Owner: "Li", Date: 4, Satisfaction: 4.5 },
        { Customer: "R", Owner: "Li", Date: 5, Summary: "Pool: claimed", Satisfaction: 1 },
      ],
    });
    const summary = satisfactionSummary(book);
    // Scores: P 5, 4, 3 (follow-ups; P's own 4.6 is not counted again), Q 4 (its rounded 4.4), R none valid.
    expect(summary.scale).toBe(5);
    expect(summary.ignored).toBe(1);
    expect(summary.overall).toEqual({ group: "", responses: 4, csat: 0.75, nps: 0 });
    expect(summary.byOwner).toEqual([
      { group: "Li", responses: 2, csat: 0.5, nps: -50 },
      { group: "Wang", responses: 2, csat: 1, nps: 50 },
    ]);
    expect(summary.byTier).toEqual([
      { group: "A", responses: 3, csat: 2 / 3, nps: 0 },
      { group: "B", responses: 1, csat: 1, nps: 0 },
    ]);
  });

  it("reads 0–10 scores as NPS answers when one exceeds 5", () => {
    const book = bookOf({
      Customers: [{ Company: "P", Owner: "Wang", Tier: "A" }],
      Activities: [10, 9, 9, 8, 7, 7, 7, 5, 3, 0].map((s, i) => ({
        Customer: "P",
        Owner: "Wang",
        Date: i,
        Satisfaction: s,
      })),
    });
    const summary = satisfactionSummary(book);
    expect(summary.scale).toBe(10);
    // 3 promoters, 3 detractors of 10 → NPS 0; CSAT = share of 9–10 = 0.3.
    expect(summary.overall).toEqual({ group: "", responses: 10, csat: 0.3, nps: 0 });
  });

  it("has no figures without scores", () => {
    const summary = satisfactionSummary(bookOf({ Customers: [{ Company: "P" }] }));
    expect(summary.overall).toEqual({ group: "", responses: 0, csat: null, nps: null });
    expect(summary.byOwner).toEqual([]);
  });
});

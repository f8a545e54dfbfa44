import { poolCandidates } from "@core/customers/poolCandidates";
import { defaultPoolRules, type PoolRules } from "@core/customers/poolRules";
import { bookOf } from "./tablesOf";

const rules: PoolRules = { noFollowUpDays: { A: 30, B: 60, C: 90 }, protectionDays: 100, warnDays: 5, claimsPerDay: 2 };
const today = 45500;

describe("poolCandidates", () => {
  const book = bookOf({
    Customers: [
      // Follow-up rule: 45420 + 90 = 45510, 10 left > 5 warn days; open deal protects → not listed.
      { Company: "Fine", Owner: "Wang", Tier: "C", LastContact: 45420 },
      // 45415 + 90 = 45505: 5 days left → warning (open deal, so only the follow-up rule counts).
      { Company: "Warn", Owner: "Wang", Tier: "C", LastContact: 45415 },
      // Tier A: 45460 + 30 = 45490 → due 10 days ago; deal rule 45450 + 100 = 45550.
      { Company: "Due A", Owner: "Li", Tier: "A", LastContact: 45460 },
      // Contacted yesterday, but last deal won 45395 + 100 = 45495 → due by the deal rule.
      { Company: "No deal", Owner: "Li", Tier: "B", LastContact: 45499 },
      // Claimed 45450, no deal since: 45450 + 100 = 45550 → protected; follow-up 45480 + 60 fine.
      { Company: "Claimed", Owner: "Li", Tier: "B", LastContact: 45480 },
      // Never followed up, never taken on record: due now.
      { Company: "Blank", Owner: "Wang", Tier: "B" },
      { Company: "Pooled", Owner: "", Status: "Pool" },
      { Company: "Unowned", Owner: "" },
    ],
    Deals: [
      { Customer: "Fine", Stage: "Proposal", Created: 45000 },
      { Customer: "Warn", Stage: "Proposal", Created: 45000 },
      { Customer: "Due A", Stage: "Won", Created: 45400, ClosedOn: 45450 },
      { Customer: "No deal", Stage: "Won", Created: 45300, ClosedOn: 45395 },
      { Customer: "No deal", Stage: "Lost", Created: 45200, ClosedOn: 45490 },
    ],
    Activities: [
      { Date: 45450, Customer: "Claimed", Owner: "Li", Summary: "Pool: claimed" },
      { Date: 45470, Customer: "Due A", Owner: "Li", Summary: "Pool: released — test" },
    ],
  });

  it("lists customers due or within the warning days, with the rule that binds and the days remaining", () => {
    const view = poolCandidates(book, today, rules);
    expect(view.candidates.map((c) => [c.label, c.daysRemaining, c.reason, c.state])).toEqual([
      ["Due A", -10, "no-follow-up", "due"],
      ["No deal", -5, "no-deal", "due"],
      ["Blank", 0, "no-follow-up", "due"],
      ["Warn", 5, "no-follow-up", "warning"],
    ]);
    expect(view).toMatchObject({ due: 3, warning: 1, inPool: [6] });
    expect(view.candidates[0]).toMatchObject({ lastFollowUp: 45460, lastDeal: 45450, recycleOn: 45490, row: 2 });
  });

  it("uses the per-tier days: with C at 100 days 'Warn' is no longer a candidate", () => {
    const view = poolCandidates(book, today, { ...rules, noFollowUpDays: { ...rules.noFollowUpDays, C: 100 } });
    expect(view.candidates.map((c) => c.label)).not.toContain("Warn");
  });

  it("has sensible defaults", () => {
    expect(defaultPoolRules).toEqual({
      noFollowUpDays: { A: 45, B: 90, C: 180 },
      protectionDays: 180,
      warnDays: 7,
      claimsPerDay: 5,
    });
  });
});

import { checkClaim, checkReassign, checkRelease, claimsOn } from "@core/customers/poolChanges";
import { defaultPoolRules } from "@core/customers/poolRules";
import { bookOf } from "./tablesOf";

const today = 45500;
const book = bookOf({
  Customers: [
    { Company: "Mine", Owner: "Wang", Status: "Active" },
    { Company: "Free 1", Status: "Pool" },
    { Company: "Free 2", Status: "公海" },
    { Company: "Free 3", Status: "pool" },
  ],
  Activities: [
    { Date: today, Customer: "Old 1", Owner: "wang", Summary: "Pool: claimed" },
    { Date: today, Customer: "Old 2", Owner: "Wang", Summary: "公海：领取 — 王" },
    { Date: today - 1, Customer: "Old 3", Owner: "Wang", Summary: "Pool: claimed" },
    { Date: today, Customer: "Old 4", Owner: "Li", Summary: "Pool: claimed" },
    { Date: today, Customer: "Old 5", Owner: "Wang", Summary: "Called about claims" },
  ],
  Team: [{ Rep: "Wang" }, { Rep: "Li" }],
});
const rules = { ...defaultPoolRules, claimsPerDay: 4 };

describe("pool changes", () => {
  it("counts a rep's claims today from the claim rows (either language, any case)", () => {
    expect(claimsOn(book, "Wang", today)).toBe(2);
    expect(claimsOn(book, "Li", today)).toBe(1);
  });

  it("lets a rep claim up to the daily limit and says how many more are allowed", () => {
    expect(checkClaim(book, [1, 2], "Wang", today, rules)).toEqual({ ok: true, indexes: [1, 2] });
    expect(checkClaim(book, [1, 2, 3], "Wang", today, rules)).toEqual({
      ok: false,
      problem: { kind: "claim-limit", rep: "Wang", limit: 4, claimedToday: 2, allowed: 2 },
    });
    expect(checkClaim(book, [1, 2, 3], "Li", today, rules)).toEqual({ ok: true, indexes: [1, 2, 3] });
  });

  it("refuses claims of customers not in the pool, by unknown reps, or of nothing", () => {
    expect(checkClaim(book, [0, 1], "Li", today, rules)).toEqual({
      ok: false,
      problem: { kind: "not-in-pool", labels: ["Mine"] },
    });
    expect(checkClaim(book, [1], "Zhao", today, rules)).toEqual({
      ok: false,
      problem: { kind: "unknown-rep", rep: "Zhao" },
    });
    expect(checkClaim(book, [], "Li", today, rules)).toEqual({ ok: false, problem: { kind: "nothing-selected" } });
  });

  it("releases only active customers and reassigns only to another rep on the team", () => {
    expect(checkRelease(book, [0])).toEqual({ ok: true, indexes: [0] });
    expect(checkRelease(book, [0, 2])).toEqual({ ok: false, problem: { kind: "not-active", labels: ["Free 2"] } });
    expect(checkReassign(book, [0], "Li")).toEqual({ ok: true, indexes: [0] });
    expect(checkReassign(book, [0], "wang")).toEqual({ ok: false, problem: { kind: "same-owner", labels: ["Mine"] } });
    expect(checkReassign(book, [0], "Zhao")).toEqual({ ok: false, problem: { kind: "unknown-rep", rep: "Zhao" } });
  });
});

import { goalScope, scopeDeals } from "@core/goals/goalScope";

const reps = [
  { name: "Li", team: "North" },
  { name: "Wang", team: "North" },
  { name: "Zhao", team: "South" },
];
const deal = (owner: string | null) => ({ owner, stage: "Won", closedOn: 46100, amount: 1, collected: 1 });
const deals = [deal("Li"), deal("wang "), deal("Zhao"), deal(null), deal("Ex-rep")];

describe("goalScope", () => {
  it("reads a rep, then a team, from the Team table, any case or spacing; anything else is the company", () => {
    expect(goalScope(" LI ", reps)).toEqual({ kind: "rep", name: "Li" });
    expect(goalScope("north", reps)).toEqual({ kind: "team", name: "North" });
    expect(goalScope("", reps)).toEqual({ kind: "company" });
    expect(goalScope("公司", reps)).toEqual({ kind: "company" });
  });
});

describe("scopeDeals", () => {
  it("keeps a rep's own deals, a team's reps' deals, or every deal for the company", () => {
    expect(scopeDeals(deals, { kind: "rep", name: "Li" }, reps).map((d) => d.owner)).toEqual(["Li"]);
    expect(scopeDeals(deals, { kind: "team", name: "North" }, reps).map((d) => d.owner)).toEqual(["Li", "wang "]);
    expect(scopeDeals(deals, { kind: "company" }, reps)).toHaveLength(5);
  });
});

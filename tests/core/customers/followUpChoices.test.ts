import { customerProfile } from "@core/customers/customerProfile";
import { checkFollowUp, followUpChoices, type FollowUpDraft } from "@core/customers/followUpChoices";
import { defaultTierCadence } from "@core/customers/tierCadence";
import { bookOf } from "./tablesOf";

const book = bookOf({
  Customers: [
    { CustomerID: "C1", Company: "Acme", Owner: "Zhao", Tier: "B" },
    { CustomerID: "C2", Company: "Pooled", Owner: "", Status: "Pool" },
  ],
  Deals: [
    { DealID: "D1", Customer: "Acme", Stage: "Won", Amount: 60000, Created: 45000, ClosedOn: 45100 },
    { DealID: "D2", Customer: "Acme", Stage: "Proposal", Amount: 40000, Created: 45280 },
    { DealID: "", Customer: "Acme", Stage: "Proposal", Amount: 1000, Created: 45290 },
    { DealID: "D4", Customer: "Acme", Stage: "Negotiation", Amount: 9000, Created: 45300 },
    { DealID: "D5", Customer: "Acme", Stage: "Lost", Amount: 9000, Created: 44900, ClosedOn: 44950 },
  ],
  Team: [{ Rep: "Wang" }, { Rep: " zhao " }, { Rep: "Li" }],
});
const acme = followUpChoices(customerProfile(book, 0, 45320, defaultTierCadence), book.reps);

describe("followUpChoices", () => {
  it("offers the customer's owner first, then the Team's reps once each, and the open deals with an ID", () => {
    expect(acme.owners).toEqual(["Zhao", "Wang", "Li"]);
    expect(acme.defaultOwner).toBe("Zhao");
    expect(acme.deals.map((deal) => deal.id)).toEqual(["D4", "D2"]);
  });

  it("defaults to the first rep for a customer in the pool", () => {
    const pooled = followUpChoices(customerProfile(book, 1, 45320, defaultTierCadence), book.reps);
    expect(pooled).toMatchObject({ owners: ["Wang", "zhao", "Li"], defaultOwner: "Wang", deals: [] });
  });
});

describe("checkFollowUp", () => {
  const draft: FollowUpDraft = { date: 45320, nextContact: null, summary: "Demo", owner: "Wang", dealId: "D2" };

  it("accepts a colleague of the owner and one of the customer's open deals", () => {
    expect(checkFollowUp(draft, acme)).toBeNull();
    expect(checkFollowUp({ ...draft, owner: " WANG ", dealId: "d2", nextContact: 45320 }, acme)).toBeNull();
    expect(checkFollowUp({ ...draft, dealId: "" }, acme)).toBeNull();
  });

  it("names the first problem: date, summary, next contact, person, deal", () => {
    expect(checkFollowUp({ ...draft, date: undefined }, acme)).toBe("badDate");
    expect(checkFollowUp({ ...draft, summary: "  " }, acme)).toBe("needSummary");
    expect(checkFollowUp({ ...draft, nextContact: undefined }, acme)).toBe("badNext");
    expect(checkFollowUp({ ...draft, nextContact: 45319 }, acme)).toBe("badNext");
    expect(checkFollowUp({ ...draft, owner: "Stranger" }, acme)).toBe("unknownOwner");
    expect(checkFollowUp({ ...draft, owner: "" }, acme)).toBe("unknownOwner");
    // Won and lost deals are not offered: a follow-up is linked to a deal still being worked.
    expect(checkFollowUp({ ...draft, dealId: "D1" }, acme)).toBe("unknownDeal");
    expect(checkFollowUp({ ...draft, dealId: "D5" }, acme)).toBe("unknownDeal");
  });

  it("takes no person when there is no one to choose from", () => {
    const nobody = { owners: [], deals: [], defaultOwner: "" };
    expect(checkFollowUp({ ...draft, owner: "", dealId: "" }, nobody)).toBeNull();
    expect(checkFollowUp({ ...draft, dealId: "" }, nobody)).toBe("unknownOwner");
  });
});

import { normalizeLabel } from "@core/cells/outcome";
import type { CustomerProfile } from "@core/customers/customerProfile";
import type { DealRecord } from "@core/customers/customerRecords";

/** What a follow-up of one customer may name: who made the contact, and which deal it was about. */
export type FollowUpChoices = {
  /** The customer's owner first (when it has one), then the Team's reps, each once. */
  readonly owners: readonly string[];
  /** The customer's open deals that have a DealID, newest first. */
  readonly deals: readonly DealRecord[];
  /** Who is chosen until the user picks: the customer's owner, else the first rep, else "". */
  readonly defaultOwner: string;
};

/** A follow-up as the form holds it, dates already read (see checkFollowUp). */
export type FollowUpDraft = {
  /** The follow-up's day; undefined when what was typed is not a date. */
  readonly date: number | undefined;
  /** null when none was given; undefined when what was typed is not a date. */
  readonly nextContact: number | null | undefined;
  readonly summary: string;
  /** Who made the contact. */
  readonly owner: string;
  /** The linked deal's DealID, "" for none. */
  readonly dealId: string;
};

export type FollowUpProblem = "badDate" | "needSummary" | "badNext" | "unknownOwner" | "unknownDeal";

/**
 * The choices of the follow-up form for a customer: the people who may have made the contact
 * (the customer's owner is the default, but a colleague may have called: any rep of the Team
 * table) and the open deals the follow-up may be about.
 *
 * @param profile - the customer's profile
 * @param reps - the Team table's reps
 * @returns the owners, the deals and the default owner
 *
 * @example
 * followUpChoices(profile, ["Wang", "Li"]).owners //=> ["Zhao", "Wang", "Li"]
 */
export function followUpChoices(profile: CustomerProfile, reps: readonly string[]): FollowUpChoices {
  const owners: string[] = [];
  const seen = new Set<string>();
  for (const name of [profile.customer.owner, ...reps]) {
    const key = normalizeLabel(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    owners.push(name.trim());
  }
  const deals = profile.purchases.filter((deal) => deal.outcome === "open" && deal.id.trim() !== "");
  return { owners, deals, defaultOwner: owners[0] ?? "" };
}

/**
 * What is wrong with a follow-up before it is written, or null: a date that is not one, no
 * summary, a next contact before the follow-up, a person who is not among the choices, a deal
 * that is not one of the customer's open deals.
 *
 * @param draft - the follow-up as entered
 * @param choices - the customer's choices (followUpChoices)
 * @returns the first problem, or null when it can be written
 *
 * @example
 * checkFollowUp({ date: 45500, nextContact: 45490, summary: "Call", owner: "Wang", dealId: "" }, choices) //=> "badNext"
 */
export function checkFollowUp(draft: FollowUpDraft, choices: FollowUpChoices): FollowUpProblem | null {
  if (draft.date === undefined) return "badDate";
  if (!draft.summary.trim()) return "needSummary";
  if (draft.nextContact === undefined || (draft.nextContact !== null && draft.nextContact < draft.date))
    return "badNext";
  const owner = normalizeLabel(draft.owner);
  if (choices.owners.length > 0 ? !choices.owners.some((name) => normalizeLabel(name) === owner) : owner !== "")
    return "unknownOwner";
  const deal = normalizeLabel(draft.dealId);
  if (deal && !choices.deals.some((d) => normalizeLabel(d.id) === deal)) return "unknownDeal";
  return null;
}

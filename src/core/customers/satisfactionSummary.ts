import { csat } from "@core/formulas/customers/csat";
import { nps } from "@core/formulas/customers/nps";
import { isSalesError } from "@core/errors";
import type { CustomerBook } from "@core/customers/customerRecords";

/** The scale satisfaction scores are on: 1–5 (CSAT survey) or 0–10 (recommendation survey). */
export type SatisfactionScale = 5 | 10;

/** CSAT and NPS of a group of scores; null where the group has no score. */
export type SatisfactionFigures = {
  readonly group: string;
  readonly responses: number;
  /** Share of top-2-box scores (4–5 of 5, or 9–10 of 10), a fraction. */
  readonly csat: number | null;
  /** −100 … 100. */
  readonly nps: number | null;
};

export type SatisfactionSummary = {
  readonly scale: SatisfactionScale;
  readonly overall: SatisfactionFigures;
  /** By the rep who recorded the score (the customer's owner for a score kept on the customer). */
  readonly byOwner: readonly SatisfactionFigures[];
  /** By the customer's tier ("" for scores of customers without a tier or not in Customers). */
  readonly byTier: readonly SatisfactionFigures[];
  /** Scores that are not whole numbers 0–10 and were left out. */
  readonly ignored: number;
};

type Score = { readonly value: number; readonly owner: string; readonly tier: string };

/**
 * On a 5-point scale NPS has no 0–10 answers; the usual reading is used: 5 promoter, 4 passive,
 * 1–3 detractor. They are mapped onto 10, 8 and 0 so the core of SALES.NPS scores them.
 */
const npsOnFive = (value: number) => (value >= 5 ? 10 : value === 4 ? 8 : 0);

function figures(group: string, scores: readonly Score[], scale: SatisfactionScale): SatisfactionFigures {
  const values = scores.map((score) => [score.value]);
  // SALES.CSAT counts 1 … scale; a 0 on the 10-point scale is below the top boxes either way.
  const csatValues = scale === 5 ? values : values.map(([v]) => [Math.max(1, v)]);
  const npsValues = scale === 5 ? values.map(([v]) => [npsOnFive(v)]) : values;
  const c = csat(csatValues, scale, 2);
  const p = nps(npsValues);
  return {
    group,
    responses: scores.length,
    csat: isSalesError(c) ? null : c,
    nps: isSalesError(p) ? null : p,
  };
}

function grouped(scores: readonly Score[], key: (score: Score) => string, scale: SatisfactionScale) {
  const groups = new Map<string, Score[]>();
  for (const score of scores) {
    const name = key(score);
    const list = groups.get(name);
    if (list) list.push(score);
    else groups.set(name, [score]);
  }
  return [...groups.entries()]
    .map(([name, list]) => figures(name, list, scale))
    .sort((a, b) =>
      (a.group === "") !== (b.group === "") ? (a.group === "" ? 1 : -1) : a.group.localeCompare(b.group),
    );
}

/**
 * CSAT and NPS by owner and by tier, from the Satisfaction of follow-ups (Activities) and, for
 * customers with no scored follow-up, the Satisfaction kept on the customer (rounded to a whole
 * score, so a customer counts once). Scores are on a 1–5 scale unless one exceeds 5, then 0–10.
 * CSAT is the share of the top two scores (SALES.CSAT); NPS is SALES.NPS, on a 5-point scale
 * reading 5 as promoter, 4 passive and 1–3 detractor.
 *
 * @param book - the customer tables
 * @returns the figures overall, by owner and by tier
 *
 * @example
 * // Scores 5, 4, 3, 5 on a 5-point scale: CSAT 0.75, NPS (2 promoters − 1 detractor) ÷ 4 = 25.
 * satisfactionSummary(book).overall //=> { group: "", responses: 4, csat: 0.75, nps: 25 }
 */
export function satisfactionSummary(book: CustomerBook): SatisfactionSummary {
  const scores: Score[] = [];
  let ignored = 0;
  const valid = (value: number | null): value is number => {
    if (value === null) return false;
    if (Number.isInteger(value) && value >= 0 && value <= 10) return true;
    ignored++;
    return false;
  };
  const scored = new Set<number>();
  const customerOf = new Int32Array(book.activities.length).fill(-1);
  book.activitiesOf.forEach((list, index) => {
    for (const at of list) customerOf[at] = index;
  });
  book.activities.forEach((activity, at) => {
    if (activity.kind !== "contact" || !valid(activity.satisfaction)) return;
    const index = customerOf[at];
    const customer = index < 0 ? undefined : book.customers[index];
    if (index >= 0) scored.add(index);
    scores.push({
      value: activity.satisfaction,
      owner: activity.owner || customer?.owner || "",
      tier: customer?.tier ?? "",
    });
  });
  book.customers.forEach((customer, index) => {
    if (scored.has(index) || customer.satisfaction === null) return;
    const value = Math.round(customer.satisfaction);
    if (valid(value)) scores.push({ value, owner: customer.owner, tier: customer.tier });
  });
  const scale: SatisfactionScale = scores.some((score) => score.value > 5) ? 10 : 5;
  // On the 5-point scale 0 is not an answer.
  const usable = scale === 5 ? scores.filter((score) => score.value >= 1) : scores;
  ignored += scores.length - usable.length;
  return {
    scale,
    overall: figures("", usable, scale),
    byOwner: grouped(usable, (score) => score.owner, scale),
    byTier: grouped(usable, (score) => score.tier, scale),
    ignored,
  };
}

import { abcClasses } from "@core/formulas/customers/abc";
import { rfmScores } from "@core/formulas/customers/rfm";
import { SEGMENT_NAMES, segmentOf, type Segment } from "@core/formulas/customers/segment";
import { isSalesError, salesError, type Result } from "@core/errors";
import type { CustomerTier } from "@core/workbook/schema";
import type { CustomerBook } from "@core/customers/customerRecords";

/** One customer's tiering: its won business, the ABC class it earns and its RFM code. */
export type TieredCustomer = {
  readonly index: number;
  readonly row: number;
  readonly label: string;
  readonly owner: string;
  /** Σ Amount of won deals. */
  readonly revenue: number;
  /** Number of won deals. */
  readonly purchases: number;
  /** Latest ClosedOn of a won deal (its Created when ClosedOn is empty); null without a purchase. */
  readonly lastPurchase: number | null;
  /** The Tier cell as it is now ("" when empty). */
  readonly currentTier: string;
  readonly newTier: CustomerTier;
  /** RFM code such as "545"; "" for a customer without a purchase. */
  readonly rfm: string;
  readonly segment: Segment | null;
};

/** How many customers go from one tier to another ("" = no tier before). */
export type TierMove = { readonly from: string; readonly to: CustomerTier; readonly count: number };

export type CustomerTiering = {
  readonly customers: readonly TieredCustomer[];
  /** Customers per tier after tiering. */
  readonly counts: Readonly<Record<CustomerTier, number>>;
  /** Every change of tier, grouped (from, to), largest first. */
  readonly moves: readonly TierMove[];
  readonly moved: number;
  /** Moved to a better tier (C→B, C→A, B→A). */
  readonly up: number;
  /** Moved to a worse tier. */
  readonly down: number;
  /** Customers per RFM segment (customers with a purchase only). */
  readonly segments: Readonly<Partial<Record<Segment, number>>>;
};

export type TieringOptions = {
  /** Cumulative revenue share that closes tier A (0.8). */
  readonly aShare?: number;
  /** Cumulative revenue share that closes tier B (0.95). */
  readonly bShare?: number;
};

const rank: Readonly<Record<string, number>> = { A: 3, B: 2, C: 1 };

/**
 * Tiers the whole Customers table: ABC by won revenue (the core of SALES.ABC, so the item that
 * crosses 80 % is still A; customers without revenue are C), RFM codes from each customer's won
 * deals (the core of SALES.RFM, 5 bins: recency of the last purchase at `today`, number of
 * purchases, revenue) and the RFM segment (SALES.SEGMENT), with a summary of tier moves. O(n log n)
 * over customers plus one pass over deals.
 *
 * @param book - the customer tables
 * @param today - the date recency is measured at
 * @param options - ABC shares
 * @returns the tiering; #DIV/0! when no customer has won revenue
 *
 * @example
 * // Won revenue 500, 300, 150, 50 → A, A, B, C (shares before them 0, 0.5, 0.8, 0.95).
 * customerTiering(book, 45320).customers.map((c) => c.newTier) //=> ["A", "A", "B", "C"]
 */
export function customerTiering(
  book: CustomerBook,
  today: number,
  options: TieringOptions = {},
): Result<CustomerTiering> {
  const n = book.customers.length;
  const revenue = new Array<number>(n).fill(0);
  const purchases = new Array<number>(n).fill(0);
  const last: (number | null)[] = new Array(n).fill(null);
  book.dealsOf.forEach((list, index) => {
    for (const at of list) {
      const deal = book.deals[at];
      if (deal.outcome !== "won") continue;
      revenue[index] += deal.amount;
      purchases[index]++;
      const date = deal.closedOn ?? deal.created;
      if (date !== null && date <= today && (last[index] === null || date > (last[index] as number)))
        last[index] = date;
    }
  });
  if (n === 0) return salesError("div-by-zero", "noRows");
  const classes = abcClasses(revenue, options.aShare ?? 0.8, options.bShare ?? 0.95);
  if (isSalesError(classes)) return classes;
  const scored = purchases.map((count, i) => (count > 0 && last[i] !== null ? count : null));
  const money = revenue.map((value, i) => (scored[i] === null ? null : value));
  const scores = rfmScores(last, scored, money, today, 5);
  if (isSalesError(scores)) return scores;

  const counts: Record<CustomerTier, number> = { A: 0, B: 0, C: 0 };
  const moveCounts = new Map<string, number>();
  const segments: Partial<Record<Segment, number>> = {};
  let up = 0;
  let down = 0;
  const customers = book.customers.map((customer, index): TieredCustomer => {
    const newTier = (classes[index] || "C") as CustomerTier;
    counts[newTier]++;
    const currentTier = customer.tier;
    if (currentTier !== newTier) {
      const key = `${currentTier}\u0000${newTier}`;
      moveCounts.set(key, (moveCounts.get(key) ?? 0) + 1);
      const before = rank[currentTier] ?? 0;
      if (before > 0 && rank[newTier] > before) up++;
      else if (before > 0) down++;
    }
    const score = scores[index];
    const segment = score ? segmentOf(score.r, score.f) : null;
    if (segment) segments[segment] = (segments[segment] ?? 0) + 1;
    return {
      index,
      row: customer.row,
      label: customer.label,
      owner: customer.owner,
      revenue: revenue[index],
      purchases: purchases[index],
      lastPurchase: last[index],
      currentTier,
      newTier,
      rfm: score ? `${score.r}${score.f}${score.m}` : "",
      segment,
    };
  });
  const moves = [...moveCounts.entries()]
    .map(([key, count]) => {
      const [from, to] = key.split("\u0000");
      return { from, to: to as CustomerTier, count };
    })
    .sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const moved = moves.reduce((sum, move) => sum + move.count, 0);
  return { customers, counts, moves, moved, up, down, segments };
}

/**
 * A segment's name in a pane language.
 *
 * @example
 * segmentName("atRisk", "zh-CN") //=> "流失风险"
 */
export function segmentName(segment: Segment, language: "en-US" | "zh-CN"): string {
  return SEGMENT_NAMES[segment][language === "zh-CN" ? "zh" : "en"];
}

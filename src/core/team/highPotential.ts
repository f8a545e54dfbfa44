import { normalizeLabel } from "@core/cells/outcome";
import { isSalesError } from "@core/errors";
import { trend } from "@core/formulas/performance/trend";
import { minMaxScores } from "@core/team/minMaxScores";
import { recentMonths, type Month } from "@core/team/months";
import { dealsActual, periodActual } from "@core/team/periodActual";
import {
  potentialComponents,
  usableWeights,
  type PotentialComponent,
  type PotentialWeights,
} from "@core/team/potentialWeights";
import type { TeamData, TeamDeal, TeamMember } from "@core/team/teamData";

/** The most months the index measures: ten years, twenty with the months learning compares them with. */
export const MAX_POTENTIAL_MONTHS = 120;

/** How far back the index looks, and how much history a rep needs to be ranked. */
export type PotentialOptions = {
  /**
   * Complete months the index measures (6 by default, 2 … {@link MAX_POTENTIAL_MONTHS}; a count
   * outside is taken as the nearest, NaN as 6); learning compares them with as many before.
   */
  readonly months?: number;
  /** Won plus lost deals a rep needs in those months to be ranked (5 by default). */
  readonly minClosedDeals?: number;
  /** Closed deals the earlier months need before a change of win rate means anything (3 by default). */
  readonly minEarlierClosedDeals?: number;
};

/** Why a rep is not ranked. */
export type HistoryGap =
  | { readonly kind: "joined"; readonly startDate: number }
  | { readonly kind: "few-deals"; readonly closed: number; readonly min: number };

/** What each component's value is made of, so the pane can say it in words. */
export type ComponentDetail =
  | { readonly component: "trend"; readonly basis: "attainment" | "revenue"; readonly series: readonly number[] }
  | {
      readonly component: "learning";
      readonly recent: number | null;
      readonly earlier: number | null;
      readonly recentClosed: number;
      readonly earlierClosed: number;
    }
  | { readonly component: "drive"; readonly activities: number; readonly months: number }
  | { readonly component: "adaptability"; readonly segments: readonly string[] }
  | {
      readonly component: "communication";
      readonly basis: "follow-ups" | "customers" | "none";
      readonly ratings: number;
    };

/** One component of one rep: its value, its 0–100 score within the ranked reps, its weight and what it adds. */
export type ComponentScore = {
  readonly component: PotentialComponent;
  /** trend: relative slope per month; learning: change of win rate; drive: follow-ups per month; adaptability: new segments; communication: mean satisfaction. Null when the data has none. */
  readonly value: number | null;
  readonly detail: ComponentDetail;
  /** 0 = lowest of the ranked reps, 100 = highest; null for an unranked rep or a missing value. */
  readonly score: number | null;
  /** The weight as given (after usableWeights). */
  readonly weight: number;
  /** What the component adds to the index: weight × score ÷ Σ weights of the rep's scored components. */
  readonly contribution: number | null;
};

export type RepPotential = {
  readonly member: TeamMember;
  /** Empty when the rep is ranked. */
  readonly gaps: readonly HistoryGap[];
  readonly components: readonly ComponentScore[];
  /** Σ contributions (0–100); null when unranked or when no weighted component has a score. */
  readonly index: number | null;
  /** 1 = highest index; reps with equal indexes share a rank. Null when unranked. */
  readonly rank: number | null;
};

export type HighPotential = {
  /** The months measured, oldest first, and the months before them (for learning). */
  readonly months: readonly Month[];
  readonly earlierMonths: readonly Month[];
  readonly weights: PotentialWeights;
  /** Ranked reps by rank, then reps with too little history in roster order. */
  readonly reps: readonly RepPotential[];
};

type RawComponent = { value: number | null; detail: ComponentDetail };

const inMonths = (serial: number | null, months: readonly Month[]) =>
  serial !== null && months.length > 0 && serial >= months[0].start && serial <= months[months.length - 1].end;

function winRate(deals: readonly TeamDeal[], months: readonly Month[]): { rate: number | null; closed: number } {
  let won = 0;
  let closed = 0;
  for (const deal of deals) {
    if (deal.outcome === "open" || !inMonths(deal.closedOn, months)) continue;
    closed++;
    if (deal.outcome === "won") won++;
  }
  return { rate: closed > 0 ? won / closed : null, closed };
}

function trendComponent(data: TeamData, member: TeamMember, months: readonly Month[]): RawComponent {
  const figures = months.map((month) => periodActual(data, member.rep, month, "signed"));
  const withTargets = figures.every((figure) => figure.target !== null && figure.target > 0);
  const series = withTargets
    ? figures.map((figure) => figure.actual / (figure.target as number))
    : months.map((month) => dealsActual(data, member.rep, month, "signed"));
  const value = trend(series.map((v) => [v]));
  return {
    value: isSalesError(value) ? null : value,
    detail: { component: "trend", basis: withTargets ? "attainment" : "revenue", series },
  };
}

/**
 * The high-potential index: a transparent score of who is growing, from the data the workbook
 * holds. Over the last `months` complete months (6 by default), each rep gets five values —
 * trend (SALES.TREND of monthly attainment, or of monthly won revenue when the rep lacks a
 * monthly target), learning (win rate by count minus that of the months before), drive
 * (follow-ups per month), adaptability (industries — else regions — of customers won in that the
 * rep had never won in before) and communication (mean satisfaction of the rep's follow-ups, else
 * of their customers). Each value becomes a 0–100 score among the ranked reps (lowest 0, highest
 * 100), and the index is the weighted mean of the scores the rep has. Reps who joined during the
 * months or closed fewer than `minClosedDeals` deals in them have too little history: their
 * values are shown, but they get no score and no rank.
 *
 * @param data - the workbook's facts (teamData)
 * @param today - today's serial
 * @param weights - the weight of each component
 * @param options - months measured and the history needed
 * @returns every rep with their components, index and rank
 *
 * @example
 * highPotential(data, today, defaultPotentialWeights).reps[0].rank //=> 1
 */
export function highPotential(
  data: TeamData,
  today: number,
  weights: PotentialWeights,
  options: PotentialOptions = {},
): HighPotential {
  const wanted = Math.floor(options.months ?? 6);
  const count = Number.isNaN(wanted) ? 6 : Math.min(MAX_POTENTIAL_MONTHS, Math.max(2, wanted));
  const minClosed = options.minClosedDeals ?? 5;
  const minEarlier = options.minEarlierClosedDeals ?? 3;
  const usable = usableWeights(weights);
  const all = recentMonths(today, count * 2);
  const earlierMonths = all.slice(0, count);
  const months = all.slice(count);
  const windowStart = months[0].start;

  const dealsOf = new Map<string, TeamDeal[]>();
  for (const deal of data.deals) {
    const key = normalizeLabel(deal.owner);
    const list = dealsOf.get(key) ?? [];
    list.push(deal);
    dealsOf.set(key, list);
  }
  const segmentOf = new Map<string, string>();
  for (const customer of data.customers)
    for (const key of customer.keys) if (!segmentOf.has(key) && customer.segment) segmentOf.set(key, customer.segment);
  const hasSegments = segmentOf.size > 0;

  const raw = data.members.map((member) => {
    const key = normalizeLabel(member.rep);
    const deals = dealsOf.get(key) ?? [];
    const recent = winRate(deals, months);
    const earlier = winRate(deals, earlierMonths);

    let activityCount = 0;
    let ratingSum = 0;
    let ratings = 0;
    for (const activity of data.activities) {
      if (normalizeLabel(activity.owner) !== key || !inMonths(activity.date, months)) continue;
      activityCount++;
      if (activity.satisfaction !== null) {
        ratingSum += activity.satisfaction;
        ratings++;
      }
    }
    let communication: RawComponent;
    if (ratings > 0) {
      communication = {
        value: ratingSum / ratings,
        detail: { component: "communication", basis: "follow-ups", ratings },
      };
    } else {
      const owned = data.customers.filter((c) => c.satisfaction !== null && normalizeLabel(c.owner) === key);
      communication =
        owned.length > 0
          ? {
              value: owned.reduce((sum, c) => sum + (c.satisfaction as number), 0) / owned.length,
              detail: { component: "communication", basis: "customers", ratings: owned.length },
            }
          : { value: null, detail: { component: "communication", basis: "none", ratings: 0 } };
    }

    const known = new Set<string>();
    const fresh = new Map<string, string>();
    for (const deal of deals) {
      if (deal.outcome !== "won" || deal.closedOn === null) continue;
      const segment = segmentOf.get(deal.customer);
      if (!segment) continue;
      if (deal.closedOn < windowStart) known.add(normalizeLabel(segment));
    }
    for (const deal of deals) {
      if (deal.outcome !== "won" || !inMonths(deal.closedOn, months)) continue;
      const segment = segmentOf.get(deal.customer);
      if (segment && !known.has(normalizeLabel(segment))) fresh.set(normalizeLabel(segment), segment);
    }

    const components: Record<PotentialComponent, RawComponent> = {
      trend: trendComponent(data, member, months),
      learning: {
        value:
          recent.rate !== null && earlier.rate !== null && earlier.closed >= minEarlier
            ? recent.rate - earlier.rate
            : null,
        detail: {
          component: "learning",
          recent: recent.rate,
          earlier: earlier.rate,
          recentClosed: recent.closed,
          earlierClosed: earlier.closed,
        },
      },
      drive: {
        value: activityCount / months.length,
        detail: { component: "drive", activities: activityCount, months: months.length },
      },
      adaptability: {
        value: hasSegments ? fresh.size : null,
        detail: { component: "adaptability", segments: [...fresh.values()] },
      },
      communication,
    };

    const gaps: HistoryGap[] = [];
    if (member.startDate !== null && member.startDate > windowStart)
      gaps.push({ kind: "joined", startDate: member.startDate });
    if (recent.closed < minClosed) gaps.push({ kind: "few-deals", closed: recent.closed, min: minClosed });
    return { member, gaps, components };
  });

  const ranked = raw.filter((rep) => rep.gaps.length === 0);
  const scores = new Map<PotentialComponent, Map<(typeof raw)[number], number | null>>();
  for (const component of potentialComponents) {
    const values = minMaxScores(ranked.map((rep) => rep.components[component].value));
    scores.set(component, new Map(ranked.map((rep, i) => [rep, values[i]])));
  }

  const reps = raw.map((rep): RepPotential => {
    const isRanked = rep.gaps.length === 0;
    const scoreOf = (component: PotentialComponent) => (isRanked ? (scores.get(component)?.get(rep) ?? null) : null);
    const total = potentialComponents.reduce((sum, c) => sum + (scoreOf(c) !== null ? usable[c] : 0), 0);
    const components = potentialComponents.map((component): ComponentScore => {
      const score = scoreOf(component);
      return {
        component,
        value: rep.components[component].value,
        detail: rep.components[component].detail,
        score,
        weight: usable[component],
        contribution: score !== null && total > 0 ? (usable[component] * score) / total : null,
      };
    });
    const index = isRanked && total > 0 ? components.reduce((sum, c) => sum + (c.contribution ?? 0), 0) : null;
    return { member: rep.member, gaps: rep.gaps, components, index, rank: null };
  });

  const byIndex = reps
    .filter((rep) => rep.index !== null)
    .sort((a, b) => (b.index as number) - (a.index as number) || a.member.row - b.member.row);
  const ranks = new Map<RepPotential, number>();
  byIndex.forEach((rep, i) => {
    const previous = byIndex[i - 1];
    const tied = previous !== undefined && Math.abs((previous.index as number) - (rep.index as number)) < 1e-9;
    ranks.set(rep, tied ? (ranks.get(previous) as number) : i + 1);
  });
  const rankedReps = byIndex.map((rep) => ({ ...rep, rank: ranks.get(rep) ?? null }));
  const unranked = reps.filter((rep) => rep.index === null);
  return { months, earlierMonths, weights: usable, reps: [...rankedReps, ...unranked] };
}

import type { ScorecardLine } from "@core/performance/scorecardLines";

/** What the leaderboard ranks by. */
export type RankBy = "revenue" | "attainment" | "score" | "collectionRate";

/** A ranked line: rank 1 is best; equal figures share a rank; a line without the figure has none. */
export type RankedLine = { readonly rank: number | null; readonly line: ScorecardLine };

const figureOf = (line: ScorecardLine, by: RankBy): number | null => (by === "score" ? line.score : line.kpis[by]);

/**
 * The leaderboard (排行榜): lines from high to low by revenue, attainment, score or collection rate
 * (回款率), with competition ranks (1, 2, 2, 4); lines without the figure (no target, no score, no
 * installment due in the period) come last, unranked, in their original order. The sort is stable, so ties keep the plan's rep order.
 *
 * @param lines - the scorecard lines of one period
 * @param by - the figure to rank by
 * @returns the ranked lines
 *
 * @example
 * leaderboard(lines, "revenue").map((r) => r.rank) //=> [1, 2, 2, 4, null]
 */
export function leaderboard(lines: readonly ScorecardLine[], by: RankBy): RankedLine[] {
  const withFigure = lines.filter((line) => figureOf(line, by) !== null);
  const without = lines.filter((line) => figureOf(line, by) === null);
  const sorted = [...withFigure].sort((a, b) => (figureOf(b, by) as number) - (figureOf(a, by) as number));
  const ranked = sorted.map((line, i): RankedLine => {
    const figure = figureOf(line, by);
    const first = sorted.findIndex((other) => figureOf(other, by) === figure);
    return { rank: (first < 0 ? i : first) + 1, line };
  });
  return [...ranked, ...without.map((line) => ({ rank: null, line }))];
}

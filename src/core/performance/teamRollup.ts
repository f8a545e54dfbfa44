import type { ScorecardLine } from "@core/performance/scorecardLines";

/** A group's totals: Σ revenue, Σ target, attainment Σ ÷ Σ, Σ commission. */
export type Rollup = {
  /** The team's name; "" for reps in no team; null for the whole team. */
  readonly team: string | null;
  readonly reps: number;
  readonly revenue: number;
  readonly target: number;
  /** Σ revenue ÷ Σ target (never a mean of the reps' percentages); null when Σ target is 0. */
  readonly attainment: number | null;
  readonly commission: number;
};

function rollupOf(team: string | null, lines: readonly ScorecardLine[]): Rollup {
  let revenue = 0;
  let target = 0;
  let commission = 0;
  for (const line of lines) {
    revenue += line.kpis.revenue;
    target += line.kpis.target;
    commission += line.commission ?? 0;
  }
  return {
    team,
    reps: new Set(lines.map((l) => l.rep.toLowerCase())).size,
    revenue,
    target,
    attainment: target > 0 ? revenue / target : null,
    commission,
  };
}

/**
 * The team roll-up of one period's lines: one row per team (in order of first appearance) and a
 * last row for everyone. Attainment is Σ actual ÷ Σ target, as SALES.ATTAINMENT defines a team's:
 * a rep with a big target weighs more than one with a small target.
 *
 * @param lines - the scorecard lines of one period
 * @returns the teams' roll-ups, then the total (team null)
 *
 * @example
 * teamRollup(lines).at(-1)?.attainment //=> 0.9375 (Ann 120 of 100, Bob 30 of 60: 150 ÷ 160)
 */
export function teamRollup(lines: readonly ScorecardLine[]): Rollup[] {
  const teams: string[] = [];
  for (const line of lines) if (!teams.includes(line.team)) teams.push(line.team);
  return [
    ...teams.map((team) =>
      rollupOf(
        team,
        lines.filter((line) => line.team === team),
      ),
    ),
    rollupOf(null, lines),
  ];
}

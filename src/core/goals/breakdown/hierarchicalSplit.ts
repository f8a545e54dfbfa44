import { largestRemainder } from "@core/formulas/goals/split";

/**
 * Splits whole units over teams, then each team's part over its reps, by the same weights: a
 * team weighs the sum of its reps. Every level is a largest-remainder split, so team parts add
 * up exactly to the total and rep parts exactly to their team's part. Reps in no team ("") form
 * one group of their own at the team level.
 *
 * @param units - the whole units to split, ≥ 0
 * @param teams - each rep's team ("" for none), in rep order
 * @param weights - each rep's weight, ≥ 0, with a positive sum
 * @returns whole units per rep, in rep order
 *
 * @example
 * hierarchicalSplit(100, ["A", "A", "B"], [1, 1, 1]) //=> [34, 33, 33] (team A 67, team B 33)
 */
export function hierarchicalSplit(units: number, teams: readonly string[], weights: readonly number[]): number[] {
  const groups = new Map<string, number[]>();
  teams.forEach((team, i) => {
    const members = groups.get(team);
    if (members) members.push(i);
    else groups.set(team, [i]);
  });
  const members = [...groups.values()];
  const groupWeights = members.map((idx) => idx.reduce((sum, i) => sum + weights[i], 0));
  const groupUnits = largestRemainder(units, groupWeights, 0);
  const result = new Array<number>(weights.length).fill(0);
  members.forEach((idx, g) => {
    if (groupUnits[g] === 0) return;
    const parts = largestRemainder(
      groupUnits[g],
      idx.map((i) => weights[i]),
      0,
    );
    idx.forEach((i, k) => (result[i] = parts[k]));
  });
  return result;
}

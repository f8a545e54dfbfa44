/**
 * The five components of the high-potential index, in the order the pane shows them:
 * - trend: results rising over recent months (SALES.TREND of monthly attainment, or of monthly
 *   won revenue without monthly targets);
 * - learning: growth of the win rate against the months before;
 * - drive: follow-ups per month;
 * - adaptability: new segments (industries) won in;
 * - communication: the satisfaction of the rep's customers.
 */
export type PotentialComponent = "trend" | "learning" | "drive" | "adaptability" | "communication";

export const potentialComponents: readonly PotentialComponent[] = [
  "trend",
  "learning",
  "drive",
  "adaptability",
  "communication",
];

/** How much each component counts; only the ratios matter (30/20/20/15/15 is 30 %, 20 % …). */
export type PotentialWeights = Readonly<Record<PotentialComponent, number>>;

/** The default weights: results trend first, then learning and drive, then adaptability and communication. */
export const defaultPotentialWeights: PotentialWeights = {
  trend: 30,
  learning: 20,
  drive: 20,
  adaptability: 15,
  communication: 15,
};

/**
 * Weights as the index uses them: a negative, non-numeric or infinite weight counts as 0.
 *
 * @example
 * usableWeights({ ...defaultPotentialWeights, drive: -5 }).drive //=> 0
 */
export function usableWeights(weights: PotentialWeights): PotentialWeights {
  const result = {} as Record<PotentialComponent, number>;
  for (const component of potentialComponents) {
    const weight = weights[component];
    result[component] = Number.isFinite(weight) && weight > 0 ? weight : 0;
  }
  return result;
}

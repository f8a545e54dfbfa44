/** A seeded source of random numbers with the draws the sample generator needs. */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One element, chosen with the given (non-negative, not all zero) weights. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A standard normal draw (Box–Muller). */
  normal(): number;
  /** A log-normal draw with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number;
};

/**
 * A deterministic random-number generator (mulberry32, 32-bit state): the same seed always gives
 * the same sequence, on every platform, so a sample workbook can be reproduced and tested.
 *
 * @param seed - any integer (only its low 32 bits count)
 * @returns the generator
 *
 * @example
 * createRandom(42).int(1, 6) === createRandom(42).int(1, 6) //=> true
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (items, weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i];
        if (r < 0) return items[i];
      }
      return items[items.length - 1];
    },
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
  };
}

/**
 * Money in whole cents: every collections figure is rounded to cents, so sums of installments and
 * payments are exact integers and never drift (0.1 + 0.2 is not 0.3 in binary).
 *
 * @example
 * toCents(1200.005) //=> 120001
 */
export function toCents(amount: number): number {
  // 15 significant digits first, as Excel's ROUND does, so "1.005" reads as the user typed it.
  return Math.round(Number((amount * 100).toPrecision(15)));
}

/**
 * Whole cents back to an amount.
 *
 * @example
 * fromCents(120001) //=> 1200.01
 */
export function fromCents(cents: number): number {
  return cents / 100;
}

/**
 * An amount rounded to cents.
 *
 * @example
 * roundCents(0.1 + 0.2) //=> 0.3
 */
export function roundCents(amount: number): number {
  return fromCents(toCents(amount));
}

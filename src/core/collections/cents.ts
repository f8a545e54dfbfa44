/**
 * Money in whole cents: every collections figure is rounded to cents, so sums of installments and
 * payments are exact integers and never drift (0.1 + 0.2 is not 0.3 in binary).
 *
 * @example
 * toCents(1200.005) //=> 120001
 */
export function toCents(amount: number): number {
  const scaled = amount * 100;
  const cents = Math.round(scaled);
  // Only a value within float noise of half a cent can round the wrong way (1.005 is 100.4999…
  // cents in binary): it is rounded at 15 significant digits first, as Excel's ROUND does. Every
  // other value skips that costly text round trip (it ran 40× slower than the sum over 10^6 rows).
  const off = scaled - cents;
  if (off < 0.4999999 && off > -0.4999999) return cents;
  return Math.round(Number(scaled.toPrecision(15)));
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

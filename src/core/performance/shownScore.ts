import { ratingOf } from "@core/formulas/performance/rating";
import type { RatingBand } from "@core/formulas/performance/ratingBands";

/** Decimals a score shows at least (the Scorecard sheet's own 0.00) and at most. */
const FEWEST = 2;
const MOST = 6;

/** A score as the pane shows it: the figure, already rounded, and its decimals. */
export type ShownScore = { readonly value: number; readonly digits: number };

/**
 * A score as shown on the same side of every rating band as the score itself, so a score and
 * its rating never disagree on screen: 0.997, rated B under "A from 1.0", shows as "0.997", not
 * "1.00". The rating stays the true score's, as SALES.RATING gives it in the sheet; only the
 * shown precision grows, and only where rounding would cross a band's minimum. A score closer to
 * a minimum than 6 decimals tell apart is cut (not rounded) at 6, which keeps it below.
 *
 * @param score - the score
 * @param bands - the rating bands, highest minimum first
 * @returns the figure to show and its decimals: 2 for most scores, up to 6 next to a minimum
 *
 * @example
 * shownScore(0.997, DEFAULT_BANDS) //=> { value: 0.997, digits: 3 }
 */
export function shownScore(score: number, bands: readonly RatingBand[]): ShownScore {
  if (!Number.isFinite(score)) return { value: score, digits: FEWEST };
  const rating = ratingOf(score, bands);
  for (let digits = FEWEST; digits <= MOST; digits++) {
    // toFixed rounds the double's exact value half up, as Intl.NumberFormat shows it.
    const value = Number(score.toFixed(digits));
    if (ratingOf(value, bands) === rating) return { value, digits };
  }
  return { value: Math.floor(score * 10 ** MOST) / 10 ** MOST, digits: MOST };
}

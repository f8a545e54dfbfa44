import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { cellCount, flatten, isMatrix, reshape, shapeOf } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { MAX_SERIAL } from "@core/cells/parseDate";
import { checkSameSize, dateAt, showCell } from "@core/cells/readCell";
import { parseNumber } from "@core/cells/parseNumber";
import { isSalesError, salesError, type Result, type SalesError } from "@core/errors";

/** Days between follow-ups per tier, keyed by the normalized tier label. */
export type Cadence = ReadonlyMap<string, number>;

/** The default cadence: A every 14 days, B every 30, C every 90. */
export const DEFAULT_CADENCE: Cadence = new Map([
  ["a", 14],
  ["b", 30],
  ["c", 90],
]);

/**
 * Reads a cadence table: 2 columns (tier, days). Rows with both cells empty are skipped (a range
 * selected with spare rows); days must be a whole number ≥ 0. A tier listed twice (case and
 * spaces ignored) is an error, as a stage is for WEIGHTED: which row was meant is not ours to guess.
 *
 * @param table - the cadence range
 * @returns the cadence, or #VALUE! "bad cadence table" naming what is wrong
 *
 * @example
 * cadenceTable([["A", 7], ["B", 21]]).get("a") //=> 7
 */
export function cadenceTable(table: CellOrMatrix): Result<Cadence> {
  const bad = (why: string) => salesError("invalid-value", "badTable", { what: "cadence", why });
  if (!isMatrix(table) || table.length === 0 || table.some((row) => row.length !== 2))
    return bad("it needs 2 columns (tier, days)");
  const cadence = new Map<string, number>();
  for (let i = 0; i < table.length; i++) {
    const [tier, days] = table[i];
    if (isEmpty(tier) && isEmpty(days)) continue;
    if (isEmpty(tier)) return bad(`row ${i + 1} has no tier`);
    const n = parseNumber(days);
    if (n === undefined || !Number.isInteger(n) || n < 0)
      return bad(`row ${i + 1}: days "${showCell(days)}" is not a whole number ≥ 0`);
    const key = normalizeLabel(tier);
    if (cadence.has(key)) return bad(`row ${i + 1}: tier "${showCell(tier)}" is listed twice`);
    cadence.set(key, n);
  }
  return cadence.size === 0 ? bad("it has no tier") : cadence;
}

/**
 * SALES.NEXTVISIT: next follow-up dates, last contact + the days of the row's tier, spilled in
 * the shape of last_contact as date serials (format them as dates). Tiers are compared trimmed and
 * case-insensitively. A single tier cell applies to every row.
 * Per cell: an empty last_contact gives ""; a last_contact that is no date → #VALUE!; an empty or
 * unknown tier → #N/A; a date past 9999-12-31 → #NUM!.
 *
 * @param lastContact - dates of the last contact (serials or text dates)
 * @param tier - the customer tier of each row (same size), or one tier for all rows
 * @param cadence - 2 columns (tier, days); null for A 14, B 30, C 90
 * @returns follow-up date serials in the shape of lastContact
 *
 * @example
 * nextVisit([[45300], [45300]], [["A"], ["c"]]) //=> [[45314], [45390]]
 */
export function nextVisit(
  lastContact: CellOrMatrix,
  tier: CellOrMatrix,
  cadence: CellOrMatrix = null,
): Result<(number | string | SalesError)[][]> {
  const oneTier = cellCount(tier) === 1;
  if (!oneTier) {
    const sizeError = checkSameSize(lastContact, tier);
    if (sizeError) return sizeError;
  }
  const days = cadence === null || cadence === undefined ? DEFAULT_CADENCE : cadenceTable(cadence);
  if (isSalesError(days)) return days;
  const tiers = flatten(tier);
  const dates = flatten(lastContact).map((cell, i): number | string | SalesError => {
    if (isEmpty(cell)) return "";
    const date = dateAt(cell, i);
    if (isSalesError(date)) return date;
    const tierCell: Cell = oneTier ? tiers[0] : tiers[i];
    const gap = isEmpty(tierCell) ? undefined : days.get(normalizeLabel(tierCell));
    if (gap === undefined)
      return salesError("not-available", "unknownTier", {
        row: i + 1,
        value: isEmpty(tierCell) ? "" : showCell(tierCell),
      });
    const next = date + gap;
    return next <= MAX_SERIAL
      ? next
      : salesError("out-of-range", "outOfRange", { what: `row ${i + 1}: next visit`, range: "up to 9999-12-31" });
  });
  return reshape(dates, shapeOf(lastContact));
}

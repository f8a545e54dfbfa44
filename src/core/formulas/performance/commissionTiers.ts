import type { CellOrMatrix } from "@core/cells/cell";
import { isMatrix } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { parseNumber } from "@core/cells/parseNumber";
import { parseProbability } from "@core/cells/parseProbability";
import { showCell } from "@core/cells/readCell";
import { salesError, type Result } from "@core/errors";

/** One commission tier: from `threshold` up, the rate (a fraction). */
export type CommissionTier = { readonly threshold: number; readonly rate: number };

/**
 * Reads a commission tier table: 2 columns (threshold, rate), thresholds strictly ascending from
 * 0, rates a fraction or percent (4 %, 0.04 and 4 all mean 4 %). Rows with both cells empty are
 * skipped, so a range with spare rows works. Every defect is #VALUE! "bad tier table" with the
 * reason, including a rate outside 0–100 % (the catalogue's bad-table rule is more specific than
 * the general #NUM! for rates, and a message helps fix the table).
 *
 * @param table - the tier range
 * @returns the tiers in order
 *
 * @example
 * commissionTiers([[0, "4%"], [150000, "6%"]]) //=> [{ threshold: 0, rate: 0.04 }, { threshold: 150000, rate: 0.06 }]
 */
export function commissionTiers(table: CellOrMatrix): Result<CommissionTier[]> {
  const bad = (why: string) => salesError("invalid-value", "badTable", { what: "tier", why });
  if (!isMatrix(table) || table.length === 0 || table.some((row) => row.length !== 2))
    return bad("it needs 2 columns (threshold, rate)");
  const tiers: CommissionTier[] = [];
  for (let i = 0; i < table.length; i++) {
    const [thresholdCell, rateCell] = table[i];
    if (isEmpty(thresholdCell) && isEmpty(rateCell)) continue;
    const threshold = parseNumber(thresholdCell);
    if (threshold === undefined) return bad(`row ${i + 1}: threshold "${showCell(thresholdCell)}" is not a number`);
    const rate = parseProbability(rateCell);
    if (rate === undefined || Number.isNaN(rate))
      return bad(`row ${i + 1}: rate "${showCell(rateCell)}" is not 0–100 %`);
    if (tiers.length === 0 && threshold !== 0) return bad("the first threshold must be 0");
    if (tiers.length > 0 && threshold <= tiers[tiers.length - 1].threshold)
      return bad(`row ${i + 1}: thresholds must ascend`);
    tiers.push({ threshold, rate });
  }
  return tiers.length === 0 ? bad("it has no tier") : tiers;
}

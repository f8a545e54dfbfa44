import type { CellOrMatrix } from "@core/cells/cell";
import { isMatrix } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { parseNumber } from "@core/cells/parseNumber";
import { showCell } from "@core/cells/readCell";
import { salesError, type Result } from "@core/errors";

/** A rating band: scores from `minimum` up (to the next band) get `label`. */
export type RatingBand = { readonly minimum: number; readonly label: string | number };

/** The default bands, highest first: ≥ 1.2 S, ≥ 1.0 A, ≥ 0.8 B, ≥ 0.6 C, else D. */
export const DEFAULT_BANDS: readonly RatingBand[] = [
  { minimum: 1.2, label: "S" },
  { minimum: 1.0, label: "A" },
  { minimum: 0.8, label: "B" },
  { minimum: 0.6, label: "C" },
  { minimum: -Infinity, label: "D" },
];

/**
 * Reads a bands table: 2 columns (minimum, label) in any order, returned highest minimum first.
 * Rows with both cells empty are skipped. A label is kept as typed (text, or a number such as a
 * star count). Defects are #VALUE! "bad bands table": not 2 columns, a minimum that is no number,
 * an empty label, the same minimum twice, or no band at all.
 *
 * @param table - the bands range
 * @returns the bands, highest minimum first
 *
 * @example
 * ratingBands([[0, "Needs work"], [1, "On target"]]) //=> [{ minimum: 1, label: "On target" }, { minimum: 0, label: "Needs work" }]
 */
export function ratingBands(table: CellOrMatrix): Result<RatingBand[]> {
  const bad = (why: string) => salesError("invalid-value", "badTable", { what: "bands", why });
  if (!isMatrix(table) || table.length === 0 || table.some((row) => row.length !== 2))
    return bad("it needs 2 columns (minimum, label)");
  const bands: RatingBand[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < table.length; i++) {
    const [minimumCell, label] = table[i];
    if (isEmpty(minimumCell) && isEmpty(label)) continue;
    const minimum = parseNumber(minimumCell);
    if (minimum === undefined) return bad(`row ${i + 1}: minimum "${showCell(minimumCell)}" is not a number`);
    if (isEmpty(label)) return bad(`row ${i + 1} has no label`);
    if (seen.has(minimum)) return bad(`row ${i + 1}: minimum ${minimum} is listed twice`);
    seen.add(minimum);
    bands.push({ minimum, label: typeof label === "number" ? label : String(label).trim() });
  }
  if (bands.length === 0) return bad("it has no band");
  return bands.sort((a, b) => b.minimum - a.minimum);
}

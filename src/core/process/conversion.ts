import type { CellOrMatrix } from "../cells/cell";
import { isMatrix } from "../cells/flatten";
import { DEFAULT_WON, labelsOrDefault, normalizeLabel } from "../cells/outcome";
import { salesError, type Result } from "../errors";

/**
 * The share of non-empty outcome cells whose label is one of the converted labels (by default
 * the won labels: won, closed won, 赢单, 成交 …).
 *
 * @param outcomes - outcome labels, a range or a single cell
 * @param converted - a label or range of labels that count as converted; null for the won labels
 * @returns a fraction in [0, 1], or #DIV/0! when no cell is filled
 *
 * @example
 * conversion([["Won"], ["Lost"], ["Negotiation"], ["赢单"]]) //=> 0.5
 */
export function conversion(outcomes: CellOrMatrix, converted: CellOrMatrix = null): Result<number> {
  const labels = labelsOrDefault(converted, DEFAULT_WON);
  const seen = new Map<string, boolean>();
  let filled = 0;
  let hits = 0;
  const rows = isMatrix(outcomes) ? outcomes : [[outcomes]];
  for (const row of rows) {
    for (const cell of row) {
      if (cell === null || cell === undefined || cell === "") continue;
      const key = typeof cell === "string" ? cell : String(cell);
      let hit = seen.get(key);
      if (hit === undefined) {
        if (key.trim() === "") continue;
        hit = labels.has(normalizeLabel(key));
        seen.set(key, hit);
      }
      filled++;
      if (hit) hits++;
    }
  }
  return filled === 0 ? salesError("div-by-zero", "noCells") : hits / filled;
}

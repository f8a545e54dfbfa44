import type { CellOrMatrix } from "@core/cells/cell";
import { asColumn } from "@core/cells/asColumn";
import { LabelCache } from "@core/cells/labelCache";
import { DEFAULT_WON, errorOfLiteral, isErrorLiteral, labelsOrDefault } from "@core/cells/outcome";
import { salesError, type Result } from "@core/errors";

/** What a cell counts as: 0 empty (spaces only), 1 converted, 2 filled but not converted, 3 an error value. */
type Kind = 0 | 1 | 2 | 3;

/**
 * The share of non-empty outcome cells whose label is one of the converted labels (by default
 * the won labels: won, closed won, 赢单, 成交 …).
 *
 * @param outcomes - outcome labels, a range or a single cell
 * @param converted - a label or range of labels that count as converted; null for the won labels
 * @returns a fraction in [0, 1]; #DIV/0! when no cell is filled; a cell holding an Excel error value
 *   as text ("#N/A") passes that error on instead of counting as not converted
 *
 * @example
 * conversion([["Won"], ["Lost"], ["Negotiation"], ["赢单"]]) //=> 0.5
 */
export function conversion(outcomes: CellOrMatrix, converted: CellOrMatrix = null): Result<number> {
  const labels = labelsOrDefault(converted, DEFAULT_WON);
  const kinds = new LabelCache((label) => (label === "" ? 0 : labels.has(label) ? 1 : isErrorLiteral(label) ? 3 : 2));
  let filled = 0;
  let hits = 0;
  // A column (the shape of a table column) is read in place, one index per row.
  const column = asColumn(outcomes);
  for (let i = 0; i < column.length; i++) {
    const cell = column[i][0];
    if (cell === null || cell === undefined) continue;
    const kind = kinds.get(cell);
    if (kind === 0) continue;
    if (kind === 3) return errorOfLiteral(cell, i);
    filled++;
    if (kind === 1) hits++;
  }
  return filled === 0 ? salesError("div-by-zero", "noCells") : hits / filled;
}

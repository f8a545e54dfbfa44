import type { Cell, Matrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { importTargets } from "@core/import/importColumns";
import { matchHeader } from "@core/import/matchHeader";
import { normalizeHeader } from "@core/import/normalizeHeader";
import { widestRow } from "@core/cells/widestRow";

/** Where the header row is (0-based index into the rows given) and how sure that is (0–1). */
export type HeaderRowGuess = { headerRow: number; confidence: number };

/** Only the top of a sheet is searched: a header lower than this is not a header of the list. */
const SEARCH_ROWS = 20;
/** How many rows below a candidate are checked for data. */
const LOOK_AHEAD = 5;

function filled(row: readonly Cell[] | undefined): Cell[] {
  return (row ?? []).filter((cell) => !isEmpty(cell));
}

function isKnownHeader(cell: Cell): boolean {
  return importTargets.some((target) => matchHeader(cell, target).some((m) => m.score >= 0.85));
}

/** Whether a cell looks like a label: text that is not a number, a date or a code of digits. */
function isLabel(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  const text = cell.trim();
  return /\p{L}/u.test(text) && !/^[\d\s.,:/\-年月日%¥$€£()]+$/u.test(text);
}

/**
 * Finds the header row of a list someone keeps in a sheet or exports from a CRM: among the first
 * 20 rows, the row that is mostly text labels, spans the width of the data, has no repeated
 * label, has filled rows under it, and best matches known column names (客户名称, Amount, …).
 * Title rows, notes and blank rows above the header lose because they are narrow or unknown; on
 * a tie the upper row wins, since data rows sit below their header.
 *
 * @param rows - the sheet's cells, row by row (the used range)
 * @returns the 0-based row index of the header and a confidence in [0, 1]; 0 and 0 for no rows
 *
 * @example
 * detectHeaderRow([["2024 客户名单"], [], ["客户名称", "联系人", "电话"], ["华瑞科技", "王伟", "13800138000"]])
 * //=> { headerRow: 2, confidence: 1 }
 */
export function detectHeaderRow(rows: Matrix): HeaderRowGuess {
  const window = rows.slice(0, SEARCH_ROWS);
  const width = widestRow(rows.slice(0, SEARCH_ROWS + LOOK_AHEAD), 0, (row) => filled(row).length);
  let best: HeaderRowGuess = { headerRow: 0, confidence: 0 };
  window.forEach((row, index) => {
    const cells = filled(row);
    if (cells.length === 0) return;
    const labels = cells.filter(isLabel).length / cells.length;
    const coverage = cells.length / width;
    const distinct = new Set(cells.map(normalizeHeader)).size / cells.length;
    const known = cells.filter(isKnownHeader).length / cells.length;
    const below = rows.slice(index + 1, index + 1 + LOOK_AHEAD);
    const dataRows = below.filter((next) => filled(next).length >= Math.max(1, cells.length / 2)).length;
    const followed = below.length === 0 ? 0 : dataRows / Math.min(LOOK_AHEAD, Math.max(below.length, 1));
    const narrowPenalty = width >= 3 && cells.length === 1 ? 0.5 : 1;
    const score = narrowPenalty * (0.2 * labels + 0.25 * coverage + 0.1 * distinct + 0.3 * known + 0.15 * followed);
    if (score > best.confidence + 1e-9) best = { headerRow: index, confidence: Math.round(score * 100) / 100 };
  });
  return best;
}

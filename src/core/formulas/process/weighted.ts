import type { Cell, CellOrMatrix, Matrix } from "@core/cells/cell";
import { asColumn, sameSizeColumns } from "@core/cells/asColumn";
import { LabelCache } from "@core/cells/labelCache";
import { isMatrix } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { DEFAULT_LOST, DEFAULT_WON, normalizeLabel } from "@core/cells/outcome";
import { parseProbability } from "@core/cells/parseProbability";
import { numberAt, showCell } from "@core/cells/readCell";
import { isSalesError, salesError, type Result, type SalesError } from "@core/errors";

/** Markers beside probabilities (0–1) for a stage cell: a won/lost stage, or one not in the table. */
const CLOSED = -1;
const UNKNOWN = -2;
const EMPTY = -3;

/**
 * Reads a stage table (stage, probability) into normalized stage → probability. Rows with an
 * empty stage are skipped (a table range selected past its end); a stage listed twice is
 * #VALUE! because the two probabilities could disagree.
 */
function stageProbabilities(table: CellOrMatrix): Result<Map<string, number>> {
  const rows: Matrix = isMatrix(table) ? table : [[table]];
  if (rows.length === 0 || rows[0].length !== 2) return salesError("invalid-value", "stageTableColumns");
  const probabilities = new Map<string, number>();
  for (let r = 0; r < rows.length; r++) {
    const [stage, cell] = rows[r];
    if (isEmpty(stage)) continue;
    const key = normalizeLabel(stage);
    if (probabilities.has(key)) return salesError("invalid-value", "duplicateStage", { value: showCell(stage) });
    const p = isEmpty(cell) ? undefined : parseProbability(cell);
    if (p === undefined)
      return salesError("invalid-value", "stageTableProbability", { row: r + 1, value: showCell(cell ?? "") });
    if (Number.isNaN(p))
      return salesError("out-of-range", "outOfRange", { what: `probability of ${showCell(stage)}`, range: "0–100 %" });
    probabilities.set(key, p);
  }
  return probabilities;
}

/** A probability from a per-row cell that is not a plain fraction: a percent, text, or bad input. */
function probabilityAt(cell: Cell, i: number): Result<number> {
  const p = parseProbability(cell);
  if (p === undefined) return salesError("invalid-value", "notAProbability", { row: i + 1, value: showCell(cell) });
  if (Number.isNaN(p)) return salesError("out-of-range", "notAProbability", { row: i + 1, value: showCell(cell) });
  return p;
}

function negativeAmount(i: number): SalesError {
  return salesError("out-of-range", "negative", { what: `amount (row ${i + 1})` });
}

/** Σ amount × probability with a probability per row. */
function weightedByRow(a: Matrix, p: Matrix): Result<number> {
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    let amount = a[i][0];
    if (typeof amount !== "number") {
      if (isEmpty(amount)) continue;
      const parsed = numberAt(amount, i);
      if (isSalesError(parsed)) return parsed;
      amount = parsed;
    }
    if (amount < 0) return negativeAmount(i);
    let probability = p[i][0];
    if (typeof probability !== "number" || probability < 0 || probability > 1) {
      if (isEmpty(probability)) continue;
      const parsed = probabilityAt(probability, i);
      if (isSalesError(parsed)) return parsed;
      probability = parsed;
    }
    total += amount * probability;
  }
  return total;
}

/** Σ amount × probability of the row's stage, open stages only. */
function weightedByStage(a: Matrix, stages: Matrix, probabilities: Map<string, number>): Result<number> {
  // Per distinct stage cell: its probability, CLOSED for won/lost, UNKNOWN when not in the table.
  const seen = new LabelCache((label) =>
    label === ""
      ? EMPTY
      : DEFAULT_WON.has(label) || DEFAULT_LOST.has(label)
        ? CLOSED
        : (probabilities.get(label) ?? UNKNOWN),
  );
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const stage = stages[i][0];
    const probability = seen.get(stage);
    if (probability === CLOSED || probability === EMPTY) continue;
    if (probability === UNKNOWN)
      return salesError("invalid-value", "unknownStage", { row: i + 1, value: showCell(stage) });
    let amount = a[i][0];
    if (typeof amount !== "number") {
      if (isEmpty(amount)) continue;
      const parsed = numberAt(amount, i);
      if (isSalesError(parsed)) return parsed;
      amount = parsed;
    }
    if (amount < 0) return negativeAmount(i);
    total += amount * probability;
  }
  return total;
}

/**
 * Weighted pipeline: Σ amount × probability.
 *
 * Without stage_table the second argument holds a probability per row (0.2, 20 or "20%"). With
 * stage_table (2 columns: stage, probability, like the Stages table) it holds stage names
 * instead: each row takes its stage's probability, and rows at a won or lost stage are left out,
 * so the result is the open pipeline only. Stage names are compared trimmed and
 * case-insensitively.
 *
 * An empty amount counts 0, and so does an empty probability or stage (nothing to weigh). A
 * negative amount is #NUM!, as in WINRATE.
 *
 * @param amounts - deal amounts
 * @param probabilities - a probability per row, or a stage name per row when stageTable is given
 * @param stageTable - 2 columns (stage, probability); null for per-row probabilities
 * @returns the weighted amount; #VALUE! naming a row whose stage is not in the table or whose
 *   amount or probability is unreadable, or when the ranges differ in size; #NUM! for a
 *   probability outside 0–100 % or a negative amount
 *
 * @example
 * weighted([[3800], [22500]], [[0.9], [0.2]]) //=> 7920
 */
export function weighted(
  amounts: CellOrMatrix,
  probabilities: CellOrMatrix,
  stageTable: CellOrMatrix = null,
): Result<number> {
  const a = asColumn(amounts);
  const p = asColumn(probabilities);
  const sizeError = sameSizeColumns(a, p);
  if (sizeError) return sizeError;
  if (stageTable === null || stageTable === undefined) return weightedByRow(a, p);
  const table = stageProbabilities(stageTable);
  if (isSalesError(table)) return table;
  return weightedByStage(a, p, table);
}

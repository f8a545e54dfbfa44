import type { Cell, CellOrMatrix, Matrix } from "../cells/cell";
import { asMatrix, cellAt } from "../cells/cellAt";
import { cellCount } from "../cells/flatten";
import { isEmpty } from "../cells/isEmpty";
import { classifyOutcome, normalizeLabel } from "../cells/outcome";
import { parseProbability } from "../cells/parseProbability";
import { checkSameSize, numberAt, showCell } from "../cells/readCell";
import { isSalesError, salesError, type Result, type SalesError } from "../errors";

/** What a stage cell means for the weighted pipeline: its probability, or left out (won/lost). */
type StageWeight = number | "closed";

/**
 * Reads a stage table (stage, probability) into normalized stage → probability. Rows with an
 * empty stage are skipped (a table range selected past its end); a stage listed twice is
 * #VALUE! because the two probabilities could disagree.
 */
function stageProbabilities(table: CellOrMatrix): Result<Map<string, number>> {
  const rows: Matrix = asMatrix(table);
  if (rows.length === 0 || rows[0].length !== 2) return salesError("invalid-value", "stageTableColumns");
  const probabilities = new Map<string, number>();
  for (let r = 0; r < rows.length; r++) {
    const [stage, cell] = rows[r];
    if (isEmpty(stage)) continue;
    const key = normalizeLabel(stage);
    if (probabilities.has(key)) return salesError("invalid-value", "duplicateStage", { value: showCell(stage) });
    const p = isEmpty(cell) ? undefined : parseProbability(cell);
    if (p === undefined) return salesError("invalid-value", "stageTableProbability", { row: r + 1, value: showCell(cell ?? "") });
    if (Number.isNaN(p)) return salesError("out-of-range", "outOfRange", { what: `probability of ${showCell(stage)}`, range: "0–100 %" });
    probabilities.set(key, p);
  }
  return probabilities;
}

/** The probability a row's cell stands for, read once per distinct cell value. */
type ProbabilityOf = (cell: Cell, i: number) => StageWeight | SalesError;

function perRowProbability(cell: Cell, i: number): StageWeight | SalesError {
  if (typeof cell === "number" && cell >= 0 && cell <= 1) return cell;
  const p = parseProbability(cell);
  if (p === undefined) return salesError("invalid-value", "notAProbability", { row: i + 1, value: showCell(cell) });
  if (Number.isNaN(p)) return salesError("out-of-range", "notAProbability", { row: i + 1, value: showCell(cell) });
  return p;
}

function byStage(probabilities: Map<string, number>): ProbabilityOf {
  const seen = new Map<Cell, StageWeight | undefined>();
  return (cell, i) => {
    let weight = seen.get(cell);
    if (weight === undefined && !seen.has(cell)) {
      const outcome = classifyOutcome(cell);
      weight = outcome === "won" || outcome === "lost" ? "closed" : probabilities.get(normalizeLabel(cell));
      seen.set(cell, weight);
    }
    return weight ?? salesError("invalid-value", "unknownStage", { row: i + 1, value: showCell(cell) });
  };
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
export function weighted(amounts: CellOrMatrix, probabilities: CellOrMatrix, stageTable: CellOrMatrix = null): Result<number> {
  const sizeError = checkSameSize(amounts, probabilities);
  if (sizeError) return sizeError;
  let probabilityOf: ProbabilityOf = perRowProbability;
  if (stageTable !== null && stageTable !== undefined) {
    const table = stageProbabilities(stageTable);
    if (isSalesError(table)) return table;
    probabilityOf = byStage(table);
  }
  const a = asMatrix(amounts);
  const p = asMatrix(probabilities);
  const aCols = a.length === 0 ? 1 : a[0].length;
  const pCols = p.length === 0 ? 1 : p[0].length;
  const n = cellCount(a);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const cell = cellAt(a, aCols, i);
    let amount: number;
    if (typeof cell === "number") amount = cell;
    else if (isEmpty(cell)) continue;
    else {
      const parsed = numberAt(cell, i);
      if (isSalesError(parsed)) return parsed;
      amount = parsed;
    }
    if (amount < 0) return salesError("out-of-range", "negative", { what: `amount (row ${i + 1})` });
    const pc = cellAt(p, pCols, i);
    if (typeof pc === "number" && probabilityOf === perRowProbability && pc >= 0 && pc <= 1) {
      total += amount * pc;
      continue;
    }
    if (isEmpty(pc)) continue;
    const weight = probabilityOf(pc, i);
    if (isSalesError(weight)) return weight;
    if (weight !== "closed") total += amount * weight;
  }
  return total;
}

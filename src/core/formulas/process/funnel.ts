import type { CellOrMatrix } from "@core/cells/cell";
import { asColumn, sameSizeColumns } from "@core/cells/asColumn";
import { LabelCache } from "@core/cells/labelCache";
import { flatten } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { DEFAULT_LOST, DEFAULT_WON, normalizeLabel } from "@core/cells/outcome";
import { showCell } from "@core/cells/readCell";
import { salesError, type Result, type SalesError } from "@core/errors";

/** Where a stage cell puts a deal: a position in stage_order, or won / lost / not listed. */
const WON = -1;
const LOST = -2;
const UNLISTED = -3;
const EMPTY = -4;

/** One funnel row: deals that reached the stage, conversion from the previous and from the first stage. */
export type FunnelRow = [number, number | SalesError, number | SalesError];

/**
 * Sales funnel: for each stage in stage_order, the deals that reached it, the conversion from
 * the previous stage and the conversion from the first stage (the first row is count, 1, 1).
 *
 * A deal reached stage k when its current stage is at position ≥ k; a won deal reached every
 * stage; a lost deal reached the stage named in lost_at on its row, or only the first stage
 * when lost_at is omitted or empty there. Won and lost are the default labels (Won, 赢单, 成交 …;
 * Lost, 输单, 丢单 …) and are recognised before stage_order is looked at, so stage_order may end
 * with a Won stage; list only stages a deal moves through (not Lost). Stage names are compared
 * trimmed and case-insensitively; a row with an empty stage is skipped; empty cells in
 * stage_order are skipped (a range selected past its end).
 *
 * Each deal adds one to "reached up to position k", and the counts are suffix sums of that, so
 * the work is one pass over the deals whatever the number of stages.
 *
 * @param stages - each deal's current stage (or a won / lost label)
 * @param stageOrder - the stages in order, a row or a column
 * @param lostAt - for lost deals, the stage where each was lost, the same size as stages; null
 * @returns one row per stage with 3 columns; a conversion whose denominator is 0 is #DIV/0! in
 *   its cell. #VALUE! naming the row for a stage (or lost_at) that is neither listed nor
 *   won/lost, for a stage listed twice, for no stage at all, or for ranges of different sizes
 *
 * @example
 * funnel([["Lead"], ["Proposal"], ["Won"], ["Lost"]], [["Lead", "Proposal", "Contract"]])
 * //=> [[4, 1, 1], [2, 0.5, 0.5], [1, 0.5, 0.25]]
 */
export function funnel(
  stages: CellOrMatrix,
  stageOrder: CellOrMatrix,
  lostAt: CellOrMatrix = null,
): Result<FunnelRow[]> {
  const positions = new Map<string, number>();
  for (const cell of flatten(stageOrder)) {
    if (isEmpty(cell)) continue;
    const key = normalizeLabel(cell);
    if (positions.has(key)) return salesError("invalid-value", "duplicateStage", { value: showCell(cell) });
    positions.set(key, positions.size);
  }
  const stageCount = positions.size;
  if (stageCount === 0) return salesError("invalid-value", "noStages", { what: "stage_order" });
  const s = asColumn(stages);
  const l = lostAt === null || lostAt === undefined ? null : asColumn(lostAt);
  const sizeError = sameSizeColumns(s, l);
  if (sizeError) return sizeError;
  const stageOf = new LabelCache((label) =>
    label === ""
      ? EMPTY
      : DEFAULT_WON.has(label)
        ? WON
        : DEFAULT_LOST.has(label)
          ? LOST
          : (positions.get(label) ?? UNLISTED),
  );
  const lostAtOf = new LabelCache((label) => (label === "" ? 0 : (positions.get(label) ?? UNLISTED)));
  const reachedUpTo = new Float64Array(stageCount);
  for (let i = 0; i < s.length; i++) {
    const cell = s[i][0];
    const position = stageOf.get(cell);
    if (position >= 0) reachedUpTo[position]++;
    else if (position === WON) reachedUpTo[stageCount - 1]++;
    else if (position === EMPTY) continue;
    else if (position === UNLISTED)
      return salesError("invalid-value", "unknownStage", { row: i + 1, value: showCell(cell) });
    else {
      const where = l === null ? null : l[i][0];
      const at = lostAtOf.get(where);
      if (at === UNLISTED) return salesError("invalid-value", "unknownStage", { row: i + 1, value: showCell(where) });
      reachedUpTo[at]++;
    }
  }
  const counts = new Array<number>(stageCount);
  let running = 0;
  for (let k = stageCount - 1; k >= 0; k--) {
    running += reachedUpTo[k];
    counts[k] = running;
  }
  const ratio = (count: number, base: number) =>
    base === 0 ? salesError("div-by-zero", "zeroDenominator", { what: "previous stage" }) : count / base;
  return counts.map((count, k): FunnelRow =>
    k === 0 ? [count, 1, 1] : [count, ratio(count, counts[k - 1]), ratio(count, counts[0])],
  );
}

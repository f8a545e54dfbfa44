import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { asColumn, sameSizeColumns } from "@core/cells/asColumn";
import { LabelCache } from "@core/cells/labelCache";
import { isEmpty } from "@core/cells/isEmpty";
import { numberAt, showCell } from "@core/cells/readCell";
import { scalarCell } from "@core/cells/scalarCell";
import { isSalesError, salesError, type Result, type SalesError } from "@core/errors";

/** Forecast categories of a deal as the data labels them. */
const PIPELINE = 0;
const BEST_CASE = 1;
const COMMIT = 2;
const CLOSED = 3;
const OMITTED = 4;
/** What a row's label means for the chosen forecast. */
const COUNTED = 1;
const NOT_COUNTED = 0;
const SKIP = -1;
const UNKNOWN = -2;

function negativeAmount(i: number): SalesError {
  return salesError("out-of-range", "negative", { what: `amount (row ${i + 1})` });
}

/** The form labels are compared in: lower case, no spaces, underscores or hyphens. */
function squeeze(cell: Cell): string {
  return String(cell)
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

/** Labels in the data (the Stages table's ForecastCategory column, en and zh). */
const DATA_LABELS = new Map<string, number>([
  ["pipeline", PIPELINE],
  ["管道", PIPELINE],
  ["bestcase", BEST_CASE],
  ["最佳情况", BEST_CASE],
  ["commit", COMMIT],
  ["承诺", COMMIT],
  ["closed", CLOSED],
  ["已成交", CLOSED],
  ["omitted", OMITTED],
  ["忽略", OMITTED],
]);

/** The cumulative forecast a category argument asks for. */
type Forecast = "closed" | "commit" | "bestcase" | "pipeline";

/** The data categories each forecast adds up. */
const ADDS_UP: Record<Forecast, readonly number[]> = {
  closed: [CLOSED],
  commit: [COMMIT, CLOSED],
  bestcase: [BEST_CASE, COMMIT, CLOSED],
  pipeline: [PIPELINE, BEST_CASE, COMMIT],
};

const CATEGORY_ARGUMENT = new Map<string, Forecast>([
  ["closed", "closed"],
  ["已成交", "closed"],
  ["commit", "commit"],
  ["承诺", "commit"],
  ["bestcase", "bestcase"],
  ["最佳情况", "bestcase"],
  ["pipeline", "pipeline"],
  ["管道", "pipeline"],
]);

/**
 * Forecast by category, cumulative the way a forecast call is: `closed` = Closed;
 * `commit` = Commit + Closed; `bestcase` = Best case + Commit + Closed; `pipeline` =
 * Pipeline + Best case + Commit (open deals only: what is still to close). Omitted deals never
 * count.
 *
 * Labels in categories and the category argument are compared without case, spaces,
 * underscores or hyphens, so "Best case", "best_case" and "BestCase" are one label; Chinese
 * labels are 管道, 最佳情况, 承诺, 已成交, 忽略. A row with an empty category is skipped; an
 * empty amount counts 0; a negative amount is #NUM!, as in WINRATE.
 *
 * @param amounts - deal amounts
 * @param categories - forecast category per deal, the same size
 * @param category - which forecast: closed, commit, bestcase or pipeline (or 已成交, 承诺, 最佳情况, 管道)
 * @returns the forecast amount; #VALUE! for an unknown label (naming its row), an unknown or
 *   missing category, or ranges of different sizes
 *
 * @example
 * forecast([[100], [200], [400]], [["Closed"], ["Commit"], ["Best case"]], "commit") //=> 300
 */
export function forecast(amounts: CellOrMatrix, categories: CellOrMatrix, category: CellOrMatrix): Result<number> {
  const chosenCell = scalarCell(category, "category");
  if (isSalesError(chosenCell)) return chosenCell;
  if (isEmpty(chosenCell)) return salesError("invalid-value", "missingArgument", { what: "category" });
  const chosen = CATEGORY_ARGUMENT.get(squeeze(chosenCell));
  if (chosen === undefined) {
    return salesError("invalid-value", "unknownOption", {
      what: "category",
      value: showCell(chosenCell),
      allowed: "closed, commit, bestcase, pipeline",
    });
  }
  const a = asColumn(amounts);
  const c = asColumn(categories);
  const sizeError = sameSizeColumns(a, c);
  if (sizeError) return sizeError;
  const counted = ADDS_UP[chosen];
  // Per distinct label cell: COUNTED, NOT_COUNTED or SKIP (empty). One accumulator, like a
  // hand-written SUMIFS loop, rather than a sum per category.
  const flagOf = new LabelCache((label) => {
    if (label === "") return SKIP;
    const kind = DATA_LABELS.get(squeeze(label));
    return kind === undefined ? UNKNOWN : counted.includes(kind) ? COUNTED : NOT_COUNTED;
  });
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const label = c[i][0];
    const flag = flagOf.get(label);
    if (flag === SKIP) continue;
    if (flag === UNKNOWN) return salesError("invalid-value", "unknownLabel", { row: i + 1, value: showCell(label) });
    const cell = a[i][0];
    if (typeof cell === "number") {
      if (cell < 0) return negativeAmount(i);
      if (flag === COUNTED) total += cell;
      continue;
    }
    if (isEmpty(cell)) continue;
    const amount = numberAt(cell, i);
    if (isSalesError(amount)) return amount;
    if (amount < 0) return negativeAmount(i);
    if (flag === COUNTED) total += amount;
  }
  return total;
}

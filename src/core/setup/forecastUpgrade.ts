import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { forecastKind } from "@core/pipeline/forecastKind";

/** The schema version that made Deals[ForecastCategory] a formula with a ForecastOverride column. */
export const FORECAST_FORMULA_VERSION = 2;

/** What the upgrade reads: each deal's stage, typed category and override (if the column exists), and the Stages table. */
export type ForecastUpgradeInput = {
  readonly stages: readonly Cell[];
  readonly categories: readonly Cell[];
  /** The ForecastOverride cells, or null when Deals has no such column yet. */
  readonly overrides: readonly Cell[] | null;
  /** Stages' Stage and ForecastCategory cells, row by row. */
  readonly stageCategories: readonly (readonly [Cell, Cell])[];
};

/** What the upgrade writes into ForecastOverride, row by row, and how many manager's categories it keeps there. */
export type ForecastUpgradePlan = {
  /** The override of each deal row after the upgrade (an existing override is never replaced). */
  readonly overrides: readonly Cell[];
  /** Data rows whose override changes (the typed category moved there). */
  readonly changedRows: readonly number[];
};

/** A stage name as MATCH compares it: no case; surrounding spaces are the user's and kept. */
const stageKey = (cell: Cell): string => (isEmpty(cell) ? "" : String(cell).toLowerCase());

/** Whether two categories name the same one (either language, any case or spacing), or are the same text. */
function sameCategory(a: Cell, b: Cell): boolean {
  const kindA = forecastKind(a);
  const kindB = forecastKind(b);
  if (kindA !== undefined || kindB !== undefined) return kindA === kindB;
  return stageKey(a).trim() === stageKey(b).trim();
}

/**
 * Plans the move of typed forecast categories to the ForecastOverride column, before
 * Deals[ForecastCategory] becomes a formula from the stage: a category a manager typed that
 * differs from the stage's default in Stages (or on a stage Stages does not list) is the
 * manager's judgement and goes to the override, so the formula loses none of it; an empty one,
 * or one equal to the default, needs no override. An override already there is kept as it is
 * (running the upgrade again changes nothing). A won or lost deal keeps its typed category in the
 * override too, though the formula then ignores it: nothing typed is thrown away.
 *
 * @param input - the deals' stages, categories and overrides, and the Stages table
 * @returns the overrides to write, and which rows change
 * @example
 * planForecastUpgrade({ stages: ["Proposal"], categories: ["Commit"], overrides: null,
 *   stageCategories: [["Proposal", "Best case"]] }).overrides //=> ["Commit"]
 */
export function planForecastUpgrade(input: ForecastUpgradeInput): ForecastUpgradePlan {
  const defaults = new Map<string, Cell>();
  for (const [stage, category] of input.stageCategories) {
    const key = stageKey(stage);
    // MATCH finds the first row of a stage listed twice.
    if (key !== "" && !defaults.has(key)) defaults.set(key, category);
  }
  const changedRows: number[] = [];
  const overrides = input.categories.map((typed, row) => {
    const existing = input.overrides?.[row] ?? "";
    if (!isEmpty(existing) || isEmpty(typed)) return existing;
    const stage = stageKey(input.stages[row] ?? "");
    const fallback = defaults.get(stage);
    if (fallback !== undefined && sameCategory(typed, fallback)) return existing;
    changedRows.push(row);
    return typed;
  });
  return { overrides, changedRows };
}

/**
 * Whether a workbook's Deals table predates the forecast formula: it lacks the ForecastOverride
 * column, or the add-in recorded an older schema version for it.
 *
 * @param dealsHeaders - whether Deals exists, and whether it has ForecastOverride
 * @param recordedVersion - `salesgrid.schemaVersion`, null when never set up
 * @returns true when the Workbook area should offer the upgrade
 * @example
 * forecastUpgradeNeeded({ present: true, hasOverride: false }, 1) //=> true
 */
export function forecastUpgradeNeeded(
  dealsHeaders: { readonly present: boolean; readonly hasOverride: boolean },
  recordedVersion: number | null,
): boolean {
  if (!dealsHeaders.present) return false;
  return !dealsHeaders.hasOverride || (recordedVersion !== null && recordedVersion < FORECAST_FORMULA_VERSION);
}

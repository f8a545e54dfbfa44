import type { Cell } from "@core/cells/cell";
import { periodLengthText, PERIOD_LENGTHS } from "@core/performance/kpiPlans";
import type { WorkbookLanguage } from "@core/workbook/schema";

/**
 * The schema version that gave KpiWeights one plan per period length (PeriodLength, read by
 * Scorecard[Score] through FILTER) and Targets its live Pace column.
 */
export const PERIOD_PLAN_VERSION = 3;

/** What the workbook holds of the tables the upgrade changes. */
export type PeriodPlanTables = {
  readonly kpiWeights: { readonly present: boolean; readonly hasPeriodLength: boolean };
  readonly targets: { readonly present: boolean; readonly hasPace: boolean };
};

/**
 * Whether a workbook needs the per-period plans upgrade: its KpiWeights has no PeriodLength
 * column, or its Targets no Pace column. A workbook without either table needs nothing (the
 * area that creates them writes the current layout).
 *
 * @param tables - which tables exist and whether they have the new columns
 * @returns true when the Workbook area should offer the upgrade
 * @example
 * periodPlanUpgradeNeeded({ kpiWeights: { present: true, hasPeriodLength: false }, targets: { present: false, hasPace: false } }) //=> true
 */
export function periodPlanUpgradeNeeded(tables: PeriodPlanTables): boolean {
  return (
    (tables.kpiWeights.present && !tables.kpiWeights.hasPeriodLength) ||
    (tables.targets.present && !tables.targets.hasPace)
  );
}

const blank = (row: readonly Cell[]) => row.every((cell) => cell === "" || cell === null || cell === undefined);

/**
 * Plans the move of an old KpiWeights (one plan every scorecard read) to one plan per period
 * length without changing a single score: the rows as they are become the monthly block, and a
 * copy of them, cell for cell (the manager's own columns too), becomes the quarterly and the
 * yearly block. Every Scorecard row then scores exactly as before, whatever its length, until the
 * manager writes a scorecard of one length or edits a block. Wholly blank rows are not copied.
 *
 * @param rows - KpiWeights' data rows as read (any columns)
 * @param language - the workbook's language (the PeriodLength texts)
 * @returns the PeriodLength of each existing row, and the rows to append (PeriodLength first,
 *   then the row's cells)
 * @example
 * planKpiWeightsUpgrade([["Win rate", 15, 0.3, false]], "en-US")
 * //=> { lengths: ["Month"], appended: [["Quarter", "Win rate", 15, 0.3, false], ["Year", "Win rate", 15, 0.3, false]] }
 */
export function planKpiWeightsUpgrade(
  rows: readonly (readonly Cell[])[],
  language: WorkbookLanguage,
): { lengths: string[]; appended: Cell[][] } {
  const [first, ...others] = PERIOD_LENGTHS.map((length) => periodLengthText(length, language));
  const kept = rows.filter((row) => !blank(row));
  return {
    lengths: rows.map((row) => (blank(row) ? "" : first)),
    appended: others.flatMap((length) => kept.map((row) => [length, ...row])),
  };
}

/** A structured reference to a KpiWeights column (`'` escapes a bracket, # or ' inside it). */
const KPI_WEIGHTS_REF = /KpiWeights\[(?:[^[\]']|'.)*\]/gi;

/**
 * A Scorecard[Score] formula from before per-period plans, rewritten to read only its own row's
 * period length's block: each reference to a KpiWeights column becomes FILTER(that column,
 * ownLength). Everything else (the cap, the KPI columns, the manager's own edits) stays as written.
 * A formula already filtered, or naming no KpiWeights column, is returned unchanged.
 *
 * @param formula - the Score cell's formula as read
 * @param ownLength - the include test of the row's own period length (ownLengthTest)
 * @returns the formula to write
 * @example
 * perPeriodScoreFormula("=SALES.SCORE(x,KpiWeights[Target],KpiWeights[Weight],1.5,KpiWeights[LowerIsBetter])", "t")
 * //=> "=SALES.SCORE(x,FILTER(KpiWeights[Target],t),FILTER(KpiWeights[Weight],t),1.5,FILTER(KpiWeights[LowerIsBetter],t))"
 */
export function perPeriodScoreFormula(formula: string, ownLength: string): string {
  if (/FILTER\(\s*KpiWeights\[/i.test(formula)) return formula;
  return formula.replace(KPI_WEIGHTS_REF, (ref) => `FILTER(${ref},${ownLength})`);
}

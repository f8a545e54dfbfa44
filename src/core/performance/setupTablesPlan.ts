import { columnIndex } from "@core/workbook/columnIndex";
import { tableSpec, type TableSpec } from "@core/workbook/schema";
import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { parseNumber } from "@core/cells/parseNumber";
import { isSalesError } from "@core/errors";
import { commissionTiers, type CommissionTier } from "@core/formulas/performance/commissionTiers";
import { COLLECTION_RATE_DEFAULT, KPI_KEYS, KPI_KEYS_BEFORE_COLLECTIONS, type Kpi } from "@core/performance/kpis";
import { noKpiPlans, periodLengthOf, type KpiPlans, type PeriodLength } from "@core/performance/kpiPlans";
import { ratingBands, type RatingBand } from "@core/formulas/performance/ratingBands";
import type { PerformanceTableRows } from "@core/performance/performanceData";

function columns(table: TableSpec, rows: PerformanceTableRows, keys: readonly string[]): Cell[][] | null {
  const index = columnIndex(table, rows.headers);
  if (keys.some((key) => index[key] < 0)) return null;
  return rows.rows.map((row) => keys.map((key) => row[index[key]]));
}

/**
 * The rating bands a workbook's RatingBands table holds, highest first; null when the table is
 * missing its columns or is no valid bands table (the wizard then offers the defaults).
 *
 * @example
 * bandsFromTable({ headers: ["Minimum", "Label"], rows: [[0, "D"], [1, "A"]] }) //=> [{ minimum: 1, label: "A" }, { minimum: 0, label: "D" }]
 */
export function bandsFromTable(rows: PerformanceTableRows): RatingBand[] | null {
  const cells = columns(tableSpec("RatingBands"), rows, ["Minimum", "Label"]);
  const bands = cells ? ratingBands(cells) : null;
  return bands === null || isSalesError(bands) ? null : bands;
}

/** The tiers a workbook's CommissionTiers table holds; null when it is no valid tier table. */
export function tiersFromTable(rows: PerformanceTableRows): CommissionTier[] | null {
  const cells = columns(tableSpec("CommissionTiers"), rows, ["Threshold", "Rate"]);
  const tiers = cells ? commissionTiers(cells) : null;
  return tiers === null || isSalesError(tiers) ? null : tiers;
}

const TRUE_TEXT = new Set(["true", "1", "是", "yes"]);

/**
 * A block of KpiWeights as a KPI plan in KPI_KEYS order: eight rows, or the seven of a block from
 * before the collection rate (which then weighs 0, as its Score formula never read it); null
 * unless each row has numbers.
 */
function kpisOf(cells: readonly (readonly Cell[])[]): Kpi[] | null {
  if (cells.length === KPI_KEYS_BEFORE_COLLECTIONS)
    return kpisOf([...cells, [COLLECTION_RATE_DEFAULT.weight, COLLECTION_RATE_DEFAULT.target, false]]);
  if (cells.length !== KPI_KEYS.length) return null;
  const kpis = cells.map(([weight, target, lower], i): Kpi | null => {
    const w = parseNumber(weight);
    const t = parseNumber(target);
    if (w === undefined || t === undefined) return null;
    const flag =
      typeof lower === "boolean" ? lower : !isEmpty(lower) && TRUE_TEXT.has(String(lower).trim().toLowerCase());
    return { key: KPI_KEYS[i], weight: w, target: t, lowerIsBetter: flag };
  });
  return kpis.every((kpi) => kpi !== null) ? (kpis as Kpi[]) : null;
}

/**
 * The KPI plans a workbook's KpiWeights table holds, one per period length: the rows whose
 * PeriodLength names that length (either language), in table order, one per KPI in KPI_KEYS order
 * (as the Score formula reads them through FILTER); a length without exactly eight such rows with
 * numbers has none — or seven, a block from before the collection rate KPI, read with the
 * collection rate weighing 0 (its rows' Score formulas do not read it). A table from before per-period plans (no PeriodLength column) holds one plan,
 * which every length's scorecard used: it is each length's plan.
 *
 * @param rows - KpiWeights as read
 * @returns the plan of each length, or null where there is none
 * @example
 * kpiPlansFromTable({ headers: ["PeriodLength", "KPI", "Weight", "Target", "LowerIsBetter"], rows }).month //=> [{ key: "attainment", … }, …]
 */
export function kpiPlansFromTable(rows: PerformanceTableRows): KpiPlans {
  const spec = tableSpec("KpiWeights");
  const cells = columns(spec, rows, ["Weight", "Target", "LowerIsBetter"]);
  if (!cells) return noKpiPlans;
  const lengthAt = columnIndex(spec, rows.headers).PeriodLength;
  if (lengthAt < 0) {
    const plan = kpisOf(cells);
    return { month: plan, quarter: plan, year: plan };
  }
  const planOf = (length: PeriodLength) =>
    kpisOf(cells.filter((_, r) => periodLengthOf(rows.rows[r][lengthAt]) === length));
  return { month: planOf("month"), quarter: planOf("quarter"), year: planOf("year") };
}

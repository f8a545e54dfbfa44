import { kpiNames } from "@core/performance/performanceTables";
import { columnIndex } from "@core/workbook/columnIndex";
import type { CommissionTier } from "@core/formulas/performance/commissionTiers";
import { KPI_KEYS, type Kpi } from "@core/performance/kpis";
import type { RatingBand } from "@core/formulas/performance/ratingBands";
import { safeText } from "@core/workbook/safeText";
import { type WorkbookLanguage, tableSpec, tableHeaders, type TableSpec } from "@core/workbook/schema";
import { queueFormats } from "./performanceFormats";
import type { NamedTable } from "./readNamedTables";

type Value = string | number | boolean;

/** The rows of the three set-up tables for a plan, by column key. */
export function setupRows(
  plan: {
    readonly bands: readonly RatingBand[];
    readonly tiers: readonly CommissionTier[];
    readonly kpis: readonly Kpi[];
  },
  language: WorkbookLanguage,
): { table: TableSpec; rows: Record<string, Value>[] }[] {
  const byKey = new Map(plan.kpis.map((kpi) => [kpi.key, kpi]));
  return [
    {
      table: tableSpec("KpiWeights"),
      rows: KPI_KEYS.map((key) => {
        const kpi = byKey.get(key) ?? { weight: 0, target: 1, lowerIsBetter: false };
        return {
          KPI: kpiNames[key][language],
          Weight: kpi.weight,
          Target: kpi.target,
          LowerIsBetter: kpi.lowerIsBetter,
        };
      }),
    },
    {
      table: tableSpec("RatingBands"),
      rows: plan.bands.map((band) => ({
        Minimum: band.minimum,
        Label: typeof band.label === "string" ? safeText(band.label) : band.label,
      })),
    },
    {
      table: tableSpec("CommissionTiers"),
      rows: plan.tiers.map((tier) => ({ Threshold: tier.threshold, Rate: tier.rate })),
    },
  ];
}

/**
 * Queues the contents of the set-up tables (KpiWeights, RatingBands, CommissionTiers): an
 * existing table keeps its place and any column the user added (left as it is) and gets exactly
 * the plan's rows; a missing one is created on the set-up sheet at `left`, the next one further
 * right. Returns the header row of each table as written, for the formulas.
 */
export function queueSetupTables(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  left: number,
  existing: Readonly<Record<string, NamedTable | undefined>>,
  contents: ReturnType<typeof setupRows>,
  language: WorkbookLanguage,
): Record<string, readonly string[]> {
  const headersByTable: Record<string, readonly string[]> = {};
  let column = left;
  for (const { table: spec, rows } of contents) {
    const found = existing[spec.name];
    if (found) {
      const index = columnIndex(spec, found.headers);
      const keyAt = found.headers.map((_, at) => spec.columns.find((c) => index[c.key] === at)?.key ?? null);
      const values = rows.map((row) => keyAt.map((key) => (key === null ? null : row[key])));
      const table = context.workbook.tables.getItem(spec.name);
      const current = found.rows.length;
      for (let r = current - 1; r >= rows.length; r--) table.rows.getItemAt(r).delete();
      if (rows.length > current)
        table.rows.add(
          undefined,
          Array.from({ length: rows.length - current }, () => found.headers.map(() => "")),
        );
      if (rows.length > 0) table.getDataBodyRange().values = values as unknown as Value[][];
      queueFormats(table, spec, found.headers);
      headersByTable[spec.name] = found.headers;
    } else {
      const headers = tableHeaders(spec, language);
      const values = rows.map((row) => spec.columns.map((c) => row[c.key]));
      const range = sheet.getRangeByIndexes(0, column, 1 + Math.max(1, rows.length), headers.length);
      sheet.getRangeByIndexes(0, column, 1, headers.length).values = [headers];
      const table = sheet.tables.add(range, true);
      table.name = spec.name;
      if (rows.length > 0) sheet.getRangeByIndexes(1, column, rows.length, headers.length).values = values;
      queueFormats(table, spec, headers);
      headersByTable[spec.name] = headers;
      column += headers.length + 1;
    }
  }
  return headersByTable;
}

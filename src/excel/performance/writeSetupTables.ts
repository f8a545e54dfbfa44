import { columnIndex } from "@core/workbook/columnIndex";
import type { CommissionTier } from "@core/formulas/performance/commissionTiers";
import type { Kpi } from "@core/performance/kpis";
import { kpiWeightsRows, type PeriodLength } from "@core/performance/kpiPlans";
import type { RatingBand } from "@core/formulas/performance/ratingBands";
import { safeText } from "@core/workbook/safeText";
import { type WorkbookLanguage, tableSpec, tableHeaders, type TableSpec } from "@core/workbook/schema";
import { queueColumnFit, type ColumnFit } from "@excel/write/fitColumns";
import { queueFormats } from "./performanceFormats";
import type { NamedTable } from "./readNamedTables";

type Value = string | number | boolean;

/**
 * The rows of the three set-up tables for a plan, by column key: KpiWeights gets the plan's KPIs
 * as the block of its period length, the other lengths' rows kept as read (kpiWeightsRows).
 */
export function setupRows(
  plan: {
    readonly bands: readonly RatingBand[];
    readonly tiers: readonly CommissionTier[];
    readonly kpis: readonly Kpi[];
    readonly length: PeriodLength;
  },
  language: WorkbookLanguage,
  kpiWeights?: NamedTable,
): { table: TableSpec; rows: Record<string, Value>[] }[] {
  return [
    {
      table: tableSpec("KpiWeights"),
      rows: kpiWeightsRows(plan.kpis, plan.length, language, kpiWeights).map(
        (row) =>
          Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, cell ?? ""])) as Record<string, Value>,
      ),
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
 * right, its columns autofitted within the add-in's limits (a table that exists keeps the widths
 * the manager gave it). Returns the header row of each table as written, for the formulas, and the
 * fits whose `clamp` the caller runs after its next sync.
 */
export function queueSetupTables(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  left: number,
  existing: Readonly<Record<string, NamedTable | undefined>>,
  contents: ReturnType<typeof setupRows>,
  language: WorkbookLanguage,
): { headers: Record<string, readonly string[]>; fits: ColumnFit[] } {
  const headersByTable: Record<string, readonly string[]> = {};
  const fits: ColumnFit[] = [];
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
      fits.push(
        queueColumnFit(
          table.getHeaderRowRange(),
          headers.map((header) => ({ header })),
          { filterButtons: true },
        ),
      );
      headersByTable[spec.name] = headers;
      column += headers.length + 1;
    }
  }
  return { headers: headersByTable, fits };
}

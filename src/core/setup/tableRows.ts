import type { Cell } from "@core/cells/cell";
import { literalText } from "@core/workbook/literalText";
import {
  defaultServiceLevelDays,
  defaultStages,
  forecastCategoryChoices,
  servicePriorityChoices,
  serviceTypeChoices,
  tableSpec,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import type { SampleWorkbook } from "@core/sample/sampleRows";
import { defaultCadenceRows } from "@core/setup/setupTables";

/** A row to write: one cell per column of the table; null leaves a formula column to its formula. */
export type WriteRow = Cell[];

function toRow(table: TableName, record: Readonly<Record<string, unknown>>): WriteRow {
  return tableSpec(table).columns.map((column) => {
    if (column.formula) return null;
    const value = record[column.key];
    if (value === null || value === undefined) return "";
    // Text columns are formatted as Text before the rows land, so Excel stores their text as is
    // (an apostrophe there would be kept); text elsewhere gets literalText's guard.
    if (typeof value !== "string" || column.kind === "text" || column.kind === "idText") return value as Cell;
    return literalText(value);
  });
}

/**
 * The rows of the tables set-up fills even without sample data: the default stages, the
 * default tier cadence and the default service levels, in the workbook's language.
 *
 * @param table - Stages, Cadences or ServiceLevels (any other table has none)
 * @param language - the workbook's language
 * @returns the rows in the table's column order
 * @example
 * fixedRows("Cadences", "en-US") //=> [["A", 14], ["B", 30], ["C", 90]]
 */
export function fixedRows(table: TableName, language: WorkbookLanguage): WriteRow[] {
  if (table === "Cadences") return defaultCadenceRows().map(([tier, days]) => toRow(table, { Tier: tier, Days: days }));
  if (table === "ServiceLevels") {
    return serviceTypeChoices.flatMap((type) =>
      servicePriorityChoices.map((priority, at) =>
        toRow(table, {
          Type: type[language],
          Priority: priority[language],
          Days: defaultServiceLevelDays[type["en-US"]]?.[at] ?? null,
        }),
      ),
    );
  }
  if (table !== "Stages") return [];
  return defaultStages.map((stage) =>
    toRow(table, {
      Stage: stage.name[language],
      Order: stage.order,
      Probability: stage.probability,
      ForecastCategory:
        forecastCategoryChoices.find((choice) => choice["en-US"] === stage.forecastCategory)?.[language] ??
        stage.forecastCategory,
      StaleDays: stage.staleDays,
    }),
  );
}

const sampleKeys: Partial<Record<TableName, keyof SampleWorkbook>> = {
  Team: "team",
  Customers: "customers",
  Deals: "deals",
  Activities: "activities",
  Service: "service",
  Contracts: "contracts",
  Payments: "payments",
};

/** The tables sample data fills (besides the fixed rows of Stages, Cadences and ServiceLevels). */
export const sampleTables: readonly TableName[] = [
  "Customers",
  "Deals",
  "Activities",
  "Team",
  "Service",
  "Contracts",
  "Payments",
];

/**
 * The sample rows of a table in its column order, formula columns left null (Excel fills them).
 *
 * @param table - one of {@link sampleTables}
 * @param sample - the generated sample workbook
 * @returns the rows (none for a table sample data does not fill)
 * @example
 * sampleRows("Team", generateSampleWorkbook({ seed: 1, language: "en", today: 45657 })).length //=> 8
 */
export function sampleRows(table: TableName, sample: SampleWorkbook): WriteRow[] {
  const key = sampleKeys[table];
  if (!key) return [];
  return (sample[key] as readonly Readonly<Record<string, unknown>>[]).map((record) => toRow(table, record));
}

import {
  defaultTierCadenceDays,
  tableSpec,
  tableNames,
  type ColumnSpec,
  type CustomerTier,
  type LocalizedText,
  type TableName,
  type WorkbookLanguage,
} from "@core/workbook/schema";

/**
 * The tables set-up creates: the SalesGrid tables of schema.ts plus `Cadences`, the editable
 * tier cadence (days between return visits per customer tier) that `Customers.NextContact`
 * reads through `SALES.NEXTVISIT`. Cadences lives on the setup sheet beside `Stages`, because
 * configuration a manager may edit is a visible table, not a hidden setting (ARCHITECTURE.md).
 */
export type SetupTableName = TableName | "Cadences";

export type SetupTableSpec = {
  readonly name: SetupTableName;
  readonly sheet: LocalizedText;
  readonly columns: readonly ColumnSpec[];
};

const text = (en: string, zh: string): LocalizedText => ({ "en-US": en, "zh-CN": zh });

/** `Cadences` (Setup / 设置): Tier, Days. Tier labels are A/B/C in both languages. */
export const cadenceTableSpec: SetupTableSpec = {
  name: "Cadences",
  sheet: tableSpec("Stages").sheet,
  columns: [
    { key: "Tier", header: text("Tier", "客户等级"), kind: "text", formula: false },
    { key: "Days", header: text("Days", "回访间隔天数"), kind: "integer", formula: false },
  ],
};

/** Every table set-up knows, in the order it lays them out (Stages, then Cadences beside it). */
export const setupTableNames: readonly SetupTableName[] = [tableNames[0], "Cadences", ...tableNames.slice(1)];

/**
 * The spec of a table set-up creates.
 *
 * @example
 * setupTableSpec("Cadences").columns.map((c) => c.key) //=> ["Tier", "Days"]
 */
export function setupTableSpec(name: SetupTableName): SetupTableSpec {
  return name === "Cadences" ? cadenceTableSpec : tableSpec(name);
}

/**
 * The header row of a set-up table in a workbook language.
 *
 * @example
 * setupTableHeaders("Cadences", "zh-CN") //=> ["客户等级", "回访间隔天数"]
 */
export function setupTableHeaders(name: SetupTableName, language: WorkbookLanguage): string[] {
  return setupTableSpec(name).columns.map((column) => column.header[language]);
}

/**
 * The set-up table a workbook table name refers to (Excel compares table names
 * case-insensitively); undefined for any other table.
 *
 * @example
 * findSetupTableName("cadences") //=> "Cadences"
 */
export function findSetupTableName(value: string): SetupTableName | undefined {
  const wanted = value.toLowerCase();
  return setupTableNames.find((name) => name.toLowerCase() === wanted);
}

/** The default cadence as rows of the Cadences table. */
export function defaultCadenceRows(): [CustomerTier, number][] {
  return (Object.keys(defaultTierCadenceDays) as CustomerTier[]).map((tier) => [tier, defaultTierCadenceDays[tier]]);
}

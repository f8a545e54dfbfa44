import type { ImportTarget } from "@core/import/importColumns";
import { columnFormula } from "@core/setup/formulaColumns";
import { tableSpec } from "@core/workbook/schema";

/**
 * How a formula names a column: the header as it stands in the table (the workbook's language),
 * found by the column's schema key. Stages headers are needed for the Deals formulas, ServiceLevels
 * headers for Service[DueBy].
 */
export type ImportHeaderLookup = (table: ImportTarget | "Stages" | "ServiceLevels", key: string) => string;

/** A column name inside brackets, with `[`, `]`, `#` and `'` escaped by `'` as Excel requires. */
function escapeColumn(header: string): string {
  return header.replace(/['[\]#]/g, (c) => `'${c}`);
}

/** `[@[Header]]`: the cell of this row in a column of the same table. */
export function thisRow(header: string): string {
  return `[@[${escapeColumn(header)}]]`;
}

/** `Table[Header]`: a whole column of another table. */
export function wholeColumn(table: string, header: string): string {
  return `${table}[${escapeColumn(header)}]`;
}

/** Which of set-up's configuration tables the workbook has (the formulas refer to them by name). */
export type ConfigTables = {
  readonly stages: boolean;
  readonly cadences: boolean;
  /** ServiceLevels (Service[DueBy] looks the days to resolve up there); absent means no. */
  readonly serviceLevels?: boolean;
};

/**
 * The formula of a formula column (ƒ in WORKBOOK.md) of an imported table, built from the headers
 * as they stand in the workbook, so a Chinese workbook gets `[@最近联系]`. It is set-up's formula
 * (columnFormula: the same table reads the same whether set up or imported) whenever the tables
 * it needs exist; in a workbook without set-up's `Cadences` table, Customers NextContact is
 * SALES.NEXTVISIT with the default cadence (A 14, B 30, C 90 days), blank while LastContact or Tier
 * is blank. Payments[Status] names no other table (only the row's own AmountDue, Received and
 * DueDate, its texts in the language of the headers written), so it is always written;
 * Service[DueBy] looks the days up in ServiceLevels and is written only when that table exists
 * (an imported ticket list in a workbook without it has DueBy blank, no #REF!). Other columns
 * have no formula (undefined).
 *
 * @param target - the table being written
 * @param key - the column's schema key
 * @param header - finds a column's header as written (see ImportHeaderLookup)
 * @param tables - whether Stages, Cadences and ServiceLevels exist (Stages assumed, the others not, by default)
 * @returns the formula text, or undefined
 *
 * @example
 * importFormula("Customers", "NextContact", (_t, key) => key)
 * //=> '=IF(OR([@[LastContact]]="",[@[Tier]]=""),"",SALES.NEXTVISIT([@[LastContact]],[@[Tier]]))'
 */
export function importFormula(
  target: ImportTarget,
  key: string,
  header: ImportHeaderLookup,
  tables: ConfigTables = { stages: true, cadences: false },
): string | undefined {
  // Only Stages, Cadences, ServiceLevels and the table itself are known here: a formula over any
  // other table (Deals[Collected] sums Payments) is left out, since Excel refuses a reference to a
  // table the workbook may not have; the Workbook area's collections upgrade writes it once
  // Payments exists.
  const present = (name: string) =>
    name === target ||
    (name === "Stages" && tables.stages) ||
    (name === "Cadences" && tables.cadences) ||
    (name === "ServiceLevels" && tables.serviceLevels === true);
  // The table's own headers as written (Payments[Status] writes its texts in their language).
  const ownHeaders = tableSpec(target).columns.map((column) => header(target, column.key));
  const shared = columnFormula(target, key, {
    table: (name) => (present(name) ? { name, headers: name === target ? ownHeaders : [] } : undefined),
    header: (table, column) =>
      table === "Cadences" ? undefined : header(table as ImportTarget | "Stages" | "ServiceLevels", column),
  });
  if (shared !== undefined) return shared;
  const own = (column: string) => thisRow(header(target, column));
  if (target === "Customers" && key === "NextContact") {
    const last = own("LastContact");
    const tier = own("Tier");
    return `=IF(OR(${last}="",${tier}=""),"",SALES.NEXTVISIT(${last},${tier}))`;
  }
  if (target === "Deals" && key === "Probability") {
    const probability = wholeColumn("Stages", header("Stages", "Probability"));
    const stage = wholeColumn("Stages", header("Stages", "Stage"));
    return `=IFERROR(INDEX(${probability},MATCH(${own("Stage")},${stage},0)),"")`;
  }
  if (target === "Deals" && key === "ForecastCategory") {
    // As Probability: the stage's category from Stages, blank until a Stages table exists.
    return columnFormula(target, key, {
      table: (name) => ({ name, headers: [] }),
      header: (table, column) => header(table as "Stages", column),
    });
  }
  if (target === "Deals" && key === "Weighted") {
    const amount = own("Amount");
    const probability = own("Probability");
    return `=IF(AND(ISNUMBER(${amount}),ISNUMBER(${probability})),${amount}*${probability},"")`;
  }
  return undefined;
}

/**
 * The keys of a target's formula columns, in table order.
 *
 * @example
 * formulaKeys("Deals") //=> ["Probability", "Weighted", "ForecastCategory"]
 */
export function formulaKeys(target: ImportTarget): string[] {
  return tableSpec(target)
    .columns.filter((column) => column.formula)
    .map((column) => column.key);
}

import type { ImportTarget } from "./importColumns";
import { tableSpec } from "../workbook/schema";

/**
 * How a formula names a column: the header as it stands in the table (the workbook's language),
 * found by the column's schema key. Stages headers are needed for the Deals formulas.
 */
export type HeaderLookup = (table: "Customers" | "Deals" | "Activities" | "Stages", key: string) => string;

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

/**
 * The formula of a formula column (ƒ in WORKBOOK.md) of an imported table, built from the headers
 * as they stand in the workbook, so a Chinese workbook gets `[@[最近联系]]`:
 * - Customers NextContact: SALES.NEXTVISIT of LastContact and Tier, blank while either is blank;
 * - Deals Probability: the stage's probability from the Stages table, blank for an unknown stage;
 * - Deals Weighted: Amount × Probability, blank unless both are numbers.
 * Other columns have no formula (undefined).
 *
 * @param target - the table being written
 * @param key - the column's schema key
 * @param header - finds a column's header as written (see HeaderLookup)
 * @returns the formula text, or undefined
 *
 * @example
 * importFormula("Deals", "Weighted", (_t, key) => key)
 * //=> '=IF(AND(ISNUMBER([@[Amount]]),ISNUMBER([@[Probability]])),[@[Amount]]*[@[Probability]],"")'
 */
export function importFormula(target: ImportTarget, key: string, header: HeaderLookup): string | undefined {
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
 * formulaKeys("Deals") //=> ["Probability", "Weighted"]
 */
export function formulaKeys(target: ImportTarget): string[] {
  return tableSpec(target)
    .columns.filter((column) => column.formula)
    .map((column) => column.key);
}

import type { ColumnKind, ColumnSpec } from "@core/workbook/schema";

/**
 * Which tables a format is for. "entry": the tables people type into (set-up's tables, import);
 * "figures": the tables and sheets the wizards compute (Targets, ActionPlan, the Scorecard and
 * its configuration tables, the pipeline dashboard), whose rates show one decimal (a 92.5%
 * attainment) and whose plain numbers (scores, cycle days, weights) two.
 */
export type FormatStyle = "entry" | "figures";

const entryFormats: Readonly<Record<ColumnKind, string>> = {
  // A money column never hides cents a user typed.
  money: "#,##0.00",
  percent: "0%",
  date: "yyyy-mm-dd",
  count: "0",
  number: "General",
  idText: "@",
  text: "@",
  flag: "General",
  value: "General",
};

const figureFormats: Readonly<Record<ColumnKind, string>> = { ...entryFormats, percent: "0.0%", number: "0.00" };

/**
 * Excel's number format of a column kind: money with thousands separators and cents, whole or
 * one-decimal percents, ISO dates, whole counts, Text (`@`) for IDs, phones and text so they
 * keep what is typed, General for TRUE/FALSE flags (and for plain numbers in entry tables).
 *
 * @param kind - the column's kind
 * @param style - entry tables or computed figures (default "entry")
 * @returns the format code
 * @example
 * numberFormat("money") //=> "#,##0.00"
 * numberFormat("percent", "figures") //=> "0.0%"
 */
export function numberFormat(kind: ColumnKind, style: FormatStyle = "entry"): string {
  return (style === "figures" ? figureFormats : entryFormats)[kind];
}

/**
 * The number format of a schema column: its kind's, except that a formula column holding text
 * (Scorecard.Rating) is General, since in a Text (`@`) cell Excel keeps a formula as text.
 *
 * @param column - the schema column
 * @param style - entry tables or computed figures (default "entry")
 * @returns the format code
 * @example
 * columnNumberFormat(tableSpec("Scorecard").columns[11]) //=> "General" (Rating)
 */
export function columnNumberFormat(column: ColumnSpec, style: FormatStyle = "entry"): string {
  if (column.formula && (column.kind === "text" || column.kind === "idText")) return "General";
  return numberFormat(column.kind, style);
}

/**
 * The format of a column for writers that only format figures and leave the rest as typed
 * (import, Goals): money, percents, dates and counts get their kind's format; text, IDs, plain
 * numbers and flags keep Excel's General (undefined), so nothing typed later is forced to text.
 *
 * @param kind - the column's kind
 * @param style - entry tables or computed figures (default "entry")
 * @returns the format code, or undefined to leave the column alone
 * @example
 * figureFormat("date") //=> "yyyy-mm-dd"
 * figureFormat("text") //=> undefined
 */
export function figureFormat(kind: ColumnKind, style: FormatStyle = "entry"): string | undefined {
  return kind === "money" || kind === "percent" || kind === "date" || kind === "count"
    ? numberFormat(kind, style)
    : undefined;
}

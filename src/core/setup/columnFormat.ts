import type { ColumnKind, ColumnSpec } from "@core/workbook/schema";

const formats: Readonly<Record<ColumnKind, string>> = {
  text: "@",
  money: "#,##0",
  percent: "0%",
  date: "yyyy-mm-dd",
  integer: "0",
  number: "General",
};

/**
 * The number format of a column by its kind. Text columns are formatted as Text (`@`) so IDs and
 * phone numbers keep their digits, except formula columns (a Text cell would show the formula).
 *
 * @param column - the schema column
 * @returns Excel's number format code
 * @example
 * columnNumberFormat({ key: "Amount", kind: "money", formula: false, header }) //=> "#,##0"
 */
export function columnNumberFormat(column: ColumnSpec): string {
  if (column.kind === "text" && column.formula) return "General";
  return formats[column.kind];
}

const widths: Readonly<Record<ColumnKind, number>> = {
  text: 100,
  money: 90,
  percent: 70,
  date: 80,
  integer: 60,
  number: 70,
};

/** Columns that hold long text. */
const wide = new Set([
  "Name",
  "Company",
  "Customer",
  "Summary",
  "Notes",
  "Preferences",
  "NextStep",
  "LostReason",
  "Step",
  "Goal",
  "Feedback",
  "Training",
  "Email",
]);

/**
 * A sensible width for a column, in points: by kind, wider for long text, and never narrower
 * than its header (Chinese characters count double).
 *
 * @param column - the schema column
 * @param header - the header as written
 * @returns the width in points
 * @example
 * columnWidth({ key: "Amount", kind: "money", formula: false, header }, "Amount") //=> 90
 */
export function columnWidth(column: ColumnSpec, header: string): number {
  const byKind = wide.has(column.key) ? 160 : widths[column.kind];
  let units = 0;
  for (const ch of header) units += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return Math.max(byKind, Math.ceil(units * 6.5 + 24));
}

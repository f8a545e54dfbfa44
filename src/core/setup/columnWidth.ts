import type { ColumnKind, ColumnSpec } from "@core/workbook/schema";

const widths: Readonly<Record<ColumnKind, number>> = {
  text: 100,
  money: 90,
  percent: 70,
  date: 80,
  count: 60,
  number: 70,
  idText: 100,
  flag: 60,
  value: 90,
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

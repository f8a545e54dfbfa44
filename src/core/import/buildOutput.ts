import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { importColumns, type ImportTarget } from "@core/import/importColumns";
import { literalText } from "@core/workbook/literalText";
import type { ImportResult } from "@core/import/validateRows";

/** What buildOutput needs besides the validated rows. */
export type OutputOptions = {
  readonly target: ImportTarget;
  /** The source header row, whose texts head the extra columns. */
  readonly headers: readonly Cell[];
  /** The language of the workbook: the target columns' headers are written in it. */
  readonly language: WorkbookLanguage;
  /**
   * "mapped" (the default) writes the target columns the user mapped; "all" writes every
   * non-formula column of the table, empty where nothing was mapped.
   */
  readonly columns?: "mapped" | "all";
};

/** A value as it goes into the values array: text guarded so Excel stores it as typed, empty as "". */
function outputCell(cell: Cell): Cell {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? literalText(cell) : cell;
}

/** Excel table headers must be unique, compared case-insensitively. */
function uniqueHeader(header: string, taken: Set<string>): string {
  let name = header;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${header} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * The 2-D array to write as the new table: a header row, then one row per imported row. Target
 * columns come first in the table's canonical order with headers in the workbook's language;
 * then every unmapped source column, under its original header (or "Column N" / "列 N" when it
 * had none), except columns with neither a header nor any value. Headers are made unique (" (2)")
 * because Excel requires it. Every text cell, headers included, goes through literalText, so
 * `=`, `+`, `-`, `@` text is stored as text and no text is turned into a number or date by Excel;
 * numbers, dates (serials) and booleans are written as they are, empty cells as "". Formula
 * columns (Probability, Weighted, NextContact of Customers) are not included: the writer adds
 * them with their formulas.
 *
 * @param result - the output of validateRows
 * @param options - target table, source headers, workbook language and which columns to write
 * @returns the header row followed by the data rows
 *
 * @example
 * buildOutput(validateRows([["=1+1", "Acme"]], [null, "Company"], "Customers", { knownStages: [] }),
 *   { target: "Customers", headers: ["Memo", "Account"], language: "zh-CN" })
 * //=> [["公司名称", "Memo"], ["Acme", "'=1+1"]]
 */
export function buildOutput(result: ImportResult, options: OutputOptions): Cell[][] {
  const all = options.columns === "all";
  const columns = importColumns(options.target).filter((spec) => all || result.columns.includes(spec.key));
  const extras = result.extraColumns
    .map((index, position) => ({ index, position }))
    .filter(
      ({ index, position }) =>
        !isEmpty(options.headers[index] ?? null) || result.rows.some((row) => !isEmpty(row.extras[position] ?? null)),
    );

  const taken = new Set<string>();
  const header: Cell[] = [
    ...columns.map((spec) => uniqueHeader(spec.header[options.language], taken)),
    ...extras.map(({ index }) => {
      const original = options.headers[index];
      const fallback = options.language === "zh-CN" ? `列 ${index + 1}` : `Column ${index + 1}`;
      return uniqueHeader(isEmpty(original ?? null) ? fallback : String(original).trim(), taken);
    }),
  ].map(outputCell);

  const body = result.rows.map((row) => [
    ...columns.map((spec) => outputCell(row.values[spec.key] ?? null)),
    ...extras.map(({ position }) => outputCell(row.extras[position] ?? null)),
  ]);
  return [header, ...body];
}

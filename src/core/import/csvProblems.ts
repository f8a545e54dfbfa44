import type { Matrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import type { CsvEncoding } from "@core/import/decodeCsvBytes";
import { importProblem, type ImportProblem } from "@core/import/importProblem";
import type { CsvParseError } from "@core/import/parseCsv";

/** What reading a CSV file found besides its rows (readCsvBytes, parseCsvText). */
export type CsvFacts = {
  /** 1-based line of the file where each row starts. */
  readonly lines: readonly number[];
  readonly errors: readonly CsvParseError[];
  /** Lines whose bytes do not read as the encoding used. */
  readonly suspectLines: readonly number[];
  readonly encoding: CsvEncoding;
};

const encodingNames: Record<CsvEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8",
  gb18030: "GBK / GB18030",
};

/** The 1-based row that holds a line: the last row starting at or before it. */
function rowOfLine(lines: readonly number[], line: number): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines[mid] <= line) low = mid + 1;
    else high = mid;
  }
  return Math.max(low, 1);
}

/**
 * The problems of a CSV file as a file, before any value is converted: every quoting error
 * papaparse found (an unclosed quote swallows the rest of the file), every row under the header
 * row with a different number of fields than the header (blank lines aside), and every line whose
 * bytes do not read as the encoding used. Each names the file's line; rows above the header row
 * (a title) are not counted.
 *
 * @param values - the parsed rows
 * @param csv - what reading the file found
 * @param headerRow - index of the header row in `values`
 * @returns the problems, by row
 *
 * @example
 * csvProblems([["a", "b"], ["x"]], { lines: [1, 2], errors: [], suspectLines: [], encoding: "utf-8" }, 0)[0].message.en
 * //=> "row 2 (line 2): 1 fields, the header row has 2"
 */
export function csvProblems(values: Matrix, csv: CsvFacts, headerRow: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const error of csv.errors) {
    const code = error.code === "InvalidQuotes" ? "csvBadQuote" : "csvUnclosedQuote";
    problems.push(importProblem("csv-quotes", error.record, "", null, code, { line: error.line }));
  }
  const expected = values[headerRow]?.length ?? 0;
  for (let index = headerRow + 1; index < values.length; index++) {
    const row = values[index];
    if (row.length === expected || row.every(isEmpty)) continue;
    const params = { row: index + 1, line: csv.lines[index] ?? index + 1, fields: row.length, expected };
    problems.push(importProblem("field-count", index + 1, "", null, "csvFieldCount", params));
  }
  const encoding = encodingNames[csv.encoding];
  for (const line of csv.suspectLines) {
    const row = rowOfLine(csv.lines, line);
    problems.push(
      importProblem("bad-encoding", row, "", values[row - 1]?.[0] ?? null, "csvEncoding", { line, encoding }),
    );
  }
  return problems;
}

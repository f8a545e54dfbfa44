import type { Cell } from "@core/cells/cell";
import type { CsvFacts } from "@core/import/csvProblems";
import type { CsvEncoding } from "@core/import/decodeCsvBytes";

/** Where the rows come from. */
export type SourceKind = "selection" | "sheet" | "csv";

/** The rows an import reads, wherever they came from: plain data, no proxies. */
export type ImportSource = {
  readonly kind: SourceKind;
  /** The sheet (and address) or the file name, to tell the user what was read. */
  readonly name: string;
  readonly sheet?: string;
  readonly values: readonly (readonly Cell[])[];
  readonly formulas?: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  /** 0-based sheet row and column of `values[0][0]` (0 and 0 for a file). */
  readonly top: number;
  readonly left: number;
  readonly encoding?: CsvEncoding;
  /** A CSV file: where its rows start, its quoting errors and lines in another encoding (see csvProblems). */
  readonly csv?: CsvFacts;
};

/** A block of cells read from a sheet, as the workbook layer hands it over. */
export type SheetBlock = {
  readonly sheet: string;
  /** A1 address on the sheet, without the sheet name. */
  readonly address: string;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly Cell[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly numberFormats: readonly (readonly string[])[];
};

/**
 * The source of an import read from a sheet (the selection or a whole sheet), named after its
 * sheet and address so the user sees what was read.
 *
 * @param kind - how the block was chosen
 * @param block - the cells read
 * @returns the source
 *
 * @example
 * sheetSource("sheet", { sheet: "Sheet1", address: "A1:B2", top: 0, left: 0, values: [], formulas: [], numberFormats: [] }).name
 * //=> "Sheet1!A1:B2"
 */
export function sheetSource(kind: Exclude<SourceKind, "csv">, block: SheetBlock): ImportSource {
  return { kind, name: `${block.sheet}!${block.address}`, ...block };
}

/**
 * The source of an import read from a CSV file: its rows start at the top left, and the
 * encoding it was read in is kept to tell the user, with what reading the file found (its rows'
 * lines, quoting errors and lines in another encoding) when given.
 *
 * @param file - the file's name, its parsed rows and encoding, and what reading it found
 * @returns the source
 *
 * @example
 * csvSource({ name: "deals.csv", rows: [["Stage"]], encoding: "utf-8" }).kind //=> "csv"
 */
export function csvSource(file: {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly encoding: CsvEncoding;
  readonly lines?: readonly number[];
  readonly errors?: CsvFacts["errors"];
  readonly suspectLines?: readonly number[];
}): ImportSource {
  const source: ImportSource = {
    kind: "csv",
    name: file.name,
    values: file.rows,
    top: 0,
    left: 0,
    encoding: file.encoding,
  };
  if (!file.lines) return source;
  const csv: CsvFacts = {
    lines: file.lines,
    errors: file.errors ?? [],
    suspectLines: file.suspectLines ?? [],
    encoding: file.encoding,
  };
  return { ...source, csv };
}

import type { Cell } from "@core/cells/cell";
import type { CsvEncoding } from "@core/import/decodeCsvBytes";
import { parseCsvText, type CsvParseError } from "@core/import/parseCsv";
import { readCsvBytes, type CsvEncodingChoice } from "@core/import/readCsvBytes";

/** A CSV file read into rows, with the encoding it was read in and what reading it found. */
export type CsvFile = {
  readonly name: string;
  readonly rows: Cell[][];
  readonly encoding: CsvEncoding;
  /** 1-based line of the file where each row starts. */
  readonly lines?: readonly number[];
  /** Quoting errors papaparse found. */
  readonly errors?: readonly CsvParseError[];
  /** Lines whose bytes do not read as `encoding` (garbled text). */
  readonly suspectLines?: readonly number[];
  /** The file has a UTF-8 byte-order mark, yet lines that are not UTF-8. */
  readonly bomMismatch?: boolean;
  /** The user chose the encoding. */
  readonly chosen?: boolean;
};

/** A file that is no text CSV file (binary data renamed to .csv): nothing is read from it. */
export type UnreadableFile = { readonly name: string; readonly unreadable: "binary" };

function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read."));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reads a CSV file the user picked: its bytes checked and decoded (UTF-8, UTF-8 with BOM or
 * GBK/GB18030, detected or as the user chose, with the lines that do not fit; binary data is
 * refused, see readCsvBytes) and parsed with papaparse (comma, semicolon, tab; quoting errors and
 * each row's line, see parseCsvText). Nothing leaves the pane: the file is read locally.
 *
 * @param file - the file picked
 * @param encoding - the encoding the user chose, if any
 * @returns the rows and what reading found, or the file's refusal
 */
export async function readCsvFile(file: File, encoding?: CsvEncodingChoice): Promise<CsvFile | UnreadableFile> {
  const decoded = readCsvBytes(new Uint8Array(await bytesOf(file)), encoding);
  if (!decoded.ok) return { name: file.name, unreadable: decoded.reason };
  const parsed = parseCsvText(decoded.text);
  return {
    name: file.name,
    rows: parsed.rows,
    encoding: decoded.encoding,
    lines: parsed.lines,
    errors: parsed.errors,
    suspectLines: decoded.suspectLines,
    bomMismatch: decoded.bomMismatch,
    chosen: decoded.chosen,
  };
}

import type { Cell } from "@core/cells/cell";
import { decodeCsvBytes, type CsvEncoding } from "@core/import/decodeCsvBytes";
import { parseCsv } from "@core/import/parseCsv";

/** A CSV file read into rows, with the encoding it was read in. */
export type CsvFile = { readonly name: string; readonly rows: Cell[][]; readonly encoding: CsvEncoding };

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
 * Reads a CSV file the user picked: its bytes decoded (UTF-8, UTF-8 with BOM or GBK/GB18030, see
 * decodeCsvBytes) and parsed with papaparse (comma, semicolon, tab; see parseCsv). Nothing leaves
 * the pane: the file is read locally.
 */
export async function readCsvFile(file: File): Promise<CsvFile> {
  const decoded = decodeCsvBytes(new Uint8Array(await bytesOf(file)));
  return { name: file.name, rows: parseCsv(decoded.text), encoding: decoded.encoding };
}

import type { CsvEncoding } from "@core/import/decodeCsvBytes";

/** The encodings a user may choose to read a CSV file in. */
export type CsvEncodingChoice = "utf-8" | "gb18030";

export const csvEncodingChoices: readonly CsvEncodingChoice[] = ["utf-8", "gb18030"];

/** A CSV file's bytes turned into text, with what did not fit the encoding used. */
export type CsvText = {
  readonly ok: true;
  readonly text: string;
  readonly encoding: CsvEncoding;
  /**
   * 1-based lines whose bytes do not read as `encoding` (a UTF-8 file with a GBK line, GBK bytes
   * after a UTF-8 byte-order mark, UTF-8 lines read as GBK): their text is garbled.
   */
  readonly suspectLines: readonly number[];
  /** The file starts with a UTF-8 byte-order mark, yet some lines are not UTF-8 (they are among suspectLines). */
  readonly bomMismatch: boolean;
  /** The encoding was chosen by the user, not detected. */
  readonly chosen: boolean;
};

/** Bytes that are no text file: binary data (an image, a zip, an Excel workbook) renamed to .csv. */
export type UnreadableCsv = { readonly ok: false; readonly reason: "binary" };

/** Control bytes beyond this share of a file mean it is not text (tab, CR and LF excepted). */
const CONTROL_SHARE = 0.01;

function isControl(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f;
}

/** Whether the bytes are binary rather than text: NULs and other control bytes in more than 1 % of them. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) if (isControl(bytes[i])) controls++;
  return controls > 0 && controls / bytes.length > CONTROL_SHARE;
}

function decodes(bytes: Uint8Array, encoding: CsvEncodingChoice): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

type LineCheck = {
  /** Lines with bytes above ASCII that are valid UTF-8. */
  readonly utf8: number[];
  /** Lines with bytes above ASCII that are not valid UTF-8 (GBK, or damaged). */
  readonly notUtf8: number[];
  /** Of notUtf8, the lines that are not valid GB18030 either. */
  readonly neither: number[];
};

/**
 * Checks each line (split at LF, which is a single byte in UTF-8 and GB18030 alike) that holds
 * more than ASCII. A whole file that is valid UTF-8 needs no decoding per line.
 */
function checkLines(bytes: Uint8Array): LineCheck {
  const wholeUtf8 = decodes(bytes, "utf-8");
  const check: LineCheck = { utf8: [], notUtf8: [], neither: [] };
  let start = 0;
  let line = 1;
  let high = false;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) {
      if (bytes[i] >= 0x80) high = true;
      continue;
    }
    if (high) {
      const slice = bytes.subarray(start, i);
      if (wholeUtf8 || decodes(slice, "utf-8")) check.utf8.push(line);
      else {
        check.notUtf8.push(line);
        if (!decodes(slice, "gb18030")) check.neither.push(line);
      }
    }
    start = i + 1;
    line++;
    high = false;
  }
  return check;
}

/**
 * Reads a CSV file's bytes into text, checking every line against the encoding. Binary data
 * (control bytes in more than 1 % of the file, e.g. NULs) is refused. Without a choice the
 * encoding is detected: UTF-8 when most lines that hold more than ASCII are valid UTF-8 (a UTF-8
 * byte-order mark is stripped), else GB18030, the superset of GBK that Excel in Chinese saves CSV
 * files in. Lines that do not read as the encoding used are returned, so the pane names them
 * and offers the other encoding: a UTF-8 file with one GBK line, GBK after a byte-order mark.
 *
 * @param bytes - the file's content
 * @param choice - the encoding the user chose, if any
 * @returns the text, its encoding and the lines that do not fit it; or why the file is no text
 *
 * @example
 * readCsvBytes(new Uint8Array([0x61, 0x0a, 0xc4, 0xe3])) //=> { ok: true, text: "a\n你", encoding: "gb18030", suspectLines: [], bomMismatch: false, chosen: false }
 */
export function readCsvBytes(bytes: Uint8Array, choice?: CsvEncodingChoice): CsvText | UnreadableCsv {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { ok: false, reason: "binary" };
  const lines = checkLines(body);
  const detected: CsvEncodingChoice = lines.notUtf8.length > lines.utf8.length ? "gb18030" : "utf-8";
  const encoding = choice ?? detected;
  const bomMismatch = bom && lines.notUtf8.length > 0;
  const misread = encoding === "utf-8" ? lines.notUtf8 : [...lines.utf8, ...lines.neither];
  // GBK read after a UTF-8 mark is readable but contradicts the mark: its lines are named too.
  const suspect = bomMismatch && !choice ? [...new Set([...misread, ...lines.notUtf8])] : misread;
  suspect.sort((a, b) => a - b);
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  const label: CsvEncoding = encoding === "gb18030" ? "gb18030" : bom ? "utf-8-bom" : "utf-8";
  return { ok: true, text, encoding: label, suspectLines: suspect, bomMismatch, chosen: choice !== undefined };
}

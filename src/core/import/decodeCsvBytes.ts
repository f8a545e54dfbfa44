/** How a CSV file's bytes were read. */
export type CsvEncoding = "utf-8" | "utf-8-bom" | "gb18030";

export type DecodedCsv = { text: string; encoding: CsvEncoding };

/**
 * Turns the bytes of a CSV file into text. A UTF-8 byte-order mark (what Excel's "CSV UTF-8"
 * writes) is stripped; bytes that are valid UTF-8 are read as UTF-8; anything else is read as
 * GB18030, the superset of GBK and GB2312 that Excel in Chinese and most Chinese CRMs save CSV
 * files in. Uses the standard TextDecoder (Node 20 and browsers, both with GB18030). It trusts a
 * byte-order mark and checks nothing per line: the pane reads files with readCsvBytes, which
 * names lines in another encoding and refuses binary data.
 *
 * @param bytes - the file's content
 * @returns the text and the encoding it was read in
 *
 * @example
 * decodeCsvBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])) //=> { text: "你好", encoding: "gb18030" }
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

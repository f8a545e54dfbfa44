/**
 * A short, stable fingerprint of what an import writes, so a second run can tell whether it is
 * finishing the same job (same target, mode, header and rows) or starting another: FNV-1a (32 bit)
 * over the JSON of each part, plus the number of rows. Not a security hash.
 *
 * @param parts - the values that define the write (header row, body rows, target, mode …)
 * @param rowCount - how many rows are written
 * @returns e.g. "3f2a9c1e-100000"
 *
 * @example
 * importFingerprint(["Customers", [["Acme"]]], 1) === importFingerprint(["Customers", [["Acme"]]], 1) //=> true
 */
export function importFingerprint(parts: readonly unknown[], rowCount: number): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  for (const part of parts) {
    if (Array.isArray(part)) for (const item of part) feed(JSON.stringify(item) ?? "");
    else feed(JSON.stringify(part) ?? "");
    feed("\u0000");
  }
  return `${(hash >>> 0).toString(16).padStart(8, "0")}-${rowCount}`;
}

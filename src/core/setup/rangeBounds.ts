import { columnOfLetters } from "@core/workbook/columnLetters";

/** A rectangle of cells, 0-based and inclusive. */
export type RangeBounds = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

/**
 * The bounds of an A1 address as Office returns it ("Sheet1!B2:F20", "'My sheet'!C3", "A1").
 *
 * @param address - the address, with or without its sheet
 * @returns the bounds, or undefined when it is no A1 address
 * @example
 * rangeBounds("Setup!A1:E8") //=> { top: 0, left: 0, bottom: 7, right: 4 }
 */
export function rangeBounds(address: string): RangeBounds | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1).toUpperCase();
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(local);
  if (!match) return undefined;
  const [, c1, r1, c2 = c1, r2 = r1] = match;
  return { top: Number(r1) - 1, left: columnOfLetters(c1), bottom: Number(r2) - 1, right: columnOfLetters(c2) };
}

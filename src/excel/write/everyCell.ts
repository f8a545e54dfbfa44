/**
 * A value for a range setter (values, formulas, numberFormat) that Excel applies to every cell of
 * the range: Office.js takes a single value in place of a 2-D array, so the request carries one
 * value however many rows the range has, and a formula column stays one calculated column.
 *
 * @param value - the value every cell gets
 * @returns the value, typed as the setter's 2-D array
 * @example
 * range.numberFormat = everyCell("@");
 */
export function everyCell<T>(value: T): T[][] {
  return value as unknown as T[][];
}

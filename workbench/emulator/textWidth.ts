/**
 * How wide Excel draws a cell's text, approximately: advance widths of Calibri 11 at 96 dpi (the
 * font behind Excel's "max digit width" of 7 px), scaled by the cell's font size and bold. Used
 * by `RangeFormat.autofitColumns`; close enough to tell a clipped header from a fitted one, not a
 * font renderer.
 */

/** Excel's widest column: 255 characters of the default font, in points (1,790 px). */
export const MAX_COLUMN_WIDTH = 1342.5;

/** Space Excel leaves around the text of an autofitted column, in pixels. */
const PADDING_PX = 7;

function advancePx(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 14.7; // CJK and full-width forms: one em
  if (ch === " ") return 3.3;
  if ("ijlI.,:;'!|".includes(ch)) return 3.5;
  if ("ftr()[]-".includes(ch)) return 5;
  if ("mwMW%@".includes(ch)) return 11;
  if (ch >= "0" && ch <= "9") return 7.4;
  if (ch >= "A" && ch <= "Z") return 8.5;
  return 7;
}

/**
 * The width in points a column needs to show a text in full.
 *
 * @param text - the displayed text
 * @param font - the cell's font size (points, default 11) and whether it is bold
 * @returns points, padding included
 * @example
 * textWidthPoints("Amount") //=> 39.4
 */
export function textWidthPoints(text: string, font: { size?: number; bold?: boolean } = {}): number {
  if (text === "") return 0;
  let px = 0;
  for (const ch of text) px += advancePx(ch);
  px *= (font.size ?? 11) / 11;
  if (font.bold) px *= 1.05;
  return Math.round((px + PADDING_PX) * 0.75 * 10) / 10;
}

/**
 * A1 addresses: parsing and formatting the way Excel writes them. Rows and columns are 0-based
 * inside the emulator; Excel's "A1" is row 0, column 0.
 */

/** Excel's grid size (rows, columns). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, inclusive bounds, 0-based. */
export type CellRect = { top: number; left: number; bottom: number; right: number };

/** A parsed address: the rectangle and the sheet name when the address named one. */
export type ParsedAddress = CellRect & { sheet?: string };

/**
 * The column letters of a 0-based column index.
 * @example columnLetters(27) //=> "AB"
 */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The 0-based column index of column letters, or -1 when they are not letters.
 * @example columnIndex("AB") //=> 27
 */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Quotes a sheet name for use in a formula or an address when Excel would. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

type Point = { row?: number; col?: number };

function parsePoint(text: string): Point | null {
  let m = CELL.exec(text);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLUMN.exec(text);
  if (m) return { col: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

/** Splits "Sheet!A1" / "'My sheet'!A1" into the sheet name and the rest. */
function splitSheet(address: string): { sheet?: string; rest: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { rest: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, rest: address.slice(bang + 1) };
}

/**
 * Parses an A1 address: a cell ("B2"), a range ("A1:C3"), whole columns ("A:C"), whole rows
 * ("2:5"), with optional `$` and an optional sheet prefix. Returns null when it is not one, or
 * when it falls outside Excel's grid — Excel rejects such addresses with InvalidArgument.
 * @example parseAddress("Data!$B$2:C3") //=> { sheet: "Data", top: 1, left: 1, bottom: 2, right: 2 }
 */
export function parseAddress(address: string): ParsedAddress | null {
  const { sheet, rest } = splitSheet(address.trim());
  const parts = rest.split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const a = parsePoint(parts[0]);
  const b = parts.length === 2 ? parsePoint(parts[1]) : a;
  if (!a || !b) return null;
  const kindA = kindOf(a);
  const kindB = kindOf(b);
  if (kindA !== kindB) return null;
  if (parts.length === 1 && kindA !== "cell") return null;
  let rect: CellRect;
  if (kindA === "cell")
    rect = {
      top: Math.min(a.row!, b.row!),
      bottom: Math.max(a.row!, b.row!),
      left: Math.min(a.col!, b.col!),
      right: Math.max(a.col!, b.col!),
    };
  else if (kindA === "column")
    rect = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a.col!, b.col!), right: Math.max(a.col!, b.col!) };
  else rect = { top: Math.min(a.row!, b.row!), bottom: Math.max(a.row!, b.row!), left: 0, right: MAX_COLUMNS - 1 };
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) return null;
  return sheet === undefined ? rect : { ...rect, sheet };
}

function kindOf(p: Point): "cell" | "column" | "row" {
  if (p.row !== undefined && p.col !== undefined) return "cell";
  return p.col !== undefined ? "column" : "row";
}

/** "A1" for a single cell. */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/**
 * Formats a rectangle the way Excel's `Range.address` does: whole columns as "A:C", whole rows
 * as "2:5", a single cell as "B2", with the sheet prefix when a sheet name is given.
 * @example formatAddress({ top: 0, left: 0, bottom: 2, right: 2 }, "Data") //=> "Data!A1:C3"
 */
export function formatAddress(rect: CellRect, sheet?: string, absolute = false): string {
  const d = absolute ? "$" : "";
  let body: string;
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1)
    body = `${d}${columnLetters(rect.left)}:${d}${columnLetters(rect.right)}`;
  else if (rect.left === 0 && rect.right === MAX_COLUMNS - 1) body = `${d}${rect.top + 1}:${d}${rect.bottom + 1}`;
  else if (rect.top === rect.bottom && rect.left === rect.right) body = cellAddress(rect.top, rect.left, absolute);
  else body = `${cellAddress(rect.top, rect.left, absolute)}:${cellAddress(rect.bottom, rect.right, absolute)}`;
  return sheet === undefined ? body : `${quoteSheetName(sheet)}!${body}`;
}

/** Number of rows and columns of a rectangle. */
export function rectSize(rect: CellRect): { rows: number; columns: number } {
  return { rows: rect.bottom - rect.top + 1, columns: rect.right - rect.left + 1 };
}

/** Whether a cell lies inside a rectangle. */
export function rectContains(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

/** Whether two rectangles share a cell. */
export function rectsIntersect(a: CellRect, b: CellRect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The cells two rectangles share, or null when they share none.
 * @example rectIntersection({ top: 0, left: 0, bottom: 9, right: 2 }, { top: 5, left: 1, bottom: 20, right: 1 }) //=> { top: 5, left: 1, bottom: 9, right: 1 }
 */
export function rectIntersection(a: CellRect, b: CellRect): CellRect | null {
  if (!rectsIntersect(a, b)) return null;
  return {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
}

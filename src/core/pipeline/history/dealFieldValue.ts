import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";

/** The Deals columns whose changes are recorded (DealHistory[Field], by column key). */
export type DealField = "Stage" | "Amount" | "ExpectedClose";

/** The recorded fields, in the order a deal's rows are written. */
export const DEAL_FIELDS: readonly DealField[] = ["Stage", "Amount", "ExpectedClose"];

/** Amounts closer than half a cent are the same amount (a re-typed 1,200.004 is no change). */
const AMOUNT_TOLERANCE = 0.005;

/**
 * A field's cell as it is recorded and kept in the snapshot: a stage trimmed, an amount as a
 * number, a date as its whole-day serial, empty as null; a cell that does not read as its kind
 * (text in Amount) is kept as written, so the history never loses what was there.
 *
 * @example
 * dealFieldValue("ExpectedClose", "2024-07-01") //=> 45474
 */
export function dealFieldValue(field: DealField, cell: Cell): Cell {
  if (isEmpty(cell)) return null;
  if (field === "Stage") return String(cell).trim();
  const parsed = field === "Amount" ? parseNumber(cell) : parseDate(cell);
  return parsed ?? (typeof cell === "string" ? cell.trim() : cell);
}

/**
 * Whether two cells of a field hold the same value: stages trimmed and case-insensitively,
 * amounts numerically (within half a cent), dates as whole days; anything unreadable as its
 * kind is compared as a label.
 *
 * @example
 * sameDealValue("Stage", " won", "Won") //=> true
 * sameDealValue("Amount", 1200, "1,200.004") //=> true
 */
export function sameDealValue(field: DealField, a: Cell, b: Cell): boolean {
  const left = dealFieldValue(field, a);
  const right = dealFieldValue(field, b);
  if (left === null || right === null) return left === right;
  if (field !== "Stage" && typeof left === "number" && typeof right === "number") {
    return field === "Amount" ? Math.abs(left - right) < AMOUNT_TOLERANCE : left === right;
  }
  return typeof left === typeof right && normalizeLabel(left) === normalizeLabel(right);
}

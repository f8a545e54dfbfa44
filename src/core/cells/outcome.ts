import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { flatten } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { salesError, type SalesError } from "@core/errors";

/** Labels that mean a deal was won, compared trimmed and case-insensitively. */
export const WON_LABELS: readonly string[] = ["won", "closed won", "closed-won", "win", "赢单", "成交", "已成交"];
/** Labels that mean a deal was lost. */
export const LOST_LABELS: readonly string[] = ["lost", "closed lost", "closed-lost", "loss", "输单", "丢单", "已丢单"];

/**
 * The form a label is compared in: trimmed, inner spaces collapsed, lower case.
 *
 * @example
 * normalizeLabel("  Closed   Won ") //=> "closed won"
 */
export function normalizeLabel(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  return String(cell).trim().replace(/\s+/g, " ").toLowerCase();
}

/** A set of normalized labels. */
export type LabelSet = ReadonlySet<string>;

/** A set of labels from a list. */
export function labelSetOf(labels: readonly string[]): LabelSet {
  return new Set(labels.map(normalizeLabel));
}

export const DEFAULT_WON: LabelSet = labelSetOf(WON_LABELS);
export const DEFAULT_LOST: LabelSet = labelSetOf(LOST_LABELS);

/**
 * The labels a user passed (a text or a range of texts), or the default set when the argument
 * was omitted or holds only empty cells.
 *
 * @example
 * labelsOrDefault(null, DEFAULT_WON) === DEFAULT_WON //=> true
 */
export function labelsOrDefault(arg: CellOrMatrix, fallback: LabelSet): LabelSet {
  if (arg === null || arg === undefined) return fallback;
  const labels = flatten(arg).filter((c) => !isEmpty(c));
  return labels.length === 0 ? fallback : new Set(labels.map(normalizeLabel));
}

export type Outcome = "won" | "lost" | "open" | "empty";

/**
 * What a cell says of a deal's outcome: won, lost, open (any other label) or empty.
 *
 * @example
 * classifyOutcome("赢单") //=> "won"
 */
export function classifyOutcome(cell: Cell, won: LabelSet = DEFAULT_WON, lost: LabelSet = DEFAULT_LOST): Outcome {
  if (isEmpty(cell)) return "empty";
  const label = normalizeLabel(cell);
  if (won.has(label)) return "won";
  if (lost.has(label)) return "lost";
  return "open";
}

/** Excel's error values as text (lower case, as normalizeLabel gives them). */
const ERROR_LITERALS: ReadonlySet<string> = new Set([
  "#n/a",
  "#value!",
  "#ref!",
  "#div/0!",
  "#num!",
  "#name?",
  "#null!",
  "#spill!",
  "#calc!",
  "#busy!",
  "#getting_data",
  "#field!",
  "#blocked!",
  "#connect!",
  "#unknown!",
]);

/**
 * Whether a normalized label is one of Excel's error values written as text ("#N/A" pasted as a
 * value, an export of a sheet with errors). Such a cell is no outcome: counting it as an open deal
 * would quietly lower a rate, so the functions that read outcomes pass the error on instead.
 */
export function isErrorLiteral(normalized: string): boolean {
  return normalized.startsWith("#") && ERROR_LITERALS.has(normalized);
}

/**
 * The error a cell holding an Excel error value (as text) passes on: #N/A, #DIV/0! and #NUM! as
 * themselves, every other one as #VALUE! naming the row and the error (Excel lets a custom
 * function return only those four).
 *
 * @param cell - the cell, whose text is an error value
 * @param index - its 0-based position, for the message
 * @example
 * errorOfLiteral("#N/A", 2).kind //=> "not-available"
 */
export function errorOfLiteral(cell: Cell, index: number): SalesError {
  const value = String(cell).trim();
  const params = { row: index + 1, value };
  switch (normalizeLabel(cell)) {
    case "#n/a":
      return salesError("not-available", "errorInCell", params);
    case "#div/0!":
      return salesError("div-by-zero", "errorInCell", params);
    case "#num!":
      return salesError("out-of-range", "errorInCell", params);
    default:
      return salesError("invalid-value", "errorInCell", params);
  }
}

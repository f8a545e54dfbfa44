import type { Cell } from "@core/cells/cell";
import { formatMessage, type MessageCode, type MessageParams } from "@core/messages";

/** What is wrong with (or was changed in) one imported cell. */
export type ImportProblemKind =
  | "bad-date"
  | "bad-number"
  | "number-as-text"
  | "unknown-stage"
  | "duplicate-name"
  | "duplicate-phone"
  | "missing-required"
  | "formula-text"
  | "csv-quotes"
  | "field-count"
  | "bad-encoding"
  | "too-long"
  | "nul-char"
  | "already-imported"
  | "unknown-value"
  | "money-text"
  | "currency-mixed"
  | "currency-kept"
  | "out-of-range"
  | "unknown-reference";

/**
 * How much a problem matters: an "error" row lacks what the table needs, a "warning" keeps a value
 * the user should check, an "info" says a value was converted or guarded on the way in.
 */
export type ImportSeverity = "error" | "warning" | "info";

export type ImportProblem = {
  /** 1-based row number in the source sheet or file. */
  readonly row: number;
  /** The target column key, or the original header of a column kept as an extra column. */
  readonly column: string;
  readonly kind: ImportProblemKind;
  readonly severity: ImportSeverity;
  /** The cell as it was in the source. */
  readonly value: Cell;
  readonly message: { readonly en: string; readonly zh: string };
};

const severities: Record<ImportProblemKind, ImportSeverity> = {
  "missing-required": "error",
  "bad-date": "warning",
  "bad-number": "warning",
  "unknown-stage": "warning",
  "duplicate-name": "warning",
  "duplicate-phone": "warning",
  "number-as-text": "info",
  "formula-text": "info",
  "csv-quotes": "error",
  "field-count": "error",
  "bad-encoding": "warning",
  "too-long": "error",
  "nul-char": "error",
  "already-imported": "warning",
  "unknown-value": "warning",
  "money-text": "info",
  "currency-mixed": "warning",
  "currency-kept": "warning",
  "out-of-range": "warning",
  // The row is imported; its money would count toward no contract or deal (unknownReferences).
  "unknown-reference": "warning",
};

/**
 * The problems that stop an import until the source is fixed and read again: a broken CSV file
 * (its rows are not what the file meant) and cells Excel cannot hold as they are (longer than
 * 32,767 characters, or with a NUL character). Nothing is truncated or dropped silently.
 */
export const blockingKinds: ReadonlySet<ImportProblemKind> = new Set<ImportProblemKind>([
  "csv-quotes",
  "field-count",
  "too-long",
  "nul-char",
]);

/** The most characters an Excel cell holds. */
export const EXCEL_CELL_CHARS = 32_767;

/**
 * A problem of one imported cell, with its message in both languages from the catalogue
 * (`zhParams`, when given, fill the Chinese message, e.g. with a Chinese column header).
 *
 * @example
 * importProblem("bad-date", 4, "Created", "31/31/2024", "notADate", { row: 4, value: "31/31/2024" }).message.en
 * //=> 'row 4: "31/31/2024" is not a date'
 */
export function importProblem(
  kind: ImportProblemKind,
  row: number,
  column: string,
  value: Cell,
  code: MessageCode,
  params: MessageParams,
  zhParams: MessageParams = params,
): ImportProblem {
  return {
    row,
    column,
    kind,
    severity: severities[kind],
    value,
    message: { en: formatMessage(code, params, "en"), zh: formatMessage(code, zhParams, "zh") },
  };
}

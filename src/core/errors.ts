import { formatMessage, type MessageCode, type MessageParams } from "@core/messages";

/**
 * What went wrong, in the four kinds a sales function can answer with. Each maps to one Excel
 * error in `src/functions/toExcelError.ts`: div-by-zero → #DIV/0!, invalid-value → #VALUE!,
 * not-available → #N/A, out-of-range → #NUM!.
 */
export type ErrorKind = "div-by-zero" | "invalid-value" | "not-available" | "out-of-range";

/** An error as a value: core functions return it instead of throwing. */
export type SalesError = {
  readonly isSalesError: true;
  readonly kind: ErrorKind;
  readonly code: MessageCode;
  readonly params: MessageParams;
  /** The English message; `formatMessage(code, params, "zh")` gives the Chinese one. */
  readonly message: string;
};

/**
 * Makes an error value from the message catalogue.
 *
 * @example
 * salesError("div-by-zero", "noClosedDeals").message //=> "no closed (won or lost) deal"
 */
export function salesError(kind: ErrorKind, code: MessageCode, params: MessageParams = {}): SalesError {
  return Object.freeze({ isSalesError: true, kind, code, params, message: formatMessage(code, params, "en") });
}

/** True for an error value made by {@link salesError}. */
export function isSalesError(value: unknown): value is SalesError {
  return typeof value === "object" && value !== null && (value as { isSalesError?: unknown }).isSalesError === true;
}

/** A result of a core function: the value, or why there is none. */
export type Result<T> = T | SalesError;

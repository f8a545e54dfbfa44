import type { ExcelFailure, ExcelFailureKind, ExcelResult } from "../excelFailure";

/** Why a Customers write stopped before changing anything, beyond Office's own failures. */
export type CustomerWriteCode = "CustomerNotFound" | "CustomersChanged" | "TableMissing" | "ColumnMissing";

const kinds: Readonly<Record<CustomerWriteCode, ExcelFailureKind>> = {
  CustomerNotFound: "not-found",
  CustomersChanged: "invalid",
  TableMissing: "not-found",
  ColumnMissing: "not-found",
};

/** Thrown inside a batch so runExcel stops it; {@link typedFailure} restores its kind. */
export class CustomerWriteError extends Error {
  readonly code: CustomerWriteCode;
  constructor(code: CustomerWriteCode, message: string) {
    super(message);
    this.name = "CustomerWriteError";
    this.code = code;
  }
}

/**
 * A batch's result with the kind of our own stop codes (not-found, invalid) instead of the generic
 * "office" that runExcel gives any error it does not know. The pane localizes these codes.
 *
 * @example
 * typedFailure({ ok: false, error: { kind: "office", code: "CustomerNotFound", message: "…" } }).error.kind //=> "not-found"
 */
export function typedFailure<T>(result: ExcelResult<T>): ExcelResult<T> {
  if (result.ok) return result;
  const kind = kinds[result.error.code as CustomerWriteCode];
  const error: ExcelFailure = kind ? { ...result.error, kind } : result.error;
  return { ok: false, error };
}

/** Whether a failure is one of ours (its code names a {@link CustomerWriteCode}). */
export function isCustomerWriteCode(code: string): code is CustomerWriteCode {
  return code in kinds;
}

import type { ExcelFailure, ExcelFailureKind, ExcelResult } from "../excelFailure";

/** Why a Service write stopped before changing anything, beyond Office's own failures. */
export type ServiceWriteCode = "TableMissing" | "ColumnMissing" | "TicketNotFound" | "TicketClosed";

const kinds: Readonly<Record<ServiceWriteCode, ExcelFailureKind>> = {
  TableMissing: "not-found",
  ColumnMissing: "not-found",
  TicketNotFound: "not-found",
  TicketClosed: "invalid",
};

/** Thrown inside a batch so runExcel stops it; {@link serviceFailure} restores its kind. */
export class ServiceWriteError extends Error {
  readonly code: ServiceWriteCode;
  constructor(code: ServiceWriteCode, message: string) {
    super(message);
    this.name = "ServiceWriteError";
    this.code = code;
  }
}

/**
 * A batch's result with the kind of our own stop codes instead of runExcel's generic "office".
 *
 * @example
 * serviceFailure({ ok: false, error: { kind: "office", code: "TicketNotFound", message: "…" } }).error.kind //=> "not-found"
 */
export function serviceFailure<T>(result: ExcelResult<T>): ExcelResult<T> {
  if (result.ok) return result;
  const kind = kinds[result.error.code as ServiceWriteCode];
  const error: ExcelFailure = kind ? { ...result.error, kind } : result.error;
  return { ok: false, error };
}

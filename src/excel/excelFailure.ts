/**
 * Why a workbook operation failed, in the five kinds the pane tells apart. The pane picks its
 * advice by kind and shows `message` (Office's own text, already in the user's display language)
 * underneath.
 */
export type ExcelFailureKind = "busy-editing" | "not-found" | "invalid" | "too-large" | "office";

export type ExcelFailure = {
  readonly kind: ExcelFailureKind;
  /** The Office error code (`ItemNotFound`, `InvalidArgument` …), or the JS error name. */
  readonly code: string;
  readonly message: string;
  /** Where Office says it failed (`debugInfo.errorLocation`), when it says so. */
  readonly location?: string;
};

/** The outcome of a workbook operation: its value, or why there is none. */
export type ExcelResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ExcelFailure };

const kindByCode: Readonly<Record<string, ExcelFailureKind>> = {
  InvalidOperationInCellEditMode: "busy-editing",
  ItemNotFound: "not-found",
  InvalidArgument: "invalid",
  InvalidReference: "invalid",
  InvalidBinding: "invalid",
  InvalidSelection: "invalid",
  InvalidOperation: "invalid",
  ItemAlreadyExists: "invalid",
  UnsupportedOperation: "invalid",
  InsertDeleteConflict: "invalid",
  MergedRangeConflict: "invalid",
  FilteredRangeConflict: "invalid",
  PivotTableRangeConflict: "invalid",
  NonBlankCellOffSheet: "invalid",
  FormulaLengthExceedsLimit: "invalid",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  PayloadTooLarge: "too-large",
  RangeExceedsLimit: "too-large",
  OperationCellsExceedLimit: "too-large",
  RangeImageExceedsLimit: "too-large",
};

/** Office's message in cell-edit mode says what failed, not what to do; ours says both. */
const busyEditingMessage = "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.";

type ErrorLike = { code?: unknown; name?: unknown; message?: unknown; debugInfo?: { errorLocation?: unknown } };

/**
 * Turns anything thrown by `Excel.run` (an `OfficeExtension.Error`, a JS error, a string) into an
 * {@link ExcelFailure}; the original code and message are kept, nothing is dropped.
 *
 * @example
 * toExcelFailure({ code: "ItemNotFound", message: "The requested resource doesn't exist." }).kind //=> "not-found"
 */
export function toExcelFailure(error: unknown): ExcelFailure {
  if (typeof error !== "object" || error === null) {
    return { kind: "office", code: "Unknown", message: String(error) };
  }
  const { code, name, message, debugInfo } = error as ErrorLike;
  const officeCode = typeof code === "string" && code.length > 0 ? code : undefined;
  const kind = (officeCode && kindByCode[officeCode]) || "office";
  const text = typeof message === "string" && message.length > 0 ? message : String(error);
  const location = typeof debugInfo?.errorLocation === "string" ? debugInfo.errorLocation : undefined;
  return {
    kind,
    code: officeCode ?? (typeof name === "string" ? name : "Error"),
    message: kind === "busy-editing" ? busyEditingMessage : text,
    ...(location ? { location } : {}),
  };
}

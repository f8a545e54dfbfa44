/**
 * Errors the way Office.js reports them: `OfficeExtension.Error` with a `code` (the strings of
 * `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes`), a `message` and `debugInfo`. Add-in code
 * switches on `code`, so the emulator uses exactly Excel's codes.
 */

/** Excel.ErrorCodes (the subset the emulator can raise, plus the common ones add-ins test for). */
export const ExcelErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  generalException: "GeneralException",
  insufficientPermissions: "InsufficientPermissions",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedOperation: "UnsupportedOperation",
  filteredRangeConflict: "FilteredRangeConflict",
} as const;

/** OfficeExtension.ErrorCodes: raised on the client side, without a round trip. */
export const OfficeExtensionErrorCodes = {
  propertyNotLoaded: "PropertyNotLoaded",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  invalidOrTimedOutSession: "InvalidOrTimedOutSession",
  invalidObjectPath: "InvalidObjectPath",
  valueNotLoaded: "ValueNotLoaded",
  generalException: "GeneralException",
} as const;

/** What `OfficeExtension.Error.debugInfo` holds. */
export type OfficeDebugInfo = {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
};

/** `OfficeExtension.Error`: what a failed `context.sync()` or a read of an unloaded property throws. */
export class OfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: OfficeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: OfficeExtensionError | null = null;
  constructor(code: string, message: string, errorLocation?: string, statement?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = {
      code,
      message,
      ...(errorLocation ? { errorLocation } : {}),
      ...(statement ? { statement } : {}),
    };
  }
  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

/**
 * A failure raised while a queued command is applied at sync. The request context turns it into
 * an {@link OfficeExtensionError} that names the failing statement.
 */
export class CommandError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** Shorthand for raising a command failure. */
export function fail(code: string, message: string): never {
  throw new CommandError(code, message);
}

/**
 * The `CustomFunctions` global that Excel's runtime provides to custom functions: the Error class
 * with its error codes, and `associate`, which records each id's implementation. Installed by the
 * workbench (and by tests) where no Excel runtime exists.
 */
export type ErrorCodeName =
  "#DIV/0!" | "#N/A" | "#NUM!" | "#VALUE!" | "#NULL!" | "#REF!" | "#BUSY!" | "#CALC!" | "#GETTING_DATA";

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

export type Associated = Map<string, (...args: unknown[]) => unknown>;

/** Installs `CustomFunctions` on the global object (once) and returns the associations. */
export function installCustomFunctionsRuntime(
  target: Record<string, unknown> = globalThis as Record<string, unknown>,
): Associated {
  const existing = target.CustomFunctions as { __associated?: Associated } | undefined;
  if (existing?.__associated) return existing.__associated;
  const associated: Associated = new Map();
  target.CustomFunctions = {
    Error: CustomFunctionError,
    ErrorCode,
    __associated: associated,
    associate(idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof idOrMap === "string") associated.set(idOrMap.toUpperCase(), fn!);
      else for (const [id, f] of Object.entries(idOrMap)) associated.set(id.toUpperCase(), f);
    },
  };
  return associated;
}

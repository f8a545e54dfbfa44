import { installCustomFunctionsRuntime } from "@workbench/emulator/customFunctionsRuntime";

installCustomFunctionsRuntime();

/** What a wrapper call produced: its value, or the Excel error it threw. */
export type CallOutcome = { value: unknown } | { error: string; message: string };

/** Calls a custom function wrapper the way Excel does and reports a thrown CustomFunctions.Error as data. */
export function excelCall(fn: (...args: any[]) => unknown, ...args: unknown[]): CallOutcome {
  try {
    return { value: fn(...args) };
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { error: e.code, message: e.message ?? "" };
    throw e;
  }
}

import { isSalesError, salesError, type SalesError } from "@core/errors";
import { formatMessage, type Language } from "@core/messages";

/**
 * The language of error messages: Chinese when Excel's display language is Chinese. Reads the
 * host's language property only (no workbook call), guarded so that it also runs where no Office
 * host is loaded (tests, the workbench before Office.onReady).
 */
export function messageLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  const language = office?.context?.displayLanguage ?? "";
  return language.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/**
 * The one mapping from core error values to Excel errors: div-by-zero → #DIV/0!,
 * invalid-value → #VALUE!, not-available → #N/A, out-of-range → #NUM!. Only #VALUE! and #N/A
 * carry a message in Excel, so only they are given one.
 */
export function toExcelError(error: SalesError, language: Language = messageLanguage()): CustomFunctions.Error {
  const message = formatMessage(error.code, error.params, language);
  switch (error.kind) {
    case "div-by-zero":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "out-of-range":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    case "not-available":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
    case "invalid-value":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
}

/** An Excel-ready value: what a custom function may return. */
export type ExcelValue = number | string | boolean | (number | string | boolean | CustomFunctions.Error)[][];

/**
 * Runs a core computation for a wrapper: a core error value becomes the matching Excel error
 * (thrown, as Excel expects), and any unexpected exception becomes #VALUE! with its message,
 * so a function never throws anything but `CustomFunctions.Error`.
 */
export function run<T>(compute: () => T | SalesError): T {
  let result: T | SalesError;
  try {
    result = compute();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) throw e;
    throw toExcelError(salesError("invalid-value", "unexpected", { why: e instanceof Error ? e.message : String(e) }));
  }
  if (isSalesError(result)) throw toExcelError(result);
  if (typeof result === "number" && !Number.isFinite(result)) {
    throw toExcelError(salesError("out-of-range", "outOfRange", { what: "result", range: "finite number" }));
  }
  return result;
}

/** Whether every cell of a spill is already an Excel value: a finite number, text or a boolean. */
function isClean(rows: readonly (readonly unknown[])[]): boolean {
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      const kind = typeof cell;
      if (kind === "number" ? !Number.isFinite(cell) : kind !== "string" && kind !== "boolean") return false;
    }
  }
  return true;
}

/**
 * Maps a spill whose cells may be core errors (a problem in one row is an error in that cell
 * only) to Excel values; an empty result becomes #N/A, never an empty array.
 */
export function spill(rows: readonly (readonly unknown[])[]): (number | string | boolean | CustomFunctions.Error)[][] {
  if (rows.length === 0 || rows[0].length === 0)
    throw toExcelError(salesError("not-available", "nothingToReport", { why: "empty result" }));
  // Most spills are clean (finite numbers, text, booleans): checked in one pass, returned as they
  // are instead of copied row by row (half the time of ABC and RFM at 10^6 rows).
  if (isClean(rows)) return rows as (number | string | boolean)[][];
  const language = messageLanguage();
  return rows.map((row) =>
    row.map((cell) => {
      if (isSalesError(cell)) return toExcelError(cell, language);
      if (cell === null || cell === undefined) return "";
      if (typeof cell === "number" && !Number.isFinite(cell))
        return toExcelError(
          salesError("out-of-range", "outOfRange", { what: "result", range: "finite number" }),
          language,
        );
      return cell as number | string | boolean;
    }),
  );
}

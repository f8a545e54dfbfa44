import { toExcelFailure, type ExcelResult } from "./excelFailure";

/**
 * Runs a batch against the workbook and answers with a result instead of throwing: Office
 * errors (cell-edit mode, missing items, payload limits) and any other error become
 * `{ ok: false, error }` for the pane to show.
 *
 * @param batch - the Excel.run callback; it must sync (or return a value after its last sync)
 * @param reuse - the context of an earlier batch, for calls Office requires to run there
 *   (removing an event handler must happen in the context that added it)
 * @returns the batch's value, or the typed failure
 * @example
 * await runExcel(async (context) => { const s = context.workbook.worksheets.getItem("Nope"); s.load("name"); await context.sync(); })
 * //=> { ok: false, error: { kind: "not-found", code: "ItemNotFound", … } }
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  reuse?: OfficeExtension.ClientRequestContext,
): Promise<ExcelResult<T>> {
  if (typeof Excel === "undefined" || typeof Excel.run !== "function") {
    return {
      ok: false,
      error: {
        kind: "office",
        code: "ExcelUnavailable",
        message: "Excel is not available: open SalesGrid inside Excel.",
      },
    };
  }
  try {
    const value = reuse ? await Excel.run(reuse, batch) : await Excel.run(batch);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toExcelFailure(error) };
  }
}

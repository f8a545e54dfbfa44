import { toExcelFailure, type ExcelResult } from "./excelFailure";

/** How a batch runs. */
export type RunExcelOptions = {
  /**
   * Merge every sync of the batch into one undo group, so one Ctrl+Z undoes the whole command
   * (default true). Only where the host has ExcelApi 1.20 (`Excel.RunOptions.mergeUndoGroup`);
   * elsewhere each sync is its own undo step. Turn it off for a batch that may call an API Excel
   * cannot undo (deleting a worksheet): in a merged group Excel fails it with `UndoNotSupported`.
   */
  mergeUndo?: boolean;
};

/** The requirement set of `Excel.RunOptions.mergeUndoGroup`. */
const MERGE_UNDO_SET = { name: "ExcelApi", version: "1.20" } as const;

function canMergeUndo(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported(MERGE_UNDO_SET.name, MERGE_UNDO_SET.version) === true
  );
}

/**
 * Runs a batch against the workbook and answers with a result instead of throwing: Office
 * errors (cell-edit mode, missing items, payload limits) and any other error become
 * `{ ok: false, error }` for the pane to show. Each batch is one user command, so where Excel
 * supports it (ExcelApi 1.20) its syncs form one undo group (see {@link runExcelWith}).
 *
 * @param batch - the Excel.run callback; it must sync (or return a value after its last sync)
 * @param reuse - the context of an earlier batch, for calls Office requires to run there
 *   (removing an event handler must happen in the context that added it)
 * @returns the batch's value, or the typed failure
 * @example
 * await runExcel(async (context) => { const s = context.workbook.worksheets.getItem("Nope"); s.load("name"); await context.sync(); })
 * //=> { ok: false, error: { kind: "not-found", code: "ItemNotFound", … } }
 */
export function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  reuse?: OfficeExtension.ClientRequestContext,
): Promise<ExcelResult<T>> {
  return run(batch, reuse, {});
}

/**
 * {@link runExcel} with options, for a batch that must not be one undo group.
 *
 * @param options - `mergeUndo: false` for a batch Excel could not undo as one group
 * @returns a runExcel that applies them
 * @example
 * await runExcelWith({ mergeUndo: false })(async (context) => { context.workbook.worksheets.getItem("Old").delete(); await context.sync(); })
 * //=> { ok: true, value: undefined }
 */
export function runExcelWith(
  options: RunExcelOptions,
): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<ExcelResult<T>> {
  return (batch) => run(batch, undefined, options);
}

async function run<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  reuse: OfficeExtension.ClientRequestContext | undefined,
  options: RunExcelOptions,
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
    const merge = (options.mergeUndo ?? true) && canMergeUndo();
    const value = reuse
      ? await Excel.run(reuse, batch)
      : merge
        ? await Excel.run({ mergeUndoGroup: true }, batch)
        : await Excel.run(batch);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toExcelFailure(error) };
  }
}

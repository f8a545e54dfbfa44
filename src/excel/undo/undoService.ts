import type { ExcelResult } from "../excelFailure";
import { readLastChange, undoLastChange, type LastChange, type UndoOutcome } from "./undoLastChange";

/** The pane's "Undo last SalesGrid change" (one entry of WorkbookService). */
export type UndoService = {
  /** The change the undo would take back, or null. */
  readonly last: () => Promise<ExcelResult<LastChange | null>>;
  /** Takes it back, or refuses naming the rows changed since. */
  readonly undo: () => Promise<ExcelResult<UndoOutcome>>;
};

/** The undo against Excel. */
export const excelUndoService: UndoService = { last: readLastChange, undo: undoLastChange };

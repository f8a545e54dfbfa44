import type { Cell } from "@core/cells/cell";
import type { ExcelResult } from "../excelFailure";
import type { ChunkOptions } from "../write/writeInChunks";
import { readImportWorkbook, type ImportWorkbook } from "./readImportWorkbook";
import { readSelectedBlock, readSheetBlock, type SourceBlock } from "./readImportSource";
import { writeImport, type ImportOutcome, type ImportWrite } from "./writeImport";
import { writeRejectedRows, type RejectedSheet } from "./writeRejectedRows";

/** The workbook operations of the Import area (`service.import` in the pane). */
export type ImportService = {
  /** Tables to validate against, sheet names, the workbook's language, any unfinished import. */
  readonly readWorkbook: () => Promise<ExcelResult<ImportWorkbook>>;
  /** The selected cells (or the list around a single selected cell). */
  readonly readSelection: () => Promise<ExcelResult<SourceBlock>>;
  /** The used range of a sheet. */
  readonly readSheet: (sheet: string) => Promise<ExcelResult<SourceBlock>>;
  /** Writes a planned import in chunks, with progress and cancel. */
  readonly write: (write: ImportWrite, options?: ChunkOptions) => Promise<ExcelResult<ImportOutcome>>;
  /** Copies rejected rows out as a new sheet (rejectedRowsSheet's cells), named as asked, made unique. */
  readonly writeRejected: (name: string, cells: readonly (readonly Cell[])[]) => Promise<ExcelResult<RejectedSheet>>;
};

export const importService: ImportService = {
  readWorkbook: readImportWorkbook,
  readSelection: readSelectedBlock,
  readSheet: readSheetBlock,
  write: writeImport,
  writeRejected: writeRejectedRows,
};

import type { ExcelResult } from "@excel/excelFailure";
import type { TableStatus, WorkbookStatus } from "@excel/workbookStatus";
import { tableNames, type TableName } from "@core/workbook/schema";
import type { WorkbookService } from "@taskpane/services/WorkbookServiceContext";

/** A status where the listed tables are present (on the given sheet, with the given rows) and the rest missing. */
export function statusWith(
  present: Partial<Record<TableName, { sheet: string; rowCount: number }>>,
  extra: Partial<Pick<WorkbookStatus, "schemaVersion" | "language">> = {},
): WorkbookStatus {
  const tables = tableNames.map((name): TableStatus => {
    const found = present[name];
    return found ? { name, present: true, ...found } : { name, present: false };
  });
  return { tables, schemaVersion: extra.schemaVersion ?? null, language: extra.language ?? null };
}

/** A workbook service that answers with the given results in turn (the last one repeats). */
export function fakeWorkbookService(...results: ExcelResult<WorkbookStatus>[]): WorkbookService & {
  readWorkbookStatus: jest.Mock<Promise<ExcelResult<WorkbookStatus>>, []>;
} {
  let call = 0;
  const readWorkbookStatus = jest.fn(async () => results[Math.min(call++, results.length - 1)]);
  return { readWorkbookStatus };
}

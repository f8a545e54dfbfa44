import type { Cell } from "@core/cells/cell";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { queueColumnFit } from "../write/fitColumns";
import { writeInChunks } from "../write/writeInChunks";

/** Where the rejected rows went. */
export type RejectedSheet = { readonly sheet: string; readonly rows: number };

/**
 * Copies an import's rejected rows out as a sheet of their own (rejectedRowsSheet lays them
 * out: the source's header plus a reason column, text already guarded). The sheet is named as
 * asked, made unique (" (2)" …), gets the rows in byte-bounded requests, a frozen header, fitted
 * columns, and is activated. Nothing else in the workbook is touched.
 *
 * @param name - the sheet name wanted ("Rejected rows" / "未导入的行")
 * @param cells - header row then one row per rejected row, all as wide as the header
 * @returns the sheet's name and the rows written, or the failure
 */
export function writeRejectedRows(
  name: string,
  cells: readonly (readonly Cell[])[],
): Promise<ExcelResult<RejectedSheet>> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
    let sheetName = name;
    for (let n = 2; taken.has(sheetName.toLowerCase()); n++) sheetName = `${name} (${n})`;
    const width = Math.max(1, cells[0]?.length ?? 1);
    const sheet = sheets.add(sheetName);
    const written = await writeInChunks(context, cells, (chunk, offset) => {
      sheet.getRangeByIndexes(offset, 0, chunk.length, width).values = chunk as Cell[][];
    });
    const fit = queueColumnFit(
      sheet.getRangeByIndexes(0, 0, 1, width),
      (cells[0] ?? []).map((header) => ({ header: String(header ?? "") })),
      { filterButtons: false },
    );
    sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();
    fit.clamp();
    return { sheet: sheetName, rows: Math.max(0, written.done - 1) };
  });
}

import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import type { Plan } from "@core/goals/breakdown/plan";
import { previewBlock, previewSheetName } from "@core/goals/breakdown/previewSheet";
import { literalText } from "@core/workbook/literalText";
import { numberFormat } from "@core/workbook/numberFormat";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcelWith } from "../runExcel";
import { queueColumnFit } from "../write/fitColumns";

export type PreviewSheetWrite = {
  /** One plan per metric, as previewed (with the manager's edits). */
  readonly plans: readonly { readonly plan: Plan; readonly metric: Metric }[];
  readonly language: WorkbookLanguage;
  /** True once the manager confirmed replacing the existing preview sheet. */
  readonly replace: boolean;
};

export type PreviewSheetOutcome =
  | { readonly kind: "written"; readonly sheet: string }
  /** The sheet exists: ask, then write again with replace. */
  | { readonly kind: "exists"; readonly sheet: string };

/**
 * Writes the full preview grid of each plan (months × reps, teams and totals; see previewBlock) to
 * a sheet of its own, "Targets preview" (目标预览), one block per metric under each other, so the
 * manager can look at every figure at once in Excel. Plain values only: names from the Team table
 * go in as literal text (never a formula, whatever they start with), figures as numbers with the
 * money format. An existing sheet of that name is replaced only when `replace` says so; the
 * Targets table is not touched.
 *
 * @param request - the plans, the workbook's language and whether to replace
 * @returns what was written, or the Office failure
 * @example
 * await writePreviewSheet({ plans, language: "en-US", replace: false }) //=> { ok: true, value: { kind: "written", sheet: "Targets preview" } }
 */
export function writePreviewSheet(request: PreviewSheetWrite): Promise<ExcelResult<PreviewSheetOutcome>> {
  // Replacing deletes the old sheet, which Excel cannot undo: in one undo group the batch would fail.
  return runExcelWith({ mergeUndo: !request.replace })(async (context): Promise<PreviewSheetOutcome> => {
    const name = previewSheetName(request.language);
    const found = context.workbook.worksheets.getItemOrNullObject(name);
    found.load("name");
    await context.sync();
    if (!found.isNullObject && !request.replace) return { kind: "exists", sheet: name };
    if (!found.isNullObject) found.delete();
    const sheet = context.workbook.worksheets.add(name);
    let top = 0;
    // Per column, the longest header any block gives it: no column narrower than its header.
    const headers: string[] = [];
    for (const { plan, metric } of request.plans) {
      const block = previewBlock(plan, metric, request.language);
      const width = block.header.length;
      block.header.forEach((text, at) => {
        if (text.length > (headers[at] ?? "").length) headers[at] = text;
      });
      const title = sheet.getRangeByIndexes(top, 0, 1, 1);
      title.values = [[literalText(block.title)]];
      title.format.font.bold = true;
      const header = sheet.getRangeByIndexes(top + 1, 0, 1, width);
      header.values = [block.header.map(literalText)];
      header.format.font.bold = true;
      const body = sheet.getRangeByIndexes(top + 2, 0, block.rows.length, width);
      body.values = block.rows.map((row) => row.map((v) => (typeof v === "string" ? literalText(v) : v)));
      const figures = sheet.getRangeByIndexes(top + 2, 1, block.rows.length, width - 1);
      figures.numberFormat = block.rows.map(() => new Array<string>(width - 1).fill(numberFormat("money")));
      sheet.getRangeByIndexes(top + 1 + block.rows.length, 0, 1, width).format.font.bold = true;
      top += block.rows.length + 4;
    }
    const fit = queueColumnFit(
      sheet.getRangeByIndexes(0, 0, 1, Math.max(1, headers.length)),
      headers.length === 0 ? [{ header: "" }] : headers.map((header) => ({ header })),
      { filterButtons: false },
    );
    sheet.activate();
    await context.sync();
    // Widths outside the limits go with Excel.run's closing sync.
    fit.clamp();
    return { kind: "written", sheet: name };
  });
}

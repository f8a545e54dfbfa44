import { dashboardNumberFormat, type DashboardBlock, type DashboardFormat } from "@core/pipeline/pipelineDashboard";
import { columnOfLetters } from "@core/workbook/columnLetters";

/**
 * How many columns a written sheet's blocks span, from column A.
 *
 * @example
 * layoutWidth([{ address: "C4", values: [["a", "b"]] }]) //=> 4
 */
export function layoutWidth(blocks: readonly DashboardBlock[]): number {
  let width = 1;
  for (const block of blocks) {
    const [, letters] = /^([A-Z]+)/.exec(block.address)!;
    width = Math.max(width, columnOfLetters(letters) + (block.values[0]?.length ?? 1));
  }
  return width;
}

/**
 * A value in every cell of an A1 range ("B5" or "B5:E9"): Office wants the range's shape.
 *
 * @example
 * fill("B5:C6", "0%") //=> [["0%", "0%"], ["0%", "0%"]]
 */
export function fill<T>(address: string, value: T): T[][] {
  const [from, to = from] = address.split(":");
  const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(from)!;
  const [, c2, r2] = /^([A-Z]+)(\d+)$/.exec(to)!;
  const rows = Number(r2) - Number(r1) + 1;
  const columns = columnOfLetters(c2) - columnOfLetters(c1) + 1;
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}

/**
 * Queues a sheet's blocks of formulas and texts, one range write per block.
 *
 * @param sheet - the sheet written
 * @param blocks - the blocks, each from its top-left cell
 */
export function queueBlocks(sheet: Excel.Worksheet, blocks: readonly DashboardBlock[]): void {
  for (const block of blocks) {
    const rows = block.values.length;
    const columns = block.values[0].length;
    sheet.getRange(block.address).getResizedRange(rows - 1, columns - 1).formulas = block.values as string[][];
  }
}

/** The cells of a sheet the add-in lays out itself (the dashboard, the weekly sheet): A1 is its title. */
export type SheetCells = {
  readonly blocks: readonly DashboardBlock[];
  readonly formats: readonly { readonly address: string; readonly format: DashboardFormat }[];
  /** Titles and header rows, shown bold. */
  readonly bold: readonly string[];
};

/**
 * Queues a laid-out sheet's cells: its blocks, their number formats, the bold titles and header
 * rows, and the title in A1 in a larger font.
 *
 * @param sheet - the sheet written
 * @param cells - the layout's blocks, formats and bold ranges
 */
export function queueSheetCells(sheet: Excel.Worksheet, cells: SheetCells): void {
  queueBlocks(sheet, cells.blocks);
  for (const { address, format } of cells.formats) {
    sheet.getRange(address).numberFormat = fill(address, dashboardNumberFormat(format));
  }
  for (const address of cells.bold) sheet.getRange(address).format.font.bold = true;
  sheet.getRange("A1").format.font.size = 16;
}

/**
 * Adds the add-in's own sheet named `name`. A sheet of that name is the add-in's earlier one: it is
 * deleted first only with `replace` (which the pane passes after the user confirms); without it,
 * nothing changes and its name is returned so the pane can ask. One sync.
 *
 * @param context - the request context of an Excel.run
 * @param name - the sheet's name
 * @param replace - delete an existing sheet of that name
 * @returns the new sheet (queued, not yet synced), or the existing sheet's name
 * @example
 * const added = await addOwnSheet(context, "Weekly 2026-W49", false);
 * if ("exists" in added) return { kind: "exists", sheet: added.exists };
 */
export async function addOwnSheet(
  context: Excel.RequestContext,
  name: string,
  replace: boolean,
): Promise<{ readonly sheet: Excel.Worksheet } | { readonly exists: string }> {
  const sheets = context.workbook.worksheets;
  const existing = sheets.getItemOrNullObject(name);
  existing.load("name");
  await context.sync();
  if (!existing.isNullObject) {
    if (!replace) return { exists: existing.name };
    existing.delete();
  }
  return { sheet: sheets.add(name) };
}

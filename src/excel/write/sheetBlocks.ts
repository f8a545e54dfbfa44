import type { DashboardBlock } from "@core/pipeline/pipelineDashboard";
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

import { textNeedsApostrophe } from "@workbench/emulator/cellInput";
import type { Workbook } from "@workbench/emulator/index";

/**
 * What the formula bar shows for a cell, and what editing it starts from: the formula, the
 * number, TRUE/FALSE, or the text — with its apostrophe only where typing it again would make it
 * something else, as Excel shows it.
 * @example cellInputText(book, "Sheet1", 0, 1) //=> "=SALES.CONVERSION(A2:A5)"
 */
export function cellInputText(book: Workbook, sheet: string, row: number, col: number): string {
  const model = book.sheet(sheet);
  if (!model) return "";
  const input = book.cellInputOf(model, row, col);
  if (input === null) return "";
  if (typeof input === "boolean") return input ? "TRUE" : "FALSE";
  if (typeof input === "number") return String(input);
  if (input.startsWith("'")) {
    const text = input.slice(1);
    return textNeedsApostrophe(text) ? input : text;
  }
  return input;
}

/** What a Range proxy resolves to: a rectangle on a sheet. */
import { type CellRect, MAX_COLUMNS, MAX_ROWS } from "../address";
import { fail } from "../officeError";
import type { SheetModel } from "../sheetModel";

/** A resolved range. */
export type RangeRef = { sheet: SheetModel; rect: CellRect };

/** Checks a rectangle lies on the grid and is not empty (Excel fails such ranges with InvalidArgument). */
export function checkedRect(rect: CellRect): CellRect {
  if (
    rect.top < 0 ||
    rect.left < 0 ||
    rect.bottom >= MAX_ROWS ||
    rect.right >= MAX_COLUMNS ||
    rect.bottom < rect.top ||
    rect.right < rect.left
  ) {
    fail("InvalidArgument", "The range is outside the worksheet or has no cells.");
  }
  return rect;
}

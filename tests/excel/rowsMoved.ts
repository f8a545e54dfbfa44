/**
 * A manager editing the grid while the add-in is between two requests: delete, insert or sort
 * rows of a table just before a chosen sync reaches the emulated workbook. Used by the tests that
 * check a write keyed by ID lands on the right rows, or stops and says what it did not write.
 */
import type { Emulator, RequestContext } from "@workbench/emulator";
import type { RequestStore } from "@workbench/emulator/stores/requests";
import type { Workbook } from "@workbench/emulator/workbook";

/** The emulator's request store (the emulator hands out failSync, not edits: reach it through a context). */
async function requestStore(emulator: Emulator): Promise<RequestStore> {
  let store: RequestStore | undefined;
  await emulator.Excel.run(async (context: RequestContext) => {
    store = context.runtime.requests;
  });
  if (!store) throw new Error("no request store");
  return store;
}

/**
 * A scheduler of edits: `beforeSync(n, edit)` runs `edit` on the workbook just before the n-th
 * sync from the call (1 = the next) reaches it. Synchronous, so a write's onProgress can use it.
 *
 * @example
 * const beforeSync = await editsBetweenSyncs(emulator);
 * beforeSync(1, () => deleteTableRow(emulator.book, "Customers", 3));
 */
export async function editsBetweenSyncs(emulator: Emulator): Promise<(n: number, edit: () => void) => void> {
  const store = await requestStore(emulator);
  return (n, edit) => store.scheduleEdit(n, () => emulator.book.bulk(edit));
}

function model(book: Workbook, table: string) {
  const found = book.tableModel(table);
  if (!found) throw new Error(`no table ${table}`);
  return found;
}

/**
 * The data rows of a table as inputs that write back as they are. The emulator reads a text as
 * "'text", which a Text ("@") cell would keep, apostrophe and all; Excel moves cells, not inputs,
 * so the apostrophe goes there.
 */
function bodyInputs(book: Workbook, table: string) {
  const found = model(book, table);
  const sheet = book.tableSheet(found);
  const top = found.range.top + 1;
  const { left, right } = found.range;
  const inputs = Array.from({ length: found.range.bottom - top + 1 }, (_, r) =>
    Array.from({ length: right - left + 1 }, (_, c) => {
      const input = book.cellInputOf(sheet, top + r, left + c);
      const text = sheet.numberFormats.get(top + r, left + c) === "@";
      return typeof input === "string" && input.startsWith("'") && text ? input.slice(1) : (input ?? "");
    }),
  );
  const write = (at: number, rows: readonly (readonly unknown[])[]) =>
    book.stores.cellWrites.writeInputs(sheet, top + at, left, rows, { detectCalculated: false });
  return { found, inputs, write };
}

/** Deletes one data row (0-based) of a table, as the user's Delete Table Rows does: the rows below move up. */
export function deleteTableRow(book: Workbook, table: string, row: number): void {
  const { found, inputs, write } = bodyInputs(book, table);
  write(row, inputs.slice(row + 1));
  book.stores.tableEdits.deleteRows(found, inputs.length - 1, 1);
}

/**
 * Inserts a data row (0-based index) into a table, as Insert Table Rows Above does: the rows from
 * there move down and the new row gets `cells` (by column, blanks for the rest).
 */
export function insertTableRow(
  book: Workbook,
  table: string,
  row: number,
  cells: Readonly<Record<string, unknown>>,
): void {
  const { found, inputs, write } = bodyInputs(book, table);
  book.stores.tableEdits.addRows(found, null, null, 1);
  write(row + 1, inputs.slice(row));
  write(row, [found.columns.map((column) => cells[column.name] ?? "")]);
}

/** Sorts a table's data rows the way `order` says (each new row's old 0-based index). */
export function sortTableRows(book: Workbook, table: string, order: (count: number) => readonly number[]): void {
  const { inputs, write } = bodyInputs(book, table);
  write(
    0,
    order(inputs.length).map((from) => inputs[from]),
  );
}

/** Reverses the rows: the simplest sort that moves every row. */
export const reversed = (count: number) => Array.from({ length: count }, (_, i) => count - 1 - i);
